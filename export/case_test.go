package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"dossier/data"
	"dossier/model"
	"dossier/model/casefile"
)

// TestRaptorCaseGoldens: the demo case in every format (rewrite with go
// test ./export -run RaptorCaseGoldens -update).
func TestRaptorCaseGoldens(t *testing.T) {
	for _, w := range caseWriters {
		t.Run(w.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := w.write(&buf, raptorCase(t), nil); err != nil {
				t.Fatal(err)
			}
			checkGolden(t, filepath.Join("testdata", "raptor", w.golden), buf.String())
		})
	}
}

// TestCaseJSONLinksResolve: every reference in the case file points at an
// article, an event of its story and that event's sentence; every event
// of every article is a source of exactly one entry.
func TestCaseJSONLinksResolve(t *testing.T) {
	c := raptorCase(t)
	var buf bytes.Buffer
	if err := CaseJSON(&buf, c, nil); err != nil {
		t.Fatal(err)
	}
	d := decodeCase(t, buf.Bytes())
	checkLinks(t, d)
	if len(d.Articles) != 3 || len(d.Entries) != len(c.Entries) {
		t.Fatalf("%d articles, %d entries; want 3 and %d", len(d.Articles), len(d.Entries), len(c.Entries))
	}
	seen := map[[2]int]int{}
	for _, e := range d.Entries {
		for _, s := range e.Sources {
			seen[[2]int{s.Article, s.Event}]++
		}
	}
	for _, a := range d.Articles {
		for _, ev := range a.Story.Events {
			if n := seen[[2]int{a.ID, ev.ID}]; n != 1 {
				t.Errorf("article %d event %d is the source of %d entries", a.ID, ev.ID, n)
			}
		}
	}
	// The case's own words: three sources of the 270 arrests, and the
	// drugs seized disputed between DOJ's two tonnes and FBI's 1,500 kg.
	out := buf.String()
	for _, want := range []string{`"schema": "dossier.case/v1"`, `"label": "ICE"`, `"kind": "figure"`,
		`"value": "over two metric tons of drugs"`, `"value": "over 1,500 kilograms of drugs"`, `"licence": "Public domain`} {
		if !strings.Contains(out, want) {
			t.Errorf("the case file lacks %s", want)
		}
	}
}

// TestCaseFilterBySource: --source keeps the entries an article reports,
// by label or by outlet; every article stays, with only the events of the
// entries shown, and the totals add up only those entries.
func TestCaseFilterBySource(t *testing.T) {
	c := raptorCase(t)
	for _, sel := range []model.Selection{
		{casefile.SourceFacet: {"FBI"}},
		{casefile.SourceFacet: {c.Articles[2].Outlet}},
	} {
		var buf bytes.Buffer
		if err := CaseJSON(&buf, c, sel); err != nil {
			t.Fatal(err)
		}
		d := decodeCase(t, buf.Bytes())
		checkLinks(t, d)
		if len(d.Articles) != 3 {
			t.Fatalf("%v: %d articles, want all 3", sel, len(d.Articles))
		}
		want := c.Filter(sel)
		if len(want) == 0 || len(want) == len(c.Entries) || len(d.Entries) != len(want) {
			t.Fatalf("%v: %d entries written, %d selected of %d", sel, len(d.Entries), len(want), len(c.Entries))
		}
		events := 0
		for _, e := range d.Entries {
			if !slices.ContainsFunc(e.Sources, func(s sourceDoc) bool { return s.Article == 3 }) {
				t.Errorf("%v: entry %d has no FBI source", sel, e.ID)
			}
			events += len(e.Sources)
		}
		written := 0
		for _, a := range d.Articles {
			written += len(a.Story.Events)
		}
		if written != events {
			t.Errorf("%v: the stories hold %d events, the entries %d sources", sel, written, events)
		}
		if len(d.Articles[2].Story.Events) != len(c.Articles[2].Story.Events) {
			t.Errorf("%v: FBI's story holds %d of its %d events", sel, len(d.Articles[2].Story.Events), len(c.Articles[2].Story.Events))
		}
	}
}

// TestCaseCSVHasARowPerSource: one row per entry and source, each naming
// its source and quoting that source's sentence.
func TestCaseCSVHasARowPerSource(t *testing.T) {
	c := raptorCase(t)
	var buf bytes.Buffer
	if err := CaseCSV(&buf, c, nil); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(rows[0], caseCSVHeader()) {
		t.Fatalf("header %q", rows[0])
	}
	var want [][2]string
	for i := range c.Entries {
		for _, s := range c.Entries[i].Sources {
			want = append(want, [2]string{c.Articles[s.Article].Label, c.Sentence(s).Text})
		}
	}
	if len(rows)-1 != len(want) {
		t.Fatalf("%d rows, want %d", len(rows)-1, len(want))
	}
	col := func(name string) int { return slices.Index(caseCSVHeader(), name) }
	for i, w := range want {
		if r := rows[i+1]; r[col("source")] != w[0] || r[col("sentence")] != w[1] {
			t.Errorf("row %d: source %q, sentence %q; want %q, %q", i+1, r[col("source")], r[col("sentence")], w[0], w[1])
		}
	}
}

// TestCaseTimelineHasAGroupPerSource: each dated entry is a slide in the
// row of each article that reports it, and nothing else is.
func TestCaseTimelineHasAGroupPerSource(t *testing.T) {
	c := raptorCase(t)
	var buf bytes.Buffer
	skipped, err := CaseTimelineJS(&buf, c, nil)
	if err != nil {
		t.Fatal(err)
	}
	var tl struct {
		Events []struct {
			Group    string `json:"group"`
			UniqueID string `json:"unique_id"`
		} `json:"events"`
	}
	if err := json.Unmarshal(buf.Bytes(), &tl); err != nil {
		t.Fatal(err)
	}
	want, undated := map[string]string{}, 0
	for i := range c.Entries {
		e := &c.Entries[i]
		if s, _ := timelineDates(e.Date); s == nil {
			undated++
			continue
		}
		for _, l := range c.Values(e, casefile.SourceFacet) {
			want[l+" "+"entry-"+strconv.Itoa(e.ID)] = l
		}
	}
	if skipped != undated || len(tl.Events) != len(want) {
		t.Fatalf("%d slides, %d skipped; want %d and %d", len(tl.Events), skipped, len(want), undated)
	}
	groups := map[string]bool{}
	for _, ev := range tl.Events {
		entry, _, _ := strings.Cut(ev.UniqueID, "-article-")
		if _, ok := want[ev.Group+" "+entry]; !ok {
			t.Errorf("slide %s in group %q reports no such source", ev.UniqueID, ev.Group)
		}
		groups[ev.Group] = true
	}
	for _, a := range c.Articles {
		if !groups[a.Label] {
			t.Errorf("no row for %s", a.Label)
		}
	}
}

// TestCaseMarkdownCitesEverySource: the brief quotes each source's
// sentence with its article, paragraph and sentence, and lists every
// disagreement with each side's words.
func TestCaseMarkdownCitesEverySource(t *testing.T) {
	c := raptorCase(t)
	var buf bytes.Buffer
	if err := CaseMarkdown(&buf, c, nil); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	dis := 0
	for i := range c.Entries {
		e := &c.Entries[i]
		for _, s := range e.Sources {
			sent := c.Sentence(s)
			cite := mdInline(c.Articles[s.Article].Label) + ", ¶ " + strconv.Itoa(sent.Paragraph) + ", sentence " + strconv.Itoa(sent.ID)
			if !strings.Contains(out, "> "+mdInline(oneLine(sent.Text))+"\n\n("+cite) {
				t.Errorf("entry %d: no quote of %s", e.ID, cite)
			}
		}
		for _, d := range e.Disagreements {
			dis++
			for _, sd := range d.Sides {
				if !strings.Contains(out, "“"+mdInline(oneLine(sd.Value))+"”, ") {
					t.Errorf("entry %d: the side %q is not listed", e.ID, sd.Value)
				}
			}
		}
	}
	if dis == 0 {
		t.Fatal("the demo case has no disagreement to list")
	}
	for _, want := range []string{"# Case of 3 articles", "## Where the sources disagree", "## Totals", "One figure per happening"} {
		if !strings.Contains(out, want) {
			t.Errorf("the brief lacks %q", want)
		}
	}
}

// TestHostileCaseNeverReachesAnExport: escape sequences in two articles
// that merge (titles, sources and so labels, sentences, figures, names)
// reach no format of the case.
func TestHostileCaseNeverReachesAnExport(t *testing.T) {
	lex, err := data.Lexicon()
	if err != nil {
		t.Fatal(err)
	}
	a, b := hostile(t), hostile(t)
	b.Doc.Source = "Reuters\x1b]0;pwned\a"
	c := casefile.Merge([]*model.Story{a, b}, lex)
	merged := false
	for i := range c.Entries {
		merged = merged || len(c.Entries[i].Sources) > 1
	}
	if !merged {
		t.Fatal("the two copies merged nowhere: the test would check no link")
	}
	for _, w := range caseWriters {
		t.Run(w.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := w.write(&buf, c, nil); err != nil {
				t.Fatal(err)
			}
			out := buf.String()
			assertNoControls(t, w.name, out)
			for _, bad := range []string{`\u001b`, `\u0007`, `\u009b`, `\u202e`} {
				if strings.Contains(out, bad) {
					t.Errorf("%s: an escaped control character survives: %s", w.name, bad)
				}
			}
			if w.name == "json" || w.name == "timelinejs" {
				var v any
				if err := json.Unmarshal(buf.Bytes(), &v); err != nil {
					t.Fatal(err)
				}
				walkStrings(v, func(s string) { assertNoControls(t, w.name+" (decoded)", s) })
			}
			if !strings.Contains(out, "Reuters") || !strings.Contains(out, "Belgian police make 48 arrests") {
				t.Errorf("%s: the text around the escapes was lost", w.name)
			}
		})
	}
}

// TestCaseWritersRefuseNoCase: a nil case is an error, not a panic.
func TestCaseWritersRefuseNoCase(t *testing.T) {
	for _, w := range caseWriters {
		if err := w.write(&bytes.Buffer{}, nil, nil); err == nil {
			t.Errorf("%s: no error for a nil case", w.name)
		}
	}
}
