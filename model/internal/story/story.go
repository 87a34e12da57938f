// Package story holds the pieces of a parsed story that the parser's
// stages produce and share: the document, its sentences, the entities and
// their mentions, seizures, counts, dates and events. Package model
// re-exports every one of them and assembles them into a Story.
package story

import "time"

// Document is an article as read by package data: front matter plus body.
// Offsets everywhere in a Story are byte offsets into Body.
type Document struct {
	Title    string
	Source   string
	URL      string
	Dateline string
	// Published is the publication day (UTC midnight); zero when unknown.
	// Relative dates are resolved against it and stay unresolved without it.
	Published time.Time
	// Meta keeps every front-matter key, known or not.
	Meta map[string]string
	Body string
}

// HasPublished reports whether the publication date is known.
func (d Document) HasPublished() bool { return !d.Published.IsZero() }

// Kind is the kind of an entity. The five kinds are also the filter facets.
type Kind string

const (
	KindCountry Kind = "country"
	KindPlace   Kind = "place"
	KindAgency  Kind = "agency"
	KindNetwork Kind = "network"
	KindItem    Kind = "item"
)

// Kinds lists the kinds in the order the UI and exports show them.
var Kinds = [...]Kind{KindCountry, KindAgency, KindItem, KindPlace, KindNetwork}

// Sentence is one sentence of the body. IDs and paragraphs count from 1.
type Sentence struct {
	ID        int    `json:"id"`
	Paragraph int    `json:"paragraph"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Text      string `json:"text"`
	// Byline marks sentences after the "___" separator ("Corder reported
	// from The Hague"): kept for the reader, never events or story places.
	Byline bool `json:"byline,omitempty"`
}

// Mention is one occurrence of an entity: the sentence and the byte span in
// the body.
type Mention struct {
	Sentence int    `json:"sentence"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Text     string `json:"text"`
}

// Entity is a country, place, agency, network or item with every mention.
// ID is "<kind>/<slug of name>", e.g. "agency/belgian-police".
//
// An item is Seized when a seizure of the story names it: the text says it
// was seized, confiscated, found, intercepted or recovered. An item
// without it is only mentioned ("gun battles and grenade attacks",
// "phones equipped with Sky ECC"): the reader sees it, but it is in no
// event, no item filter and no list of what was seized.
type Entity struct {
	ID       string    `json:"id"`
	Kind     Kind      `json:"kind"`
	Name     string    `json:"name"`
	Country  string    `json:"country,omitempty"`  // places and agencies
	Category string    `json:"category,omitempty"` // items: drugs, cash, weapons, vehicles, valuables, documents, devices
	Seized   bool      `json:"seized,omitempty"`   // items only
	Mentions []Mention `json:"mentions"`
}

// SeizedItem reports whether e is an item the story says was seized.
func (e Entity) SeizedItem() bool { return e.Kind == KindItem && e.Seized }

// MentionedItem reports whether e is an item the story only mentions.
func (e Entity) MentionedItem() bool { return e.Kind == KindItem && !e.Seized }

// Amount is a quantity with its unit, used for money equivalents.
type Amount struct {
	Quantity float64 `json:"quantity"`
	Unit     string  `json:"unit"`
}

// Seizure is an item seized, with its quantity when the text gives one.
// Unit is t, kg, g, lb, EUR, USD, GBP (or another ISO currency code), or ""
// for counted things ("28 firearms"). Quantity is nil where the text gives
// no number ("firearms", "thousands of kilograms"); Text keeps the words.
type Seizure struct {
	Item       string   `json:"item"`
	Category   string   `json:"category,omitempty"`
	Quantity   *float64 `json:"quantity"`
	Unit       *string  `json:"unit"`
	Qualifier  *string  `json:"qualifier"` // "more than", "about", "at least", "thousands of" ...
	Equivalent *Amount  `json:"equivalent,omitempty"`
	Text       string   `json:"text"`
	Sentence   int      `json:"sentence"`
	Start      int      `json:"start"`
	End        int      `json:"end"`
	Country    *string  `json:"country"`
	// Anchor, when not 0, is the byte offset of the seizing word of a
	// seizure named before it in another clause ("The server was
	// disconnected … and confiscated by …"): the clause it belongs to.
	Anchor int `json:"-"`
	// LookBack marks a seizure named with a definite article and no
	// figure ("seized the drugs and the firearm"): it may restate one
	// already reported, which the story, not the sentence, can tell.
	LookBack bool `json:"-"`
}

// Count is a counted happening or resource: arrests, searches, officers,
// messages, phones, suspects, raids, people charged, victims...
// Value is nil when the text gives no exact number ("hundreds of millions").
type Count struct {
	What      string   `json:"what"`
	Value     *float64 `json:"value"`
	Qualifier *string  `json:"qualifier"`
	Text      string   `json:"text"`
	Sentence  int      `json:"sentence"`
	Start     int      `json:"start"`
	End       int      `json:"end"`
	Country   *string  `json:"country"`
	// Subset is who the count narrows a larger one to, when the text
	// says so ("police officers" in "Three police officers were among
	// those detained", "women" in "300 people, including 131 women").
	Subset *string `json:"subset,omitempty"`
	// Thing marks a number of things that counts no happening ("40
	// boxes"): not one of the story's counts, but a figure that parts a
	// sentence's happenings ("arrested 47 people and closed 12 county
	// lines" tells two).
	Thing bool `json:"-"`
}

// Precision is how much of a date is known.
type Precision string

const (
	PrecisionTime    Precision = "time"
	PrecisionDay     Precision = "day"
	PrecisionMonth   Precision = "month"
	PrecisionYear    Precision = "year"
	PrecisionRange   Precision = "range"
	PrecisionUnknown Precision = "unknown"
)

// Basis is where a date came from.
type Basis string

const (
	BasisExplicit Basis = "explicit" // a date expression in the sentence itself
	BasisContext  Basis = "context"  // carried from a nearby sentence or the publication date
	BasisNone     Basis = "none"
)

// Date is a resolved (or unresolvable) temporal expression. Start and End
// are ISO dates ("2021-03-09"), or date-times ("2021-03-09T05:00") for
// PrecisionTime; nil when unresolved. Note says why a date stays vague
// ("no publication date", "vague: recently"). Dates of one story may share
// the strings Start and End point to: like the rest of a Story, they are
// read-only.
type Date struct {
	Text      string    `json:"text"`
	Start     *string   `json:"start"`
	End       *string   `json:"end"`
	Precision Precision `json:"precision"`
	Basis     Basis     `json:"basis"`
	Note      string    `json:"note,omitempty"`
}

// Event is one reported happening, tied to the sentence it came from.
type Event struct {
	ID        int      `json:"id"`
	Sentence  int      `json:"sentence"`
	Summary   string   `json:"summary"`
	Date      Date     `json:"date"`
	Countries []string `json:"countries"`
	Places    []string `json:"places"`
	Agencies  []string `json:"agencies"`
	Networks  []string `json:"networks"`
	Items     []string `json:"items"`
}

// Values returns the event's values for one facet.
func (e Event) Values(k Kind) []string {
	switch k {
	case KindCountry:
		return e.Countries
	case KindPlace:
		return e.Places
	case KindAgency:
		return e.Agencies
	case KindNetwork:
		return e.Networks
	case KindItem:
		return e.Items
	}
	return nil
}
