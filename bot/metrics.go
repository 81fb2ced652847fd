package bot

import (
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
)

// Metrics counts what the bot does, for Prometheus. Its methods do nothing
// on a nil *Metrics, so a bot without metrics needs no checks.
type Metrics struct {
	Registry   *prometheus.Registry
	commands   *prometheus.CounterVec
	latency    *prometheus.HistogramVec
	reconnects prometheus.Counter
	restErrors *prometheus.CounterVec
	reloads    *prometheus.CounterVec
	alerts     *prometheus.CounterVec
}

// Outcomes of a command, as the commands counter labels them.
const (
	OutcomeAnswered  = "answered"   // a reply with content
	OutcomeSilent    = "silent"     // the article does not say
	OutcomeUserError = "user_error" // bad input, kindly refused
	OutcomeError     = "error"      // an internal error or panic
	OutcomeCooldown  = "cooldown"   // refused: the user asks too fast
)

// NewMetrics makes the collectors on a registry of their own, with the Go
// runtime's and the process's.
func NewMetrics() *Metrics {
	m := &Metrics{
		Registry: prometheus.NewRegistry(),
		commands: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "visitbot_commands_total",
			Help: "Commands served, by command and outcome (answered, silent, user_error, error, cooldown)."}, []string{"command", "outcome"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "visitbot_answer_seconds",
			Help:    "Time to build a reply, by command.",
			Buckets: []float64{.0001, .00025, .0005, .001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5}}, []string{"command"}),
		reconnects: prometheus.NewCounter(prometheus.CounterOpts{Name: "visitbot_gateway_reconnects_total",
			Help: "Gateway connections re-established after a drop."}),
		restErrors: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "visitbot_rest_errors_total",
			Help: "Discord REST calls that failed, by call."}, []string{"call"}),
		reloads: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "visitbot_corpus_reloads_total",
			Help: "Corpus changes seen on disk, by outcome (swapped, rejected)."}, []string{"outcome"}),
		alerts: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "visitbot_alert_deliveries_total",
			Help: "Alert deliveries to channels, by outcome (sent, edited, retried, failed, dropped)."}, []string{"outcome"}),
	}
	m.Registry.MustRegister(m.commands, m.latency, m.reconnects, m.restErrors, m.reloads, m.alerts,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

func (m *Metrics) command(name, outcome string, took time.Duration) {
	if m == nil {
		return
	}
	m.commands.WithLabelValues(name, outcome).Inc()
	if took > 0 {
		m.latency.WithLabelValues(name).Observe(took.Seconds())
	}
}

func (m *Metrics) reconnected() {
	if m != nil {
		m.reconnects.Inc()
	}
}

func (m *Metrics) restError(call string) {
	if m != nil {
		m.restErrors.WithLabelValues(call).Inc()
	}
}

func (m *Metrics) reload(outcome string) {
	if m != nil {
		m.reloads.WithLabelValues(outcome).Inc()
	}
}

func (m *Metrics) alert(outcome string) {
	if m != nil {
		m.alerts.WithLabelValues(outcome).Inc()
	}
}

// outcome classifies a reply for the commands counter.
func outcome(r Reply, err error) string {
	switch {
	case err != nil && !r.Failed, r.Failed && r.Text == oops.Text:
		return OutcomeError
	case r.Failed:
		return OutcomeUserError
	case r.Silent:
		return OutcomeSilent
	}
	return OutcomeAnswered
}
