package baseline

import (
	"context"
	"errors"
	"sort"
	"time"

	"visitbot/index"
)

// Result is one system's score on an evaluation set.
type Result struct {
	System     string        `json:"system"`
	HitAt1     float64       `json:"hit_at_1"`
	Abstention float64       `json:"abstention"`
	P50        time.Duration `json:"p50_ns"`
	P99        time.Duration `json:"p99_ns"`
}

// Compare answers every case with visitbot and with FTS5, one after the
// other for each question, so that a noisy machine slows both alike. Each
// system's times are per question; it reports medians and 99th percentiles.
func Compare(ctx context.Context, ix *index.Index, f *FTS5, cases []index.EvalCase, rounds int) ([2]Result, error) {
	var vt, ft []time.Duration
	var vHits, fHits, vAbst, fAbst, answerable, unanswerable int
	for round := 0; round < max(rounds, 1); round++ {
		for _, c := range cases {
			start := time.Now()
			a, err := ix.Answer(ctx, c.Q)
			vt = append(vt, time.Since(start))
			if err != nil && !errors.Is(err, index.ErrEmptyQuestion) {
				return [2]Result{}, err
			}
			start = time.Now()
			ref, ok, err := f.Answer(ctx, c.Q)
			ft = append(ft, time.Since(start))
			if err != nil {
				return [2]Result{}, err
			}
			if round > 0 {
				continue // later rounds only add timings
			}
			if c.Answerable {
				answerable++
				if a.Answered && len(a.Citations) > 0 && c.Accepts(a.Citations[0].Ref()) {
					vHits++
				}
				if ok && c.Accepts(ref) {
					fHits++
				}
			} else {
				unanswerable++
				if !a.Answered {
					vAbst++
				}
				if !ok {
					fAbst++
				}
			}
		}
	}
	ratio := func(n, d int) float64 {
		if d == 0 {
			return 1
		}
		return float64(n) / float64(d)
	}
	p50v, p99v := Percentiles(vt)
	p50f, p99f := Percentiles(ft)
	return [2]Result{
		{System: "visitbot", HitAt1: ratio(vHits, answerable), Abstention: ratio(vAbst, unanswerable), P50: p50v, P99: p99v},
		{System: "fts5-bm25", HitAt1: ratio(fHits, answerable), Abstention: ratio(fAbst, unanswerable), P50: p50f, P99: p99f},
	}, nil
}

// Percentiles returns the median and the 99th percentile of timings.
func Percentiles(d []time.Duration) (p50, p99 time.Duration) {
	if len(d) == 0 {
		return 0, 0
	}
	s := append([]time.Duration(nil), d...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	return s[len(s)/2], s[len(s)*99/100]
}
