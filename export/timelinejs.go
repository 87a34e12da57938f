package export

import (
	"encoding/json"
	"html"
	"io"
	"strconv"
	"strings"

	"dossier/model"
)

// TimelineJS3 fields, as its JSON format documents them. Dates carry only
// the parts the story knows: a month has no day, a year has no month.
type tlTimeline struct {
	Title  tlSlide   `json:"title"`
	Events []tlSlide `json:"events"`
}

type tlSlide struct {
	StartDate   *tlDate `json:"start_date,omitempty"`
	EndDate     *tlDate `json:"end_date,omitempty"`
	DisplayDate string  `json:"display_date,omitempty"`
	Text        tlText  `json:"text"`
	Group       string  `json:"group,omitempty"`
	UniqueID    string  `json:"unique_id,omitempty"`
}

type tlText struct {
	Headline string `json:"headline"`
	Text     string `json:"text"`
}

type tlDate struct {
	Year   int  `json:"year"`
	Month  int  `json:"month,omitempty"`
	Day    int  `json:"day,omitempty"`
	Hour   *int `json:"hour,omitempty"` // a pointer: midnight is hour 0
	Minute *int `json:"minute,omitempty"`
}

// TimelineJS writes the shown events as TimelineJS3 JSON, with a title
// slide from the front matter. TimelineJS renders headlines and text as
// HTML, so both are HTML-escaped. Events without a resolved start date
// cannot be placed on a timeline: they are left out and counted in
// skipped, for the caller to say so.
func TimelineJS(w io.Writer, st *model.Story, sel model.Selection) (skipped int, err error) {
	v, err := newView(st, sel)
	if err != nil {
		return 0, err
	}
	doc := v.st.Doc
	title := doc.Title
	if strings.TrimSpace(title) == "" {
		title = "Untitled story"
	}
	tl := tlTimeline{
		Title:  tlSlide{Text: tlText{Headline: html.EscapeString(title), Text: html.EscapeString(joinNonEmpty(" · ", doc.Source, doc.Dateline, v.publishedText()))}},
		Events: make([]tlSlide, 0, len(v.events)),
	}
	for _, e := range v.events {
		start, end := timelineDates(e.Date)
		if start == nil {
			skipped++
			continue
		}
		s := tlSlide{
			StartDate:   start,
			EndDate:     end,
			DisplayDate: model.FormatDate(e.Date),
			Text: tlText{
				Headline: html.EscapeString(e.Summary),
				Text:     html.EscapeString(v.byID[e.Sentence].Text),
			},
			UniqueID: "event-" + strconv.Itoa(e.ID),
		}
		if len(e.Countries) > 0 {
			s.Group = e.Countries[0]
		}
		tl.Events = append(tl.Events, s)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false) // already escaped for HTML; no \u003c on top
	return skipped, enc.Encode(tl)
}

// timelineDates gives the start (nil when unresolved) and, for ranges
// only, the end of d, each with the parts its precision knows.
func timelineDates(d model.Date) (start, end *tlDate) {
	parts, withTime := 0, false
	switch d.Precision {
	case model.PrecisionTime:
		parts, withTime = 3, true
	case model.PrecisionDay:
		parts = 3
	case model.PrecisionMonth:
		parts = 2
	case model.PrecisionYear:
		parts = 1
	case model.PrecisionRange:
		parts = 3 // each bound as written
		end = tlDateOf(d.End, parts, false)
	default:
		return nil, nil
	}
	start = tlDateOf(d.Start, parts, withTime)
	return start, end
}

func tlDateOf(s *string, maxParts int, withTime bool) *tlDate {
	t, parts, hasTime, ok := model.ParseISODate(s)
	if !ok {
		return nil
	}
	parts = min(parts, maxParts)
	td := &tlDate{Year: t.Year()}
	if parts >= 2 {
		td.Month = int(t.Month())
	}
	if parts >= 3 {
		td.Day = t.Day()
	}
	if withTime && hasTime && parts >= 3 {
		h, m := t.Hour(), t.Minute()
		td.Hour = &h
		if m != 0 {
			td.Minute = &m
		}
	}
	return td
}

func joinNonEmpty(sep string, parts ...string) string {
	out := parts[:0:0]
	for _, p := range parts {
		if strings.TrimSpace(p) != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, sep)
}
