package model_test

import (
	"testing"
	"time"

	"dossier/model"
)

// The dates of real sentences from the evaluation articles, parsed
// against their publication day.

// Which day a sentence of the NZ Customs, EFE and NDLEA articles gets.
func TestDatesInCustomsAndDrugAgencyReports(t *testing.T) {
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

// Indian and Italian wire datelines. PTI puts no dash after
// "(PTI)"; ANSA puts the agency first. Both are stripped, and the first
// sentence then dates itself ("on the night between Monday and Tuesday").
func TestWireDatelinesWithoutDashOrAgencyFirst(t *testing.T) {
	lex := mustLexicon(t)
	tests := []struct {
		name, body, dateline, first string
	}{
		{"pti without a dash",
			"Mumbai, Aug 10 (PTI) The Directorate of Revenue Intelligence (DRI) has seized 280 kg of heroin, officials said on Saturday.",
			"Mumbai, Aug 10", "The Directorate of Revenue Intelligence (DRI) has seized 280 kg of heroin, officials said on Saturday."},
		{"known place without a date",
			"New Delhi (PTI) Police arrested two men.",
			"New Delhi", "Police arrested two men."},
		{"ansa agency first",
			"(ANSA) - REGGIO CALABRIA, MAY 20 - Carabinieri arrested 48 people in an anti-mafia operation, investigators said.",
			"REGGIO CALABRIA, MAY 20", "Carabinieri arrested 48 people in an anti-mafia operation, investigators said."},
		// An acronym in parentheses inside an ordinary opening sentence.
		{"agency acronym is no dateline",
			"The National Crime Agency (NCA) Director General said 12 people were arrested.",
			"", "The National Crime Agency (NCA) Director General said 12 people were arrested."},
		{"parenthesis without a dateline after it",
			"(Updated) - police arrested two men.",
			"", "(Updated) - police arrested two men."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := model.Parse(model.Document{Body: tt.body}, lex)
			if err := st.Validate(); err != nil {
				t.Fatal(err)
			}
			if st.Doc.Dateline != tt.dateline {
				t.Errorf("dateline %q, want %q", st.Doc.Dateline, tt.dateline)
			}
			if len(st.Sentences) == 0 {
				t.Fatal("no sentences")
			}
			if got := st.Sentences[0].Text; got != tt.first {
				t.Errorf("first sentence %q, want %q", got, tt.first)
			}
		})
	}
	// The night between two weekdays is dated.
	pub := time.Date(2025, 5, 20, 0, 0, 0, 0, time.UTC)
	st := model.Parse(model.Document{Published: pub, Body: "(ANSA) - REGGIO CALABRIA, MAY 20 - Carabinieri arrested 48 people in an anti-mafia operation against the 'Ndrangheta in Calabria and four other Italian regions on the night between Monday and Tuesday, investigators said."}, lex)
	if len(st.Events) != 1 || st.Events[0].Date.Start == nil || *st.Events[0].Date.Start != "2025-05-19" {
		t.Errorf("events %+v, want one on the night of 2025-05-19", st.Events)
	}
}

// Which day a sentence of the Canadian and Philippine articles
// gets.
func TestDatesInPortAndProvinceReports(t *testing.T) {
	lex := mustLexicon(t)
	runDateCases(t, lex, []dateCase{
		// "over the weekend": the weekend before a Friday publication.
		{"over the weekend", "2025-03-14",
			"Six men, aged between 24 and 58, were arrested over the weekend in Laval, Brossard and Mississauga, Ont. Police executed search warrants at five homes and a storage unit, seizing three handguns, C$410,000 in cash and two vehicles.",
			1, "2025-03-08..2025-03-09"},
		{"over the weekend continues", "2025-03-14",
			"Six men, aged between 24 and 58, were arrested over the weekend in Laval, Brossard and Mississauga, Ont. Police executed search warrants at five homes and a storage unit, seizing three handguns, C$410,000 in cash and two vehicles.",
			2, "2025-03-08..2025-03-09"},
		{"the weekend without a preposition is no date", "2025-03-14",
			"Police arrested two men on Tuesday. The weekend raids netted 3 kilograms of cocaine.",
			2, "2025-03-11..2025-03-11"},
		// A source's date ("according to figures released in January")
		// does not date what it reports.
		{"according to figures released", "2025-03-14",
			"Last year, the CBSA seized a total of 8,900 kilograms of drugs at ports across the country, according to figures released in January.",
			1, "2024-01-01..2024-12-31"},
		// The time is the interception's, the day the briefing's: the
		// time goes on the context day.
		{"time of the happening, day of the saying", "2025-06-07",
			"Philippine Coast Guard (PCG) personnel seized around 200 kilograms of suspected shabu from a fishing boat off the coast of Zambales in the early hours of Friday, officials said.\n\n" +
				"Three crew members, all Filipinos, were arrested after the vessel, the FB Lady Aurora, was intercepted some 40 nautical miles west of Masinloc at around 3 a.m., PCG spokesperson Rear Admiral Jay Tarriela said in a press briefing on Saturday.",
			2, "2025-06-06T03:00..2025-06-06T03:00"},
		{"a saying's day alone still dates", "2025-06-07",
			"Three crew members were arrested, the spokesperson said in a press briefing on Saturday.",
			1, "2025-06-07..2025-06-07"},
	})
}
