package bot

import (
	"bytes"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strconv"
	"sync/atomic"
	"time"

	"github.com/bwmarrin/discordgo"
)

// MaxInteractionBody caps a request to the interactions endpoint; Discord's
// interactions are a few kilobytes.
const MaxInteractionBody = 64 << 10

// ReplayWindow is how far a request's signed timestamp may be from now.
const ReplayWindow = 5 * time.Minute

// HTTPEndpoint serves interactions that Discord POSTs to an HTTPS endpoint,
// with the same handlers and rendering as the gateway. It keeps no state
// between requests, so any number of replicas can run behind one load
// balancer. Follow-ups of deferred replies go over REST.
type HTTPEndpoint struct {
	*interactor
	key   ed25519.PublicKey
	ready atomic.Bool
	now   func() time.Time
}

// NewHTTPEndpoint checks the application's public key (hex, from the
// developer portal) and prepares the endpoint.
func NewHTTPEndpoint(b *Bot, publicKeyHex, apiBase string, log *slog.Logger) (*HTTPEndpoint, error) {
	key, err := hex.DecodeString(publicKeyHex)
	if err != nil || len(key) != ed25519.PublicKeySize {
		return nil, errors.New("DISCORD_PUBLIC_KEY: want the application's public key, 64 hex digits")
	}
	s, err := NewSession("", apiBase) // follow-ups use the interaction's token, not the bot's
	if err != nil {
		return nil, err
	}
	return &HTTPEndpoint{interactor: newInteractor(b, log, s), key: key, now: time.Now}, nil
}

// SetReady marks the endpoint ready (the index is loaded) for /healthz.
func (h *HTTPEndpoint) SetReady() { h.ready.Store(true) }

// Wait waits for follow-ups still on their way, for a clean shutdown.
func (h *HTTPEndpoint) Wait() { h.pending.Wait() }

// Ready reports whether the endpoint can answer, for /readyz.
func (h *HTTPEndpoint) Ready() bool { return h.ready.Load() }

// Handler serves POST /interactions and GET /healthz.
func (h *HTTPEndpoint) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /interactions", h.interactions)
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		if !h.ready.Load() {
			http.Error(w, "loading", http.StatusServiceUnavailable)
			return
		}
		io.WriteString(w, "ok\n")
	})
	return mux
}

// interactions verifies, decodes, answers and encodes one interaction. A
// request that fails verification gets 401 and no detail: Discord sends bad
// signatures on purpose to check this.
func (h *HTTPEndpoint) interactions(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, MaxInteractionBody))
	var tooBig *http.MaxBytesError
	switch {
	case errors.As(err, &tooBig):
		http.Error(w, "request too large", http.StatusRequestEntityTooLarge)
		return
	case err != nil:
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	if !h.verify(r, body) {
		http.Error(w, "invalid request signature", http.StatusUnauthorized)
		return
	}
	var i discordgo.Interaction
	if err := json.Unmarshal(body, &i); err != nil || i.ID == "" {
		http.Error(w, "malformed interaction", http.StatusBadRequest)
		return
	}
	h.answer(r.Context(), &i, func(resp *discordgo.InteractionResponse) {
		w.Header().Set("Content-Type", "application/json")
		if err := json.NewEncoder(w).Encode(resp); err != nil {
			h.log.Warn("writing the response failed", "interaction", i.ID, "err", err)
		}
	})
}

// verify checks the ed25519 signature over timestamp and body, and that the
// timestamp is recent, so that a captured request cannot be replayed.
func (h *HTTPEndpoint) verify(r *http.Request, body []byte) bool {
	ts, err := strconv.ParseInt(r.Header.Get("X-Signature-Timestamp"), 10, 64)
	if err != nil {
		return false
	}
	if d := h.now().Sub(time.Unix(ts, 0)); d > ReplayWindow || d < -ReplayWindow {
		return false
	}
	signed := r.Clone(r.Context())
	signed.Body = io.NopCloser(bytes.NewReader(body))
	return discordgo.VerifyInteraction(signed, h.key)
}

// Sign signs an interaction body as Discord does, for tests and load runs.
func Sign(key ed25519.PrivateKey, timestamp time.Time, body []byte) (signatureHex, timestampHeader string) {
	ts := fmt.Sprint(timestamp.Unix())
	return hex.EncodeToString(ed25519.Sign(key, append([]byte(ts), body...))), ts
}
