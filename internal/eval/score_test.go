package eval

import (
	"math"
	"strings"
	"testing"

	"dossier/data"
	"dossier/model"
)

const sampleText = `---
published: 2021-03-09
---
BRUSSELS (AP) – Belgian police made 48 arrests on Tuesday, prosecutors said.

Police seized 17 tonnes of cocaine and 1.2 million euros in cash in Antwerp.

Customs seized 2 tonnes of cocaine in May 2020 and a further 800 kg in January 2021.

Dutch police arrested 30 suspects in Rotterdam on Monday after cracking the Sky ECC network.

The country has 11.5 million people.
`

const sampleGold = `{
  "schema": "dossier.gold/v1",
  "published": "2021-03-09",
  "reference_date_assumed": null,
  "countries": ["Belgium", "Netherlands"],
  "places": [{"name": "Brussels", "country": "Belgium", "aliases": []},
             {"name": "Antwerp", "country": "Belgium", "aliases": []},
             {"name": "Rotterdam", "country": "Netherlands", "aliases": []}],
  "agencies": [{"name": "Belgian police", "aliases": ["Police"]},
               {"name": "Belgian customs", "aliases": ["Customs"]},
               {"name": "Dutch police", "aliases": []}],
  "networks": ["Sky ECC"],
  "seized": [
    {"quote": "Police seized 17 tonnes of cocaine", "item": "cocaine", "quantity": 17, "unit": "tonnes",
     "qualifier": null, "quantity_text": null, "aggregate": false},
    {"quote": "Police seized 17 tonnes of cocaine", "item": "cash", "quantity": 1200000, "unit": "EUR",
     "qualifier": null, "quantity_text": null, "aggregate": false},
    {"quote": "Customs seized 2 tonnes of cocaine", "item": "cocaine", "quantity": 2, "unit": "tonnes",
     "qualifier": null, "quantity_text": null, "aggregate": false},
    {"quote": "Customs seized 2 tonnes of cocaine", "item": "cocaine", "quantity": 800, "unit": "kg",
     "qualifier": null, "quantity_text": null, "aggregate": false}],
  "counts": [
    {"quote": "Belgian police made 48 arrests", "what": "arrests", "value": 48, "qualifier": null,
     "value_text": null, "where": "Belgium", "subset": null},
    {"quote": "Dutch police arrested 30 suspects", "what": "arrests", "value": 30, "qualifier": null,
     "value_text": null, "where": "Netherlands", "subset": null}],
  "events": [
    {"quote": "Belgian police made 48 arrests", "summary": "Belgian police made 48 arrests",
     "date_text": "on Tuesday", "date": "2021-03-09", "precision": "day", "basis": "explicit",
     "time": null, "accept_dates": [], "note": null, "countries": ["Belgium"], "places": ["Brussels"],
     "agencies": ["Belgian police"], "networks": [], "items": []},
    {"quote": "Police seized 17 tonnes of cocaine", "summary": "Police seized 17 tonnes of cocaine",
     "date_text": null, "date": "2021-03-09", "precision": "day", "basis": "context",
     "time": null, "accept_dates": ["2021-03"], "note": null, "countries": ["Belgium"], "places": ["Antwerp"],
     "agencies": ["Belgian police"], "networks": [], "items": ["cocaine", "cash"]},
    {"quote": "Customs seized 2 tonnes of cocaine", "summary": "Customs seized 2 tonnes of cocaine",
     "date_text": "in May 2020", "date": "2020-05", "precision": "month", "basis": "explicit",
     "time": null, "accept_dates": [], "note": null, "countries": ["Belgium"], "places": [],
     "agencies": ["Belgian customs"], "networks": [], "items": ["cocaine"]},
    {"quote": "Customs seized 2 tonnes of cocaine", "summary": "Customs seized a further 800 kg",
     "date_text": "in January 2021", "date": "2021-01", "precision": "month", "basis": "explicit",
     "time": null, "accept_dates": [], "note": null, "countries": ["Belgium"], "places": [],
     "agencies": ["Belgian customs"], "networks": [], "items": ["cocaine"]},
    {"quote": "Dutch police arrested 30 suspects", "summary": "Dutch police arrested 30 suspects",
     "date_text": "on Monday", "date": "2021-03-08", "precision": "day", "basis": "explicit",
     "time": null, "accept_dates": [], "note": null, "countries": ["Netherlands"], "places": ["Rotterdam"],
     "agencies": ["Dutch police"], "networks": ["Sky ECC"], "items": []}],
  "optional": {"countries": [], "places": ["Europe"], "agencies": [{"name": "prosecutors"}],
               "networks": [], "items": [], "counts": [{"quote": "The country has 11.5 million people", "value": 11500000}],
               "events": []},
  "negatives": {"countries": [], "places": [{"name": "Lyon", "country": "France"}], "agencies": [],
                "networks": [], "items": ["phones"], "counts": []}
}`

// fixture is the sample article, its gold file and the word lists.
type fixture struct {
	doc   model.Document
	gold  *Gold
	names *Names
}

func newFixture(t *testing.T) fixture {
	t.Helper()
	doc, err := data.ParseDocument([]byte(sampleText))
	if err != nil {
		t.Fatal(err)
	}
	var g Gold
	if err := strict([]byte(sampleGold), &g); err != nil {
		t.Fatal(err)
	}
	lex, err := data.Lexicon()
	if err != nil {
		t.Fatal(err)
	}
	return fixture{doc: doc, gold: &g, names: NewNames(lex)}
}

// perfect builds, by hand, the story a parser that agreed with the gold
// file would make: one sentence per paragraph, every entity, seizure,
// count and event as annotated.
func (f fixture) perfect(t *testing.T) *model.Story {
	t.Helper()
	st := &model.Story{Doc: f.doc}
	off := 0
	for i, para := range strings.Split(f.doc.Body, "\n\n") {
		text := strings.TrimSpace(para)
		start := off + strings.Index(para, text)
		st.Sentences = append(st.Sentences, model.Sentence{ID: i + 1, Paragraph: i + 1, Start: start,
			End: start + len(text), Text: text})
		off += len(para) + 2
	}
	sid := func(quote string) int {
		at := strings.Index(f.doc.Body, quote)
		for _, s := range st.Sentences {
			if s.Start <= at && at < s.End {
				return s.ID
			}
		}
		t.Fatalf("quote %q not in the sample", quote)
		return 0
	}
	ent := func(k model.Kind, name, country string, aliases ...string) model.Entity {
		e := model.Entity{Kind: k, Name: name, Country: country, Mentions: []model.Mention{{Sentence: 1, Text: name}}}
		for _, a := range aliases {
			e.Mentions = append(e.Mentions, model.Mention{Sentence: 1, Text: a})
		}
		return e
	}
	g := f.gold
	for _, c := range g.Countries {
		st.Entities = append(st.Entities, ent(model.KindCountry, c, ""))
	}
	for _, p := range g.Places {
		st.Entities = append(st.Entities, ent(model.KindPlace, p.Name, *p.Country))
	}
	for _, a := range g.Agencies {
		st.Entities = append(st.Entities, ent(model.KindAgency, a.Name, "", a.Aliases...))
	}
	for _, n := range g.Networks {
		st.Entities = append(st.Entities, ent(model.KindNetwork, n, ""))
	}
	items := map[string]bool{}
	for _, z := range g.Seized {
		if !items[z.Item] {
			items[z.Item] = true
			e := ent(model.KindItem, z.Item, "")
			e.Seized = true
			st.Entities = append(st.Entities, e)
		}
		unit, _ := f.names.Unit(z.Unit)
		st.Seizures = append(st.Seizures, model.Seizure{Item: z.Item, Quantity: z.Quantity, Unit: &unit, Sentence: sid(z.Quote)})
	}
	for _, c := range g.Counts {
		st.Counts = append(st.Counts, model.Count{What: c.What, Value: c.Value, Sentence: sid(c.Quote)})
	}
	for i, e := range g.Events {
		st.Events = append(st.Events, model.Event{ID: i + 1, Sentence: sid(e.Quote), Summary: e.Summary,
			Date: modelDate(*e.Date), Countries: e.Countries, Places: e.Places, Agencies: e.Agencies,
			Networks: e.Networks, Items: e.Items})
	}
	return st
}

// modelDate is the output date a parser gives for a gold date string.
func modelDate(d string) model.Date {
	s := func(v string) *string { return &v }
	switch precisionOf(d) {
	case model.PrecisionMonth:
		return model.Date{Start: s(d + "-01"), End: s(d + "-28"), Precision: model.PrecisionMonth}
	case model.PrecisionYear:
		return model.Date{Start: s(d + "-01-01"), End: s(d + "-12-31"), Precision: model.PrecisionYear}
	case model.PrecisionRange:
		a, b, _ := strings.Cut(d, "/")
		return model.Date{Start: s(a), End: s(b), Precision: model.PrecisionRange}
	}
	return model.Date{Start: s(d), End: s(d), Precision: model.PrecisionDay}
}

// numbers is a result's ten scored numbers, by facet.
func numbers(r Result) [nFacets]float64 {
	var out [nFacets]float64
	for _, f := range Lists {
		out[f] = r.List(f).F1()
	}
	out[Quantities] = r.Quantities.Value()
	out[Dates] = r.Dates.Value()
	return out
}

// expect checks that every number is 1 except the ones listed, which must
// have the given values.
func expect(t *testing.T, r Result, changed map[Facet]float64) {
	t.Helper()
	got := numbers(r)
	for f := Facet(0); f < nFacets; f++ {
		want, ok := changed[f]
		if !ok {
			want = 1
		}
		if math.Abs(got[f]-want) > 1e-9 {
			t.Errorf("%s = %.4f, want %.4f (findings %v)", f, got[f], want, r.Findings)
		}
	}
}

func f1(p, r float64) float64 { return 2 * p * r / (p + r) }

func TestSampleGoldIsValid(t *testing.T) {
	f := newFixture(t)
	if problems := f.gold.Check(f.doc, f.names); len(problems) > 0 {
		t.Fatalf("the sample gold file has problems: %v", problems)
	}
}

func TestPerfectStoryScoresOne(t *testing.T) {
	f := newFixture(t)
	r := Score("sample", f.perfect(t), f.gold, f.names)
	expect(t, r, nil)
	if r.Score() != 1 {
		t.Errorf("score %v, want 1", r.Score())
	}
	if len(r.Findings) != 0 {
		t.Errorf("findings on a perfect story: %v", r.Findings)
	}
	// The lists are really compared: each has something to match.
	for _, fc := range Lists {
		if r.List(fc).TP == 0 {
			t.Errorf("%s: no true positive, the sample does not test it", fc)
		}
	}
	if r.Quantities.Total != 4 || r.Dates.Total != 5 {
		t.Errorf("quantities %d, dates %d scored, want 4 and 5", r.Quantities.Total, r.Dates.Total)
	}
}

func TestEmptyStoryScoresZero(t *testing.T) {
	f := newFixture(t)
	st := f.perfect(t)
	st.Entities, st.Seizures, st.Counts, st.Events = nil, nil, nil, nil
	r := Score("sample", st, f.gold, f.names)
	if r.Score() != 0 {
		t.Errorf("an empty story scores %v, want 0 (findings %v)", r.Score(), r.Findings)
	}
}

func TestEmptyGoldAndEmptyStoryScoreOne(t *testing.T) {
	f := newFixture(t)
	st := f.perfect(t)
	st.Entities, st.Seizures, st.Counts, st.Events = nil, nil, nil, nil
	r := Score("nothing", st, &Gold{Schema: Schema}, f.names)
	expect(t, r, nil)
}

func TestMissingEventLowersEventRecallOnly(t *testing.T) {
	f := newFixture(t)
	st := f.perfect(t)
	st.Events = st.Events[1:]
	r := Score("sample", st, f.gold, f.names)
	expect(t, r, map[Facet]float64{Events: f1(1, 4.0/5)})
	if r.List(Events).FN != 1 {
		t.Errorf("events %+v, want one miss", *r.List(Events))
	}
}

func TestExtraEventIsAFalsePositive(t *testing.T) {
	f := newFixture(t)
	st := f.perfect(t)
	st.Events = append(st.Events, model.Event{ID: 9, Sentence: 5, Summary: "The country has"})
	r := Score("sample", st, f.gold, f.names)
	expect(t, r, map[Facet]float64{Events: f1(5.0/6, 1)})
}

func TestWrongDateLowersDateAccuracyOnly(t *testing.T) {
	f := newFixture(t)
	st := f.perfect(t)
	st.Events[0].Date = modelDate("2021-03-02")
	r := Score("sample", st, f.gold, f.names)
	expect(t, r, map[Facet]float64{Dates: 4.0 / 5})
}

func TestDatePrecisionMatters(t *testing.T) {
	f := newFixture(t)
	st := f.perfect(t)
	st.Events[2].Date = modelDate("2020-05-15") // a day in the right month
	r := Score("sample", st, f.gold, f.names)
	expect(t, r, map[Facet]float64{Dates: 4.0 / 5})
}

func TestAcceptedDateIsRight(t *testing.T) {
	f := newFixture(t)
	st := f.perfect(t)
	st.Events[1].Date = modelDate("2021-03") // the gold accepts the month
	r := Score("sample", st, f.gold, f.names)
	expect(t, r, nil)
}

func TestTwoEventsInOneSentencePairByDate(t *testing.T) {
	f := newFixture(t)
	perfect := f.perfect(t)

	// In reverse order the pairs are still found by date.
	st := f.perfect(t)
	st.Events[2], st.Events[3] = st.Events[3], st.Events[2]
	expect(t, Score("sample", st, f.gold, f.names), nil)

	// One event for the sentence: it pairs with the gold event of its date,
	// so only the event recall drops.
	st = f.perfect(t)
	st.Events = append(append([]model.Event{}, perfect.Events[:2]...), perfect.Events[3:]...)
	expect(t, Score("sample", st, f.gold, f.names), map[Facet]float64{Events: f1(1, 4.0/5)})

	// Both dated May 2020: one pair has the wrong date.
	st = f.perfect(t)
	st.Events[3].Date = modelDate("2020-05")
	expect(t, Score("sample", st, f.gold, f.names), map[Facet]float64{Dates: 4.0 / 5})

	// A third event in the sentence is a false positive.
	st = f.perfect(t)
	st.Events = append(st.Events, model.Event{ID: 9, Sentence: st.Events[2].Sentence, Date: modelDate("2021-03-09"),
		Countries: []string{"Belgium"}})
	expect(t, Score("sample", st, f.gold, f.names), map[Facet]float64{Events: f1(5.0/6, 1)})
}

func TestEventsOfOneDayPairByFacets(t *testing.T) {
	f := newFixture(t)
	g := *f.gold
	g.Events = append([]Event{}, g.Events...)
	// The sentence's two seizures on one day, one Belgian and one Dutch.
	g.Events[2].Countries = []string{"Netherlands"}
	g.Events[3].Date = ptrS("2020-05")
	f.gold = &g
	st := f.perfect(t)
	// The output finds only the Dutch one: it pairs with it, not with the
	// other gold event of that day.
	st.Events = append(append([]model.Event{}, st.Events[:3]...), st.Events[4:]...)
	r := Score("sample", st, f.gold, f.names)
	expect(t, r, map[Facet]float64{Events: f1(1, 4.0/5)})
}

func TestPlaceInTheWrongCountry(t *testing.T) {
	f := newFixture(t)
	st := f.perfect(t)
	for i := range st.Entities {
		if st.Entities[i].Name == "Rotterdam" {
			st.Entities[i].Country = "Belgium"
		}
	}
	r := Score("sample", st, f.gold, f.names)
	// A false positive and a miss among three places; the event that names
	// Rotterdam now has a wrong place (1 of its 4 facet values) and misses
	// the right one, out of 18 facet values in all.
	expect(t, r, map[Facet]float64{Places: f1(2.0/3, 2.0/3), EventFacets: f1(17.0/18, 17.0/18)})
}

func TestNegativeIsAFalsePositiveAndOptionalIsFree(t *testing.T) {
	f := newFixture(t)
	st := f.perfect(t)
	st.Entities = append(st.Entities,
		model.Entity{Kind: model.KindPlace, Name: "Europe"},
		model.Entity{Kind: model.KindAgency, Name: "prosecutors"},
		model.Entity{Kind: model.KindPlace, Name: "Lyon", Country: "France"},
		model.Entity{Kind: model.KindItem, Name: "phones", Seized: true})
	st.Counts = append(st.Counts, model.Count{What: "people", Value: ptr(11.5e6), Sentence: 5})
	r := Score("sample", st, f.gold, f.names)
	expect(t, r, map[Facet]float64{Places: f1(3.0/4, 1), Items: f1(2.0/3, 1)})
}

// An item the story only mentions is no claim that it was seized: neither
// a false positive nor, when the gold lists it as seized, a hit.
func TestMentionedItemIsNotScored(t *testing.T) {
	f := newFixture(t)
	st := f.perfect(t)
	st.Entities = append(st.Entities,
		model.Entity{Kind: model.KindItem, Name: "phones"},
		model.Entity{Kind: model.KindItem, Name: "grenades"})
	r := Score("sample", st, f.gold, f.names)
	expect(t, r, map[Facet]float64{Items: 1})
	for i := range st.Entities {
		if st.Entities[i].Name == "cash" {
			st.Entities[i].Seized = false
		}
	}
	r = Score("sample", st, f.gold, f.names)
	expect(t, r, map[Facet]float64{Items: f1(1, 0.5)})
}

func TestOptionalQuoteAppliesWhereverItOccurs(t *testing.T) {
	f := newFixture(t)
	g := *f.gold
	g.Optional.Counts = []Ref{{Name: "seized"}} // in the second and third sentences
	f.gold = &g
	st := f.perfect(t)
	st.Counts = append(st.Counts, model.Count{What: "tins", Value: ptr(2), Sentence: 2},
		model.Count{What: "tins", Value: ptr(3), Sentence: 3})
	expect(t, Score("sample", st, f.gold, f.names), nil)
	if problems := g.Check(f.doc, f.names); len(problems) > 0 {
		t.Errorf("a repeated optional quote is refused: %v", problems)
	}
}

func TestCountsCompareValueAndLabel(t *testing.T) {
	f := newFixture(t)

	st := f.perfect(t)
	st.Counts[0].What = "detained" // the same happening
	expect(t, Score("sample", st, f.gold, f.names), nil)

	st = f.perfect(t)
	st.Counts[0].Value = ptr(47)
	expect(t, Score("sample", st, f.gold, f.names), map[Facet]float64{Counts: f1(1.0/2, 1.0/2)})

	st = f.perfect(t)
	st.Counts[1].What = "suspects" // counted, but not as arrests
	expect(t, Score("sample", st, f.gold, f.names), map[Facet]float64{Counts: f1(1.0/2, 1.0/2)})

	st = f.perfect(t)
	st.Counts = append(st.Counts, model.Count{What: "people", Value: ptr(48), Sentence: 1})
	expect(t, Score("sample", st, f.gold, f.names), map[Facet]float64{Counts: f1(2.0/3, 1)})
}

func TestQuantityNeedsItemAmountAndUnit(t *testing.T) {
	f := newFixture(t)
	for name, change := range map[string]func(z *model.Seizure){
		"unit":     func(z *model.Seizure) { z.Unit = ptrS("kg") },
		"amount":   func(z *model.Seizure) { z.Quantity = ptr(18) },
		"item":     func(z *model.Seizure) { z.Item = "heroin" },
		"sentence": func(z *model.Seizure) { z.Sentence = 4 },
	} {
		st := f.perfect(t)
		change(&st.Seizures[0])
		if got := Score("sample", st, f.gold, f.names).Quantities.Value(); got != 3.0/4 {
			t.Errorf("wrong %s: quantity recall %v, want 0.75", name, got)
		}
	}
	st := f.perfect(t)
	st.Seizures[0].Quantity = ptr(17.1) // within 1 %
	expect(t, Score("sample", st, f.gold, f.names), nil)
}

func TestAgencyMatchesThroughItsMentions(t *testing.T) {
	f := newFixture(t)
	st := f.perfect(t)
	for i := range st.Entities {
		if st.Entities[i].Name == "Belgian customs" {
			st.Entities[i].Name = "customs" // a bare role, mentioned as "Customs"
		}
	}
	for i := range st.Events {
		for j, a := range st.Events[i].Agencies {
			if a == "Belgian customs" {
				st.Events[i].Agencies[j] = "customs"
			}
		}
	}
	expect(t, Score("sample", st, f.gold, f.names), nil)

	// A second entity for the same body is a false positive.
	st = f.perfect(t)
	st.Entities = append(st.Entities, model.Entity{Kind: model.KindAgency, Name: "Belgian federal police",
		Mentions: []model.Mention{{Text: "Police"}}})
	expect(t, Score("sample", st, f.gold, f.names), map[Facet]float64{Agencies: f1(3.0/4, 1)})
}

func TestNamesFoldThroughTheWordLists(t *testing.T) {
	f := newFixture(t)
	for _, c := range []struct {
		kind model.Kind
		a, b string
	}{
		{model.KindCountry, "United States", "U.S."},
		{model.KindCountry, "Netherlands", "the Netherlands"},
		{model.KindPlace, "Medellín", "medellin"},
		{model.KindAgency, "FBI", "Federal Bureau of Investigation"},
		{model.KindNetwork, "Sky ECC", "SkyECC"},
		{model.KindItem, "firearms", "firearm"},
	} {
		if f.names.Key(c.kind, c.a) != f.names.Key(c.kind, c.b) {
			t.Errorf("%s: %q and %q fold apart (%q, %q)", c.kind, c.a, c.b, f.names.Key(c.kind, c.a), f.names.Key(c.kind, c.b))
		}
	}
	if f.names.Key(model.KindCountry, "Belgium") == f.names.Key(model.KindCountry, "Netherlands") {
		t.Error("two countries fold together")
	}
	for word, code := range map[string]string{"tonnes": "t", "kg": "kg", "euros": "EUR", "EUR": "EUR", "USD": "USD"} {
		if got, ok := f.names.Unit(&word); !ok || got != code {
			t.Errorf("unit %q → %q %v, want %q", word, got, ok, code)
		}
	}
}

func TestDatesCompareAtTheGoldPrecision(t *testing.T) {
	s := func(v string) *string { return &v }
	day := model.Date{Start: s("2023-10-12"), End: s("2023-10-12"), Precision: model.PrecisionDay}
	at := model.Date{Start: s("2023-10-12T05:00"), End: s("2023-10-12T05:00"), Precision: model.PrecisionTime}
	month := model.Date{Start: s("2023-09-01"), End: s("2023-09-30"), Precision: model.PrecisionMonth}
	rng := model.Date{Start: s("2022-03-01"), End: s("2023-10-12"), Precision: model.PrecisionRange}
	none := model.Date{Precision: model.PrecisionUnknown}
	for _, c := range []struct {
		want string
		out  model.Date
		ok   bool
	}{
		{"2023-10-12", day, true},
		{"2023-10-12", at, true},
		{"2023-10-11", day, false},
		{"2023-10", day, false},
		{"2023-09", month, true},
		{"2023", month, false},
		{"2022-03/2023-10-12", rng, true},
		{"2022-03-01/2023-10-12", rng, true},
		{"../2023-10-12", rng, true},
		{"2022-04/2023-10-12", rng, false},
		{"2022-03/..", rng, true},
		{"2022-03-01/2023-10-12", month, false},
		{"2023-10-12", none, false},
	} {
		if got := sameDate(c.want, c.out); got != c.ok {
			t.Errorf("sameDate(%q, %s) = %v, want %v", c.want, showDate(c.out), got, c.ok)
		}
	}
	// No date in the gold wants none in the output.
	if !dateRight(Event{}, none) || dateRight(Event{}, day) {
		t.Error("a gold event without a date must want an unresolved output date")
	}
}

func TestCheckFindsBrokenGold(t *testing.T) {
	f := newFixture(t)
	g := *f.gold
	g.Events = append([]Event{}, g.Events...)
	g.Events[0].Quote = "Belgian police made 49 arrests"
	g.Events[1].Date = ptrS("2021-3-9")
	g.Events[2].Agencies = []string{"Interpol"}
	g.Places = append(g.Places, Place{Name: "Paris", Country: ptrS("France")})
	g.Seized = append(g.Seized, Seizure{Quote: "seized", Item: "Cash"})
	problems := strings.Join(g.Check(f.doc, f.names), "\n")
	for _, want := range []string{"quote not in the body", "is not YYYY-MM-DD", `agency "Interpol" is in no list`,
		"which the countries do not list", "quote found 2 times", "lower-case"} {
		if !strings.Contains(problems, want) {
			t.Errorf("Check does not report %q; it says:\n%s", want, problems)
		}
	}
}

func TestTablesFitTheWidth(t *testing.T) {
	f := newFixture(t)
	st := f.perfect(t)
	st.Events = st.Events[:1]
	st.Entities = append(st.Entities, model.Entity{Kind: model.KindPlace, Name: strings.Repeat("Very long place name ", 8)})
	r := Score("r99/an_article_with_a_very_long_name_indeed", st, f.gold, f.names)
	rr := RoundResult{Name: "r99", Results: []Result{r, r}}
	var b strings.Builder
	WriteRound(&b, rr, TableOptions{Findings: true})
	WriteRound(&b, rr, TableOptions{F1Only: true})
	WriteSummary(&b, []RoundResult{rr, rr})
	out := b.String()
	for _, line := range strings.Split(out, "\n") {
		if n := len([]rune(line)); n > Width {
			t.Errorf("line of %d columns: %q", n, line)
		}
	}
	for _, want := range []string{"mean of r99", "events", "miss", "Very long place"} {
		if !strings.Contains(out, want) {
			t.Errorf("table lacks %q:\n%s", want, out)
		}
	}
}

func ptr(v float64) *float64 { return &v }
func ptrS(v string) *string  { return &v }
