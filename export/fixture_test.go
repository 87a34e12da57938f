package export

import (
	"strings"
	"testing"
	"time"

	"dossier/internal/sanitize"
	"dossier/model"
)

func ptr[T any](v T) *T { return &v }

// fixture is a hand-built story in the shape the parser gives, from four
// sentences of the AP Sky ECC report and one of our own, with an event at
// every precision: time, day, month, range and none.
func fixture(t testing.TB) *model.Story {
	t.Helper()
	paras := [][]string{
		{"Belgian police made 48 arrests on Tuesday during an unprecedented scale operation aimed at organized crime, prosecutors said."},
		{"Meanwhile, Dutch police and prosecutors said in a statement that they arrested 30 suspects across the country on Tuesday and searched 75 homes and offices."},
		{"Belgian prosecutors said investigators broke the Sky ECC encrypted messaging service during their two-year investigation that also helped confiscate more than 17 tonnes of cocaine."},
		{"According to the research, there are about 171,000 phones equipped with Sky ECC service worldwide.",
			"The searches began around five in the morning and were carried out mainly in the Antwerp region."},
		{"The operation followed a similar crackdown in July last year when European police broke another encrypted communications network called EncroChat."},
		{"Police recently seized 3 kg of heroin | \"cut\" with *stars* in Rotterdam."},
	}
	var body strings.Builder
	var sents []model.Sentence
	for p, para := range paras {
		if p > 0 {
			body.WriteString("\n\n")
		}
		for i, text := range para {
			if i > 0 {
				body.WriteString(" ")
			}
			start := body.Len()
			body.WriteString(text)
			sents = append(sents, model.Sentence{ID: len(sents) + 1, Paragraph: p + 1, Start: start, End: body.Len(), Text: text})
		}
	}
	mention := func(sid int, word string) model.Mention {
		s := sents[sid-1]
		i := strings.Index(s.Text, word)
		if i < 0 {
			t.Fatalf("fixture: %q not in sentence %d", word, sid)
		}
		return model.Mention{Sentence: sid, Start: s.Start + i, End: s.Start + i + len(word), Text: word}
	}
	return &model.Story{
		Doc: model.Document{
			Title:     "Belgian police make 48 arrests after Sky ECC network is broken",
			Source:    "AP",
			Dateline:  "BRUSSELS",
			Published: time.Date(2021, 3, 9, 0, 0, 0, 0, time.UTC),
			Body:      body.String(),
		},
		Sentences: sents,
		Entities: []model.Entity{
			{ID: "country/belgium", Kind: model.KindCountry, Name: "Belgium", Mentions: []model.Mention{mention(1, "Belgian"), mention(3, "Belgian")}},
			{ID: "country/netherlands", Kind: model.KindCountry, Name: "Netherlands", Mentions: []model.Mention{mention(2, "Dutch")}},
			{ID: "place/antwerp", Kind: model.KindPlace, Name: "Antwerp", Country: "Belgium", Mentions: []model.Mention{mention(5, "Antwerp")}},
			{ID: "place/rotterdam", Kind: model.KindPlace, Name: "Rotterdam", Country: "Netherlands", Mentions: []model.Mention{mention(7, "Rotterdam")}},
			{ID: "agency/belgian-police", Kind: model.KindAgency, Name: "Belgian police", Country: "Belgium", Mentions: []model.Mention{mention(1, "Belgian police")}},
			{ID: "agency/dutch-police", Kind: model.KindAgency, Name: "Dutch police", Country: "Netherlands", Mentions: []model.Mention{mention(2, "Dutch police")}},
			{ID: "network/sky-ecc", Kind: model.KindNetwork, Name: "Sky ECC", Mentions: []model.Mention{mention(3, "Sky ECC"), mention(4, "Sky ECC")}},
			{ID: "network/encrochat", Kind: model.KindNetwork, Name: "EncroChat", Mentions: []model.Mention{mention(6, "EncroChat")}},
			{ID: "item/cocaine", Kind: model.KindItem, Name: "cocaine", Category: "drugs", Seized: true, Mentions: []model.Mention{mention(3, "cocaine")}},
			{ID: "item/phones", Kind: model.KindItem, Name: "phones", Category: "devices", Mentions: []model.Mention{mention(4, "phones")}},
			{ID: "item/heroin", Kind: model.KindItem, Name: "heroin", Category: "drugs", Seized: true, Mentions: []model.Mention{mention(7, "heroin")}},
		},
		Seizures: []model.Seizure{
			{Item: "cocaine", Category: "drugs", Quantity: ptr(17.0), Unit: ptr("t"), Qualifier: ptr("more than"),
				Text: "more than 17 tonnes of cocaine", Sentence: 3, Country: ptr("Belgium")},
			{Item: "heroin", Category: "drugs", Quantity: ptr(3.0), Unit: ptr("kg"), Text: "3 kg of heroin", Sentence: 7, Country: ptr("Netherlands")},
		},
		Counts: []model.Count{
			{What: "arrests", Value: ptr(48.0), Text: "48 arrests", Sentence: 1, Country: ptr("Belgium")},
			{What: "arrests", Value: ptr(30.0), Text: "30 suspects", Sentence: 2, Country: ptr("Netherlands")},
			{What: "searches", Value: ptr(75.0), Text: "75 homes and offices", Sentence: 2, Country: ptr("Netherlands")},
			{What: "phones", Value: ptr(171000.0), Qualifier: ptr("about"), Text: "about 171,000 phones", Sentence: 4},
		},
		Events: []model.Event{
			{ID: 1, Sentence: 3, Summary: "Investigators break Sky ECC",
				Date:      model.Date{Text: "during their two-year investigation", Start: ptr("2019-03-09"), End: ptr("2021-03-09"), Precision: model.PrecisionRange, Basis: model.BasisExplicit},
				Countries: []string{"Belgium"}, Networks: []string{"Sky ECC"}, Items: []string{"cocaine"}},
			{ID: 2, Sentence: 6, Summary: "European police break EncroChat",
				Date:     model.Date{Text: "in July last year", Start: ptr("2020-07-01"), End: ptr("2020-07-31"), Precision: model.PrecisionMonth, Basis: model.BasisExplicit},
				Networks: []string{"EncroChat"}},
			{ID: 3, Sentence: 5, Summary: "Searches begin in the Antwerp region",
				Date:      model.Date{Text: "around five in the morning", Start: ptr("2021-03-09T05:00"), End: ptr("2021-03-09T05:00"), Precision: model.PrecisionTime, Basis: model.BasisContext},
				Countries: []string{"Belgium"}, Places: []string{"Antwerp"}},
			{ID: 4, Sentence: 1, Summary: "Belgian police make 48 arrests",
				Date:      model.Date{Text: "on Tuesday", Start: ptr("2021-03-09"), End: ptr("2021-03-09"), Precision: model.PrecisionDay, Basis: model.BasisExplicit},
				Countries: []string{"Belgium"}, Agencies: []string{"Belgian police"}},
			{ID: 5, Sentence: 2, Summary: "Dutch police arrest 30 suspects, search 75 homes",
				Date:      model.Date{Text: "on Tuesday", Start: ptr("2021-03-09"), End: ptr("2021-03-09"), Precision: model.PrecisionDay, Basis: model.BasisExplicit},
				Countries: []string{"Netherlands"}, Agencies: []string{"Dutch police"}},
			{ID: 6, Sentence: 7, Summary: "Police seize 3 kg of heroin | cut",
				Date:      model.Date{Text: "recently", Precision: model.PrecisionUnknown, Basis: model.BasisNone, Note: "vague: recently"},
				Countries: []string{"Netherlands"}, Places: []string{"Rotterdam"}, Items: []string{"heroin"}},
		},
	}
}

// hostile is the fixture with escape sequences, C0/C1 controls and a bidi
// override planted in every kind of text a writer prints.
func hostile(t testing.TB) *model.Story {
	st := fixture(t)
	const (
		osc52 = "\x1b]52;c;cm0gLXJmIH4K\a"
		sgr   = "\x1b[31m"
		rlo   = "\u202e"
	)
	st.Doc.Title = osc52 + st.Doc.Title + sgr
	st.Doc.Source = "AP" + rlo
	st.Doc.Dateline = "BRUS\x9bSELS\x00"
	st.Doc.URL = "https://example.org/\x1b[2J"
	st.Sentences[0].Text = sgr + st.Sentences[0].Text + "\x1b[0m\r"
	st.Entities[0].Name = "Bel" + rlo + "gium"
	st.Entities[0].Mentions[0].Text = osc52 + "Belgian"
	st.Seizures[0].Text = "more than 17 tonnes\x1bP+q\x1b\\ of cocaine"
	st.Counts[0].Text = "48\x07 arrests"
	st.Events[3].Summary = osc52 + "Belgian police make 48 arrests" + sgr
	st.Events[3].Agencies = []string{"Belgian" + rlo + " police"}
	st.Events[3].Date.Text = "on \x1b[1mTuesday"
	return st
}

// assertNoControls fails when out holds any byte or rune the sanitiser
// would have neutralised.
func assertNoControls(t *testing.T, format string, out string) {
	t.Helper()
	for i, r := range out {
		if sanitize.Unsafe(r) {
			t.Errorf("%s: unsafe rune %U at byte %d: …%q…", format, r, i, out[max(0, i-20):min(len(out), i+20)])
			return
		}
	}
}
