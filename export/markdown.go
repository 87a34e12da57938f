package export

import (
	"bufio"
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"

	"dossier/model"
	"dossier/model/casefile"
)

// Markdown writes a case-file brief a person reads: title and source, a
// dated timeline table, entities by kind with mention counts, seizure
// totals, counts, and every shown event's source sentence as a quote with
// its place in the article. Dates read as they do in the UI.
func Markdown(w io.Writer, st *model.Story, sel model.Selection) error {
	v, err := newView(st, sel)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	md := &mdWriter{w: bw, v: v}
	md.header()
	md.timeline()
	md.entities()
	md.seizures()
	md.counts()
	md.sources()
	return bw.Flush()
}

type mdWriter struct {
	w *bufio.Writer
	v *view
}

func (m *mdWriter) printf(format string, args ...any) { fmt.Fprintf(m.w, format, args...) }

func (m *mdWriter) header() {
	doc := m.v.st.Doc
	title := doc.Title
	if strings.TrimSpace(title) == "" {
		title = "Untitled story"
	}
	m.printf("# %s\n\n", mdInline(title))
	if line := joinNonEmpty(" · ", doc.Source, doc.Dateline, m.v.publishedText()); line != "" {
		m.printf("*%s*\n\n", mdInline(line))
	}
	if doc.URL != "" {
		m.printf("<%s>\n\n", strings.NewReplacer("<", "%3C", ">", "%3E", " ", "%20", "\n", "").Replace(doc.URL))
	}
	if m.v.filtered {
		var parts []string
		for _, k := range model.Kinds {
			if vals := m.v.sel[k]; len(vals) > 0 {
				parts = append(parts, kindTitle(k)+": "+strings.Join(vals, ", "))
			}
		}
		m.printf("Filtered to %s.\n\n", mdInline(strings.Join(parts, "; ")))
	}
	m.printf("Showing %d of %s.\n\n", len(m.v.events), plural(len(m.v.st.Events), "event"))
}

func (m *mdWriter) timeline() {
	m.printf("## Timeline\n\n")
	if len(m.v.events) == 0 {
		m.printf("No events.\n\n")
		return
	}
	m.printf("| Date | Event | Countries | Agencies |\n|---|---|---|---|\n")
	for _, e := range m.v.events {
		m.printf("| %s | %s | %s | %s |\n", mdCell(dateOrUndated(e.Date)), mdCell(e.Summary),
			mdCell(strings.Join(e.Countries, ", ")), mdCell(strings.Join(e.Agencies, ", ")))
	}
	m.printf("\n")
}

func (m *mdWriter) entities() {
	m.printf("## Entities\n\n")
	if len(m.v.st.Entities) == 0 {
		m.printf("None found.\n\n")
		return
	}
	for _, sec := range entitySections {
		var ents []model.Entity
		for _, e := range m.v.st.Entities {
			if sec.holds(e.Kind, e.Seized) {
				ents = append(ents, e)
			}
		}
		if len(ents) == 0 {
			continue
		}
		slices.SortStableFunc(ents, func(a, b model.Entity) int {
			return cmp.Or(cmp.Compare(len(b.Mentions), len(a.Mentions)), cmp.Compare(a.Name, b.Name))
		})
		m.printf("### %s\n\n", sec.title)
		for _, e := range ents {
			category := e.Category
			if strings.EqualFold(category, e.Name) { // "cash (cash)" says nothing
				category = ""
			}
			note := mdInline(joinNonEmpty(", ", e.Country, category))
			if note != "" {
				note = " (" + note + ")"
			}
			m.printf("- %s%s: %s\n", mdInline(e.Name), note, plural(len(e.Mentions), "mention"))
		}
		m.printf("\n")
	}
}

// seizureTotal is one item with its figures summed per unit; the words of
// every seizure of it, with or without a figure, are kept beside.
type seizureTotal struct {
	item, category string
	units          []string // in order of first appearance; "" for counted things
	sums           map[string]float64
	figures        int
	qualifier      string // of the only figure, when there is one
	reported       []string
}

func (t *seizureTotal) total() string {
	if t.figures == 0 {
		return "no figure"
	}
	parts := make([]string, 0, len(t.units))
	for _, u := range t.units {
		parts = append(parts, formatQuantity(t.sums[u], u))
	}
	total := strings.Join(parts, " + ")
	if t.figures == 1 && t.qualifier != "" {
		total = t.qualifier + " " + total
	}
	return total
}

func (m *mdWriter) seizures() {
	m.printf("## Seizures\n\n")
	if len(m.v.seizures) == 0 {
		m.printf("None reported.\n\n")
		return
	}
	var totals []*seizureTotal
	for _, s := range m.v.seizures {
		i := slices.IndexFunc(totals, func(t *seizureTotal) bool { return t.item == s.Item })
		if i < 0 {
			totals = append(totals, &seizureTotal{item: s.Item, category: s.Category, sums: map[string]float64{}})
			i = len(totals) - 1
		}
		t := totals[i]
		if s.Quantity != nil {
			unit := deref(s.Unit)
			if _, ok := t.sums[unit]; !ok {
				t.units = append(t.units, unit)
			}
			t.sums[unit] += *s.Quantity
			t.figures++
			t.qualifier = deref(s.Qualifier)
		}
		t.reported = append(t.reported, quoted(s.Text, m.v.byID[s.Sentence].Paragraph))
	}
	m.printf("| Item | Category | Total | As reported |\n|---|---|---|---|\n")
	for _, t := range totals {
		m.printf("| %s | %s | %s | %s |\n", mdCell(t.item), mdCell(t.category), mdCell(t.total()), mdCell(strings.Join(t.reported, "; ")))
	}
	m.printf("\n")
}

func (m *mdWriter) counts() {
	m.printf("## Counts\n\n")
	if len(m.v.counts) == 0 {
		m.printf("None reported.\n\n")
		return
	}
	m.printf("| What | Number | Country | As reported |\n|---|---|---|---|\n")
	for _, c := range m.v.counts {
		n := "no figure"
		if c.Value != nil {
			n = joinNonEmpty(" ", deref(c.Qualifier), formatQuantity(*c.Value, ""))
		}
		m.printf("| %s | %s | %s | %s |\n", mdCell(c.What), mdCell(n), mdCell(deref(c.Country)),
			mdCell(quoted(c.Text, m.v.byID[c.Sentence].Paragraph)))
	}
	m.printf("\n")
}

func (m *mdWriter) sources() {
	m.printf("## Sources\n\n")
	if len(m.v.events) == 0 {
		m.printf("No events.\n")
		return
	}
	for i, e := range m.v.events {
		s := m.v.byID[e.Sentence]
		m.printf("**%d. %s** · %s\n\n", e.ID, mdInline(e.Summary), mdInline(dateOrUndated(e.Date)))
		m.printf("> %s\n\n", mdInline(oneLine(s.Text)))
		m.printf("(¶ %d, sentence %d)\n", s.Paragraph, s.ID)
		if i < len(m.v.events)-1 {
			m.printf("\n")
		}
	}
}

// quoted is the words of the article in typographic quotes with their
// paragraph.
func quoted(text string, paragraph int) string {
	return fmt.Sprintf("“%s” (¶ %d)", oneLine(text), paragraph)
}

func dateOrUndated(d model.Date) string {
	if s := model.FormatDate(d); s != "" {
		return s
	}
	return "undated"
}

// entitySection is a heading of the entities list: the entities of one
// kind, the items split into those seized and those only mentioned.
type entitySection struct {
	kind      model.Kind
	mentioned bool // items the story does not say were seized
	title     string
}

var entitySections = func() []entitySection {
	var out []entitySection
	for _, k := range model.Kinds {
		if k == model.KindItem {
			out = append(out, entitySection{k, false, "Items seized"}, entitySection{k, true, "Items mentioned"})
			continue
		}
		out = append(out, entitySection{kind: k, title: kindTitle(k)})
	}
	return out
}()

// holds reports whether an entity of kind k, seized or not, is listed
// under the section.
func (sec entitySection) holds(k model.Kind, seized bool) bool {
	return k == sec.kind && (k != model.KindItem || seized != sec.mentioned)
}

func kindTitle(k model.Kind) string {
	switch k {
	case model.KindCountry:
		return "Countries"
	case model.KindAgency:
		return "Agencies"
	case model.KindItem:
		return "Items"
	case model.KindPlace:
		return "Places"
	case model.KindNetwork:
		return "Networks"
	case casefile.SourceFacet:
		return "Sources"
	}
	return string(k)
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}
