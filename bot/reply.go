package bot

// Request is one thing a user asked, as every transport decodes it.
type Request struct {
	Command string            // "ask", "whois", …; a bare question is "ask"
	Options map[string]string // option name → value, as typed
	UserID  string
	// Where it was asked, and whether the asker may manage that channel
	// (Discord only; the console leaves them empty).
	GuildID, ChannelID string
	ManageChannels     bool
}

// Option returns a request option, or "".
func (r Request) Option(name string) string { return r.Options[name] }

// Reply is what the bot answers. Transports render it: the console as text,
// Discord as an embed with buttons. Text and quotes may be long; renderers
// cut or page them to fit.
type Reply struct {
	Title     string
	Text      string  // the short answer, or the body
	Quotes    []Quote // sentences the answer rests on, each with its citation
	QuoteHead string  // what the quotes are, when they are not the answer's support: "Nearest passages"
	Fields    []Field // labelled values, such as an entity card's role
	Footer    string
	Private   bool // shown only to the asker (Discord: ephemeral)
	Failed    bool // the user's request could not be served; Text says why, kindly
	Silent    bool // the article does not say: Text says so, Quotes are the nearest passages

	Source string  // the section the answer quotes first, named for /source, for "Show in article"
	Paging *Paging // set when a search has more pages
}

// Paging is where a paged reply stands.
type Paging struct {
	Query       string
	Page, Pages int
}

// Quote is one cited sentence.
type Quote struct {
	Text string
	Cite string // "Tit-for-tat, sentence 3"
}

// Field is a labelled value.
type Field struct {
	Name, Value string
}
