// Package synth writes synthetic news corpora in visitbot's corpus format,
// so that indexing and answering can be measured at sizes no curated corpus
// reaches. Articles have headings, sections and fact sheets whose every
// statement is grounded in its quote, so facts.LoadDir accepts them; the
// same seed writes the same bytes.
package synth
