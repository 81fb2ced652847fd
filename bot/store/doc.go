// Package store keeps what visitbot must remember across restarts and
// upgrades: the channels subscribed to alerts, the last version of the
// corpus it has seen, and an outbox of alerts with each channel's delivery
// state. It is a bbolt file in VISITBOT_DATA, with a schema version.
package store
