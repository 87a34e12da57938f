package cli

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"dossier/model"
)

// seedExport is the JSON export of the embedded story as Go values.
type seedExport struct {
	Schema    string           `json:"schema"`
	Title     string           `json:"title"`
	Source    string           `json:"source"`
	URL       *string          `json:"url"`
	Published *string          `json:"published"`
	Dateline  string           `json:"dateline"`
	Sentences []model.Sentence `json:"sentences"`
	Entities  []model.Entity   `json:"entities"`
	Seizures  []model.Seizure  `json:"seizures"`
	Counts    []model.Count    `json:"counts"`
	Events    []model.Event    `json:"events"`
}

func exportOK(t *testing.T, stdin string, args ...string) (stdout, stderr string) {
	t.Helper()
	code, out, errOut := runCmd(t, stdin, append([]string{"export"}, args...)...)
	if code != 0 {
		t.Fatalf("export %v: exit %d, stderr %q", args, code, errOut)
	}
	return out, errOut
}

func decodeExport(t *testing.T, out string) seedExport {
	t.Helper()
	dec := json.NewDecoder(strings.NewReader(out))
	dec.DisallowUnknownFields()
	var doc seedExport
	if err := dec.Decode(&doc); err != nil {
		t.Fatalf("export is not the v1 schema: %v", err)
	}
	return doc
}

func TestExportJSONSeed(t *testing.T) {
	out, errOut := exportOK(t, "")
	if errOut != "" {
		t.Errorf("stderr = %q", errOut)
	}
	doc := decodeExport(t, out)
	if doc.Schema != "dossier.story/v1" || doc.Source != "AP" || doc.Dateline != "BRUSSELS" ||
		doc.Published == nil || *doc.Published != "2021-03-09" || doc.URL != nil || doc.Title == "" {
		t.Errorf("header = %q %q %q %v %v %q", doc.Schema, doc.Source, doc.Dateline, doc.Published, doc.URL, doc.Title)
	}
	if len(doc.Sentences) == 0 || len(doc.Entities) == 0 || len(doc.Events) == 0 || len(doc.Seizures) == 0 || len(doc.Counts) == 0 {
		t.Fatalf("empty sections: %d sentences, %d entities, %d events, %d seizures, %d counts",
			len(doc.Sentences), len(doc.Entities), len(doc.Events), len(doc.Seizures), len(doc.Counts))
	}
	ids := map[int]bool{}
	for _, s := range doc.Sentences {
		ids[s.ID] = true
	}
	for _, e := range doc.Events {
		if !ids[e.Sentence] {
			t.Errorf("event %d points at sentence %d, which is not in the file", e.ID, e.Sentence)
		}
	}
	for _, e := range doc.Entities {
		for _, m := range e.Mentions {
			if !ids[m.Sentence] {
				t.Errorf("%s mention points at sentence %d", e.ID, m.Sentence)
			}
		}
	}
	// Overriding the publication date moves the relative dates with it.
	moved := decodeExport(t, mustExport(t, "--published", "2022-06-01"))
	if *moved.Published != "2022-06-01" {
		t.Errorf("--published not applied: %v", *moved.Published)
	}
}

func mustExport(t *testing.T, args ...string) string {
	out, _ := exportOK(t, "", args...)
	return out
}

// TestExportSeedGolden pins the whole JSON case file of the embedded
// story. When the parser improves, look at the diff, then run
// go test ./internal/cli -run TestExportSeedGolden -update.
func TestExportSeedGolden(t *testing.T) {
	checkGolden(t, filepath.Join("testdata", "export", "seed.json"), mustExport(t))
}

func TestExportJSONFilter(t *testing.T) {
	all := decodeExport(t, mustExport(t))
	nl := decodeExport(t, mustExport(t, "--country", "Netherlands"))
	if len(nl.Events) == 0 || len(nl.Events) >= len(all.Events) {
		t.Fatalf("--country Netherlands kept %d of %d events", len(nl.Events), len(all.Events))
	}
	for _, e := range nl.Events {
		if !strings.Contains(strings.Join(e.Countries, "|"), "Netherlands") {
			t.Errorf("event %d (%v) does not match --country Netherlands", e.ID, e.Countries)
		}
	}
	if len(nl.Sentences) != len(all.Sentences) || len(nl.Entities) != len(all.Entities) {
		t.Error("a filter must keep sentences and entities complete")
	}
	// Another spelling, a demonym and an alias give the same file.
	for _, spelling := range []string{"netherlands", "Dutch", "the Netherlands"} {
		if got := mustExport(t, "--country", spelling); got != mustExport(t, "--country", "Netherlands") {
			t.Errorf("--country %q differs from --country Netherlands", spelling)
		}
	}
	// Flags after the file work as well as before it.
	article := "Dutch police arrested 4 people in Rotterdam on Monday.\n\nBelgian police searched 9 homes in Antwerp on Tuesday.\n"
	before, _ := exportOK(t, article, "--country", "Belgium", "--published", "2024-05-02", "-")
	after, _ := exportOK(t, article, "-", "--country", "Belgium", "--published", "2024-05-02")
	if before != after || len(decodeExport(t, after).Events) != 1 {
		t.Errorf("flags after FILE: %d events, same as before FILE: %v", len(decodeExport(t, after).Events), before == after)
	}
}

func TestExportUnknownFilterValue(t *testing.T) {
	code, out, errOut := runCmd(t, "", "export", "--country", "Spain")
	assertOneLineError(t, code, 2, out, errOut, `no country "Spain" in this story (have: Belgium, Netherlands)`)
	code, out, errOut = runCmd(t, "", "--item", "unicorns")
	assertOneLineError(t, code, 2, out, errOut, `no item "unicorns" in this story (have: `)
	// The seed names phones ("phones equipped with Sky ECC") but never
	// says they were seized.
	code, out, errOut = runCmd(t, "", "export", "--item", "phone")
	assertOneLineError(t, code, 2, out, errOut, `phones is mentioned in this story but never said to be seized, so no event has it as an item (items seized: cash, `)
}

type timelineFile struct {
	Title struct {
		Text struct{ Headline, Text string } `json:"text"`
	} `json:"title"`
	Events []struct {
		StartDate map[string]int                  `json:"start_date"`
		EndDate   map[string]int                  `json:"end_date"`
		Text      struct{ Headline, Text string } `json:"text"`
		UniqueID  string                          `json:"unique_id"`
		Group     string                          `json:"group"`
	} `json:"events"`
}

func TestExportTimelineJS(t *testing.T) {
	doc := decodeExport(t, mustExport(t))
	out, errOut := exportOK(t, "", "--format", "timelinejs")
	var tl timelineFile
	if err := json.Unmarshal([]byte(out), &tl); err != nil {
		t.Fatal(err)
	}
	if tl.Title.Text.Headline == "" {
		t.Error("no title slide")
	}
	precision := map[string]model.Precision{}
	undated := 0
	for _, e := range doc.Events {
		precision["event-"+strconv.Itoa(e.ID)] = e.Date.Precision
		if e.Date.Start == nil {
			undated++
		}
	}
	if len(tl.Events)+undated != len(doc.Events) {
		t.Errorf("%d timeline events + %d undated != %d events", len(tl.Events), undated, len(doc.Events))
	}
	sawMonth := false
	for _, e := range tl.Events {
		if e.StartDate["year"] == 0 || e.Text.Headline == "" {
			t.Errorf("%s: start_date %v, headline %q", e.UniqueID, e.StartDate, e.Text.Headline)
		}
		switch precision[e.UniqueID] {
		case model.PrecisionMonth:
			sawMonth = true
			if _, ok := e.StartDate["day"]; ok || e.StartDate["month"] == 0 {
				t.Errorf("%s is month precision but start_date = %v", e.UniqueID, e.StartDate)
			}
		case model.PrecisionYear:
			if len(e.StartDate) != 1 {
				t.Errorf("%s is year precision but start_date = %v", e.UniqueID, e.StartDate)
			}
		case model.PrecisionRange:
			if e.EndDate == nil {
				t.Errorf("%s is a range without end_date", e.UniqueID)
			}
		default:
			if e.EndDate != nil {
				t.Errorf("%s has an end_date but is not a range", e.UniqueID)
			}
		}
	}
	if !sawMonth {
		t.Error("the seed's \"July last year\" should give a month-precision event")
	}
	if undated > 0 && !strings.Contains(errOut, "undated") {
		t.Errorf("stderr = %q, want the undated count", errOut)
	}

	// Without a publication date, relative dates stay unresolved: the
	// events are left out and counted, on one line.
	article := "Police arrested five people in Lyon on Monday.\n\nOfficers seized 2 kilograms of cocaine on Tuesday.\n"
	out, errOut = exportOK(t, article, "--format", "timelinejs", "-")
	if err := json.Unmarshal([]byte(out), &tl); err != nil {
		t.Fatal(err)
	}
	if len(tl.Events) != 0 || errOut != "dossier: 2 undated events left out of the timeline\n" {
		t.Errorf("events %d, stderr %q", len(tl.Events), errOut)
	}
}

func TestExportCSV(t *testing.T) {
	doc := decodeExport(t, mustExport(t, "--item", "cocaine"))
	out := mustExport(t, "--format", "csv", "--item", "cocaine")
	r := csv.NewReader(strings.NewReader(out))
	r.FieldsPerRecord = 11
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 1+len(doc.Events) {
		t.Fatalf("rows = %d, want header + %d events", len(rows), len(doc.Events))
	}
	if strings.Join(rows[0], ",") != "id,date_start,date_end,precision,summary,countries,places,agencies,networks,items,sentence" {
		t.Errorf("header = %v", rows[0])
	}
	for i, e := range doc.Events {
		if rows[i+1][0] != strconv.Itoa(e.ID) || rows[i+1][4] != e.Summary || !strings.Contains(rows[i+1][9], "cocaine") {
			t.Errorf("row %d = %q, want event %d", i+1, rows[i+1], e.ID)
		}
	}
}

var mdUnescape = regexp.MustCompile(`\\([[:punct:]])`)

func TestExportMarkdown(t *testing.T) {
	doc := decodeExport(t, mustExport(t, "--agency", "dutch police"))
	out := mdUnescape.ReplaceAllString(mustExport(t, "--format", "markdown", "--agency", "dutch police"), "$1")
	text := map[int]string{}
	for _, s := range doc.Sentences {
		text[s.ID] = s.Text
	}
	if !strings.HasPrefix(out, "# "+doc.Title+"\n") {
		t.Errorf("markdown starts %q", out[:min(len(out), 80)])
	}
	for _, e := range doc.Events {
		if !strings.Contains(out, e.Summary) {
			t.Errorf("summary of event %d missing: %q", e.ID, e.Summary)
		}
		if !strings.Contains(out, "> "+text[e.Sentence]+"\n") {
			t.Errorf("sentence of event %d missing: %q", e.ID, text[e.Sentence])
		}
	}
	if !strings.Contains(out, "Filtered to Agencies: Dutch police.") {
		t.Error("the brief does not say it is filtered")
	}
}

func TestExportToFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "story.csv")
	code, out, errOut := runCmd(t, "", "export", "--format", "csv", "-o", path)
	if code != 0 || out != "" || errOut != "" {
		t.Fatalf("code %d, stdout %q, stderr %q", code, out, errOut)
	}
	b, err := os.ReadFile(path)
	if err != nil || !bytes.HasPrefix(b, []byte("id,date_start,")) {
		t.Fatalf("file: %v %q", err, b[:min(len(b), 40)])
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("left behind: %v", entries)
	}
	code, out, errOut = runCmd(t, "", "export", "-o", filepath.Join(dir, "no", "such", "dir", "x.json"))
	assertOneLineError(t, code, 1, out, errOut, "-o ")
}

func TestExportStdin(t *testing.T) {
	article := "---\ntitle: Port raid\npublished: 2024-05-02\n---\nSpanish police seized 3 tonnes of cocaine in Algeciras on Wednesday.\n"
	doc := decodeExport(t, func() string { out, _ := exportOK(t, article, "-"); return out }())
	if doc.Title != "Port raid" || doc.Published == nil || *doc.Published != "2024-05-02" {
		t.Errorf("front matter from stdin: %q %v", doc.Title, doc.Published)
	}
}
