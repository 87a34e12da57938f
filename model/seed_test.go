package model_test

import (
	"slices"
	"strings"
	"testing"

	"dossier/data"
	"dossier/model"
)

// parseSeed parses the embedded AP story with the real word lists.
func parseSeed(tb testing.TB) *model.Story {
	tb.Helper()
	st := model.Parse(mustSeed(tb), mustLexicon(tb))
	if err := st.Validate(); err != nil {
		tb.Fatal(err)
	}
	return st
}

// sentenceWith returns the first sentence containing sub.
func sentenceWith(tb testing.TB, st *model.Story, sub string) model.Sentence {
	tb.Helper()
	for _, s := range st.Sentences {
		if strings.Contains(s.Text, sub) {
			return s
		}
	}
	tb.Fatalf("no sentence contains %q", sub)
	return model.Sentence{}
}

func entity(st *model.Story, id string) *model.Entity {
	for i := range st.Entities {
		if st.Entities[i].ID == id {
			return &st.Entities[i]
		}
	}
	return nil
}

func eventOf(st *model.Story, sentence int) *model.Event {
	for i := range st.Events {
		if st.Events[i].Sentence == sentence {
			return &st.Events[i]
		}
	}
	return nil
}

func TestSeedSentences(t *testing.T) {
	st := parseSeed(t)
	if got := len(st.Sentences); got != 20 {
		t.Fatalf("%d sentences, want 20 (19 story, 1 byline)", got)
	}
	if st.Doc.Dateline != "BRUSSELS" {
		t.Errorf("dateline %q, want BRUSSELS", st.Doc.Dateline)
	}
	first := st.Sentences[0]
	if !strings.HasPrefix(first.Text, "Belgian police made 48 arrests") || strings.Contains(first.Text, "(AP)") {
		t.Errorf("first sentence %q should start after the dateline", first.Text)
	}
	tests := []struct {
		id        int
		paragraph int
		text      string
		byline    bool
	}{
		{2, 2, "About 200 searches that mobilized more than 1,500 police officers, including special units, were carried out simultaneously across the country, with 11.5 million people, according to federal prosecutors.", false},
		{3, 2, "Police confiscated 1.2 million euros ($ 1.4 million) in cash, along with firearms, jewelry, diamonds, police uniforms and luxury cars.", false},
		{7, 6, "The searches began around five in the morning and were carried out mainly in the Antwerp region.", false},
		{8, 6, "There were no major incidents, police said, adding that the operation dismantled several international drug trafficking organizations.", false},
		{15, 10, "Police officials “managed to gain access to hundreds of millions of messages” from users of the Sky ECC encrypted messaging service, according to a statement from Dutch prosecutors.", false},
		{19, 14, "Prosecutors said Tuesday that many former EncroChat users migrated last year to Sky ECC.", false},
		{20, 15, "Corder reported from The Hague, the Netherlands.", true},
	}
	for _, tt := range tests {
		s := st.Sentences[tt.id-1]
		if s.Text != tt.text || s.Paragraph != tt.paragraph || s.Byline != tt.byline {
			t.Errorf("sentence %d = {p%d byline=%v %q}\nwant {p%d byline=%v %q}", tt.id, s.Paragraph, s.Byline, s.Text, tt.paragraph, tt.byline, tt.text)
		}
	}
	for _, s := range st.Sentences[:19] {
		if s.Byline {
			t.Errorf("sentence %d marked byline", s.ID)
		}
	}
}

func TestSeedEntities(t *testing.T) {
	st := parseSeed(t)
	wantAgencies := map[string]string{
		"agency/belgian-police":              "Belgium",
		"agency/belgian-federal-prosecutors": "Belgium",
		"agency/dutch-police":                "Netherlands",
		"agency/dutch-prosecutors":           "Netherlands",
		"agency/dutch-authorities":           "Netherlands",
		"agency/belgian-authorities":         "Belgium",
		"agency/european-police":             "",
	}
	// "Belgian prosecutors" and "federal prosecutors" are the Belgian
	// federal prosecutors (the seed's gold file: one body, its names
	// aliases).
	if entity(st, "agency/belgian-prosecutors") != nil {
		t.Error("agency/belgian-prosecutors should be merged into agency/belgian-federal-prosecutors")
	}
	for id, country := range wantAgencies {
		e := entity(st, id)
		if e == nil {
			t.Errorf("missing %s", id)
			continue
		}
		if e.Country != country {
			t.Errorf("%s country %q, want %q", id, e.Country, country)
		}
	}
	wantPlaces := map[string]string{
		"place/antwerp": "Belgium", "place/rotterdam": "Netherlands",
		"place/western-europe": "", "place/south-america": "", "place/europe": "",
	}
	for id, country := range wantPlaces {
		if e := entity(st, id); e == nil || e.Country != country {
			t.Errorf("place %s = %+v, want country %q", id, e, country)
		}
	}
	if entity(st, "place/the-hague") != nil {
		t.Error("The Hague comes only from the byline: not a story place")
	}
	for _, id := range []string{"country/belgium", "country/netherlands", "network/sky-ecc", "network/encrochat",
		"item/cash", "item/firearms", "item/jewelry", "item/diamonds", "item/police-uniforms", "item/luxury-cars",
		"item/cocaine", "item/heroin", "item/hashish"} {
		if entity(st, id) == nil {
			t.Errorf("missing %s", id)
		}
	}
}

// TestSeedAgencyMentions checks who each agency mention in the story is,
// on the real sentences.
func TestSeedAgencyMentions(t *testing.T) {
	st := parseSeed(t)
	tests := []struct {
		sentence string // a unique part of the sentence
		text     string // the mention's text
		agency   string
	}{
		{"Belgian police made 48 arrests", "Belgian police", "agency/belgian-police"},
		{"Belgian police made 48 arrests", "prosecutors", "agency/belgian-federal-prosecutors"},
		{"according to federal prosecutors", "federal prosecutors", "agency/belgian-federal-prosecutors"},
		{"Police confiscated 1.2 million", "Police", "agency/belgian-police"},
		{"Meanwhile, Dutch police and prosecutors", "Dutch police", "agency/dutch-police"},
		{"Meanwhile, Dutch police and prosecutors", "prosecutors", "agency/dutch-prosecutors"},
		{"There were no major incidents", "police", "agency/belgian-police"},
		{"authorities in Belgium", "authorities", "agency/belgian-authorities"},
		{"Prior to the investigation", "prosecutors", "agency/dutch-prosecutors"},
		{"Police officials", "Police officials", "agency/dutch-police"},
		{"prosecution’s statement", "prosecution", "agency/dutch-prosecutors"},
		{"confiscated by Dutch authorities", "Dutch authorities", "agency/dutch-authorities"},
		{"European police broke", "European police", "agency/european-police"},
	}
	for _, tt := range tests {
		s := sentenceWith(t, st, tt.sentence)
		e := entity(st, tt.agency)
		if e == nil {
			t.Errorf("missing %s", tt.agency)
			continue
		}
		found := false
		for _, m := range e.Mentions {
			if m.Sentence == s.ID && m.Text == tt.text {
				found = true
			}
		}
		if !found {
			t.Errorf("sentence %d %q: no mention %q of %s", s.ID, tt.sentence, tt.text, tt.agency)
		}
	}
	// "police uniforms" is an item, not a mention of the police.
	s3 := sentenceWith(t, st, "police uniforms")
	for _, m := range entity(st, "agency/belgian-police").Mentions { // checked above
		if m.Sentence == s3.ID && m.Text != "Police" {
			t.Errorf("police uniforms counted as the police: %+v", m)
		}
	}
	// Antwerp makes Belgium a country of its sentence without a mention.
	s7 := sentenceWith(t, st, "mainly in the Antwerp region")
	if e := eventOf(st, s7.ID); e == nil || !slices.Contains(e.Countries, "Belgium") || !slices.Contains(e.Places, "Antwerp") {
		t.Errorf("Antwerp region sentence event %+v, want Belgium via Antwerp", e)
	}
	for _, m := range entity(st, "country/belgium").Mentions {
		if m.Sentence == s7.ID {
			t.Errorf("Belgium mentioned in sentence %d though the text says only Antwerp", s7.ID)
		}
	}
}

func TestSeedEvents(t *testing.T) {
	st := parseSeed(t)
	// A sentence reports one event per happening: 14 to 17 sentences
	// report some, none more than the two the gold file gives any, and the
	// two that coordinate two reported actions report two each.
	per := map[int]int{}
	for _, e := range st.Events {
		per[e.Sentence]++
	}
	if n := len(per); n < 14 || n > 17 {
		t.Errorf("%d sentences report events, want 14-17", n)
	}
	for sid, n := range per {
		if n > 2 {
			t.Errorf("sentence %d reports %d events, want at most 2", sid, n)
		}
	}
	for _, sub := range []string{"Meanwhile, Dutch police and prosecutors", "The Sky ECC server was disconnected"} {
		if s := sentenceWith(t, st, sub); per[s.ID] != 2 {
			t.Errorf("sentence %d %q reports %d events, want 2", s.ID, sub, per[s.ID])
		}
	}
	notEvents := []string{
		"there are about 171,000 phones",
		"With thousands of shipping containers arriving every day in Antwerp",
		"Traffic in the city has recently sparked",
		"Corder reported from The Hague",
	}
	for _, sub := range notEvents {
		if s := sentenceWith(t, st, sub); eventOf(st, s.ID) != nil {
			t.Errorf("sentence %d %q is background, not an event", s.ID, sub)
		}
	}
	events := []struct {
		sentence  string
		summary   string
		countries []string
		agencies  []string
		networks  []string
		places    []string
	}{
		{"Belgian police made 48 arrests", "Belgian police made 48 arrests on Tuesday",
			[]string{"Belgium"}, []string{"Belgian police", "Belgian federal prosecutors"}, nil, nil},
		{"Meanwhile, Dutch police and prosecutors", "Dutch police and prosecutors arrested 30 suspects across the country",
			[]string{"Netherlands"}, []string{"Dutch police", "Dutch prosecutors"}, nil, nil},
		{"Dutch police and prosecutors confiscated 28 firearms", "Dutch police and prosecutors confiscated 28 firearms",
			[]string{"Netherlands"}, []string{"Dutch police", "Dutch prosecutors"}, nil, []string{"Rotterdam"}},
		{"The Sky ECC server was disconnected", "",
			[]string{"Netherlands"}, []string{"Dutch authorities", "Dutch prosecutors"}, []string{"Sky ECC"}, nil},
		{"Last year, authorities in Belgium", "",
			[]string{"Belgium"}, []string{"Belgian authorities"}, nil, []string{"Western Europe"}},
		{"European police broke another", "",
			[]string{}, []string{"European police"}, []string{"EncroChat"}, []string{"Europe"}},
		{"many former EncroChat users migrated", "Many former EncroChat users migrated last year to Sky ECC",
			nil, nil, []string{"EncroChat", "Sky ECC"}, nil},
	}
	for _, tt := range events {
		s := sentenceWith(t, st, tt.sentence)
		e := eventOf(st, s.ID)
		if e == nil {
			t.Errorf("sentence %d %q is no event", s.ID, tt.sentence)
			continue
		}
		if tt.summary != "" && e.Summary != tt.summary {
			t.Errorf("sentence %d summary %q, want %q", s.ID, e.Summary, tt.summary)
		}
		check := func(what string, got, want []string) {
			if want != nil && !slices.Equal(got, want) {
				t.Errorf("sentence %d %s %v, want %v", s.ID, what, got, want)
			}
		}
		check("countries", e.Countries, tt.countries)
		check("agencies", e.Agencies, tt.agencies)
		check("networks", e.Networks, tt.networks)
		check("places", e.Places, tt.places)
	}
	// Summaries are whole clauses: a headline that wraps to a second line at most.
	for _, e := range st.Events {
		if len(e.Summary) == 0 || len(e.Summary) > 110 || strings.HasSuffix(e.Summary, ".") {
			t.Errorf("event %d summary %q", e.ID, e.Summary)
		}
	}
}

func TestSeedEventOrder(t *testing.T) {
	st := parseSeed(t)
	seenUndated := false
	prev := ""
	for _, e := range st.Events {
		if e.Date.Start == nil {
			seenUndated = true
			continue
		}
		if seenUndated {
			t.Errorf("dated event %d after an undated one", e.ID)
		}
		if *e.Date.Start < prev {
			t.Errorf("event %d starts %s before the previous %s", e.ID, *e.Date.Start, prev)
		}
		prev = *e.Date.Start
	}
}

func TestSeedQuantityCountries(t *testing.T) {
	st := parseSeed(t)
	for _, c := range st.Counts {
		if c.Country == nil {
			t.Errorf("count %q has no country", c.Text)
		}
	}
	byText := map[string]string{}
	for _, c := range st.Counts {
		if c.Country != nil {
			byText[c.Text] = *c.Country
		}
	}
	for _, z := range st.Seizures {
		if z.Country != nil {
			byText[z.Text] = *z.Country
		}
	}
	for text, want := range map[string]string{
		"48 arrests": "Belgium", "30 suspects": "Netherlands", "28 firearms": "Netherlands",
		"more than 17 tonnes of cocaine": "Belgium", "2.8 tonnes of cocaine": "Belgium",
	} {
		if got, ok := byText[text]; ok && got != want {
			t.Errorf("%q country %q, want %q", text, got, want)
		}
	}
}

func TestSeedFilters(t *testing.T) {
	st := parseSeed(t)
	nl := model.Selection{model.KindCountry: {"Netherlands"}}
	for _, i := range st.Filter(nl) {
		if !slices.Contains(st.Events[i].Countries, "Netherlands") {
			t.Errorf("Netherlands filter kept event %d %v", st.Events[i].ID, st.Events[i].Countries)
		}
	}
	if n := len(st.Filter(nl)); n < 5 {
		t.Errorf("Netherlands filter keeps %d events, want at least 5", n)
	}
	nlCocaine := nl.Toggle(model.KindItem, "cocaine")
	got := st.Filter(nlCocaine)
	if len(got) == 0 {
		t.Fatal("Netherlands + cocaine keeps no event; the Dutch interception of cocaine is one")
	}
	for _, i := range got {
		e := st.Events[i]
		if !slices.Contains(e.Countries, "Netherlands") || !slices.Contains(e.Items, "cocaine") {
			t.Errorf("Netherlands+cocaine kept event %d %v %v", e.ID, e.Countries, e.Items)
		}
	}
	// Facet counts under the Netherlands: Belgium's count is how many
	// events have both (within the country facet values OR, so Belgium's
	// count ignores the Netherlands selection).
	counts := map[string]int{}
	for _, fv := range st.Facet(model.KindCountry, nl) {
		counts[fv.Value] = fv.Count
		if fv.Value == "Netherlands" && !fv.Selected {
			t.Error("Netherlands facet value should be selected")
		}
	}
	if counts["Belgium"] == 0 || counts["Netherlands"] == 0 {
		t.Errorf("country facet %v, want Belgium and Netherlands", counts)
	}
	agencies := st.Facet(model.KindAgency, nlCocaine)
	for _, fv := range agencies {
		if fv.Value == "Belgian police" && fv.Count != 0 {
			t.Errorf("Belgian police under Netherlands+cocaine: %d events, want 0", fv.Count)
		}
	}
}

// TestParseShared parses with one lexicon from several goroutines, as SSH
// sessions do; run with -race it proves the lazily built index is safe.
func TestParseShared(t *testing.T) {
	lex, err := data.Lexicon()
	if err != nil {
		t.Fatal(err)
	}
	doc := mustSeed(t)
	want := len(model.Parse(doc, mustLexicon(t)).Events)
	done := make(chan int, 4)
	for range 4 {
		go func() { done <- len(model.Parse(doc, lex).Events) }()
	}
	for range 4 {
		if got := <-done; got != want {
			t.Errorf("concurrent parse: %d events, want %d", got, want)
		}
	}
}
