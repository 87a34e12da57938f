package dates_test

import (
	"testing"

	"dossier/model/internal/modeltest"
	"dossier/model/internal/story"
)

// A story told backwards: the sentences that carry a narration of earlier
// happenings on take its date; a present-tense sentence, a quote, other
// actors or a new paragraph return to the story's present.
func TestNarrationCarriesItsDate(t *testing.T) {
	const pub = "2021-03-09"
	day := func(d string) wantDate {
		return wantDate{start: d, end: d, prec: story.PrecisionDay, basis: story.BasisContext}
	}
	present := day(pub)
	month := func(start, end string) wantDate {
		return wantDate{start: start, end: end, prec: story.PrecisionMonth, basis: story.BasisContext}
	}
	y2020 := wantDate{start: "2020-01-01", end: "2020-12-31", prec: story.PrecisionYear, basis: story.BasisContext}
	tests := []struct {
		name, body string
		want       []wantDate // for every sentence; zero value skips
	}{
		{"a court report goes on in the past with the same people",
			"Smith was sentenced today to 12 years in prison.\n" +
				"On June 3, 2018, Smith followed his former partner home from work. He then broke a window and entered the house. A neighbour called police, who arrested him at the scene.",
			[]wantDate{{}, {}, day("2018-06-03"), day("2018-06-03")}},
		{"a judge named for the first time acts on the same man",
			"A fugitive was returned to the United States on Tuesday.\n" +
				"He failed to appear in court March 4, 1996, for the closing arguments. District Judge Ann Lee issued a warrant for his arrest.",
			[]wantDate{{}, {}, day("1996-03-04")}},
		{"a visit, then what was done during it",
			"Chen was arraigned today in federal court.\n" +
				"In April 2014, Chen visited the United States and met the shipper in Concord. During the visit, Chen instructed the shipper to export a carved horn.",
			[]wantDate{{}, {}, month("2014-04-01", "2014-04-30")}},
		{"a background paragraph opened by last year",
			"Police arrested four men on Tuesday.\n" +
				"Last year, the gang's leader was caught in Spain with 300 kg of cocaine. He was extradited to Belgium and served four months.",
			[]wantDate{{}, {}, y2020}},
		{"a present-tense sentence returns to the story's present",
			"Police arrested four men on Tuesday.\n" +
				"Last year, the gang's leader was caught in Spain. He is now serving a sentence in Belgium.",
			[]wantDate{{}, {}, present}},
		{"a sentence that faces ahead returns to the present",
			"A fugitive was returned to the United States on Tuesday.\n" +
				"In 2015 he fled to Greece. He faces up to 20 years in prison.",
			[]wantDate{{}, {}, present}},
		{"a quote is not the narration",
			"Police arrested four men on Tuesday.\n" +
				"In 2019, the gang's leader was caught in Spain. His lawyer said: “He told us he was innocent.”",
			[]wantDate{{}, {}, present}},
		{"other actors leave the narration",
			"Last year, police dismantled a network. Officers seized 2 tonnes of cocaine.",
			[]wantDate{{}, present}},
		{"a new paragraph in the past does not continue it",
			"Police arrested four men on Tuesday.\n" +
				"In 2019, the gang's leader was caught in Spain.\n" +
				"Officers searched 12 homes and seized the leader's car.",
			[]wantDate{{}, {}, present}},
		{"a new paragraph in the present ends it",
			"A fugitive was returned to the United States on Tuesday.\n" +
				"On March 7, 1996, a jury convicted Lee of fraud. Lee fled the country.\n" +
				"On Monday, Lee appeared in court in Newark. He was ordered held.",
			[]wantDate{{}, {}, day("1996-03-07"), {}, day("2021-03-08")}},
	}
	lex := modeltest.Quantities()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ss, dates := resolveStory(pub, tt.body, lex)
			if len(dates) != len(tt.want) {
				t.Fatalf("%d sentences, want %d", len(dates), len(tt.want))
			}
			for i, w := range tt.want {
				if w.prec == "" {
					continue
				}
				checkDate(t, ss[i].Text, dates[i], w)
			}
		})
	}
}
