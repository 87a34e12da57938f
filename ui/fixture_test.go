package ui

import (
	"os"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode"

	"dossier/model"
)

// fixtureStory builds by hand the case file the parser should make of the
// seed article (testdata/seed.txt), so the UI can be tested before, and
// independently of, the real parser. It has dates of every precision,
// context-carried dates, seizures with and without quantities, and counts.
func fixtureStory(tb testing.TB) *model.Story {
	tb.Helper()
	raw, err := os.ReadFile("testdata/seed.txt")
	if err != nil {
		tb.Fatal(err)
	}
	body := string(raw)
	st := &model.Story{Doc: model.Document{
		Title:     "Belgian police make 48 arrests after Sky ECC network is broken",
		Source:    "AP",
		Dateline:  "BRUSSELS",
		Published: time.Date(2021, 3, 9, 0, 0, 0, 0, time.UTC),
		Body:      body,
	}}
	st.Sentences = splitSentences(body)

	type ent struct {
		kind          model.Kind
		name, country string
		category      string
		aliases       []string
	}
	ents := []ent{
		{model.KindCountry, "Belgium", "", "", []string{"Belgium", "Belgian"}},
		{model.KindCountry, "Netherlands", "", "", []string{"the Netherlands", "Dutch"}},
		{model.KindPlace, "Antwerp", "Belgium", "", []string{"Antwerp"}},
		{model.KindPlace, "Rotterdam", "Netherlands", "", []string{"Rotterdam"}},
		{model.KindPlace, "Brussels", "Belgium", "", []string{"BRUSSELS"}},
		{model.KindPlace, "Western Europe", "", "", []string{"Western Europe"}},
		{model.KindPlace, "South America", "", "", []string{"South America"}},
		{model.KindPlace, "The Hague", "Netherlands", "", []string{"The Hague"}},
		{model.KindAgency, "Belgian police", "Belgium", "", []string{"Belgian police"}},
		{model.KindAgency, "Belgian federal prosecutors", "Belgium", "", []string{"federal prosecutors", "Belgian prosecutors"}},
		{model.KindAgency, "Dutch police", "Netherlands", "", []string{"Dutch police"}},
		{model.KindAgency, "Dutch prosecutors", "Netherlands", "", []string{"Dutch prosecutors"}},
		{model.KindNetwork, "Sky ECC", "", "", []string{"Sky ECC"}},
		{model.KindNetwork, "EncroChat", "", "", []string{"EncroChat"}},
		{model.KindItem, "cash", "", "cash", []string{"cash"}},
		{model.KindItem, "firearms", "", "weapons", []string{"firearms"}},
		{model.KindItem, "jewelry", "", "valuables", []string{"jewelry"}},
		{model.KindItem, "diamonds", "", "valuables", []string{"diamonds"}},
		{model.KindItem, "police uniforms", "", "equipment", []string{"police uniforms"}},
		{model.KindItem, "luxury cars", "", "vehicles", []string{"luxury cars"}},
		{model.KindItem, "cocaine", "", "drugs", []string{"cocaine"}},
		{model.KindItem, "heroin", "", "drugs", []string{"heroin"}},
		{model.KindItem, "hashish", "", "drugs", []string{"hashish"}},
	}
	// Longest match first, no overlaps, as a lexicon matcher would do.
	type cand struct {
		ent        int
		start, end int
		sentence   int
	}
	var cands []cand
	for _, s := range st.Sentences {
		for ei, e := range ents {
			for _, a := range e.aliases {
				for off := 0; ; {
					j := strings.Index(s.Text[off:], a)
					if j < 0 {
						break
					}
					a0 := off + j
					a1 := a0 + len(a)
					if wordEdge(s.Text, a0, a1) {
						cands = append(cands, cand{ei, s.Start + a0, s.Start + a1, s.ID})
					}
					off = a1
				}
			}
		}
	}
	sort.Slice(cands, func(i, j int) bool {
		if cands[i].start != cands[j].start {
			return cands[i].start < cands[j].start
		}
		return cands[i].end > cands[j].end
	})
	mentions := make([][]model.Mention, len(ents))
	lastEnd := -1
	for _, c := range cands {
		if c.start < lastEnd {
			continue
		}
		lastEnd = c.end
		mentions[c.ent] = append(mentions[c.ent], model.Mention{Sentence: c.sentence, Start: c.start, End: c.end, Text: body[c.start:c.end]})
	}
	for i, e := range ents {
		st.Entities = append(st.Entities, model.Entity{
			ID: string(e.kind) + "/" + slug(e.name), Kind: e.kind, Name: e.name,
			Country: e.country, Category: e.category, Mentions: mentions[i],
		})
	}

	f := func(v float64) *float64 { return &v }
	s := func(v string) *string { return &v }
	be, nl := s("Belgium"), s("Netherlands")
	seize := func(sent int, item, cat string, q *float64, unit, qual *string, text string, country *string) model.Seizure {
		return model.Seizure{Item: item, Category: cat, Quantity: q, Unit: unit, Qualifier: qual, Text: text, Sentence: sent, Country: country}
	}
	cash := seize(3, "cash", "cash", f(1.2e6), s("EUR"), nil, "1.2 million euros in cash", be)
	cash.Equivalent = &model.Amount{Quantity: 1.4e6, Unit: "USD"}
	st.Seizures = []model.Seizure{
		cash,
		seize(3, "firearms", "weapons", nil, nil, nil, "firearms", be),
		seize(3, "jewelry", "valuables", nil, nil, nil, "jewelry", be),
		seize(3, "diamonds", "valuables", nil, nil, nil, "diamonds", be),
		seize(3, "police uniforms", "equipment", nil, nil, nil, "police uniforms", be),
		seize(3, "luxury cars", "vehicles", nil, nil, nil, "luxury cars", be),
		seize(5, "cocaine", "drugs", f(17), s("t"), s("more than"), "more than 17 tonnes of cocaine", be),
		seize(12, "cocaine", "drugs", f(2.8), s("t"), nil, "2.8 tonnes of cocaine", be),
		seize(13, "firearms", "weapons", f(28), nil, nil, "28 firearms", nl),
		seize(14, "cocaine", "drugs", nil, nil, s("thousands of"), "thousands of kilograms of cocaine", nl),
		seize(14, "heroin", "drugs", nil, nil, s("thousands of"), "heroin", nl),
		seize(14, "hashish", "drugs", nil, nil, s("thousands of"), "hashish", nl),
	}
	count := func(sent int, what string, v *float64, qual *string, text string, country *string) model.Count {
		return model.Count{What: what, Value: v, Qualifier: qual, Text: text, Sentence: sent, Country: country}
	}
	st.Counts = []model.Count{
		count(1, "arrests", f(48), nil, "48 arrests", be),
		count(2, "searches", f(200), s("about"), "About 200 searches", be),
		count(2, "officers", f(1500), s("more than"), "more than 1,500 police officers", be),
		count(4, "arrests", f(30), nil, "arrested 30 suspects", nl),
		count(4, "searches", f(75), nil, "searched 75 homes and offices", nl),
		count(5, "messages", f(1e9), nil, "a billion messages", be),
		count(6, "phones", f(171000), s("about"), "about 171,000 phones", nil),
		count(15, "messages", nil, s("hundreds of millions"), "hundreds of millions of messages", nl),
	}

	day := func(text string, basis model.Basis) model.Date {
		return model.Date{Text: text, Start: s("2021-03-09"), End: s("2021-03-09"), Precision: model.PrecisionDay, Basis: basis}
	}
	year := func(text string, basis model.Basis) model.Date {
		return model.Date{Text: text, Start: s("2020-01-01"), End: s("2020-12-31"), Precision: model.PrecisionYear, Basis: basis}
	}
	none := func(note string) model.Date {
		return model.Date{Precision: model.PrecisionUnknown, Basis: model.BasisNone, Note: note}
	}
	type ev struct {
		sentence                                   int
		summary                                    string
		date                                       model.Date
		countries, places, agencies, networks, its []string
	}
	L := func(v ...string) []string { return v }
	evs := []ev{
		{1, "Belgian police make 48 arrests in an operation against organized crime", day("on Tuesday", model.BasisExplicit), L("Belgium"), L("Brussels"), L("Belgian police"), nil, nil},
		{2, "About 200 searches by more than 1,500 officers across the country", day("", model.BasisContext), L("Belgium"), nil, L("Belgian federal prosecutors"), nil, nil},
		{3, "Police confiscate €1.2 million in cash, firearms, jewelry and luxury cars", day("", model.BasisContext), L("Belgium"), nil, L("Belgian police"), nil, L("cash", "firearms", "jewelry", "diamonds", "police uniforms", "luxury cars")},
		{4, "Dutch police arrest 30 suspects and search 75 homes and offices", day("on Tuesday", model.BasisExplicit), L("Netherlands"), nil, L("Dutch police", "Dutch prosecutors"), nil, nil},
		{5, "Investigators break Sky ECC and intercept a billion messages", model.Date{Text: "during their two-year investigation", Start: s("2019-03-09"), End: s("2021-03-09"), Precision: model.PrecisionRange, Basis: model.BasisExplicit}, L("Belgium"), nil, L("Belgian federal prosecutors"), L("Sky ECC"), L("cocaine")},
		{7, "The searches begin around five in the morning, mainly in the Antwerp region", model.Date{Text: "around five in the morning", Start: s("2021-03-09T05:00"), End: s("2021-03-09T05:00"), Precision: model.PrecisionTime, Basis: model.BasisExplicit}, L("Belgium"), L("Antwerp"), nil, nil, nil},
		{8, "The operation dismantles several international drug trafficking organizations", day("", model.BasisContext), L("Belgium"), nil, L("Belgian police"), nil, nil},
		{10, "Traffic in the city sparks an increase in violence", none("vague: recently"), L("Belgium"), L("Antwerp"), nil, nil, nil},
		{11, "Authorities in Belgium and three other countries dismantle a cocaine network", year("Last year", model.BasisExplicit), L("Belgium"), L("Western Europe"), nil, nil, L("cocaine")},
		{12, "A container with 2.8 tonnes of cocaine is found in Antwerp", year("", model.BasisContext), L("Belgium"), L("Antwerp", "South America"), nil, nil, L("cocaine")},
		{13, "Dutch police confiscate 28 firearms in Rotterdam", day("", model.BasisContext), L("Netherlands"), L("Rotterdam"), L("Dutch police"), nil, L("firearms")},
		{14, "Dutch police intercept thousands of kilograms of cocaine, heroin and hashish", none("vague: prior to the investigation"), L("Netherlands"), nil, L("Dutch police"), nil, L("cocaine", "heroin", "hashish")},
		{15, "Police gain access to hundreds of millions of messages", none(""), L("Netherlands"), nil, L("Dutch prosecutors"), L("Sky ECC"), nil},
		{16, "The Sky ECC server is disconnected and confiscated by Dutch authorities", day("on Tuesday", model.BasisExplicit), L("Netherlands"), nil, nil, L("Sky ECC"), nil},
		{17, "Prosecutors prevent dozens of planned crimes, including kidnappings and murders", none(""), L("Netherlands"), nil, nil, nil, nil},
		{18, "European police break the EncroChat network", model.Date{Text: "in July last year", Start: s("2020-07-01"), End: s("2020-07-31"), Precision: model.PrecisionMonth, Basis: model.BasisExplicit}, nil, nil, nil, L("EncroChat"), nil},
		{19, "Former EncroChat users migrate to Sky ECC", year("last year", model.BasisExplicit), nil, nil, nil, L("EncroChat", "Sky ECC"), nil},
	}
	for _, e := range evs {
		st.Events = append(st.Events, model.Event{Sentence: e.sentence, Summary: e.summary, Date: e.date,
			Countries: e.countries, Places: e.places, Agencies: e.agencies, Networks: e.networks, Items: e.its})
	}
	sort.SliceStable(st.Events, func(i, j int) bool {
		a, b := st.Events[i], st.Events[j]
		ua, ub := a.Date.Start == nil, b.Date.Start == nil
		if ua != ub {
			return ub
		}
		if !ua && *a.Date.Start != *b.Date.Start {
			return *a.Date.Start < *b.Date.Start
		}
		return a.Sentence < b.Sentence
	})
	for i := range st.Events {
		st.Events[i].ID = i + 1
	}
	// As Parse marks them: the items a seizure names are seized.
	for i := range st.Entities {
		e := &st.Entities[i]
		e.Seized = e.Kind == model.KindItem && slices.ContainsFunc(st.Seizures, func(z model.Seizure) bool { return z.Item == e.Name })
	}
	return st
}

// splitSentences splits the body into paragraphs (lines) and sentences at
// ". " before a capital. The "___" line ends the story: what follows is a
// byline.
func splitSentences(body string) []model.Sentence {
	var out []model.Sentence
	off, para, byline := 0, 0, false
	for _, line := range strings.SplitAfter(body, "\n") {
		text := strings.TrimRight(line, "\n")
		start := off
		off += len(line)
		if strings.TrimSpace(text) == "" {
			continue
		}
		para++
		if strings.TrimSpace(text) == "___" {
			byline = true
			continue
		}
		s0 := 0
		for i := 0; i < len(text); i++ {
			end := i + 1
			if text[i] != '.' || end >= len(text) || text[end] != ' ' {
				continue
			}
			next := []rune(text[end+1:])
			if len(next) == 0 || !unicode.IsUpper(next[0]) {
				continue
			}
			out = append(out, model.Sentence{ID: len(out) + 1, Paragraph: para, Start: start + s0, End: start + end, Text: text[s0:end], Byline: byline})
			s0 = end + 1
		}
		out = append(out, model.Sentence{ID: len(out) + 1, Paragraph: para, Start: start + s0, End: start + len(text), Text: text[s0:], Byline: byline})
	}
	return out
}

func wordEdge(s string, a, b int) bool {
	isWord := func(c byte) bool {
		return c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
	}
	return (a == 0 || !isWord(s[a-1])) && (b == len(s) || !isWord(s[b]))
}

func slug(s string) string {
	return strings.ToLower(strings.ReplaceAll(s, " ", "-"))
}

func TestFixtureMirrorsSeed(t *testing.T) {
	st := fixtureStory(t)
	if got := len(st.Sentences); got != 20 {
		for _, s := range st.Sentences {
			t.Logf("%d ¶%d %q", s.ID, s.Paragraph, s.Text)
		}
		t.Fatalf("sentences = %d, want 20", got)
	}
	for _, e := range st.Events {
		s := st.Sentences[e.Sentence-1]
		if s.ID != e.Sentence {
			t.Fatalf("sentence %d out of order", e.Sentence)
		}
	}
	for _, s := range st.Sentences {
		if st.Doc.Body[s.Start:s.End] != s.Text {
			t.Fatalf("sentence %d offsets wrong: %q", s.ID, st.Doc.Body[s.Start:s.End])
		}
	}
	if !strings.HasPrefix(st.Sentences[6].Text, "The searches began around five") {
		t.Fatalf("sentence 7 = %q", st.Sentences[6].Text)
	}
}
