package synth

// The vocabulary of the synthetic news. Names are made from syllables; these
// lists give the common words around them, drawn with a Zipf law so a few
// are frequent and most are rare, as in real news.

var nouns = []string{
	"agreement", "budget", "pipeline", "railway", "harbour", "reform", "tariff", "election", "ceasefire",
	"water", "grain", "bridge", "hospital", "school", "court", "parliament", "council", "highway", "factory",
	"port", "airport", "dam", "reservoir", "market", "currency", "loan", "contract", "treaty", "protest",
	"strike", "flood", "drought", "harvest", "fishery", "mine", "refinery", "power", "grid", "license",
	"inquiry", "audit", "census", "curfew", "checkpoint", "convoy", "shipment", "cargo", "quota", "levy",
	"subsidy", "pension", "wage", "rent", "mortgage", "bond", "deficit", "surplus", "export", "import",
	"corridor", "tunnel", "canal", "border", "crossing", "festival", "stadium", "museum", "library", "clinic",
	"vaccine", "outbreak", "shortage", "blackout", "landslide", "wildfire", "storm", "earthquake", "evacuation",
	"ruling", "verdict", "appeal", "motion", "bill", "decree", "statute", "charter", "mandate", "coalition",
	"opposition", "cabinet", "ministry", "agency", "union", "cooperative", "consortium", "tender", "auction",
	"survey", "forecast", "index", "rate", "inflation", "tax", "toll", "fare", "ticket", "permit",
	"satellite", "cable", "network", "platform", "terminal", "depot", "warehouse", "silo", "orchard", "vineyard",
}

var verbs = []string{ // regular verbs in the past, which also serve as participles
	"approved", "delayed", "reviewed", "criticised", "welcomed", "funded", "blocked", "expanded", "inspected",
	"suspended", "launched", "completed", "rejected", "endorsed", "questioned", "postponed", "restored",
	"extended", "cancelled", "announced", "defended", "opposed", "negotiated", "signed", "repaired", "closed",
	"opened", "reduced", "increased", "doubled", "halved", "audited", "challenged", "supported", "reported",
	"confirmed", "denied", "investigated", "renewed", "revised", "finalised", "drafted", "published", "tested",
	"delivered", "received", "secured", "financed", "planned", "requested", "demanded", "protested", "praised",
	"ranked", "measured", "modernised", "relocated", "upgraded", "insured", "licensed", "ordered", "returned",
}

var adjectives = []string{
	"regional", "new", "disputed", "northern", "southern", "eastern", "western", "central", "coastal", "rural",
	"urban", "national", "local", "municipal", "provincial", "federal", "temporary", "permanent", "annual",
	"emergency", "joint", "bilateral", "public", "private", "independent", "official", "controversial",
	"ambitious", "delayed", "expensive", "modest", "major", "minor", "historic", "cautious", "rapid", "gradual",
	"seasonal", "industrial", "agricultural", "maritime", "digital", "financial", "judicial", "electoral",
	"medical", "educational", "environmental", "cultural", "military", "civilian", "neighbouring", "remote",
}

var offices = []string{
	"trade minister", "interior minister", "finance minister", "health minister", "energy minister",
	"transport minister", "foreign minister", "defence minister", "governor", "mayor", "spokesperson",
	"central bank governor", "chief justice", "opposition leader", "deputy prime minister", "ambassador",
	"union leader", "police chief", "army chief", "election commissioner", "water commissioner",
	"port director", "council chair", "labour minister", "education minister", "agriculture minister",
}

var topics = []string{
	"water sharing", "border trade", "grain exports", "port fees", "power supply", "rail links",
	"fishing rights", "refugee returns", "customs rules", "flood defences", "road tolls", "gas prices",
	"airline routes", "mining permits", "tax treaties", "student visas", "river pollution", "wheat prices",
	"dam safety", "bank regulation", "cattle markets", "textile quotas", "teacher salaries", "housing rents",
}

var counted = []string{
	"people injured", "families displaced", "homes damaged", "workers evacuated", "schools closed",
	"villages flooded", "shops looted", "flights cancelled", "patients treated", "vehicles destroyed",
	"fishermen rescued", "students stranded", "bridges closed", "wells poisoned", "farms burned",
}

var orgKinds = []string{
	"Trade Council", "Water Authority", "Port Authority", "Electoral Commission", "Farmers Union",
	"Chamber of Commerce", "Supreme Court", "Rail Company", "Energy Board", "Health Service",
	"Teachers Association", "Fisheries Board", "Mining Agency", "Customs Office", "Housing Trust",
}

var months = []string{
	"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
	"November", "December",
}

// Syllables of made-up names; none is an English word on its own.
var onsets = []string{"b", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "dr", "kh", "sh", "tr", "zh"}
var vowels = []string{"a", "e", "i", "o", "u", "ai", "ei", "ou"}
var codas = []string{"", "", "", "n", "r", "l", "m", "s", "v", "sk", "nd"}
