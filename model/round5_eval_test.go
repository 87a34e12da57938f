package model_test

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"dossier/model"
)

// seizuresIn lists a story's seizures as "item|quantity|unit|country".
func seizuresIn(st *model.Story) []string {
	var out []string
	for _, z := range st.Seizures {
		q, u, c := "-", "-", "-"
		if z.Quantity != nil {
			q = fmt.Sprint(*z.Quantity)
		}
		if z.Unit != nil {
			u = *z.Unit
		}
		if z.Country != nil {
			c = *z.Country
		}
		out = append(out, z.Item+"|"+q+"|"+u+"|"+c)
	}
	return out
}

// countsIn lists a story's counts as "what|value|country".
func countsIn(st *model.Story) []string {
	var out []string
	for _, n := range st.Counts {
		v, c := "-", "-"
		if n.Value != nil {
			v = fmt.Sprint(*n.Value)
		}
		if n.Country != nil {
			c = *n.Country
		}
		out = append(out, n.What+"|"+v+"|"+c)
	}
	return out
}

// Round 5: what was denied, quoted as a state, or said figuratively is
// neither a happening nor a seizure.
func TestDeniedQuotedAndFigurativeOnRound5Sentences(t *testing.T) {
	lex := mustLexicon(t)
	tests := []struct {
		body     string
		event    bool
		seizures []string
	}{
		{"Detective Inspector Sarah Ngata of the National Organised Crime Group said Police did not find any firearms at the addresses and further arrests could not be ruled out.", false, nil},
		{"The agency did not find any drugs in a second container searched at the Tin Can Island Port in Lagos on Thursday, following an intelligence report.", true, nil},
		{"No drugs were found in the car.", false, nil},
		{`"This is one of the largest single seizures of methamphetamine at our border, and it will not be the last," Mr Kennedy said.`, false, nil},
		{`Chief executive Maya Lindqvist said the company had "seized the moment" in AI networking and expected data centre sales to exceed $10bn in fiscal 2025, up from $6.8bn in fiscal 2024.`, false, nil},
		{"Corvex said it would take a one-time charge of about $310mn to cover the cost of closing two dozen legacy product lines, which it killed off earlier this week along with roughly 600 jobs.", false, nil},
		{"The company has been trying to arrest a slide in its consumer business, where sales fell 12 per cent to $640mn.", false, nil},
		// Still happenings and seizures.
		{"Officers recovered a handgun and about 40 grams of marijuana from the apartment, but did not find the car.", true, []string{"handguns|-|-|-", "cannabis|40|g|-"}},
		{"Police not only seized 3 kilograms of cocaine but also arrested two men.", true, []string{"cocaine|3|kg|-"}},
		{"Customs seized more than 1.5 tonnes of methamphetamine last year.", true, []string{"methamphetamine|1.5|t|-"}},
		{"Three men were arrested on Friday night.", true, nil},
		{"Investigators said an argument inside the bar spilled into the parking lot at closing time, and a man in a white hoodie fired at least eight shots before fleeing in a gray Nissan Altima.", true, nil},
	}
	for _, tt := range tests {
		st := model.Parse(model.Document{Body: tt.body}, lex)
		if got := len(st.Events) == 1; got != tt.event {
			t.Errorf("%q: event = %v, want %v", tt.body, got, tt.event)
		}
		if got := seizuresIn(st); !slices.Equal(got, tt.seizures) {
			t.Errorf("%q: seizures\n got %q\nwant %q", tt.body, got, tt.seizures)
		}
	}
}

// dateOf is the date of the event of sentence id, "start..end", or "none".
func dateOf(st *model.Story, id int) string {
	for _, e := range st.Events {
		if e.Sentence == id {
			s, en := "nil", "nil"
			if e.Date.Start != nil {
				s = *e.Date.Start
			}
			if e.Date.End != nil {
				en = *e.Date.End
			}
			return s + ".." + en
		}
	}
	return "none"
}

// Round 5: which day a sentence of the NZ Customs, EFE and NDLEA articles gets.
func TestDatesOnRound5Sentences(t *testing.T) {
	lex := mustLexicon(t)
	runDateCases(t, lex, []dateCase{
		// "the following day" counts from the day the text just named, even
		// in a new paragraph that does not continue the previous one.
		{"following day after a weekday", "2025-03-14",
			"Three men are due to appear in the Auckland District Court today after Customs officers allegedly found 450kg of methamphetamine concealed in a shipment of tinned pineapple from Malaysia.\n\n" +
				"The 20-foot container arrived at the Ports of Auckland earlier this week and was selected for inspection on Tuesday after officers identified anomalies in its documentation.\n\n" +
				"X-ray images showed irregular densities in two dozen pallets, and a full search the following day uncovered 450 one-kilogram packages hidden inside the tins.",
			3, "2025-03-12..2025-03-12"},
		{"following day after a night", "2025-03-03",
			"MADRID, March 3 (EFE) - Spain's Guardia Civil has dismantled a drug trafficking network, arresting 27 people, the force said on Monday.\n\n" +
				"Most of the hashish, some 2,100kg, was intercepted on the night of Feb. 2 when a boat was stopped near Isla Mayor.\n\n" +
				"The rest was found the following day buried in a two-hectare farm in Lebrija.",
			3, "2025-02-03..2025-02-03"},
		// A saying's day is not what "the following day" counts from.
		{"following day not after the saying", "2025-02-16",
			"The suspect was intercepted on Tuesday at the arrival hall of the airport, the agency's spokesman said in a statement on Sunday.\n\n" +
				"Mr Babafemi said the following day, operatives trailed a freight agent to a hotel in Oshodi, where 1.7 kilogrammes of heroin were recovered.",
			2, "2025-02-12..2025-02-12"},
		// A future clause after a past one dates the prospect, not the event.
		{"remanded, will reappear", "2025-03-14",
			"On Thursday night, Police arrested three men.\n\nThe men were remanded in custody and will reappear in court on March 28.",
			2, "2025-03-13..2025-03-13"},
		// A definite phrase pointing at the previous sentence's happening
		// or place continues its day, even in a new paragraph.
		{"during the raids", "2025-02-16",
			"The suspect was intercepted on Tuesday at the arrival hall of the airport.\n\n" +
				"In Ondo State, NDLEA officers raided forest farms last weekend, seizing 12,450kg of skunk.\n\n" +
				"Three suspects were arrested during the raids, while others fled into the forest.",
			3, "2025-02-08..2025-02-09"},
		{"from the apartment", "2025-06-09",
			"A shooting outside a bar early Saturday left one man dead, police said.\n\n" +
				"Officers arrested Hill around 4:30 p.m. Sunday at an apartment complex on Overton Crossing, police said.\n\n" +
				"Officers recovered a 9mm handgun and about 40 grams of marijuana from the apartment, but did not find the car.",
			3, "2025-06-08..2025-06-08"},
		{"no reference, the anchor", "2025-06-09",
			"A shooting outside a bar early Saturday left one man dead, police said.\n\n" +
				"Officers arrested Hill around 4:30 p.m. Sunday at an apartment complex on Overton Crossing, police said.\n\n" +
				"Officers recovered a handgun from a car.",
			3, "2025-06-07..2025-06-07"},
		// A lede that gives no day but the operation's span: the results
		// happened in it, not on the saying's day.
		{"the lede's span frames the results", "2025-05-22",
			"LYON, France – A global operation coordinated by INTERPOL has led to the arrest of 1,062 suspected human traffickers, the organization said on Thursday.\n\n" +
				"Operation Safe Passage ran between January and March in 116 countries and territories.\n\n" +
				"In Spain, the Policía Nacional arrested 31 members of a network.",
			3, "2025-01-01..2025-03-31"},
		{"a span long before is background", "2025-05-22",
			"A global operation coordinated by INTERPOL has led to the arrest of 1,062 suspected human traffickers, the organization said on Thursday.\n\n" +
				"A similar operation ran between January and March last year.\n\n" +
				"In Spain, the Policía Nacional arrested 31 members of a network.",
			3, "2025-05-22..2025-05-22"},
		{"a span up to the saying is no frame", "2025-05-22",
			"A global operation coordinated by INTERPOL has led to the arrest of 1,062 suspected human traffickers so far this year, the organization said on Thursday.\n\n" +
				"In Spain, the Policía Nacional arrested 31 members of a network.",
			2, "2025-05-22..2025-05-22"},
		// Two years are equally narrow: the first wins, leap year or not.
		{"last year, compared with 2023", "2025-03-14",
			"Last year Customs intercepted more than 1.5 tonnes of methamphetamine at the border, compared with about 700kg in 2023.",
			1, "2024-01-01..2024-12-31"},
	})
}

// Round 5: seizures the parser missed in the EFE, INTERPOL and NDLEA
// articles (seizure country from the sentence or none).
func TestSeizuresOnRound5Sentences(t *testing.T) {
	lex := mustLexicon(t)
	tests := []struct {
		body     string
		seizures []string
		counts   []string
	}{
		// A measure referring back to the drug the sentence named.
		{"MADRID, March 3 (EFE) - Spain's Guardia Civil has dismantled a drug trafficking network that smuggled hashish from Morocco on high-speed boats up the Guadalquivir river, arresting 27 people and seizing 3,400kg of the drug, the force said on Monday.",
			[]string{"hashish|3400|kg|Spain"}, []string{"arrests|27|Spain"}},
		{"Most of the hashish, some 2,100kg, was intercepted on the night of Feb. 2 when a boat was stopped near Isla Mayor as its crew unloaded bales onto a quad bike.",
			[]string{"hashish|2100|kg|Spain"}, nil},
		{"Agents carried out 31 searches in the provinces of Cádiz, Seville and Huelva last weekend, where they seized 14 narcolanchas, 42 outboard engines, 9,000 litres of petrol, six firearms and 230,000 euros in cash.",
			[]string{"speedboats|14|-|Spain", "outboard engines|42|-|Spain", "fuel|9000|l|Spain", "firearms|6|-|Spain", "cash|230000|EUR|Spain"},
			[]string{"searches|31|Spain"}},
		// Bullets: a reduced passive over a coordinated list; a freeze.
		{"• 76 firearms and 1.2 tonnes of cocaine seized", []string{"firearms|76|-|-", "cocaine|1.2|t|-"}, nil},
		{"• $2.3 million in cash and assets frozen", []string{"cash|2.3e+06|USD|-"}, nil},
		{"Investigators froze cryptocurrency worth €12 million and seized €1.6 million in cash.", []string{"cryptocurrency|-|-|-", "cash|1.6e+06|EUR|-"}, nil},
		{"The cocaine was hidden in frozen fish.", nil, nil},
		// The naira's letter sign, and the drug a package count measures.
		{"Operatives trailed a freight agent to a hotel in Oshodi, where 1.7 kilogrammes of heroin and N3.5 million in cash were recovered.",
			[]string{"heroin|1.7|kg|Nigeria", "cash|3.5e+06|NGN|Nigeria"}, nil},
		{"In Kano, a truck conveying 2.3 million tablets of tramadol and 1,200 bottles of codeine syrup concealed under bags of rice was intercepted on Wednesday night.",
			[]string{"tramadol|2.3e+06|-|Nigeria", "codeine|1200|-|Nigeria"}, nil},
		{"Officers seized 10,000 N95 masks.", nil, []string{"masks|10000|-"}},
		// What a courier was caught smuggling was seized; a conviction
		// for smuggling reports no seizure.
		{"Operatives of the National Drug Law Enforcement Agency (NDLEA) have arrested a 42-year-old businessman at the Murtala Muhammed International Airport (MMIA), Ikeja, Lagos, for attempting to smuggle 4.6kg of cocaine concealed in tins of hair cream.",
			[]string{"cocaine|4.6|kg|Nigeria"}, nil},
		{"He was convicted of smuggling 4 tonnes of cocaine into Europe between 2018 and 2020.", nil, nil},
		{"Police arrested a man for smuggling cocaine.", nil, nil},
		// A calibre is not a quantity.
		{"Officers recovered a 9mm handgun and about 40 grams of marijuana from the apartment.", []string{"handguns|-|-|-", "cannabis|40|g|-"}, nil},
		{"Police seized a 12-gauge shotgun and a 9 mm pistol.", []string{"shotguns|-|-|-", "pistols|-|-|-"}, nil},
	}
	for _, tt := range tests {
		st := model.Parse(model.Document{Body: tt.body}, lex)
		if got := seizuresIn(st); !slices.Equal(got, tt.seizures) {
			t.Errorf("%q: seizures\n got %q\nwant %q", tt.body, got, tt.seizures)
		}
		if got := countsIn(st); !slices.Equal(got, tt.counts) {
			t.Errorf("%q: counts\n got %q\nwant %q", tt.body, got, tt.counts)
		}
	}
}

// Round 5: what the numbers of the Memphis, NZ Customs and INTERPOL
// articles count.
func TestCountsOnRound5Sentences(t *testing.T) {
	lex := mustLexicon(t)
	tests := []struct {
		body   string
		counts []string
	}{
		// Postposed "dead" and "wounded".
		{"A 19-year-old man has been charged with first-degree murder after a shooting outside a Midtown bar early Saturday left one man dead and two other people wounded, Memphis police said.",
			[]string{"killed|1|United States", "injured|2|United States"}},
		// A number word inside a capitalized name is no count.
		{"He was taken to Regional One Health in critical condition and died a short time later.", nil},
		// The verb of the first conjunct names the second.
		{"On Thursday night, Police arrested a 34-year-old man and two men aged 27 and 41 as they allegedly attempted to collect the container.",
			[]string{"arrests|3|-"}},
		{"Police arrested the driver and two escorts.", []string{"arrests|2|-"}},
		{"During an action day on 18 June, 29 suspects were arrested and 41 searches were carried out across the four countries.",
			[]string{"arrests|29|-", "searches|41|-"}},
		// Search warrants executed at premises are searches.
		{"Search warrants were executed at four addresses in Manukau and Hamilton early this morning.",
			[]string{"searches|4|New Zealand"}},
		{"The company has offices at four addresses in Manukau.", []string{"addresses|4|New Zealand"}},
		// A later clause's own "in <country>" frame beats the opening one.
		{"In Spain, the Policía Nacional arrested 31 members of a network that forced Paraguayan and Colombian women into prostitution in Madrid and Bilbao, while in North Macedonia officers detained 12 people suspected of smuggling migrants from Afghanistan and Syria towards the EU.",
			[]string{"arrests|31|Spain", "arrests|12|North Macedonia"}},
	}
	for _, tt := range tests {
		st := model.Parse(model.Document{Body: tt.body}, lex)
		if got := countsIn(st); !slices.Equal(got, tt.counts) {
			t.Errorf("%q: counts\n got %q\nwant %q", tt.body, got, tt.counts)
		}
	}
}

// Round 5: the dateline of an international body's release is its seat,
// not where the story happened.
func TestInternationalBodyDatelineOnRound5Text(t *testing.T) {
	lex := mustLexicon(t)
	tests := []struct {
		name, body string
		counts     []string
		seizures   []string
	}{
		{"interpol seat",
			"LYON, France – A global operation coordinated by INTERPOL has led to the arrest of 1,062 suspected human traffickers, the organization said on Thursday.\n\nKey results:\n\n• 1,062 arrests\n• 76 firearms and 1.2 tonnes of cocaine seized",
			[]string{"arrests|1062|-", "arrests|1062|-"}, []string{"firearms|76|-|-", "cocaine|1.2|t|-"}},
		{"national police keep the dateline",
			"LYON, France – Police arrested 12 people, the prosecutor said on Thursday.\n\n• 76 firearms seized",
			[]string{"arrests|12|France"}, []string{"firearms|76|-|France"}},
		{"an international body in the dateline's country",
			"THE HAGUE, Netherlands (Reuters) - Europol said Dutch police arrested 12 people in Rotterdam.\n\n• 76 firearms seized",
			[]string{"arrests|12|Netherlands"}, []string{"firearms|76|-|Netherlands"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := model.Parse(model.Document{Body: tt.body}, lex)
			if got := countsIn(st); !slices.Equal(got, tt.counts) {
				t.Errorf("counts\n got %q\nwant %q", got, tt.counts)
			}
			if got := seizuresIn(st); !slices.Equal(got, tt.seizures) {
				t.Errorf("seizures\n got %q\nwant %q", got, tt.seizures)
			}
		})
	}
}

// Round 5: in a story where nothing was seized, cars, phones and cash are
// everyday things, not items; drugs and weapons stay.
func TestNoItemsWithoutSeizuresOnRound5Text(t *testing.T) {
	lex := mustLexicon(t)
	tests := []struct {
		body string
		want []string
	}{
		{"Corvex agreed to buy Lumen Photonics for $1.5bn in cash.\n\nThe company's consumer sales fell 12 per cent, hit by weak demand for PCs and smartphones.", nil},
		{"Powerful storms toppled trees onto cars, and police helicopters searched the flooded streets.", nil},
		{"The gunman fired a rifle at the crowd and fled in a car, police said.", []string{"rifles|"}},
		// With a seizure, every item named stays.
		{"Police seized a car and two phones.", []string{"cars|", "phones|"}},
	}
	for _, tt := range tests {
		st := model.Parse(model.Document{Body: tt.body}, lex)
		if got := entitiesOf(st, model.KindItem); !slices.Equal(got, tt.want) {
			t.Errorf("%q: items\n got %q\nwant %q", tt.body, got, tt.want)
		}
	}
}

// dateCase is a sentence of body whose date, once parsed against
// published, must be want ("start..end").
type dateCase struct {
	name, published, body string
	sentence              int
	want                  string
}

func runDateCases(t *testing.T, lex *model.Lexicon, tests []dateCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pub, err := time.Parse("2006-01-02", tt.published)
			if err != nil {
				t.Fatal(err)
			}
			st := model.Parse(model.Document{Body: tt.body, Published: pub}, lex)
			if got := dateOf(st, tt.sentence); got != tt.want {
				t.Errorf("s%d date = %s, want %s", tt.sentence, got, tt.want)
			}
		})
	}
}
