package model

import (
	"dossier/model/internal/numbers"
	"strconv"
	"strings"
	"testing"
)

// The tests compare seizures and counts as compact strings:
// "item|category|quantity|unit|qualifier|equivalent|text" and
// "what|value|qualifier|text", with "-" for nil.
func seizureString(s Seizure) string {
	eq := "-"
	if s.Equivalent != nil {
		eq = fnum(&s.Equivalent.Quantity) + " " + s.Equivalent.Unit
	}
	return strings.Join([]string{s.Item, s.Category, fnum(s.Quantity), fstr(s.Unit), fstr(s.Qualifier), eq, s.Text}, "|")
}

func countString(c Count) string {
	return strings.Join([]string{c.What, fnum(c.Value), fstr(c.Qualifier), c.Text}, "|")
}

func fnum(p *float64) string {
	if p == nil {
		return "-"
	}
	return strconv.FormatFloat(*p, 'f', -1, 64)
}

func fstr(p *string) string {
	if p == nil {
		return "-"
	}
	return *p
}

// findIn runs both finders on one sentence placed at offset off of a body
// and checks the spans point at the texts.
func findIn(t *testing.T, text string, off int, lex *Lexicon) ([]string, []string) {
	t.Helper()
	body := strings.Repeat(" ", off) + text
	s := Sentence{ID: 7, Paragraph: 1, Start: off, End: len(body), Text: text}
	var szs, cts []string
	for _, sz := range findSeizures(s, lex) {
		if body[sz.Start:sz.End] != sz.Text || sz.Sentence != 7 || sz.Country != nil {
			t.Errorf("seizure %q: span %d-%d is %q, sentence %d", sz.Text, sz.Start, sz.End, body[sz.Start:sz.End], sz.Sentence)
		}
		szs = append(szs, seizureString(sz))
	}
	for _, c := range findCounts(s, lex) {
		if body[c.Start:c.End] != c.Text || c.Sentence != 7 || c.Country != nil {
			t.Errorf("count %q: span %d-%d is %q", c.Text, c.Start, c.End, body[c.Start:c.End])
		}
		cts = append(cts, countString(c))
	}
	return szs, cts
}

func sameList(t *testing.T, label, sentence string, got, want []string) {
	t.Helper()
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("%s in %q:\n got  %q\n want %q", label, sentence, got, want)
	}
}

// quantityCases are real sentences: the seed's, then others of the same kind.
var quantityCases = []struct {
	sentence string
	seizures []string
	counts   []string
}{
	// The seed.
	{"BRUSSELS (AP) – Belgian police made 48 arrests on Tuesday during an unprecedented scale operation aimed at organized crime, after investigators broke a popular encrypted communications network among criminals, prosecutors said.",
		nil,
		[]string{"arrests|48|-|48 arrests"}},
	{"About 200 searches that mobilized more than 1,500 police officers, including special units, were carried out simultaneously across the country, with 11.5 million people, according to federal prosecutors.",
		nil,
		[]string{"searches|200|about|About 200 searches", "officers|1500|more than|more than 1,500 police officers"}},
	{"Police confiscated 1.2 million euros ($ 1.4 million) in cash, along with firearms, jewelry, diamonds, police uniforms and luxury cars.",
		[]string{
			"cash|cash|1200000|EUR|-|1400000 USD|1.2 million euros ($ 1.4 million) in cash",
			"firearms|weapons|-|-|-|-|firearms",
			"jewelry|valuables|-|-|-|-|jewelry",
			"diamonds|valuables|-|-|-|-|diamonds",
			"police uniforms|equipment|-|-|-|-|police uniforms",
			"luxury cars|vehicles|-|-|-|-|luxury cars",
		},
		nil},
	{"Meanwhile, Dutch police and prosecutors said in a statement that they arrested 30 suspects across the country on Tuesday and searched 75 homes and offices.",
		nil,
		[]string{"arrests|30|-|30 suspects", "searches|75|-|75 homes and offices"}},
	{"Belgian prosecutors said investigators broke the Sky ECC encrypted messaging service and intercepted a billion messages during their two-year investigation that also helped confiscate more than 17 tonnes of cocaine.",
		[]string{"cocaine|drugs|17|t|more than|-|more than 17 tonnes of cocaine"},
		[]string{"messages|1000000000|-|a billion messages"}},
	{"According to the research, there are about 171,000 phones equipped with Sky ECC service worldwide.",
		nil,
		[]string{"phones|171000|about|about 171,000 phones"}},
	{"The searches began around five in the morning and were carried out mainly in the Antwerp region.", nil, nil},
	{"With thousands of shipping containers arriving every day in Antwerp, the Belgian port city is one of Europe’s leading ports of entry for cocaine.", nil, nil},
	{"Last year, authorities in Belgium and three other countries dismantled a drug trafficking network that sent cocaine worth hundreds of millions of dollars to Western Europe.", nil, nil},
	{"The investigation, which began when a container containing 2.8 tonnes of cocaine was found in Antwerp, uncovered an international network with connections in at least four European countries and South America.",
		[]string{"cocaine|drugs|2.8|t|-|-|2.8 tonnes of cocaine"},
		nil},
	{"Dutch police and prosecutors confiscated 28 firearms in the port city of Rotterdam.",
		[]string{"firearms|weapons|28|-|-|-|28 firearms"},
		nil},
	{"Prior to the investigation, they intercepted thousands of kilograms (pounds) of cocaine, heroin and hashish, according to prosecutors.",
		[]string{
			"cocaine|drugs|-|kg|thousands of|-|thousands of kilograms (pounds) of cocaine",
			"heroin|drugs|-|-|-|-|heroin",
			"hashish|drugs|-|-|-|-|hashish",
		},
		nil},
	{"Police officials “managed to gain access to hundreds of millions of messages” from users of the Sky ECC encrypted messaging service, according to a statement from Dutch prosecutors.",
		nil,
		[]string{"messages|-|hundreds of millions of|hundreds of millions of messages"}},
	{"Prosecutors said that while monitoring the encrypted messages, they were able to prevent dozens of planned crimes, including kidnappings and murders.",
		nil,
		[]string{"planned crimes|-|dozens of|dozens of planned crimes"}},
	{"The operation followed a similar crackdown in July last year when European police broke another encrypted communications network called EncroChat, which allowed them to monitor criminals in real time while planning shipments of drugs, weapons deals and murders.", nil, nil},

	// Other stories.
	{"Spanish police seized 3,500 kilograms of hashish and €1.5 million in cash in Algeciras on Friday.",
		[]string{
			"hashish|drugs|3500|kg|-|-|3,500 kilograms of hashish",
			"cash|cash|1500000|EUR|-|-|€1.5 million in cash",
		},
		nil},
	{"Australian Federal Police said they had seized 1.2 tons of methamphetamine on Jan. 12, 2023.",
		[]string{"methamphetamine|drugs|1.2|t|-|-|1.2 tons of methamphetamine"},
		nil},
	{"The Guardia Civil arrested 12 people and seized nearly 500 kilos of cocaine hidden in banana boxes.",
		[]string{"cocaine|drugs|500|kg|nearly|-|nearly 500 kilos of cocaine"},
		[]string{"arrests|12|-|12 people"}},
	{"Officers seized $2 million and three guns from the house.",
		[]string{
			"cash|cash|2000000|USD|-|-|$2 million",
			"firearms|weapons|3|-|-|-|three guns",
		},
		nil},
	{"Britain's National Crime Agency said officers recovered £3m in cash and 40 kilos of heroin.",
		[]string{
			"cash|cash|3000000|GBP|-|-|£3m in cash",
			"heroin|drugs|40|kg|-|-|40 kilos of heroin",
		},
		nil},
	{"Customs found more than 2 tonnes of cocaine worth US$2 billion in a container at the port.",
		[]string{"cocaine|drugs|2|t|more than|-|more than 2 tonnes of cocaine"},
		nil},
	{"The gang smuggled cocaine worth $5 million into Europe.", nil, nil},
	{"Cocaine worth an estimated $5 million was seized at the border.",
		[]string{"cocaine|drugs|-|-|-|5000000 USD|Cocaine"},
		nil},
	{"Police raided 20 homes, detained 15 suspects and seized a dozen firearms.",
		[]string{"firearms|weapons|12|-|-|-|a dozen firearms"},
		[]string{"raids|20|-|20 homes", "arrests|15|-|15 suspects"}},
	{"Twelve people were arrested and four were charged with drug trafficking.",
		nil,
		[]string{"arrests|12|-|Twelve people", "charged|4|-|four"}},
	{"The island nation of 5 million people has seen 300 murders in 2021.",
		nil,
		[]string{"murders|300|-|300 murders"}},
	{"Some 2,000 officers took part in the operation over 48 hours in 2019.",
		nil,
		[]string{"officers|2000|some|Some 2,000 officers"}},
	{"It was the largest meth seizure in the country's history, the commissioner told reporters.", nil, nil},
	{"It was the largest seizure of heroin this year.",
		[]string{"heroin|drugs|-|-|-|-|heroin"},
		nil},
	{"Police made a record 2-tonne cocaine haul in the port.",
		[]string{"cocaine|drugs|2|t|-|-|2-tonne cocaine"},
		nil},
	{"Police also seized 180,000 pounds ($227,000) in cash and two guns during searches of six addresses.",
		[]string{
			"cash|cash|180000|GBP|-|227000 USD|180,000 pounds ($227,000) in cash",
			"firearms|weapons|2|-|-|-|two guns",
		},
		[]string{"searches|6|-|six addresses"}},
	{"The drugs arrived on a truck from Morocco on Monday and were found by customs agents using a scanner.", nil, nil},
	{"Officers arrested 14 people in Spain, while Moroccan police detained six more suspects in Tangier on Thursday.",
		nil,
		[]string{"arrests|14|-|14 people", "arrests|6|-|six more suspects"}},
	{"Three men, aged 34 to 52, were arrested in Liverpool and Manchester on Monday.",
		nil,
		[]string{"arrests|3|-|Three men"}},
	{"Two of the suspects were arrested at a home in Columbus shortly before dawn, officials said.",
		nil,
		[]string{"arrests|2|-|Two of the suspects"}},
	{"It is one of the largest seizures in Europe.", nil, nil},
	{"In 2023, more than 107,000 Americans died of drug overdoses.", nil, nil},
	{"More than 1,500 Belgian police officers took part.",
		nil,
		[]string{"officers|1500|more than|More than 1,500 Belgian police officers"}},
	{"Police seized 5 pen drives and 3 guns.",
		[]string{"firearms|weapons|3|-|-|-|3 guns"},
		[]string{"drives|5|-|5 pen drives"}},
	{"Police seized 5,000 PEN in cash.",
		[]string{"cash|cash|5000|PEN|-|-|5,000 PEN in cash"},
		nil},
	{"Prosecutors charged 17 people with drug trafficking after the attack killed 12 people.",
		nil,
		[]string{"charged|17|-|17 people", "killed|12|-|12 people"}},
	// Count verbs after an appositive, a determiner, "shot dead", or a
	// number standing as the subject.
	{"Three men, aged 29, 34 and 51, were arrested on Friday night after the boat docked.",
		nil,
		[]string{"arrests|3|-|Three men"}},
	{"Two men, aged 41 and 52, from Liverpool were arrested in Essex on Thursday.",
		nil,
		[]string{"arrests|2|-|Two men"}},
	{"The navy intercepted the vessel and arrested its three crew members.",
		nil,
		[]string{"arrests|3|-|three crew members"}},
	{"Police said 11 people were shot dead and at least 15 others wounded.",
		nil,
		[]string{"killed|11|-|11 people"}},
	// Deaths told with "died" and "found dead" (migrant and disaster copy).
	{"At least 41 people died when a small metal boat carrying migrants from Tunisia capsized in rough seas.",
		nil,
		[]string{"killed|41|at least|At least 41 people"}},
	{"In Romania, six people were found dead in the eastern county of Galati.",
		nil,
		[]string{"killed|6|-|six people"}},
	{"Four people died in Poland, and thousands of soldiers were deployed.",
		nil,
		[]string{"killed|4|-|Four people", "soldiers|-|thousands of|thousands of soldiers"}},
	{"More than 1,800 people have died or gone missing trying to cross the central Mediterranean since January.",
		nil,
		[]string{"people|1800|more than|More than 1,800 people"}},
	{"Gunmen killed 11 people and wounded at least 15 others.",
		nil,
		[]string{"killed|11|-|11 people", "injured|15|at least|at least 15"}},
	{"All four have been charged with importing a commercial quantity of a border-controlled drug.",
		nil,
		[]string{"charged|4|-|four"}},
	{"The Netherlands will be number one again.", nil, nil},
	// Measures count nothing.
	{"The storm dumped up to 400 millimetres of rain in some areas, with gusts of 90 mph.", nil, nil},
	// Headline and bullet style: the participle after the measured phrase.
	{"• €2.3m in cash seized in Spain",
		[]string{"cash|cash|2300000|EUR|-|-|€2.3m in cash"}, nil},
	{"4.2 tonnes of cocaine confiscated",
		[]string{"cocaine|drugs|4.2|t|-|-|4.2 tonnes of cocaine"}, nil},
	{"* 160 firearms seized on Tuesday",
		[]string{"firearms|weapons|160|-|-|-|160 firearms"}, nil},
	{"Three men seized the opportunity.", nil, []string{"men|3|-|Three men"}},
	{"Investigators read tens of thousands of messages sent on the network.",
		nil,
		[]string{"messages|-|tens of thousands of|tens of thousands of messages"}},
}

func TestFindQuantities(t *testing.T) {
	lex := testQuantityLexicon()
	for _, tt := range quantityCases {
		szs, cts := findIn(t, tt.sentence, 100, lex)
		sameList(t, "seizures", tt.sentence, szs, tt.seizures)
		sameList(t, "counts", tt.sentence, cts, tt.counts)
	}
}

func TestFindQuantitiesSeedOffsets(t *testing.T) {
	lex := testQuantityLexicon()
	var nsz, nct int
	for _, s := range storySentences(seedBody) {
		for _, sz := range findSeizures(s, lex) {
			if seedBody[sz.Start:sz.End] != sz.Text {
				t.Errorf("seizure %q has span %q", sz.Text, seedBody[sz.Start:sz.End])
			}
			nsz++
		}
		for _, c := range findCounts(s, lex) {
			if seedBody[c.Start:c.End] != c.Text {
				t.Errorf("count %q has span %q", c.Text, seedBody[c.Start:c.End])
			}
			nct++
		}
	}
	if nsz != 12 || nct != 9 {
		t.Errorf("seed: %d seizures and %d counts, want 12 and 9", nsz, nct)
	}
}

func TestFindQuantitiesWithoutLexicon(t *testing.T) {
	s := Sentence{ID: 1, Text: "Police seized 2 tonnes of cocaine and arrested 30 suspects."}
	if got := findSeizures(s, nil); got != nil {
		t.Errorf("no lexicon, no items: %v", got)
	}
	cts := findCounts(s, nil)
	if len(cts) != 1 || cts[0].What != "arrests" {
		t.Errorf("counts need no lexicon: %v", cts)
	}
}

func FuzzFindQuantities(f *testing.F) {
	for _, tt := range quantityCases {
		f.Add(tt.sentence)
	}
	for _, s := range []string{"", "(", "$", "seized $", "seized (", "seized 1.2 million euros (", "seized thousands of",
		"seized a", "confiscated 99999999999999999999 tonnes", "found 5 kilos (", "arrested 30", "US$"} {
		f.Add(s)
	}
	lex := testQuantityLexicon()
	f.Fuzz(func(t *testing.T, text string) {
		s := Sentence{ID: 1, Start: 3, Text: text}
		body := "   " + text
		for _, sz := range findSeizures(s, lex) {
			if sz.Start < 3 || sz.End > len(body) || sz.Start >= sz.End || body[sz.Start:sz.End] != sz.Text {
				t.Fatalf("seizure %+v out of %q", sz, text)
			}
		}
		for _, c := range findCounts(s, lex) {
			if c.Start < 3 || c.End > len(body) || c.Start >= c.End || body[c.Start:c.End] != c.Text {
				t.Fatalf("count %+v out of %q", c, text)
			}
		}
		numbers.Parse(text, lex)
	})
}

func TestQuantityFinderMatchesFinders(t *testing.T) {
	lex := testQuantityLexicon()
	f := newQuantityFinder(lex)
	for _, tt := range quantityCases {
		s := Sentence{ID: 3, Start: 10, Text: tt.sentence}
		szs, cts := f.quantities(s)
		var a, b []string
		for _, sz := range szs {
			a = append(a, seizureString(sz))
		}
		for _, sz := range findSeizures(s, lex) {
			b = append(b, seizureString(sz))
		}
		sameList(t, "finder seizures", tt.sentence, a, b)
		a, b = nil, nil
		for _, c := range cts {
			a = append(a, countString(c))
		}
		for _, c := range findCounts(s, lex) {
			b = append(b, countString(c))
		}
		sameList(t, "finder counts", tt.sentence, a, b)
	}
}

// BenchmarkFindQuantities finds the seed's seizures and counts the way
// Parse should: one finder for the story.
func BenchmarkFindQuantities(b *testing.B) {
	lex := testQuantityLexicon()
	ss := storySentences(seedBody)
	b.ReportAllocs()
	for b.Loop() {
		f := newQuantityFinder(lex)
		for _, s := range ss {
			f.quantities(s)
		}
	}
}

// BenchmarkQuantitiesLongSentence is one 64 KiB sentence of seizing verbs
// and quantities: the reach of each verb is bounded, so the cost stays
// linear in the length.
func BenchmarkQuantitiesLongSentence(b *testing.B) {
	lex := testQuantityLexicon()
	s := Sentence{ID: 1, Text: strings.Repeat("2 tonnes of cocaine was seized and police confiscated $1.2 million (€1 million) in cash, ", 700)}
	b.SetBytes(int64(len(s.Text)))
	b.ReportAllocs()
	for b.Loop() {
		newQuantityFinder(lex).quantities(s)
	}
}
