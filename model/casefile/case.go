package casefile

import "dossier/model"

// Case is several articles read as one case file: each article's story,
// unchanged, and the links between them. It is immutable once built and
// may be shared by every SSH session.
type Case struct {
	Articles []Article
	// Entries is the merged timeline: one entry per happening, dated
	// entries first (by their first day, then by their lead's article and
	// sentence), undated ones after, in article order.
	Entries []Entry
	// Entities holds one entity per real thing across the articles.
	Entities []Entity
	// From and To are the first and last day ("YYYY-MM-DD") the entries
	// are dated to; both "" when no entry is dated.
	From, To string

	entryOf [][]int32 // article → event → entry
	filter  *filter
}

// Article is one article of a case.
type Article struct {
	// ID counts from 1 in the order the articles were given.
	ID int
	// Label is a short name for the reader, unique in the case: the
	// outlet, else the title, else "article N"; see label.go.
	Label string
	// Outlet is the article's source as its front matter gives it.
	Outlet string
	Story  *model.Story
}

// Source is one article's report of an entry's happening: the event, and
// so the sentence, it came from.
type Source struct {
	Article  int // index into Case.Articles
	Event    int // index into that story's Events
	Sentence int // the event's sentence ID
}

// Entry is one happening on the merged timeline with every report of it.
type Entry struct {
	// ID counts from 1 in timeline order.
	ID int
	// Sources are the entry's reports in article order, then sentence
	// order. Every event of every article is the source of exactly one
	// entry.
	Sources []Source
	// Lead is the source the entry's summary and date are taken from:
	// the first that writes a date in its own sentence, else the first.
	Lead    Source
	Summary string
	Date    model.Date
	// Kinds are the kinds of happening every source reports ("arrest",
	// "seizure"); see kinds.go.
	Kinds []string
	// Why says, for each source after the first, why it was merged.
	Why []Why
	// Figures holds one figure per thing the entry counts or measures,
	// whichever of its sources give it: the figure stats use.
	Figures []Figure
	// Disagreements are the figures and dates on which the sources differ.
	Disagreements []Disagreement
	// The facet values any source names, in the order first named.
	Countries, Places, Agencies, Networks, Items []string
}

// Values returns the entry's values for one facet; for SourceFacet, the
// labels of its articles.
func (c *Case) Values(e *Entry, k model.Kind) []string {
	switch k {
	case model.KindCountry:
		return e.Countries
	case model.KindPlace:
		return e.Places
	case model.KindAgency:
		return e.Agencies
	case model.KindNetwork:
		return e.Networks
	case model.KindItem:
		return e.Items
	case SourceFacet:
		out := make([]string, 0, len(e.Sources))
		for i, s := range e.Sources {
			if i == 0 || s.Article != e.Sources[i-1].Article {
				out = append(out, c.Articles[s.Article].Label)
			}
		}
		return out
	}
	return nil
}

// Event returns the event a source points to.
func (c *Case) Event(s Source) *model.Event { return &c.Articles[s.Article].Story.Events[s.Event] }

// Sentence returns the sentence a source points to.
func (c *Case) Sentence(s Source) *model.Sentence {
	return &c.Articles[s.Article].Story.Sentences[s.Sentence-1]
}

// EntryOf returns the index in Entries of the entry that holds event ev
// of article a.
func (c *Case) EntryOf(a, ev int) int { return int(c.entryOf[a][ev]) }

// Why is what a source shares with the entry it was merged into.
type Why struct {
	Source Source
	// Repeat marks a source of an article that already reported the
	// happening in another sentence: the article tells it twice, or tells
	// more of it (see doc.go).
	Repeat bool
	// Days is the day, or run of days, the source and the entry share:
	// "2025-05-22", or "2024-03-01/2024-03-31"; "" when they share none.
	// Written says the dates are written in both sentences, not carried
	// from the publication day.
	Days    string
	Written bool
	// Kinds are the kinds of happening they share.
	Kinds []string
	// Figures are the figures both give, as this source writes them.
	Figures []string
	// Facets are the countries, agencies, places, networks and items both
	// name.
	Facets []FacetName
	// Wording is the share of content words the sentences have in common.
	Wording float64
	// Score is the weight of the evidence; see doc.go.
	Score int
}

// FacetName is one facet value.
type FacetName struct {
	Kind  model.Kind
	Value string
}

// Figure is a number an entry reports, with the source it is taken from.
type Figure struct {
	// Key names what is measured and in what: "arrests", "cocaine kg",
	// "money USD". Figures of one key add up across entries.
	Key       string
	What      string // "arrests", "cocaine", "money"
	Unit      string // "kg", "l", a currency code, or "" for counted things
	Value     float64
	Qualifier string // as written: "more than", "about"; "" for none
	Text      string // as written: "more than 17 tonnes of cocaine"
	From      Source
	// Reports is how many articles give this figure (an article that
	// tells the happening twice reports it once); Disputed marks an entry
	// whose sources give another one too (see Disagreements).
	Reports  int
	Disputed bool
}

// DisagreementKind is what the sources of an entry disagree on.
type DisagreementKind string

const (
	// DisagreeFigure: different numbers ("48 arrests", "more than 40").
	DisagreeFigure DisagreementKind = "figure"
	// DisagreeBound: the same number, exact in one source and a bound in
	// another ("270", "more than 270").
	DisagreeBound DisagreementKind = "bound"
	// DisagreeDate: different written dates ("on Tuesday", "on Monday").
	DisagreeDate DisagreementKind = "date"
)

// Disagreement is one thing the sources of an entry give differently.
type Disagreement struct {
	Kind DisagreementKind
	// What is the figure's Key, or "date".
	What  string
	Sides []Side
}

// Side is one version of a disputed figure or date and who gives it.
type Side struct {
	// Value is the version as its first claim writes it: "more than 40
	// arrests", "on Monday".
	Value  string
	Claims []Claim
}

// Claim is one source's words for a side.
type Claim struct {
	Source Source
	// Text and the byte span Start:End in the article's body are the
	// words that give the figure or date; a date carried into a sentence
	// from elsewhere has no words (Text "", Start and End 0).
	Text       string
	Start, End int
}

// Entity is one real thing across the case: the same kind and canonical
// name in every article that names it ("FBI" however an article writes
// it), with each article's mentions.
type Entity struct {
	// ID, Kind, Name, Country and Category are the first naming
	// article's.
	ID       string
	Kind     model.Kind
	Name     string
	Country  string
	Category string
	// Seized marks an item that any article says was seized; one the
	// articles only mention is not.
	Seized bool
	// Mentions holds, in article order, each naming article's entity.
	Mentions []ArticleMentions
}

// ArticleMentions is one article's mentions of an entity.
type ArticleMentions struct {
	Article  int // index into Case.Articles
	Entity   int // index into that story's Entities
	Mentions []model.Mention
}

// Count is the number of mentions across the case.
func (e *Entity) Count() int {
	n := 0
	for _, m := range e.Mentions {
		n += len(m.Mentions)
	}
	return n
}
