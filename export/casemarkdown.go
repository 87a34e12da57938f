package export

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"strings"

	"dossier/model"
	"dossier/model/casefile"
)

// CaseMarkdown writes the brief of a case: its articles, the merged
// timeline with each entry's sources, where the sources disagree (each
// side with its articles' sentences), totals that take one figure per
// happening, the entities across the articles, and every shown entry's
// sentences, each cited by article, paragraph and sentence, with why the
// reports were merged.
func CaseMarkdown(w io.Writer, c *casefile.Case, sel model.Selection) error {
	v, err := newCaseView(c, sel)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	md := &caseMD{w: bw, v: v}
	md.header()
	md.timeline()
	md.disagreements()
	md.totals()
	md.entities()
	md.sources()
	return bw.Flush()
}

type caseMD struct {
	w *bufio.Writer
	v *caseView
}

func (m *caseMD) printf(format string, args ...any) { fmt.Fprintf(m.w, format, args...) }

// cite names where a source's sentence is: "ICE, ¶ 2, sentence 5".
func (m *caseMD) cite(s casefile.Source) string {
	sent := m.v.sentence(s)
	return fmt.Sprintf("%s, ¶ %d, sentence %d", m.v.label(s), sent.Paragraph, sent.ID)
}

func (m *caseMD) header() {
	m.printf("# Case of %s\n\n", plural(len(m.v.c.Articles), "article"))
	if span := m.v.span(); span != "" {
		m.printf("*%s*\n\n", mdInline(span))
	}
	for i, a := range m.v.c.Articles {
		doc := a.Story.Doc
		title := doc.Title
		if strings.TrimSpace(title) == "" {
			title = "Untitled story"
		}
		m.printf("%d\\. **%s**: %s", a.ID, mdInline(a.Label), mdInline(title))
		if line := joinNonEmpty(" · ", doc.Source, doc.Dateline, m.v.published(i)); line != "" {
			m.printf(" · *%s*", mdInline(line))
		}
		if doc.URL != "" {
			m.printf(" <%s>", strings.NewReplacer("<", "%3C", ">", "%3E", " ", "%20", "\n", "").Replace(doc.URL))
		}
		m.printf("\n\n")
	}
	if m.v.filtered {
		var parts []string
		for _, k := range casefile.Facets() {
			if vals := m.v.sel[k]; len(vals) > 0 {
				parts = append(parts, kindTitle(k)+": "+strings.Join(vals, ", "))
			}
		}
		m.printf("Filtered to %s.\n\n", mdInline(strings.Join(parts, "; ")))
	}
	m.printf("Showing %d of %s, one per happening, from %s.\n\n", len(m.v.entries), entries(len(m.v.c.Entries)),
		plural(m.reports(), "report"))
}

// entries is "1 entry", "2 entries".
func entries(n int) string {
	if n == 1 {
		return "1 entry"
	}
	return fmt.Sprintf("%d entries", n)
}

// reports counts the shown entries' sources.
func (m *caseMD) reports() int {
	n := 0
	for i := range m.v.entries {
		n += len(m.v.entry(i).Sources)
	}
	return n
}

func (m *caseMD) timeline() {
	m.printf("## Timeline\n\n")
	if len(m.v.entries) == 0 {
		m.printf("No entries.\n\n")
		return
	}
	m.printf("| # | Date | Entry | Sources | Disputed |\n|---|---|---|---|---|\n")
	for i := range m.v.entries {
		e := m.v.entry(i)
		var disputes []string
		for _, d := range e.Disagreements {
			disputes = append(disputes, disputed(e, d))
		}
		m.printf("| %d | %s | %s | %s | %s |\n", e.ID, mdCell(dateOrUndated(e.Date)), mdCell(e.Summary),
			mdCell(strings.Join(m.v.sourceLabels(e), ", ")), mdCell(strings.Join(disputes, ", ")))
	}
	m.printf("\n")
}

func (m *caseMD) disagreements() {
	m.printf("## Where the sources disagree\n\n")
	found := false
	for i := range m.v.entries {
		e := m.v.entry(i)
		if len(e.Disagreements) == 0 {
			continue
		}
		found = true
		m.printf("### %d. %s · %s\n\n", e.ID, mdInline(e.Summary), mdInline(dateOrUndated(e.Date)))
		for _, d := range e.Disagreements {
			what := "the sources disagree"
			if d.Kind == casefile.DisagreeBound {
				what = "one source gives a bound, another the number"
			}
			m.printf("- **%s**: %s.\n", mdInline(disputed(e, d)), what)
			for _, sd := range d.Sides {
				for _, cl := range sd.Claims {
					m.printf("  - “%s”, %s: “%s”\n", mdInline(oneLine(sd.Value)), mdInline(m.cite(cl.Source)),
						mdInline(oneLine(m.v.sentence(cl.Source).Text)))
				}
			}
		}
		m.printf("\n")
	}
	if !found {
		m.printf("Nowhere: the sources of every shown entry give the same figures and dates.\n\n")
	}
}

func (m *caseMD) totals() {
	m.printf("## Totals\n\n")
	if len(m.v.totals) == 0 {
		m.printf("No figures.\n\n")
		return
	}
	m.printf("One figure per happening, never the sum of two reports of it; a disputed figure is the one most articles give, the first on a tie.\n\n")
	m.printf("| What | Total | Figures used |\n|---|---|---|\n")
	for _, t := range m.v.totals {
		total := formatQuantity(t.Value, t.Unit)
		if len(t.Parts) == 1 && t.Parts[0].Figure.Qualifier != "" {
			total = t.Parts[0].Figure.Qualifier + " " + total
		}
		parts := make([]string, 0, len(t.Parts))
		for _, p := range t.Parts {
			f := p.Figure
			note := ""
			if f.Disputed {
				note = ", disputed"
			}
			parts = append(parts, fmt.Sprintf("“%s” (entry %d, %s%s)", oneLine(f.Text), m.v.c.Entries[p.Entry].ID, m.cite(f.From), note))
		}
		m.printf("| %s | %s | %s |\n", mdCell(totalName(t)), mdCell(total), mdCell(strings.Join(parts, "; ")))
	}
	m.printf("\n")
}

// totalName is what a total counts: "arrests", "cocaine (kg)".
func totalName(t casefile.Total) string {
	if t.Unit == "" {
		return t.What
	}
	return t.What + " (" + t.Unit + ")"
}

func (m *caseMD) entities() {
	m.printf("## Entities\n\n")
	if len(m.v.c.Entities) == 0 {
		m.printf("None found.\n\n")
		return
	}
	for _, sec := range entitySections {
		first := true
		for i := range m.v.c.Entities {
			e := &m.v.c.Entities[i]
			if !sec.holds(e.Kind, e.Seized) {
				continue
			}
			if first {
				m.printf("### %s\n\n", sec.title)
				first = false
			}
			category := e.Category
			if strings.EqualFold(category, e.Name) {
				category = ""
			}
			note := mdInline(joinNonEmpty(", ", e.Country, category))
			if note != "" {
				note = " (" + note + ")"
			}
			per := make([]string, 0, len(e.Mentions))
			for _, am := range e.Mentions {
				per = append(per, fmt.Sprintf("%s %d", m.v.c.Articles[am.Article].Label, len(am.Mentions)))
			}
			m.printf("- %s%s: %s (%s)\n", mdInline(e.Name), note, plural(e.Count(), "mention"), mdInline(strings.Join(per, ", ")))
		}
		if !first {
			m.printf("\n")
		}
	}
}

func (m *caseMD) sources() {
	m.printf("## Sources\n\n")
	if len(m.v.entries) == 0 {
		m.printf("No entries.\n")
		return
	}
	for i := range m.v.entries {
		e := m.v.entry(i)
		m.printf("**%d. %s** · %s", e.ID, mdInline(e.Summary), mdInline(dateOrUndated(e.Date)))
		if len(e.Kinds) > 0 {
			m.printf(" · %s", mdInline(strings.Join(e.Kinds, ", ")))
		}
		m.printf("\n\n")
		for j, s := range e.Sources {
			m.printf("> %s\n\n", mdInline(oneLine(m.v.sentence(s).Text)))
			cite := m.cite(s)
			if j > 0 {
				cite += "; " + whyText(e.Why[j-1])
			}
			m.printf("(%s)\n", mdInline(cite))
			if j < len(e.Sources)-1 {
				m.printf("\n")
			}
		}
		if i < len(m.v.entries)-1 {
			m.printf("\n")
		}
	}
}

// whyText says why a source was merged into its entry: "merged: arrest;
// the same day, Thu 22 May 2025, written in both; 270 arrests; United
// States, FBI; 45% of the wording; 17 points".
func whyText(w casefile.Why) string {
	parts := []string{strings.Join(w.Kinds, ", ")}
	if w.Repeat {
		parts = append(parts, "its article tells this again")
	}
	if w.Days != "" {
		from, to, _ := strings.Cut(w.Days, "/")
		d := model.Date{Start: &from, End: &from, Precision: model.PrecisionDay}
		if to != "" {
			d.End, d.Precision = &to, model.PrecisionRange
		}
		day := "the same day, " + model.FormatDate(d)
		if to != "" {
			day = "overlapping dates, " + model.FormatDate(d)
		}
		if w.Written {
			day += ", written in both"
		}
		parts = append(parts, day)
	}
	if len(w.Figures) > 0 {
		parts = append(parts, strings.Join(w.Figures, ", "))
	}
	if len(w.Facets) > 0 {
		names := make([]string, 0, len(w.Facets))
		for _, f := range w.Facets {
			names = append(names, f.Value)
		}
		parts = append(parts, strings.Join(names, ", "))
	}
	if w.Wording > 0 {
		parts = append(parts, fmt.Sprintf("%d%% of the wording", int(math.Round(w.Wording*100))))
	}
	parts = append(parts, plural(w.Score, "point"))
	return "merged: " + strings.Join(parts, "; ")
}
