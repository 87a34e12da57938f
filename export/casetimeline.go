package export

import (
	"fmt"
	"html"
	"io"
	"strconv"
	"strings"

	"dossier/model"
	"dossier/model/casefile"
)

// CaseTimelineJS writes the shown entries as TimelineJS3 JSON with one
// group per source: an entry reported by three articles is a slide in
// each of their rows, on the entry's date, so the rows line up where the
// sources tell one happening. Each slide quotes its article's sentence,
// names the other sources and says what they disagree on. Entries
// without a resolved date cannot be placed and are counted in skipped.
func CaseTimelineJS(w io.Writer, c *casefile.Case, sel model.Selection) (skipped int, err error) {
	v, err := newCaseView(c, sel)
	if err != nil {
		return 0, err
	}
	labels := make([]string, len(v.c.Articles))
	for i, a := range v.c.Articles {
		labels[i] = a.Label
		if t := strings.TrimSpace(a.Story.Doc.Title); t != "" {
			labels[i] += ": " + t
		}
	}
	tl := tlTimeline{
		Title: tlSlide{Text: tlText{
			Headline: html.EscapeString(plural(len(v.c.Articles), "article") + caseSpan(v)),
			Text:     html.EscapeString(strings.Join(labels, " · ")),
		}},
		Events: make([]tlSlide, 0, len(v.entries)),
	}
	for i := range v.entries {
		e := v.entry(i)
		start, end := timelineDates(e.Date)
		if start == nil {
			skipped++
			continue
		}
		for j, s := range e.Sources {
			if j > 0 && s.Article == e.Sources[j-1].Article {
				continue // an article's row shows its first report
			}
			tl.Events = append(tl.Events, tlSlide{
				StartDate:   start,
				EndDate:     end,
				DisplayDate: model.FormatDate(e.Date),
				Text:        tlText{Headline: html.EscapeString(e.Summary), Text: v.slideText(e, s)},
				Group:       v.label(s),
				UniqueID:    "entry-" + strconv.Itoa(e.ID) + "-article-" + strconv.Itoa(v.c.Articles[s.Article].ID),
			})
		}
	}
	return skipped, encodeJSON(w, tl)
}

// caseSpan is " · " and the case's days, or "".
func caseSpan(v *caseView) string {
	if s := v.span(); s != "" {
		return " · " + s
	}
	return ""
}

// slideText is an article's sentence for an entry, the entry's other
// sources and its disagreements, as HTML.
func (v *caseView) slideText(e *casefile.Entry, s casefile.Source) string {
	parts := []string{html.EscapeString(oneLine(v.sentence(s).Text))}
	var others []string
	for _, l := range v.sourceLabels(e) {
		if l != v.label(s) {
			others = append(others, l)
		}
	}
	if len(others) > 0 {
		parts = append(parts, "Also reported by "+html.EscapeString(strings.Join(others, ", "))+".")
	}
	for _, d := range e.Disagreements {
		parts = append(parts, html.EscapeString(disagreementLine(v, e, d))+".")
	}
	return "<p>" + strings.Join(parts, "</p><p>") + "</p>"
}

// disagreementLine is one disagreement of entry e in a line: "The
// sources disagree on arrests: 48 arrests (AP); more than 40 arrests
// (Reuters)".
func disagreementLine(v *caseView, e *casefile.Entry, d casefile.Disagreement) string {
	sides := make([]string, 0, len(d.Sides))
	for _, sd := range d.Sides {
		sides = append(sides, fmt.Sprintf("%s (%s)", oneLine(sd.Value), strings.Join(v.claimLabels(sd), ", ")))
	}
	lead := "The sources disagree on " + disputed(e, d)
	if d.Kind == casefile.DisagreeBound {
		lead = "The sources give " + disputed(e, d) + " exactly and as a bound"
	}
	return lead + ": " + strings.Join(sides, "; ")
}

// claimLabels are the labels of the articles of a side's claims, each
// once.
func (v *caseView) claimLabels(sd casefile.Side) []string {
	var who []string
	for i, cl := range sd.Claims {
		if i == 0 || cl.Source.Article != sd.Claims[i-1].Source.Article {
			who = append(who, v.label(cl.Source))
		}
	}
	return who
}

// disputed names what a disagreement is about: "the date", or the thing
// counted or measured ("arrests", "cocaine").
func disputed(e *casefile.Entry, d casefile.Disagreement) string {
	if d.Kind == casefile.DisagreeDate {
		return "the date"
	}
	for _, f := range e.Figures {
		if f.Key == d.What {
			return f.What
		}
	}
	return d.What
}
