package eval

// PRF counts the true positives, false positives and misses of one list.
// Void marks a list that cannot be scored because nothing it depends on
// matched (the facets and dates of events when no gold event was found): it
// scores 0, so an article the parser misses entirely cannot earn them.
type PRF struct {
	TP, FP, FN int
	Void       bool
}

// P is the precision; 1 when nothing was output.
func (s PRF) P() float64 {
	if s.Void {
		return 0
	}
	if s.TP+s.FP == 0 {
		return 1
	}
	return float64(s.TP) / float64(s.TP+s.FP)
}

// R is the recall; 1 when the gold list is empty.
func (s PRF) R() float64 {
	if s.Void {
		return 0
	}
	if s.TP+s.FN == 0 {
		return 1
	}
	return float64(s.TP) / float64(s.TP+s.FN)
}

// F1 is the harmonic mean of P and R; an empty gold list with an empty
// output scores 1.
func (s PRF) F1() float64 {
	p, r := s.P(), s.R()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// Ratio is a share of gold items got right.
type Ratio struct {
	Hit, Total int
	Void       bool
}

// Value is Hit/Total; 1 when there was nothing to get right, 0 when void.
func (r Ratio) Value() float64 {
	if r.Void {
		return 0
	}
	if r.Total == 0 {
		return 1
	}
	return float64(r.Hit) / float64(r.Total)
}

// Facet names a scored list, in the order tables show them.
type Facet int

const (
	Countries Facet = iota
	Places
	Agencies
	Networks
	Items
	Counts
	Events
	EventFacets
	Quantities
	Dates
	nFacets
)

// Lists are the facets scored by precision and recall.
var Lists = [...]Facet{Countries, Places, Agencies, Networks, Items, Counts, Events, EventFacets}

func (f Facet) String() string {
	return [...]string{"countries", "places", "agencies", "networks", "items", "counts", "events",
		"facets", "quantity", "date"}[f]
}

// Finding is one miss or false positive, for the developer reading -v.
type Finding struct {
	Facet Facet
	Kind  string // "miss", "false", "wrong"
	Text  string
}

// Result is one article's score.
type Result struct {
	Name       string // "r1/europol_ghost"
	Lists      [len(Lists)]PRF
	Quantities Ratio
	Dates      Ratio
	Findings   []Finding
}

// List is the precision/recall of one listed facet.
func (r *Result) List(f Facet) *PRF { return &r.Lists[f] }

// Score is the article's score: the mean of the eight lists' F1, the
// quantity recall and the date accuracy.
func (r *Result) Score() float64 {
	sum := r.Quantities.Value() + r.Dates.Value()
	for i := range r.Lists {
		sum += r.Lists[i].F1()
	}
	return sum / float64(len(r.Lists)+2)
}

func (r *Result) add(f Facet, kind, text string) {
	r.Findings = append(r.Findings, Finding{Facet: f, Kind: kind, Text: text})
}

// Summary is the mean of several results, column by column.
type Summary struct {
	Name     string
	Articles int
	P, R, F1 [len(Lists)]float64
	Quantity float64
	Date     float64
	Mean     float64
}

// Summarize averages results: each column is the mean of the articles'
// values, so the summary's mean is the mean of the articles' scores.
func Summarize(name string, rs []Result) Summary {
	s := Summary{Name: name, Articles: len(rs)}
	if len(rs) == 0 {
		return s
	}
	n := float64(len(rs))
	for i := range rs {
		r := &rs[i]
		for j := range r.Lists {
			s.P[j] += r.Lists[j].P() / n
			s.R[j] += r.Lists[j].R() / n
			s.F1[j] += r.Lists[j].F1() / n
		}
		s.Quantity += r.Quantities.Value() / n
		s.Date += r.Dates.Value() / n
		s.Mean += r.Score() / n
	}
	return s
}

// Row is one article's result as a Summary, so tables print both alike.
func (r *Result) Row() Summary {
	return Summarize(r.Name, []Result{*r})
}
