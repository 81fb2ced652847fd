// Package index answers questions about a corpus. It wraps Bleve (search with
// an English analyzer, news synonyms and highlighting) and adds what Bleve
// cannot know: the question's intent and entities, the curated facts, and
// when the article is silent.
//
// Bleve is imported here and nowhere else; callers get Hit, Answer and Card,
// each carrying sentence citations.
package index
