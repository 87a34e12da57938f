package export

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"dossier/model"
)

type tlOut struct {
	Title struct {
		Text tlText `json:"text"`
	} `json:"title"`
	Events []struct {
		StartDate   map[string]int `json:"start_date"`
		EndDate     map[string]int `json:"end_date"`
		DisplayDate string         `json:"display_date"`
		Text        tlText         `json:"text"`
		Group       string         `json:"group"`
		UniqueID    string         `json:"unique_id"`
	} `json:"events"`
}

func writeTimeline(t *testing.T, st *model.Story, sel model.Selection) (tlOut, int) {
	t.Helper()
	var buf bytes.Buffer
	skipped, err := TimelineJS(&buf, st, sel)
	if err != nil {
		t.Fatal(err)
	}
	var tl tlOut
	if err := json.Unmarshal(buf.Bytes(), &tl); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, buf.String())
	}
	return tl, skipped
}

func TestTimelineJS(t *testing.T) {
	tl, skipped := writeTimeline(t, fixture(t), nil)
	if skipped != 1 {
		t.Errorf("skipped = %d, want 1 (the undated event)", skipped)
	}
	if len(tl.Events) != 5 {
		t.Fatalf("events = %d, want 5", len(tl.Events))
	}
	if tl.Title.Text.Headline != "Belgian police make 48 arrests after Sky ECC network is broken" ||
		tl.Title.Text.Text != "AP · BRUSSELS · Tue 9 Mar 2021" {
		t.Errorf("title slide = %+v", tl.Title.Text)
	}
	for _, e := range tl.Events {
		if e.StartDate["year"] == 0 {
			t.Errorf("%s: no start_date.year: %v", e.UniqueID, e.StartDate)
		}
		if e.Text.Headline == "" || e.Text.Text == "" {
			t.Errorf("%s: empty headline or text: %+v", e.UniqueID, e.Text)
		}
	}
	byID := map[string]int{}
	for i, e := range tl.Events {
		byID[e.UniqueID] = i
	}
	tests := []struct {
		id          string
		start, end  map[string]int
		display     string
		group       string
		headline    string
		textPrefix  string
		textContain string
	}{
		{id: "event-1", start: map[string]int{"year": 2019, "month": 3, "day": 9}, end: map[string]int{"year": 2021, "month": 3, "day": 9},
			display: "Mar 2019–Mar 2021", group: "Belgium", headline: "Investigators break Sky ECC", textPrefix: "Belgian prosecutors said"},
		{id: "event-2", start: map[string]int{"year": 2020, "month": 7}, display: "Jul 2020", headline: "European police break EncroChat"},
		{id: "event-3", start: map[string]int{"year": 2021, "month": 3, "day": 9, "hour": 5}, display: "Tue 9 Mar 2021 05:00", group: "Belgium"},
		{id: "event-4", start: map[string]int{"year": 2021, "month": 3, "day": 9}, display: "Tue 9 Mar 2021", group: "Belgium"},
		{id: "event-5", start: map[string]int{"year": 2021, "month": 3, "day": 9}, group: "Netherlands"},
	}
	for _, tt := range tests {
		i, ok := byID[tt.id]
		if !ok {
			t.Errorf("%s missing", tt.id)
			continue
		}
		e := tl.Events[i]
		if !mapsEqual(e.StartDate, tt.start) {
			t.Errorf("%s start_date = %v, want %v", tt.id, e.StartDate, tt.start)
		}
		if !mapsEqual(e.EndDate, tt.end) {
			t.Errorf("%s end_date = %v, want %v", tt.id, e.EndDate, tt.end)
		}
		if tt.display != "" && e.DisplayDate != tt.display {
			t.Errorf("%s display_date = %q, want %q", tt.id, e.DisplayDate, tt.display)
		}
		if e.Group != tt.group {
			t.Errorf("%s group = %q, want %q", tt.id, e.Group, tt.group)
		}
		if tt.headline != "" && e.Text.Headline != tt.headline {
			t.Errorf("%s headline = %q, want %q", tt.id, e.Text.Headline, tt.headline)
		}
		if tt.textPrefix != "" && !strings.HasPrefix(e.Text.Text, tt.textPrefix) {
			t.Errorf("%s text = %q, want the source sentence", tt.id, e.Text.Text)
		}
	}
}

func mapsEqual(a, b map[string]int) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if w, ok := b[k]; !ok || w != v {
			return false
		}
	}
	return true
}

func TestTimelineJSEscapesHTML(t *testing.T) {
	st := fixture(t)
	st.Events[5].Date = model.Date{Start: ptr("2021-03-01"), End: ptr("2021-03-01"), Precision: model.PrecisionDay}
	st.Events[5].Summary = "Police seize <b>heroin</b> & more"
	tl, skipped := writeTimeline(t, st, model.Selection{model.KindItem: {"heroin"}})
	if skipped != 0 || len(tl.Events) != 1 {
		t.Fatalf("skipped %d, events %d; want 0 and 1", skipped, len(tl.Events))
	}
	e := tl.Events[0]
	if e.Text.Headline != "Police seize &lt;b&gt;heroin&lt;/b&gt; &amp; more" {
		t.Errorf("headline = %q", e.Text.Headline)
	}
	if !strings.Contains(e.Text.Text, "&#34;cut&#34;") {
		t.Errorf("text = %q, want quotes escaped", e.Text.Text)
	}
}
