package export

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"dossier/model"
)

func writeJSON(t *testing.T, st *model.Story, sel model.Selection) (string, map[string]any) {
	t.Helper()
	var buf bytes.Buffer
	if err := JSON(&buf, st, sel); err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, buf.String())
	}
	return buf.String(), doc
}

// topLevelKeys reads the keys of the outer object in the order written.
func topLevelKeys(t *testing.T, s string) []string {
	t.Helper()
	dec := json.NewDecoder(strings.NewReader(s))
	if _, err := dec.Token(); err != nil {
		t.Fatal(err)
	}
	var keys []string
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			t.Fatal(err)
		}
		keys = append(keys, tok.(string))
		var skip json.RawMessage
		if err := dec.Decode(&skip); err != nil {
			t.Fatal(err)
		}
	}
	return keys
}

func TestJSONSchema(t *testing.T) {
	out, doc := writeJSON(t, fixture(t), nil)
	want := []string{"schema", "title", "source", "url", "published", "dateline", "sentences", "entities", "seizures", "counts", "events"}
	if got := topLevelKeys(t, out); !slices.Equal(got, want) {
		t.Errorf("top-level keys = %v, want %v", got, want)
	}
	if !strings.HasSuffix(out, "}\n") || !strings.HasPrefix(out, "{\n  \"schema\": ") {
		t.Errorf("want 2-space indent and a trailing newline, got %q…%q", out[:20], out[len(out)-5:])
	}
	check := func(key string, want any) {
		t.Helper()
		if got := doc[key]; got != want {
			t.Errorf("%s = %#v, want %#v", key, got, want)
		}
	}
	check("schema", "dossier.story/v1")
	check("title", "Belgian police make 48 arrests after Sky ECC network is broken")
	check("source", "AP")
	check("url", nil)
	check("published", "2021-03-09")
	check("dateline", "BRUSSELS")

	sents := doc["sentences"].([]any)
	if len(sents) != 7 {
		t.Fatalf("sentences = %d, want 7", len(sents))
	}
	s1 := sents[0].(map[string]any)
	for _, k := range []string{"id", "paragraph", "start", "end", "text"} {
		if _, ok := s1[k]; !ok {
			t.Errorf("sentence lacks %q: %v", k, s1)
		}
	}

	ents := doc["entities"].([]any)
	if len(ents) != 11 {
		t.Fatalf("entities = %d, want 11", len(ents))
	}
	// An item carries "seized" when the story says it was seized; one
	// only mentioned has none, and is a mention, not an item, so a reader
	// of kind "item" gets the items seized alone.
	mentions := 0
	for _, e := range ents {
		e := e.(map[string]any)
		seized, has := e["seized"]
		switch e["id"] {
		case "item/cocaine", "item/heroin":
			if seized != true || e["kind"] != "item" {
				t.Errorf("%s: kind %v, seized = %v, want an item seized", e["id"], e["kind"], seized)
			}
		default:
			if has {
				t.Errorf("%s: seized = %v, want none", e["id"], seized)
			}
			if e["kind"] == "item" {
				t.Errorf("%s: an item not seized, want kind mention", e["id"])
			}
			if e["kind"] == "mention" {
				mentions++
				if !strings.HasPrefix(e["id"].(string), "mention/") {
					t.Errorf("%s: a mention's id", e["id"])
				}
			}
		}
	}
	if mentions == 0 {
		t.Errorf("no mention: the fixture's phones are only mentioned")
	}
	antwerp := ents[2].(map[string]any)
	if antwerp["id"] != "place/antwerp" || antwerp["kind"] != "place" || antwerp["country"] != "Belgium" {
		t.Errorf("antwerp = %v", antwerp)
	}
	m := antwerp["mentions"].([]any)[0].(map[string]any)
	if m["sentence"] != 5.0 || m["text"] != "Antwerp" {
		t.Errorf("antwerp mention = %v", m)
	}

	seiz := doc["seizures"].([]any)[0].(map[string]any)
	if seiz["item"] != "cocaine" || seiz["quantity"] != 17.0 || seiz["unit"] != "t" || seiz["qualifier"] != "more than" || seiz["country"] != "Belgium" || seiz["sentence"] != 3.0 {
		t.Errorf("seizure = %v", seiz)
	}
	counts := doc["counts"].([]any)
	if len(counts) != 4 {
		t.Errorf("unfiltered counts = %d, want 4 (background counts included)", len(counts))
	}
	if c := counts[0].(map[string]any); c["what"] != "arrests" || c["value"] != 48.0 || c["qualifier"] != nil {
		t.Errorf("count = %v", c)
	}

	events := doc["events"].([]any)
	if len(events) != 6 {
		t.Fatalf("events = %d, want 6", len(events))
	}
	e1 := events[0].(map[string]any)
	date := e1["date"].(map[string]any)
	if date["precision"] != "range" || date["start"] != "2019-03-09" || date["end"] != "2021-03-09" || date["basis"] != "explicit" {
		t.Errorf("range date = %v", date)
	}
	e2 := events[1].(map[string]any)
	for _, k := range []string{"countries", "places", "agencies", "networks", "items"} {
		if v, ok := e2[k].([]any); !ok || v == nil {
			t.Errorf("event 2 %s = %#v, want an array", k, e2[k])
		}
	}
	undated := events[5].(map[string]any)["date"].(map[string]any)
	if undated["start"] != nil || undated["precision"] != "unknown" {
		t.Errorf("undated date = %v", undated)
	}
}

func TestJSONFilterKeepsMatchingEventsOnly(t *testing.T) {
	_, doc := writeJSON(t, fixture(t), model.Selection{model.KindCountry: {"Netherlands"}})
	var ids []float64
	for _, e := range doc["events"].([]any) {
		ev := e.(map[string]any)
		ids = append(ids, ev["id"].(float64))
		if !slices.Contains(ev["countries"].([]any), any("Netherlands")) {
			t.Errorf("event %v does not match the filter", ev["id"])
		}
	}
	if !slices.Equal(ids, []float64{5, 6}) {
		t.Errorf("events = %v, want [5 6]", ids)
	}
	if n := len(doc["sentences"].([]any)); n != 7 {
		t.Errorf("sentences = %d, want all 7", n)
	}
	if n := len(doc["entities"].([]any)); n != 11 {
		t.Errorf("entities = %d, want all 11", n)
	}
	seiz := doc["seizures"].([]any)
	if len(seiz) != 1 || seiz[0].(map[string]any)["item"] != "heroin" {
		t.Errorf("seizures = %v, want only the heroin of event 6", seiz)
	}
	var whats []string
	for _, c := range doc["counts"].([]any) {
		whats = append(whats, c.(map[string]any)["text"].(string))
	}
	if !slices.Equal(whats, []string{"30 suspects", "75 homes and offices"}) {
		t.Errorf("counts = %v, want those of event 5", whats)
	}
}

func TestJSONFacetsAnd(t *testing.T) {
	_, doc := writeJSON(t, fixture(t), model.Selection{
		model.KindCountry: {"Belgium", "Netherlands"},
		model.KindAgency:  {"Dutch police"},
	})
	events := doc["events"].([]any)
	if len(events) != 1 || events[0].(map[string]any)["id"] != 5.0 {
		t.Errorf("events = %v, want only event 5", events)
	}
}
