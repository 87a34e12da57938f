package model_test

import (
	"fmt"
	"slices"
	"testing"

	"dossier/model"
)

// entityTexts lists "id=text@sentence" for every mention, in entity order.
func mentionsOf(st *model.Story, id string) []string {
	var out []string
	for _, e := range st.Entities {
		if e.ID != id {
			continue
		}
		for _, m := range e.Mentions {
			out = append(out, fmt.Sprintf("%s@%d", m.Text, m.Sentence))
		}
	}
	return out
}

func entityIDs(st *model.Story, k model.Kind) []string {
	var out []string
	for _, e := range st.Entities {
		if e.Kind == k {
			out = append(out, e.ID)
		}
	}
	return out
}

func findEntity(st *model.Story, id string) *model.Entity {
	for i := range st.Entities {
		if st.Entities[i].ID == id {
			return &st.Entities[i]
		}
	}
	return nil
}

func TestAgencies(t *testing.T) {
	tests := []struct {
		name string
		body string
		want []string // agency IDs in order of first mention
	}{
		{"demonym distributes over coordination", "Dutch police and prosecutors arrested 30 suspects.",
			[]string{"agency/dutch-police", "agency/dutch-prosecutors"}},
		{"coordinated demonyms", "Belgian and Dutch police raided homes.",
			[]string{"agency/belgian-police", "agency/dutch-police"}},
		{"role in country", "Police in Spain and Morocco arrested five people.",
			[]string{"agency/spanish-police", "agency/moroccan-police"}},
		{"role in country, then other words", "Last year, authorities in Belgium and three other countries dismantled a network.",
			[]string{"agency/belgian-authorities"}},
		{"role in a place", "They were arrested by police in the port city of Rotterdam.",
			[]string{"agency/dutch-police"}},
		{"possessive country", "Belgium’s federal prosecutors said the network was broken.",
			[]string{"agency/belgian-federal-prosecutors"}},
		{"country alias as modifier", "U.S. authorities charged them.",
			[]string{"agency/american-authorities"}},
		{"role alias keeps canonical name", "Police officials seized guns, according to the prosecution’s statement.",
			[]string{"agency/police", "agency/prosecutors"}},
		{"bare role takes preceding agency's country", "Belgian police made 48 arrests, prosecutors said. Prosecutors said more.",
			[]string{"agency/belgian-police", "agency/belgian-prosecutors"}},
		{"bare role takes dateline country", "BRUSSELS (AP) – Police arrested three men.",
			[]string{"agency/belgian-police"}},
		{"dateline with country", "THE HAGUE, Netherlands (Reuters) - Prosecutors charged three men.",
			[]string{"agency/dutch-prosecutors"}},
		{"sentence frame beats context", "ALGECIRAS, Spain (AP) — The Guardia Civil seized hashish. In Morocco, police arrested two men.",
			[]string{"agency/guardia-civil", "agency/moroccan-police"}},
		{"frame with an article", "BRUSSELS (AP) – In the Netherlands, prosecutors charged two men.",
			[]string{"agency/dutch-prosecutors"}},
		{"sentence location beats earlier sentences", "BRUSSELS (AP) — Moroccan police detained six men. Police raided a warehouse in Algeciras.",
			[]string{"agency/moroccan-police", "agency/spanish-police"}},
		{"an origin is no location", "ALGECIRAS, Spain (AP) — Customs agents found the drugs, which came from Morocco.",
			[]string{"agency/spanish-customs"}},
		{"located role carries to later sentences", "Moroccan police detained six men. Investigators raided a warehouse in Algeciras. Police said so.",
			[]string{"agency/moroccan-police", "agency/spanish-police"}},
		{"two location countries decide nothing", "BRUSSELS (AP) – Police raided homes in Antwerp and Rotterdam.",
			[]string{"agency/belgian-police"}},
		{"named agency sets context", "The Guardia Civil seized hashish. Police said so.",
			[]string{"agency/guardia-civil", "agency/spanish-police"}},
		{"region adjective names no country", "European police broke EncroChat. Police said so.",
			[]string{"agency/european-police", "agency/police"}},
		{"region alias adjective names no country", "Latin American police and Dutch customs met.",
			[]string{"agency/latin-american-police", "agency/dutch-customs"}},
		{"item wins over role when longer", "Police seized police uniforms.",
			[]string{"agency/police"}},
		{"acronym only in capitals", "The FBI and the fbi and ICE agents seized ice.",
			[]string{"agency/fbi", "agency/ice"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := model.Parse(model.Document{Body: tt.body}, handLexicon())
			checkStory(t, st)
			if got := entityIDs(st, model.KindAgency); !slices.Equal(got, tt.want) {
				t.Errorf("agencies\n got %v\nwant %v", got, tt.want)
			}
		})
	}
}

func TestAgencyMentionsAndCountries(t *testing.T) {
	st := model.Parse(model.Document{Body: "Meanwhile, Dutch police and prosecutors said that they arrested 30 suspects."}, handLexicon())
	if got, want := mentionsOf(st, "agency/dutch-police"), []string{"Dutch police@1"}; !slices.Equal(got, want) {
		t.Errorf("dutch police mentions %v, want %v", got, want)
	}
	if got, want := mentionsOf(st, "agency/dutch-prosecutors"), []string{"prosecutors@1"}; !slices.Equal(got, want) {
		t.Errorf("dutch prosecutors mentions %v, want %v", got, want)
	}
	if got, want := mentionsOf(st, "country/netherlands"), []string{"Dutch@1"}; !slices.Equal(got, want) {
		t.Errorf("netherlands mentions %v, want %v", got, want)
	}
	if e := findEntity(st, "agency/dutch-prosecutors"); e == nil || e.Country != "Netherlands" {
		t.Errorf("dutch prosecutors entity %+v, want country Netherlands", e)
	}
}

func TestCountriesAndPlaces(t *testing.T) {
	body := "With thousands of containers arriving every day in Antwerp, the Belgian port city is one of Europe’s leading ports. " +
		"It has connections in four European countries and South America. Traffic to Western Europe's ports grew. " +
		"Luxembourg helped. Roast turkey was served in The Netherlands and Holland."
	st := model.Parse(model.Document{Body: body}, handLexicon())
	checkStory(t, st)
	if got, want := entityIDs(st, model.KindPlace), []string{"place/antwerp", "place/europe", "place/south-america", "place/western-europe"}; !slices.Equal(got, want) {
		t.Errorf("places %v, want %v", got, want)
	}
	if got, want := mentionsOf(st, "place/europe"), []string{"Europe@1", "European@2"}; !slices.Equal(got, want) {
		t.Errorf("europe mentions %v, want %v", got, want)
	}
	if e := findEntity(st, "place/antwerp"); e == nil || e.Country != "Belgium" {
		t.Errorf("antwerp %+v, want country Belgium", e)
	}
	if got, want := entityIDs(st, model.KindCountry), []string{"country/belgium", "country/luxembourg", "country/netherlands"}; !slices.Equal(got, want) {
		t.Errorf("countries %v, want %v", got, want)
	}
	if got, want := mentionsOf(st, "country/netherlands"), []string{"The Netherlands@5", "Holland@5"}; !slices.Equal(got, want) {
		t.Errorf("netherlands mentions %v, want %v", got, want)
	}
	if findEntity(st, "country/turkey") != nil {
		t.Error("lowercase turkey became the country")
	}
}

func TestCountryImpliedByPlaceHasNoMention(t *testing.T) {
	st := model.Parse(model.Document{Body: "Police seized cocaine in Antwerp."}, handLexicon())
	e := findEntity(st, "country/belgium")
	if e == nil {
		t.Fatal("Antwerp should imply the country Belgium")
	}
	if len(e.Mentions) != 0 {
		t.Errorf("Belgium has mentions %v; the text never names it", e.Mentions)
	}
}

func TestBylineHasNoEntities(t *testing.T) {
	st := model.Parse(model.Document{Body: "Police seized cocaine in Antwerp.\n___\nCorder reported from The Hague, the Netherlands."}, handLexicon())
	for _, id := range []string{"place/the-hague", "country/netherlands"} {
		if findEntity(st, id) != nil {
			t.Errorf("%s comes only from the byline", id)
		}
	}
	if len(st.Events) != 1 || st.Events[0].Sentence != 1 {
		t.Errorf("events %+v, want only sentence 1", st.Events)
	}
}

func TestItemsAndNetworks(t *testing.T) {
	st := model.Parse(model.Document{Body: "Police confiscated cash, along with firearms, jewelry, diamonds, police uniforms and luxury cars. Investigators broke the Sky ECC network; EncroChat users moved."}, handLexicon())
	checkStory(t, st)
	want := []string{"item/cash", "item/firearms", "item/jewelry", "item/diamonds", "item/police-uniforms", "item/luxury-cars"}
	if got := entityIDs(st, model.KindItem); !slices.Equal(got, want) {
		t.Errorf("items %v, want %v", got, want)
	}
	if e := findEntity(st, "item/firearms"); e == nil || e.Category != "weapons" {
		t.Errorf("firearms %+v, want category weapons", e)
	}
	if got, want := entityIDs(st, model.KindNetwork), []string{"network/sky-ecc", "network/encrochat"}; !slices.Equal(got, want) {
		t.Errorf("networks %v, want %v", got, want)
	}
}

// checkStory fails the test when st breaks a parse invariant.
func checkStory(t testing.TB, st *model.Story) {
	t.Helper()
	if err := st.Validate(); err != nil {
		t.Fatal(err)
	}
}

func TestPersonNameIsNoPlace(t *testing.T) {
	st := model.Parse(model.Document{Body: "Police chief Henk van Rotterdam said so. Police in Rotterdam arrested two men."}, handLexicon())
	if got, want := mentionsOf(st, "place/rotterdam"), []string{"Rotterdam@2"}; !slices.Equal(got, want) {
		t.Errorf("rotterdam mentions %v, want %v", got, want)
	}
}

func TestHeadlineAboveDateline(t *testing.T) {
	body := "Dutch police arrest 40 in crackdown\nAMSTERDAM (Reuters) - Dutch police arrested 40 people on Tuesday."
	st := model.Parse(model.Document{Body: body}, handLexicon())
	checkStory(t, st)
	if st.Doc.Title != "Dutch police arrest 40 in crackdown" || st.Doc.Dateline != "AMSTERDAM" {
		t.Errorf("title %q dateline %q", st.Doc.Title, st.Doc.Dateline)
	}
	if len(st.Events) != 1 || st.Events[0].Sentence != 2 {
		t.Errorf("events %+v, want one on sentence 2 (the headline repeats it)", st.Events)
	}
	// A title from the front matter stays.
	st = model.Parse(model.Document{Title: "Given", Body: body}, handLexicon())
	if st.Doc.Title != "Given" {
		t.Errorf("title %q, want the front matter's", st.Doc.Title)
	}
}

// Without a dateline, a lone unpunctuated first line above a punctuated
// paragraph is still the headline; a first line that is a sentence, or
// one run into its paragraph, is not.
func TestHeadlineWithoutDateline(t *testing.T) {
	for _, tt := range []struct{ body, title string }{
		{"Gunmen kill 12 at party in central Mexico\n\nGunmen have killed 12 people at a party, authorities said.", "Gunmen kill 12 at party in central Mexico"},
		{"Police arrested 12 people.\n\nThey were charged on Monday.", ""},
		{"Police arrested 12 people\n\nin Brussels\n\nThey were charged.", ""},
	} {
		st := model.Parse(model.Document{Body: tt.body}, handLexicon())
		checkStory(t, st)
		if st.Doc.Title != tt.title {
			t.Errorf("%q: title %q, want %q", tt.body, st.Doc.Title, tt.title)
		}
	}
}

// A description of a body named before ("the agency", "the directorate")
// is a mention of that body, and its sentence's events are that body's;
// before any such name, or when the head opens a name of its own, it is
// none.
func TestDescriptionsOfANamedBody(t *testing.T) {
	lex := mustLexicon(t)
	tests := []struct {
		body     string
		id       string   // the named body
		mentions []string // its mentions, "text@sentence"
	}{
		{"The National Crime Agency seized 2 tonnes of cocaine at Felixstowe. The agency later arrested three men in Kent.",
			"agency/national-crime-agency", []string{"National Crime Agency@1", "agency@2"}},
		{"Officers of the Directorate of Criminal Investigations arrested four men in Nairobi. The directorate seized 30 kg of heroin.",
			"agency/directorate-of-criminal-investigations", []string{"Directorate of Criminal Investigations@1", "directorate@2"}},
		// A description with words of its own between "the" and the head.
		{"The National Crime Agency raided a warehouse in Dover. The crime agency seized 12 rifles there.",
			"agency/national-crime-agency", []string{"National Crime Agency@1", "crime agency@2"}},
		// A head another body's name does not hold is no mention.
		{"The National Crime Agency searched a storage unit in Dover. The unit held 20 kg of cocaine.",
			"agency/national-crime-agency", []string{"National Crime Agency@1"}},
	}
	for _, tt := range tests {
		st := model.Parse(model.Document{Body: tt.body}, lex)
		checkStory(t, st)
		if got := mentionsOf(st, tt.id); !slices.Equal(got, tt.mentions) {
			t.Errorf("%q: %s mentions %q, want %q", tt.body, tt.id, got, tt.mentions)
		}
	}
	st := model.Parse(model.Document{Body: "The agency seized 20 kg of cocaine in Dover."}, lex)
	if ids := entityIDs(st, model.KindAgency); len(ids) != 0 {
		t.Errorf("a description with no body named before: agencies %v, want none", ids)
	}
	st = model.Parse(model.Document{Body: "The National Crime Agency seized 2 tonnes of cocaine at Felixstowe. The agency later arrested three men in Kent."}, lex)
	for _, e := range st.Events {
		if e.Sentence == 2 && !slices.Equal(e.Agencies, []string{"National Crime Agency"}) {
			t.Errorf("event %q agencies %v, want the National Crime Agency", e.Summary, e.Agencies)
		}
	}
}
