// Package eval scores the parser against hand-made gold annotations of
// real articles (testdata/eval/GOLD.md has the file shape and the scoring
// rules; ANNOTATION.md, the rules annotators follow). It reads NAME.txt and
// NAME.gold.json pairs, parses the text with the real pipeline and reports,
// per article and per round, precision and recall of every list, quantity
// recall and date accuracy.
package eval

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
)

// Schema is the gold files' schema tag.
const Schema = "dossier.gold/v1"

// Gold is one article's annotation. The informational fields (summaries,
// bases, qualifiers, notes) are kept so a gold file round-trips and can be
// checked, though the score does not read them.
type Gold struct {
	Schema               string    `json:"schema"`
	Published            *string   `json:"published"`
	ReferenceDateAssumed *string   `json:"reference_date_assumed"`
	Countries            []string  `json:"countries"`
	Places               []Place   `json:"places"`
	Agencies             []Agency  `json:"agencies"`
	Networks             []string  `json:"networks"`
	Seized               []Seizure `json:"seized"`
	Counts               []Count   `json:"counts"`
	Events               []Event   `json:"events"`
	Optional             Extra     `json:"optional"`
	Negatives            Extra     `json:"negatives"`
	Note                 *string   `json:"note,omitempty"`
}

// Place is a city, port or region with its country (null for a
// supranational region).
type Place struct {
	Name    string   `json:"name"`
	Country *string  `json:"country"`
	Aliases []string `json:"aliases"`
	Note    *string  `json:"note,omitempty"`
}

// Agency is one body with every surface form the text uses for it.
type Agency struct {
	Name    string   `json:"name"`
	Country *string  `json:"country,omitempty"`
	Aliases []string `json:"aliases"`
	Note    *string  `json:"note,omitempty"`
}

// Seizure is one thing the text says was seized. Quantity is nil for an
// unmeasured or vague amount.
type Seizure struct {
	Quote        string          `json:"quote"`
	Item         string          `json:"item"`
	Quantity     *float64        `json:"quantity"`
	Unit         *string         `json:"unit"`
	UnitText     *string         `json:"unit_text,omitempty"`
	Qualifier    *string         `json:"qualifier"`
	QuantityText *string         `json:"quantity_text"`
	Aggregate    bool            `json:"aggregate"`
	Country      *string         `json:"country,omitempty"`
	ValueText    *string         `json:"value_text,omitempty"` // a value in words: "more than $1.5 million"
	USD          json.RawMessage `json:"usd_equivalent,omitempty"`
	ValueEUR     json.RawMessage `json:"value_eur,omitempty"`
	Note         *string         `json:"note,omitempty"`
}

// Count is a counted happening, person, thing or resource.
type Count struct {
	Quote     string   `json:"quote"`
	What      string   `json:"what"`
	Value     *float64 `json:"value"`
	Qualifier *string  `json:"qualifier"`
	ValueText *string  `json:"value_text"`
	Where     *string  `json:"where"`
	Subset    *string  `json:"subset"`
	Note      *string  `json:"note,omitempty"`
}

// Event is one happening. Date is nil when the text gives none or when it
// cannot be resolved without a publication date (then DateIfReference holds
// the value against ReferenceDateAssumed).
type Event struct {
	Quote           string   `json:"quote"`
	Summary         string   `json:"summary"`
	DateText        *string  `json:"date_text"`
	Date            *string  `json:"date"`
	DateIfReference *string  `json:"date_if_reference,omitempty"`
	Precision       string   `json:"precision"`
	Basis           string   `json:"basis,omitempty"`
	DateBasis       string   `json:"date_basis,omitempty"` // ANNOTATION.md's spelling of basis
	Time            *string  `json:"time"`
	TimeApproximate *bool    `json:"time_approximate,omitempty"`
	AcceptDates     []string `json:"accept_dates"`
	Note            *string  `json:"note"`
	Countries       []string `json:"countries"`
	Places          []string `json:"places"`
	Agencies        []string `json:"agencies"`
	Networks        []string `json:"networks"`
	Items           []string `json:"items"`
}

// Extra is the optional or negative part of a gold file: values that may
// be output without penalty, or traps whose output is always a false
// positive.
type Extra struct {
	Countries []Ref `json:"countries"`
	Places    []Ref `json:"places"`
	Agencies  []Ref `json:"agencies"`
	Networks  []Ref `json:"networks"`
	Items     []Ref `json:"items"`
	Counts    []Ref `json:"counts"`
	Events    []Ref `json:"events"`
}

// Ref is an entry of optional or negatives: a bare string (a name, or a
// quote for counts and events) or an object that says more ("country" of a
// place, "value" and "what" of a count).
type Ref struct {
	Name    string   `json:"name,omitempty"`
	Country *string  `json:"country,omitempty"`
	Aliases []string `json:"aliases,omitempty"`
	Quote   string   `json:"quote,omitempty"`
	What    string   `json:"what,omitempty"`
	Value   *float64 `json:"value,omitempty"`
	Note    *string  `json:"note,omitempty"`
}

// UnmarshalJSON reads a bare string as the name (the caller decides whether
// it is a name or a quote) and an object strictly.
func (r *Ref) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	if len(b) > 0 && b[0] == '"' {
		*r = Ref{}
		return json.Unmarshal(b, &r.Name)
	}
	type plain Ref
	var p plain
	if err := strict(b, &p); err != nil {
		return err
	}
	*r = Ref(p)
	return nil
}

// text is the entry's quote for counts and events: an object's quote, or
// the bare string.
func (r Ref) text() string {
	if r.Quote != "" {
		return r.Quote
	}
	return r.Name
}

// basis is the event's date basis under either spelling.
func (e Event) basis() string {
	if e.Basis != "" {
		return e.Basis
	}
	return e.DateBasis
}

// ReadGold reads a gold file. Unknown fields are errors: a misspelt key
// would otherwise drop a value silently and change the score.
func ReadGold(path string) (*Gold, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var g Gold
	if err := strict(b, &g); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &g, nil
}

// strict decodes one JSON value, refusing unknown fields and trailing data.
func strict(b []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return err
	}
	if _, err := dec.Token(); err != io.EOF {
		return fmt.Errorf("trailing data after the JSON value")
	}
	return nil
}
