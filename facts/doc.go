// Package facts is visitbot's domain: an article split into sections and
// sentences with stable citations, and the curated fact sheet (entities,
// events, figures) whose every value is backed by a verbatim quote.
//
// The default corpus is embedded, so the bot answers with no files around it;
// a folder of articles can replace it. Loading validates every quote against
// the article text, so nothing the bot says can drift from its source.
package facts
