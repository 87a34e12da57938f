package model_test

import (
	"slices"
	"strings"
	"testing"

	"dossier/model"
	"dossier/model/internal/entities"
)

// eventSentences is the sentences that report events, each once: a
// sentence may report several.
func eventSentences(st *model.Story) []int {
	var out []int
	for _, e := range st.Events {
		out = append(out, e.Sentence)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

func TestWhichSentencesAreEvents(t *testing.T) {
	body := "Belgian police made 48 arrests on Tuesday.\n" + // 1 event
		"According to the research, there are about 171,000 phones equipped with Sky ECC service worldwide.\n" + // 2 state cue
		"With thousands of shipping containers arriving every day in Antwerp, the Belgian port city is one of Europe’s leading ports of entry for cocaine.\n" + // 3 state cue
		"Traffic in the city has recently sparked an increase in violence, with gun battles and grenade attacks.\n" + // 4 trigger only in a with phrase
		"The Sky ECC server was disconnected on Tuesday and confiscated by Dutch authorities.\n" + // 5 event
		"___\n" +
		"Corder reported from The Hague and was arrested.\n" // byline, trigger or not
	st := model.Parse(model.Document{Body: body}, handLexicon())
	checkStory(t, st)
	if got, want := eventSentences(st), []int{1, 5}; !slices.Equal(got, want) {
		t.Errorf("event sentences %v, want %v", got, want)
	}
}

func TestEventFacets(t *testing.T) {
	body := "BRUSSELS (AP) — Police confiscated firearms in Antwerp.\n" +
		"Dutch police and prosecutors confiscated 28 firearms in the port city of Rotterdam.\n" +
		"Prosecutors said many EncroChat users migrated to Sky ECC.\n" +
		"European police broke EncroChat.\n"
	st := model.Parse(model.Document{Body: body}, handLexicon())
	checkStory(t, st)
	bySentence := map[int]model.Event{}
	for _, e := range st.Events {
		bySentence[e.Sentence] = e
	}
	tests := []struct {
		sentence                    int
		countries, places, agencies []string
		networks                    []string
	}{
		// The place gives the country; the bare role takes the dateline's.
		{1, []string{"Belgium"}, []string{"Antwerp"}, []string{"Belgian police"}, []string{}},
		{2, []string{"Netherlands"}, []string{"Rotterdam"}, []string{"Dutch police", "Dutch prosecutors"}, []string{}},
		// No country in the sentence: the context agency's country.
		{3, []string{"Netherlands"}, []string{}, []string{"Dutch prosecutors"}, []string{"EncroChat", "Sky ECC"}},
		{4, []string{}, []string{"Europe"}, []string{"European police"}, []string{"EncroChat"}},
	}
	for _, tt := range tests {
		e, ok := bySentence[tt.sentence]
		if !ok {
			t.Errorf("sentence %d is no event", tt.sentence)
			continue
		}
		if !slices.Equal(e.Countries, tt.countries) || !slices.Equal(e.Places, tt.places) || !slices.Equal(e.Agencies, tt.agencies) || !slices.Equal(e.Networks, tt.networks) {
			t.Errorf("sentence %d: countries %v places %v agencies %v networks %v\nwant countries %v places %v agencies %v networks %v",
				tt.sentence, e.Countries, e.Places, e.Agencies, e.Networks, tt.countries, tt.places, tt.agencies, tt.networks)
		}
	}
}

func TestModalTriggersAreNoEvents(t *testing.T) {
	tests := []struct {
		body  string
		event bool
	}{
		{"The men face life in prison if convicted.", false},
		{"They could be charged next week.", false},
		{"Police will raided nothing.", false},
		{"In May, police arrested five men.", true},
		{"The men were charged and could face life in prison.", true},
	}
	for _, tt := range tests {
		st := model.Parse(model.Document{Body: tt.body}, handLexicon())
		if got := len(st.Events) == 1; got != tt.event {
			t.Errorf("%q: event = %v, want %v", tt.body, got, tt.event)
		}
	}
}

func TestClauseCountry(t *testing.T) {
	text := "Officers arrested 14 people in Spain, while Moroccan police detained six more suspects in Tangier, and 3 people from Spain."
	s := model.Sentence{ID: 1, Start: 100, End: 100 + len(text), Text: text}
	at := func(sub string) (int, int) {
		i := strings.Index(text, sub)
		return 100 + i, 100 + i + len(sub)
	}
	hit := func(kind model.Kind, sub, country string, origin bool) entities.Hit {
		a, b := at(sub)
		return entities.Hit{Kind: kind, Name: sub, Country: country, Start: a, End: b, Origin: origin}
	}
	hits := []entities.Hit{
		hit(model.KindCountry, "Spain", "Spain", false),
		hit(model.KindAgency, "Moroccan police", "Morocco", false),
		hit(model.KindPlace, "Tangier", "Morocco", false),
		{Kind: model.KindCountry, Name: "Spain", Country: "Spain", Start: 100 + strings.LastIndex(text, "Spain"), End: 105 + strings.LastIndex(text, "Spain"), Origin: true},
	}
	tests := []struct{ quantity, want string }{
		{"14 people", "Spain"}, // the place after it in its clause
		{"six", "Morocco"},     // the place after it, not the agency before it
		{"3 people", ""},       // only an origin in its clause
		{"Officers", "Spain"},  // the first place after it in its clause
	}
	for _, tt := range tests {
		a, b := at(tt.quantity)
		got := model.ClauseCountry(hits, s, a, b)
		if got != tt.want {
			t.Errorf("clauseCountry(%q) = %q, want %q", tt.quantity, got, tt.want)
		}
	}
}
