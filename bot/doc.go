// Package bot is what a user can ask visitbot and what it replies,
// independent of transport. A command turns a Request into a Reply; the
// console renders a Reply as text, and the Discord adapters render the same
// Reply as messages within Discord's limits.
//
// One command table drives both routing and, for Discord, registration.
package bot
