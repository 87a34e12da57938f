package model_test

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"dossier/model"
)

// Summaries of real sentences from unseen articles: never empty, never
// opening on a fragment or a subordinate clause.
func TestSummariesOpenOnTheHappening(t *testing.T) {
	lex := mustLexicon(t)
	tests := []struct {
		body, prefix string
	}{
		{"In Colombia, where several of the network's suppliers are based, police seized 1.5 billion pesos (about $370,000) and three light aircraft.", "Police seized"},
		{"Where several of the network's suppliers are based, police seized three light aircraft.", "Police seized"},
		{"Witnesses said at least five armed men burst into the venue shortly after 1am and opened fire on the crowd.", ""},
		{"((((((((police seized cash))))))))", ""},
		// "after" before a time is a preposition, not a clause to focus on.
		{"Officers were called to the 2000 block of Madison Avenue shortly after 2 a.m. Saturday and found a 23-year-old man with multiple gunshot wounds in the parking lot, according to the Memphis Police Department.", "Officers were called"},
	}
	for _, tt := range tests {
		st := model.Parse(model.Document{Body: tt.body}, lex)
		if len(st.Events) != 1 {
			t.Errorf("%q: %d events, want 1", tt.body, len(st.Events))
			continue
		}
		sum := st.Events[0].Summary
		first, _ := utf8.DecodeRuneInString(sum)
		switch {
		case sum == "":
			t.Errorf("%q: empty summary", tt.body)
		case unicode.IsLower(first) || strings.HasPrefix(sum, "1am"):
			t.Errorf("%q: summary %q opens on a fragment", tt.body, sum)
		case !strings.HasPrefix(sum, tt.prefix):
			t.Errorf("%q: summary %q, want it to start %q", tt.body, sum, tt.prefix)
		}
	}
}

// Headlines of real sentences from unseen articles, word for word: no
// participle left hanging ("sentences ranging"), no object of "told" taken
// for the subject, no attribution's aside left in front, no clause cut
// before its verb.
func TestSummariesOfRealSentences(t *testing.T) {
	lex := mustLexicon(t)
	tests := []struct{ body, want string }{
		{"Six other members of the gang received sentences ranging from 30 months to nine years.",
			"Six other members received sentences"},
		{"Police arrested four port workers and a truck driver, and were searching for the exporter, she said.",
			"Police arrested four port workers and a truck driver"},
		{"The survivors told aid workers the boat had set off from the Tunisian port of Sfax on Thursday with 45 people aboard, including three children, and overturned within hours.",
			"The boat had set off from the Tunisian port of Sfax on Thursday"},
		{"According to the indictment, unsealed on Jan. 5, he charged a commission of 7.5 percent and handled transfers of up to $2.5 million at a time.",
			"He charged a commission of 7.5 percent"},
		{"The Australian Federal Police said on Monday the drugs, with an estimated street value of A$1.2bn, arrived at Port Botany in Sydney from Malaysia last month.",
			"The drugs arrived at Port Botany in Sydney from Malaysia last month"},
		{"In Poland, residents of the town of Nysa were ordered to evacuate on Sunday after a dam on the Nysa Klodzka river was damaged, and Prime Minister Donald Tusk declared a state of natural disaster in the south-west.",
			"Residents were ordered to evacuate on Sunday"},
		// A subject that lists people ends at a whole name: the noun the
		// list explains, two names, or the first name and how many more.
		{"Igor Grudijev, 31, Ronald Tsoi, 31, Evelin Tsoi, 20, and Mihhail Jevgenov, 33, each of Tallinn, Estonia, have also been indicted by a federal grand jury in Atlanta, Ga., for access device fraud.",
			"Igor Grudijev and three others have also been indicted"},
		{"The defendants, Viktor Sorensen, 34, of Copenhagen, Denmark; Marcus Hale, 29, of Austin, Texas; and Lin Wei, 41, were charged with conspiracy to distribute narcotics, money laundering conspiracy and conspiracy to commit computer fraud.",
			"The defendants were charged with conspiracy to distribute narcotics"},
		{"Wilson Jesus Torres-Torres, a Colombian maritime training instructor, and Baudilio Vivero-Cardenas each pleaded guilty on Dec. 30, 2010, before U.S. District Judge Ellen S. Huvelle in the District of Columbia to one count of conspiracy to violate the Maritime Drug Law Enforcement Act.",
			"Wilson Jesus Torres-Torres and Baudilio Vivero-Cardenas pleaded guilty"},
		{"Assistant Attorney General Leslie R. Caldwell of the Justice Department’s Criminal Division, Executive Associate Director Peter T. Edge of U.S. Immigration and Customs Enforcement’s (ICE) Homeland Security Investigations (HSI) and Assistant Director Joseph S. Campbell of the FBI’s Criminal Investigative Division made the announcement after the seizure warrant issued by the U.S. District Court for the Eastern District of Pennsylvania was unsealed today.",
			"Assistant Attorney General Leslie R. Caldwell and two others made the announcement"},
		// A place after a home may be a person's name: the list stays.
		{"Maria Lopez, of Newark, New Jersey, and Carl Diaz, of Miami, Florida, were arrested on Friday after agents seized 40 kilograms of cocaine at the port.",
			"Maria Lopez, of Newark, New Jersey, and Carl Diaz, of Miami, Florida, were arrested on Friday"},
		// A number before "of" counts the noun after it.
		{"Four of the defendants, Luis Carlos De Leon Perez (De Leon), 41; Nervis Gerardo Villalobos Cardenas (Villalobos), 50; Cesar David Rincon Godoy (Cesar Rincon), 50; and Rafael Ernesto Reiter Munoz (Reiter), 39, were arrested in Spain in October 2017 by Spanish authorities on arrest warrants based on a 20-count indictment returned in the Southern District of Texas on Aug. 23, 2017.",
			"Four of the defendants were arrested in Spain in October 2017"},
		{"Two of the three artifacts returned to India were reported in 2009 as stolen from temples in the state of Tamil Nadu.",
			"Two of the three artifacts returned to India were reported in 2009"},
		// A verb of saying in the passive reports the subject: no
		// attribution to drop.
		{"No injuries or deaths were reported in the attacks from either side, but South Korea evacuated about 80 people in the town of Yeoncheon after at least one shell landed near the area.",
			"No injuries or deaths were reported in the attacks from either side"},
		// An aside between dashes goes whole.
		{"One of the objects - a 350-pound sandstone sculpture stolen from an Indian temple in 2009 - was listed as one of INTERPOL's top 10 most wanted stolen works of art.",
			"One of the objects was listed as one of INTERPOL's top 10 most wanted stolen works of art"},
	}
	for _, tt := range tests {
		st := model.Parse(model.Document{Body: tt.body}, lex)
		if len(st.Events) != 1 {
			t.Errorf("%q: %d events, want 1", tt.body, len(st.Events))
			continue
		}
		if got := st.Events[0].Summary; got != tt.want {
			t.Errorf("%.50q…\n got %q\nwant %q", tt.body, got, tt.want)
		}
	}
}

// A summary that opens on a pronoun names who did it when the sentence
// before says so and agrees with the pronoun, and keeps the pronoun at
// any doubt: a subject of the wrong number or kind, a bare name that may
// be a body or a person, a pronoun inside a subordinate clause.
func TestSummaryPronounSubjects(t *testing.T) {
	lex := mustLexicon(t)
	tests := []struct{ body, want string }{
		{"Dutch police and prosecutors confiscated 28 firearms in the port city of Rotterdam. Prior to the investigation, they intercepted thousands of kilograms of cocaine, heroin and hashish, according to prosecutors.",
			"Dutch police and prosecutors intercepted thousands of kilograms of cocaine, heroin and hashish"},
		{"Torres-Torres and Vivero-Cardenas were charged in a one-count indictment returned in the District of Colombia. They were arrested in Colombia on Sept. 30, 2009.",
			"Torres-Torres and Vivero-Cardenas were arrested in Colombia on Sept. 30, 2009"},
		{"Judge Alasdair Darroch told Marsh that he did accept the man was attempting to help his friend. He sentenced Marsh to six months imprisonment, suspended for two years.",
			"Judge Alasdair Darroch sentenced Marsh to six months imprisonment, suspended for two years"},
		{"A 34-year-old man was questioned by detectives in Leeds. He was arrested on Tuesday at his home.",
			"The 34-year-old man was arrested on Tuesday at his home"},
		{"The DEA raided three warehouses in El Paso. It seized 400 kilograms of methamphetamine.",
			"The DEA seized 400 kilograms of methamphetamine"},
		// The wrong number: police are many, "he" is one.
		{"Police raided three warehouses in El Paso. He was arrested at the border on Friday.",
			"He was arrested at the border on Friday"},
		// A person is not "they", nor "it".
		{"Judge Alasdair Darroch heard the case in Leeds. They were jailed for six years.",
			"They were jailed for six years"},
		{"The suspect fled to Spain in a van. It was seized at the border on Friday.",
			"It was seized at the border on Friday"},
		// A bare name may be a body or a person.
		{"Europol coordinated the raids in six countries. They arrested 40 people.",
			"They arrested 40 people"},
		// The pronoun of a subordinate clause is not the main clause's.
		{"The AFP seized the shipment at Port Botany. Officers followed the consignment to a warehouse in western Sydney, where it was collected on Friday.",
			"It was collected on Friday"},
	}
	for _, tt := range tests {
		st := model.Parse(model.Document{Body: tt.body}, lex)
		var got []string
		for _, e := range st.Events {
			if e.Sentence == 2 {
				got = append(got, e.Summary)
			}
		}
		if len(got) == 0 || got[0] != tt.want {
			t.Errorf("%.50q…\n got %q\nwant %q", tt.body, got, tt.want)
		}
	}
}
