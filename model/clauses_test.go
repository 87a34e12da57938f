package model_test

import (
	"slices"
	"testing"
	"time"

	"dossier/model"
)

// A sentence reports as many events as it has happenings, each with the
// date, summary and facets of its own clause.
func TestSentencesOfSeveralHappenings(t *testing.T) {
	lex := mustLexicon(t)
	pub := time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)
	type want struct {
		summary   string
		date      string // the event's start
		countries []string
		items     []string
	}
	tests := []struct {
		body string
		want []want
	}{
		// An addition shares the verb; each date stays in its clause.
		{"Customs seized 2 tonnes of cocaine in May 2022 and a further 800 kg in January 2023.", []want{
			{"Customs seized 2 tonnes of cocaine in May 2022", "2022-05-01", nil, []string{"cocaine"}},
			{"Customs seized a further 800 kg in January 2023", "2023-01-01", nil, []string{"cocaine"}},
		}},
		{"Border officers seized 40 kg of heroin in April 2023 and another 25 kg in August 2023.", []want{
			{"Border officers seized 40 kg of heroin in April 2023", "2023-04-01", nil, []string{"heroin"}},
			{"Border officers seized another 25 kg in August 2023", "2023-08-01", nil, []string{"heroin"}},
		}},
		// A contrast after a comma: two subjects, two happenings of one
		// kind, each counted, the date the whole sentence's.
		{"Officers arrested 14 people in Spain, while Moroccan police detained six more suspects in Tangier on Thursday.", []want{
			{"Officers arrested 14 people in Spain", "2024-02-29", []string{"Spain"}, nil},
			{"Moroccan police detained six more suspects in Tangier on Thursday", "2024-02-29", []string{"Morocco"}, nil},
		}},
		{"Customs seized 300 kg of cocaine in Antwerp in May, whereas Dutch officers found 2 tonnes in Rotterdam in June.", []want{
			{"Customs seized 300 kg of cocaine in Antwerp in May", "2023-05-01", []string{"Belgium"}, []string{"cocaine"}},
			{"Dutch officers found 2 tonnes in Rotterdam in June", "2023-06-01", []string{"Netherlands"}, nil},
		}},
		// Two actions of two kinds, each measured, share the subject and
		// the one date.
		{"Police arrested 30 suspects across the country on Tuesday and searched 75 homes and offices.", []want{
			{"Police arrested 30 suspects across the country on Tuesday", "2024-02-27", nil, nil},
			{"Police searched 75 homes and offices", "2024-02-27", nil, nil},
		}},
		// A number of things is no count, but still measures the second
		// action.
		{"Police arrested 12 people on Tuesday and closed 30 drug dens.", []want{
			{"Police arrested 12 people on Tuesday", "2024-02-27", nil, nil},
			{"Police closed 30 drug dens", "2024-02-27", nil, nil},
		}},
		{"During an action day on 18 June 2023, 29 suspects were arrested and 41 searches were carried out.", []want{
			{"29 suspects were arrested", "2023-06-18", nil, nil},
			{"41 searches were carried out", "2023-06-18", nil, nil},
		}},
		// Two dated actions.
		{"Police arrested the man in Madrid in March 2021 and charged him in June 2022.", []want{
			{"Police arrested the man in Madrid in March 2021", "2021-03-01", []string{"Spain"}, nil},
			{"Police charged him in June 2022", "2022-06-01", []string{"Spain"}, nil},
		}},
		// Two known kinds of happening, one subject; the setting and
		// the bodies a clause names are the whole sentence's.
		{"Two men from Liverpool were arrested in Essex on Thursday and have since been charged with conspiracy to import a controlled drug.", []want{
			{"Two men from Liverpool were arrested in Essex on Thursday", "2024-02-29", []string{"United Kingdom"}, nil},
			{"Two men from Liverpool have since been charged", "2024-02-29", []string{"United Kingdom"}, nil},
		}},
		{"The server was disconnected on Tuesday and confiscated by Dutch authorities.", []want{
			{"The server was disconnected on Tuesday", "2024-02-27", []string{"Netherlands"}, nil},
			{"The server was confiscated by Dutch authorities", "2024-02-27", []string{"Netherlands"}, []string{"servers"}},
		}},
		// A passive verb shared by subjects in two places.
		{"Two further suspects were arrested in Germany and one in Spain.", []want{
			{"Two further suspects were arrested in Germany", "2024-03-01", []string{"Germany"}, nil},
			{"One was arrested in Spain", "2024-03-01", []string{"Spain"}, nil},
		}},
		// A third clause shares the first clause's subject, not the
		// clauses between, nor what they seized.
		{"Officers seized 40 kg of heroin and arrested six men in Kenya; seized 12 cars and charged nine traders in Uganda.", []want{
			{"Officers seized 40 kg of heroin", "2024-03-01", []string{"Kenya"}, []string{"heroin"}},
			{"Officers arrested six men in Kenya", "2024-03-01", []string{"Kenya"}, nil},
			{"Officers seized 12 cars", "2024-03-01", []string{"Uganda"}, []string{"cars"}},
		}},
		// A semicolon between two reported actions, each dated.
		{"The men were arrested in 2022; in May 2023, police seized 300 kg of cocaine in Rotterdam.", []want{
			{"The men were arrested in 2022", "2022-01-01", nil, nil},
			{"Police seized 300 kg of cocaine in Rotterdam", "2023-05-01", []string{"Netherlands"}, []string{"cocaine"}},
		}},
	}
	for _, tt := range tests {
		st := model.Parse(model.Document{Body: tt.body, Published: pub}, lex)
		checkStory(t, st)
		evs := slices.Clone(st.Events)
		slices.SortStableFunc(evs, func(a, b model.Event) int { return a.ID - b.ID })
		if len(evs) != len(tt.want) {
			var got []string
			for _, e := range evs {
				got = append(got, e.Summary)
			}
			t.Errorf("%q: %d events %q, want %d", tt.body, len(evs), got, len(tt.want))
			continue
		}
		// Events are in date order; compare them in clause order.
		byClause := map[string]model.Event{}
		for _, e := range evs {
			byClause[e.Summary] = e
		}
		for _, w := range tt.want {
			e, ok := byClause[w.summary]
			if !ok {
				t.Errorf("%q: no event %q among %v", tt.body, w.summary, summaries(evs))
				continue
			}
			got := ""
			if e.Date.Start != nil {
				got = *e.Date.Start
			}
			if got != w.date {
				t.Errorf("%q: event %q dated %q, want %q", tt.body, w.summary, got, w.date)
			}
			if w.countries != nil && !slices.Equal(e.Countries, w.countries) {
				t.Errorf("%q: event %q countries %v, want %v", tt.body, w.summary, e.Countries, w.countries)
			}
			if !slices.Equal(e.Items, w.items) && (len(e.Items) > 0 || len(w.items) > 0) {
				t.Errorf("%q: event %q items %v, want %v", tt.body, w.summary, e.Items, w.items)
			}
			if e.Sentence != 1 {
				t.Errorf("%q: event %q of sentence %d, want 1", tt.body, w.summary, e.Sentence)
			}
		}
	}
}

// Most sentences report one happening, whatever their "and"s.
func TestSentencesOfOneHappening(t *testing.T) {
	lex := mustLexicon(t)
	pub := time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)
	for _, body := range []string{
		// Two verbs of one action.
		"The suspects were arrested and charged with drug trafficking.",
		"Officers seized and destroyed 40 kg of heroin in Antwerp.",
		"He was arrested, and charged with murder on Friday.",
		// Lists of things seized.
		"Police seized 2 tonnes of cocaine and 500 kg of heroin at the port.",
		"Officers seized more than $330,000 and 80,000 pills in raids in New Jersey on Monday.",
		"Officers seized €2.3 million in cash in Spain, $5 million in a safe deposit box in Amsterdam and £750,000 hidden in a car near Dover.",
		// A date range.
		"The raids took place between May and June last year.",
		"Police arrested 12 people between January and March 2023.",
		// One attack and its toll.
		"Gunmen have killed 12 people and wounded at least 15 others at a party.",
		// A prospect and an unmeasured second verb.
		"Eight of the defendants appeared in federal court in Chicago on Wednesday and were ordered held pending detention hearings next week.",
		"Police arrested four port workers and a truck driver, and were searching for the exporter.",
		// "while" without a comma is "during"; a contrast that neither
		// counts nor dates colours the happening before it.
		"The suspect was arrested while he fled across the border on Monday.",
		"Three suspects were arrested during the raids, while others fled into the forest.",
		"Investigators broke the encrypted messaging service and intercepted a billion messages.",
		// A participle has no tense to share: its clause is a fragment.
		"Spain's Guardia Civil has dismantled a drug trafficking network on Monday, arresting 27 people and seizing 3,400kg of hashish.",
	} {
		st := model.Parse(model.Document{Body: body, Published: pub}, lex)
		checkStory(t, st)
		if len(st.Events) != 1 {
			t.Errorf("%q: %d events %q, want 1", body, len(st.Events), summaries(st.Events))
		}
	}
}

func summaries(evs []model.Event) []string {
	var out []string
	for _, e := range evs {
		out = append(out, e.Summary)
	}
	return out
}

// The filters and facet counts see each happening of a sentence: a place
// of one clause selects that clause's event only.
func TestFiltersSeeEachHappeningOfASentence(t *testing.T) {
	lex := mustLexicon(t)
	pub := time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)
	st := model.Parse(model.Document{Body: "Two further suspects were arrested in Germany and one in Spain.", Published: pub}, lex)
	checkStory(t, st)
	if len(st.Events) != 2 {
		t.Fatalf("%d events %q, want 2", len(st.Events), summaries(st.Events))
	}
	for _, c := range []string{"Germany", "Spain"} {
		got := st.Filter(model.Selection{model.KindCountry: {c}})
		if len(got) != 1 || !slices.Contains(st.Events[got[0]].Countries, c) {
			t.Errorf("filter %s: events %v, want the one event in %s", c, got, c)
		}
	}
	counts := map[string]int{}
	for _, fv := range st.Facet(model.KindCountry, nil) {
		counts[fv.Value] = fv.Count
	}
	if counts["Germany"] != 1 || counts["Spain"] != 1 {
		t.Errorf("country facet counts %v, want Germany 1 and Spain 1", counts)
	}
}

// A clause told with a sequence adverb ("subsequently") before the date
// its sentence goes on to give follows the story so far: it takes the
// context date, and the later clause keeps its own.
func TestSequenceClauseTakesTheStorysDate(t *testing.T) {
	lex := mustLexicon(t)
	pub := time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		body string
		want map[string]string // summary → the event's start
	}{
		{"In August 2023, the fugitive was detained at Athens airport on a Red Notice.\n\n" +
			"He was subsequently charged with fraud in Athens, and was extradited to Spain in January 2024.",
			map[string]string{
				"He was subsequently charged with fraud in Athens":            "2023-08-01",
				"He was extradited to Spain in January 2024":                  "2024-01-01",
				"The fugitive was detained at Athens airport on a Red Notice": "2023-08-01",
			}},
		// Without the adverb the sentence's one date is both clauses'.
		{"In August 2023, the fugitive was detained at Athens airport on a Red Notice.\n\n" +
			"He was charged with fraud in Athens, and was extradited to Spain in January 2024.",
			map[string]string{
				"He was charged with fraud in Athens":        "2024-01-01",
				"He was extradited to Spain in January 2024": "2024-01-01",
			}},
	}
	for _, tt := range tests {
		st := model.Parse(model.Document{Body: tt.body, Published: pub}, lex)
		checkStory(t, st)
		got := map[string]string{}
		for _, e := range st.Events {
			if e.Date.Start != nil {
				got[e.Summary] = *e.Date.Start
			}
		}
		for sum, date := range tt.want {
			if got[sum] != date {
				t.Errorf("%q: event %q dated %q, want %q (events %v)", tt.body, sum, got[sum], date, got)
			}
		}
	}
}

// The bodies and the country of a clause are its own: a contrasting
// clause (", while …") neither lends its agency to the clause before nor
// borrows that clause's; clauses joined by "and" share them.
func TestClausesKeepTheirOwnBodies(t *testing.T) {
	lex := mustLexicon(t)
	pub := time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		body string
		want map[string][]string // summary → the event's agencies
	}{
		{"Officers seized 300 kg of cocaine in Antwerp in May, while Dutch customs found 2 tonnes in Rotterdam in June.",
			map[string][]string{
				"Officers seized 300 kg of cocaine in Antwerp in May": nil,
				"Dutch customs found 2 tonnes in Rotterdam in June":   {"Dutch customs"},
			}},
		{"Swedish police detained 22 suspects in Uppsala, while 17 people were arrested in Antwerp on Friday.",
			map[string][]string{
				"Swedish police detained 22 suspects in Uppsala": {"Swedish police"},
				"17 people were arrested in Antwerp on Friday":   nil,
			}},
		{"The server was disconnected on Tuesday and confiscated by Dutch authorities.",
			map[string][]string{
				"The server was disconnected on Tuesday":          {"Dutch authorities"},
				"The server was confiscated by Dutch authorities": {"Dutch authorities"},
			}},
	}
	for _, tt := range tests {
		st := model.Parse(model.Document{Body: tt.body, Published: pub}, lex)
		checkStory(t, st)
		if len(st.Events) != len(tt.want) {
			t.Errorf("%q: events %v, want %d", tt.body, summaries(st.Events), len(tt.want))
			continue
		}
		for _, e := range st.Events {
			want, ok := tt.want[e.Summary]
			if !ok {
				t.Errorf("%q: unexpected event %q", tt.body, e.Summary)
				continue
			}
			if !slices.Equal(e.Agencies, want) {
				t.Errorf("%q: event %q agencies %q, want %q", tt.body, e.Summary, e.Agencies, want)
			}
		}
	}
}

// A happening told without a date takes the date the next sentence gives
// it by name ("since his return on March 3"), when that sentence reports
// no happening of its own; a dated happening keeps its date.
func TestDateWrittenInTheNextSentence(t *testing.T) {
	lex := mustLexicon(t)
	pub := time.Date(2024, 3, 8, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		body, summary, want string
	}{
		{"Police in Madrid arrested the smuggler on February 1. The smuggler was extradited from Spain to Canada to face trial. He has been held in Toronto since his return on March 3.",
			"The smuggler was extradited from Spain to Canada to face trial", "2024-03-03"},
		{"Police in Madrid arrested the smuggler on February 1. The smuggler was extradited from Spain to Canada on Monday. He has been held in Toronto since his return on March 3.",
			"The smuggler was extradited from Spain to Canada on Monday", "2024-03-04"},
	}
	for _, tt := range tests {
		st := model.Parse(model.Document{Body: tt.body, Published: pub}, lex)
		checkStory(t, st)
		found := false
		for _, e := range st.Events {
			if e.Sentence != 2 {
				continue
			}
			found = true
			got := ""
			if e.Date.Start != nil {
				got = *e.Date.Start
			}
			if got != tt.want || e.Summary != tt.summary {
				t.Errorf("%q: event %q dated %q, want %q dated %q", tt.body, e.Summary, got, tt.summary, tt.want)
			}
		}
		if !found {
			t.Errorf("%q: no event of sentence 2 among %v", tt.body, summaries(st.Events))
		}
	}
}
