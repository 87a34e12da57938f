package dates_test

import (
	"strings"
	"testing"
	"time"

	"dossier/model/internal/dates"
	"dossier/model/internal/lexicon"
	"dossier/model/internal/modeltest"
	"dossier/model/internal/story"
)

// wantDate is an expected Date; start and end "" mean nil, note is a
// substring the Note must contain ("" checks the Note is empty unless
// anyNote).
type wantDate struct {
	text       string
	start, end string
	prec       story.Precision
	basis      story.Basis
	note       string
	anyNote    bool
}

func checkDate(t *testing.T, label string, got story.Date, want wantDate) {
	t.Helper()
	str := func(p *string) string {
		if p == nil {
			return ""
		}
		return *p
	}
	if got.Text != want.text || str(got.Start) != want.start || str(got.End) != want.end ||
		got.Precision != want.prec || got.Basis != want.basis {
		t.Errorf("%s:\n got  text=%q start=%q end=%q %s %s note=%q\n want text=%q start=%q end=%q %s %s",
			label, got.Text, str(got.Start), str(got.End), got.Precision, got.Basis, got.Note,
			want.text, want.start, want.end, want.prec, want.basis)
		return
	}
	switch {
	case want.note != "" && !strings.Contains(got.Note, want.note):
		t.Errorf("%s: note %q, want it to contain %q", label, got.Note, want.note)
	case want.note == "" && !want.anyNote && got.Note != "":
		t.Errorf("%s: unexpected note %q", label, got.Note)
	}
}

// resolveStory resolves every sentence of body in order, published on pub
// ("" for unknown), and returns the sentences and their dates.
func resolveStory(pub, body string, lex *lexicon.Lexicon) ([]story.Sentence, []story.Date) {
	doc := story.Document{Body: body}
	if pub != "" {
		p, err := time.Parse("2006-01-02", pub)
		if err != nil {
			panic(err)
		}
		doc.Published = p
	}
	ss := modeltest.StorySentences(body)
	r := dates.NewResolver(doc, lex)
	out := make([]story.Date, len(ss))
	for i, s := range ss {
		out[i] = r.Resolve(s)
	}
	return ss, out
}

func TestResolveSeed(t *testing.T) {
	const day = "2021-03-09"
	tests := []struct {
		sentence string // the start of the sentence
		want     wantDate
	}{
		{"BRUSSELS (AP) – Belgian police made 48 arrests on Tuesday",
			wantDate{text: "on Tuesday", start: day, end: day, prec: story.PrecisionDay, basis: story.BasisExplicit}},
		{"About 200 searches that mobilized",
			wantDate{start: day, end: day, prec: story.PrecisionDay, basis: story.BasisContext}},
		{"Police confiscated 1.2 million euros",
			wantDate{start: day, end: day, prec: story.PrecisionDay, basis: story.BasisContext}},
		{"Meanwhile, Dutch police and prosecutors said in a statement",
			wantDate{text: "on Tuesday", start: day, end: day, prec: story.PrecisionDay, basis: story.BasisExplicit}},
		{"Belgian prosecutors said investigators broke the Sky ECC",
			wantDate{text: "during their two-year investigation", start: "2019-03-09", end: day, prec: story.PrecisionRange, basis: story.BasisExplicit}},
		{"According to the research, there are about 171,000 phones",
			wantDate{start: day, end: day, prec: story.PrecisionDay, basis: story.BasisContext}},
		{"The searches began around five in the morning",
			wantDate{text: "around five in the morning", start: "2021-03-09T05:00", end: "2021-03-09T05:00", prec: story.PrecisionTime, basis: story.BasisContext, note: "approximate time"}},
		{"There were no major incidents, police said",
			wantDate{start: day, end: day, prec: story.PrecisionDay, basis: story.BasisContext}},
		{"With thousands of shipping containers arriving every day",
			wantDate{start: day, end: day, prec: story.PrecisionDay, basis: story.BasisContext}},
		{"Traffic in the city has recently sparked",
			wantDate{text: "recently", prec: story.PrecisionUnknown, basis: story.BasisExplicit, note: "vague: recently"}},
		{"Last year, authorities in Belgium and three other countries",
			wantDate{text: "Last year", start: "2020-01-01", end: "2020-12-31", prec: story.PrecisionYear, basis: story.BasisExplicit}},
		{"The investigation, which began when a container",
			wantDate{start: "2020-01-01", end: "2020-12-31", prec: story.PrecisionYear, basis: story.BasisContext}},
		{"Dutch police and prosecutors confiscated 28 firearms",
			wantDate{start: day, end: day, prec: story.PrecisionDay, basis: story.BasisContext}},
		{"Prior to the investigation, they intercepted",
			wantDate{text: "Prior to the investigation", prec: story.PrecisionUnknown, basis: story.BasisExplicit, note: "vague: before the investigation"}},
		{"Police officials “managed to gain access",
			wantDate{start: day, end: day, prec: story.PrecisionDay, basis: story.BasisContext}},
		{"The Sky ECC server was disconnected on Tuesday",
			wantDate{text: "on Tuesday", start: day, end: day, prec: story.PrecisionDay, basis: story.BasisExplicit}},
		{"Prosecutors said that while monitoring the encrypted messages",
			wantDate{start: day, end: day, prec: story.PrecisionDay, basis: story.BasisContext}},
		{"The operation followed a similar crackdown in July last year",
			wantDate{text: "in July last year", start: "2020-07-01", end: "2020-07-31", prec: story.PrecisionMonth, basis: story.BasisExplicit}},
		{"Prosecutors said Tuesday that many former EncroChat users migrated last year",
			wantDate{text: "last year", start: "2020-01-01", end: "2020-12-31", prec: story.PrecisionYear, basis: story.BasisExplicit}},
	}
	ss, dates := resolveStory("2021-03-09", modeltest.SeedBody, modeltest.Quantities())
	if len(ss) != len(tests) {
		t.Fatalf("%d sentences, want %d", len(ss), len(tests))
	}
	for i, tt := range tests {
		if !strings.HasPrefix(ss[i].Text, tt.sentence) {
			t.Fatalf("sentence %d is %.60q, want it to start %q", i+1, ss[i].Text, tt.sentence)
		}
		checkDate(t, tt.sentence, dates[i], tt.want)
	}
}

func TestResolveExpressions(t *testing.T) {
	const tue = "2021-03-09" // a Tuesday
	tests := []struct {
		name, pub, body string
		want            wantDate
	}{
		// Weekdays: the most recent on or before publication, forward in the future tense.
		{"monday", tue, "Police arrested the man on Monday in Ghent.",
			wantDate{text: "on Monday", start: "2021-03-08", end: "2021-03-08", prec: story.PrecisionDay, basis: story.BasisExplicit}},
		{"wednesday", tue, "Customs officers found the drugs on Wednesday.",
			wantDate{text: "on Wednesday", start: "2021-03-03", end: "2021-03-03", prec: story.PrecisionDay, basis: story.BasisExplicit}},
		{"next friday", tue, "The suspects appear in court next Friday.",
			wantDate{text: "next Friday", start: "2021-03-12", end: "2021-03-12", prec: story.PrecisionDay, basis: story.BasisExplicit}},
		{"future friday", tue, "The suspects will appear before a judge on Friday.",
			wantDate{text: "on Friday", start: "2021-03-12", end: "2021-03-12", prec: story.PrecisionDay, basis: story.BasisExplicit}},
		// Two named days are a range (europol_ghost, unseen).
		{"two days", "2023-10-12", "The raids, carried out on Tuesday and Wednesday, targeted suspected members of criminal networks.",
			wantDate{text: "on Tuesday and Wednesday", start: "2023-10-10", end: "2023-10-11", prec: story.PrecisionRange, basis: story.BasisExplicit}},
		{"two days before publication", tue, "Police searched 40 homes on Sunday and Monday.",
			wantDate{text: "on Sunday and Monday", start: "2021-03-07", end: "2021-03-08", prec: story.PrecisionRange, basis: story.BasisExplicit}},
		{"a second day after publication is no range", tue, "Police searched homes on Monday and Wednesday.",
			wantDate{text: "on Monday", start: "2021-03-08", end: "2021-03-08", prec: story.PrecisionDay, basis: story.BasisExplicit}},
		{"last tuesday", tue, "The ship docked last Tuesday.",
			wantDate{text: "last Tuesday", start: "2021-03-02", end: "2021-03-02", prec: story.PrecisionDay, basis: story.BasisExplicit}},
		{"tuesday night", tue, "Gunmen opened fire on Tuesday night in Antwerp.",
			wantDate{text: "on Tuesday night", start: tue, end: tue, prec: story.PrecisionDay, basis: story.BasisExplicit, note: "at night"}},
		{"early sunday", tue, "The blast happened early Sunday near the port.",
			wantDate{text: "early Sunday", start: "2021-03-07", end: "2021-03-07", prec: story.PrecisionDay, basis: story.BasisExplicit, anyNote: true}},
		{"monday morning", tue, "Officers raided the villa Monday morning.",
			wantDate{text: "Monday morning", start: "2021-03-08", end: "2021-03-08", prec: story.PrecisionDay, basis: story.BasisExplicit, note: "morning"}},
		{"yesterday", tue, "The court convicted four men yesterday.",
			wantDate{text: "yesterday", start: "2021-03-08", end: "2021-03-08", prec: story.PrecisionDay, basis: story.BasisExplicit}},
		{"today", tue, "Police arrested a second suspect today.",
			wantDate{text: "today", start: tue, end: tue, prec: story.PrecisionDay, basis: story.BasisExplicit}},
		{"tomorrow", tue, "The trial opens tomorrow.",
			wantDate{text: "tomorrow", start: "2021-03-10", end: "2021-03-10", prec: story.PrecisionDay, basis: story.BasisExplicit}},
		// Calendar dates.
		{"month day year", "", "Australian Federal Police said they had seized 1.2 tons of methamphetamine on Jan. 12, 2023.",
			wantDate{text: "on Jan. 12, 2023", start: "2023-01-12", end: "2023-01-12", prec: story.PrecisionDay, basis: story.BasisExplicit}},
		{"day month year", tue, "The shipment arrived in Rotterdam on 9 March 2020.",
			wantDate{text: "on 9 March 2020", start: "2020-03-09", end: "2020-03-09", prec: story.PrecisionDay, basis: story.BasisExplicit}},
		{"month day", tue, "The ship left Guayaquil on March 2.",
			wantDate{text: "on March 2", start: "2021-03-02", end: "2021-03-02", prec: story.PrecisionDay, basis: story.BasisExplicit}},
		{"month day after publication is last year", tue, "The ship left Guayaquil on Dec. 20.",
			wantDate{text: "on Dec. 20", start: "2020-12-20", end: "2020-12-20", prec: story.PrecisionDay, basis: story.BasisExplicit}},
		{"in march", tue, "The network was infiltrated in March.",
			wantDate{text: "in March", start: "2021-03-01", end: "2021-03-31", prec: story.PrecisionMonth, basis: story.BasisExplicit}},
		{"in july past", tue, "The network was infiltrated in July.",
			wantDate{text: "in July", start: "2020-07-01", end: "2020-07-31", prec: story.PrecisionMonth, basis: story.BasisExplicit}},
		{"in july future", tue, "The trial will start in July.",
			wantDate{text: "in July", start: "2021-07-01", end: "2021-07-31", prec: story.PrecisionMonth, basis: story.BasisExplicit}},
		{"since a dated happening", tue, "The driver has been held in Lagos since his arrest on Feb. 2, 2020.",
			wantDate{text: "since his arrest on Feb. 2, 2020", start: "2020-02-02", end: "2020-02-02", prec: story.PrecisionDay, basis: story.BasisExplicit}},
		{"since a date is a span", tue, "The driver has been held in Lagos since Feb. 2, 2020.",
			wantDate{text: "since Feb. 2, 2020", start: "2020-02-02", end: "2021-03-09", prec: story.PrecisionRange, basis: story.BasisExplicit}},
		{"past verb before the date in a future sentence", tue, "The searches began on July 20 and the divers will keep looking.",
			wantDate{text: "on July 20", start: "2020-07-20", end: "2020-07-20", prec: story.PrecisionDay, basis: story.BasisExplicit}},
		{"participle after will be", tue, "The fine will be paid on July 20.",
			wantDate{text: "on July 20", start: "2021-07-20", end: "2021-07-20", prec: story.PrecisionDay, basis: story.BasisExplicit}},
		{"month year", tue, "The gang was formed in September 2017.",
			wantDate{text: "in September 2017", start: "2017-09-01", end: "2017-09-30", prec: story.PrecisionMonth, basis: story.BasisExplicit}},
		{"early march", tue, "The raids were planned in early February.",
			wantDate{text: "in early February", start: "2021-02-01", end: "2021-02-28", prec: story.PrecisionMonth, basis: story.BasisExplicit, note: "early in the month"}},
		{"iso", tue, "The warrant was signed on 2020-11-03.",
			wantDate{text: "on 2020-11-03", start: "2020-11-03", end: "2020-11-03", prec: story.PrecisionDay, basis: story.BasisExplicit}},
		{"year", tue, "The platform was launched in 2019.",
			wantDate{text: "in 2019", start: "2019-01-01", end: "2019-12-31", prec: story.PrecisionYear, basis: story.BasisExplicit}},
		{"decade", tue, "The cartel grew rich in the 1990s.",
			wantDate{text: "in the 1990s", start: "1990-01-01", end: "1999-12-31", prec: story.PrecisionRange, basis: story.BasisExplicit}},
		{"since", tue, "Investigators have tracked the group since 2019.",
			wantDate{text: "since 2019", start: "2019-01-01", end: tue, prec: story.PrecisionRange, basis: story.BasisExplicit}},
		{"between years", tue, "The gang shipped cocaine between 2018 and 2020.",
			wantDate{text: "between 2018 and 2020", start: "2018-01-01", end: "2020-12-31", prec: story.PrecisionRange, basis: story.BasisExplicit}},
		{"from months", tue, "Detectives listened to the calls from January to March.",
			wantDate{text: "from January to March", start: "2021-01-01", end: "2021-03-31", prec: story.PrecisionRange, basis: story.BasisExplicit}},
		{"between months with a year", tue, "The messages were sent between October and December 2019.",
			wantDate{text: "between October and December 2019", start: "2019-10-01", end: "2019-12-31", prec: story.PrecisionRange, basis: story.BasisExplicit}},
		// Relative units.
		{"this year", tue, "Police have seized 40 tonnes this year.",
			wantDate{text: "this year", start: "2021-01-01", end: "2021-12-31", prec: story.PrecisionYear, basis: story.BasisExplicit}},
		{"this month", tue, "Two men were shot this month.",
			wantDate{text: "this month", start: "2021-03-01", end: "2021-03-31", prec: story.PrecisionMonth, basis: story.BasisExplicit}},
		{"last month", tue, "The prosecutor charged six men last month.",
			wantDate{text: "last month", start: "2021-02-01", end: "2021-02-28", prec: story.PrecisionMonth, basis: story.BasisExplicit}},
		{"last week", tue, "Belgian police raided 20 homes last week.",
			wantDate{text: "last week", start: "2021-03-01", end: "2021-03-07", prec: story.PrecisionRange, basis: story.BasisExplicit}},
		{"two days ago", tue, "The boat was intercepted two days ago.",
			wantDate{text: "two days ago", start: "2021-03-07", end: "2021-03-07", prec: story.PrecisionDay, basis: story.BasisExplicit}},
		{"three years ago", tue, "The network was set up three years ago.",
			wantDate{text: "three years ago", start: "2018-01-01", end: "2018-12-31", prec: story.PrecisionYear, basis: story.BasisExplicit}},
		{"earlier this year", tue, "A similar raid took place earlier this year.",
			wantDate{text: "earlier this year", start: "2021-01-01", end: tue, prec: story.PrecisionRange, basis: story.BasisExplicit}},
		{"late last year", tue, "The gang was dismantled late last year.",
			wantDate{text: "late last year", start: "2020-01-01", end: "2020-12-31", prec: story.PrecisionYear, basis: story.BasisExplicit, note: "late in the year"}},
		{"summer of", tue, "The phones were sold in the summer of 2020.",
			wantDate{text: "in the summer of 2020", start: "2020-06-01", end: "2020-08-31", prec: story.PrecisionRange, basis: story.BasisExplicit}},
		{"last summer", tue, "The phones were sold last summer.",
			wantDate{text: "last summer", start: "2020-06-01", end: "2020-08-31", prec: story.PrecisionRange, basis: story.BasisExplicit}},
		// Spans ending at publication.
		{"two-year investigation", tue, "The arrests followed an 18-month investigation by the FBI.",
			wantDate{text: "18-month investigation", start: "2019-09-09", end: tue, prec: story.PrecisionRange, basis: story.BasisExplicit}},
		{"for two years", tue, "Detectives had followed the suspects for two years.",
			wantDate{text: "for two years", start: "2019-03-09", end: tue, prec: story.PrecisionRange, basis: story.BasisExplicit}},
		{"over the past six months", tue, "Police seized 9 tonnes over the past six months.",
			wantDate{text: "over the past six months", start: "2020-09-09", end: tue, prec: story.PrecisionRange, basis: story.BasisExplicit}},
		{"prison term is no span", tue, "He was sentenced to prison for five years.",
			wantDate{start: tue, end: tue, prec: story.PrecisionDay, basis: story.BasisContext}},
		// Times of day.
		{"at 5 am", tue, "The raids started at 5 a.m. across the country.",
			wantDate{text: "at 5 a.m.", start: "2021-03-09T05:00", end: "2021-03-09T05:00", prec: story.PrecisionTime, basis: story.BasisContext}},
		{"time and day", tue, "Police entered the house at 5:30 a.m. on Monday.",
			wantDate{text: "at 5:30 a.m. on Monday", start: "2021-03-08T05:30", end: "2021-03-08T05:30", prec: story.PrecisionTime, basis: story.BasisExplicit}},
		{"around 10 pm", tue, "Shots were heard around 10 p.m. near the harbour.",
			wantDate{text: "around 10 p.m.", start: "2021-03-09T22:00", end: "2021-03-09T22:00", prec: story.PrecisionTime, basis: story.BasisContext, note: "approximate time"}},
		{"noon", tue, "The suspects were released at noon.",
			wantDate{text: "at noon", start: "2021-03-09T12:00", end: "2021-03-09T12:00", prec: story.PrecisionTime, basis: story.BasisContext}},
		{"midnight", tue, "The container was opened shortly after midnight.",
			wantDate{text: "shortly after midnight", start: "2021-03-09T00:00", end: "2021-03-09T00:00", prec: story.PrecisionTime, basis: story.BasisContext, note: "approximate time"}},
		{"dawn", tue, "Special units stormed the farm at dawn.",
			wantDate{text: "at dawn", start: tue, end: tue, prec: story.PrecisionDay, basis: story.BasisContext, note: "at dawn"}},
		{"in the evening", tue, "The ship was boarded in the evening.",
			wantDate{text: "in the evening", start: tue, end: tue, prec: story.PrecisionDay, basis: story.BasisContext, note: "in the evening"}},
		{"early hours of", tue, "The lab was raided in the early hours of Sunday.",
			wantDate{text: "in the early hours of Sunday", start: "2021-03-07", end: "2021-03-07", prec: story.PrecisionDay, basis: story.BasisExplicit, note: "early hours"}},
		{"early hours", tue, "The lab was raided in the early hours.",
			wantDate{text: "in the early hours", start: tue, end: tue, prec: story.PrecisionDay, basis: story.BasisContext, note: "early hours"}},
		{"shortly before dawn", tue, "Two suspects were arrested at a home shortly before dawn, officials said.",
			wantDate{text: "shortly before dawn", start: tue, end: tue, prec: story.PrecisionDay, basis: story.BasisContext, note: "before dawn"}},
		{"weeks after an undated event", tue, "The raids came three weeks after a similar operation in Chicago.",
			wantDate{start: tue, end: tue, prec: story.PrecisionDay, basis: story.BasisContext}},
		{"due in court", tue, "The suspects are due in court on Friday.",
			wantDate{text: "on Friday", start: "2021-03-12", end: "2021-03-12", prec: story.PrecisionDay, basis: story.BasisExplicit}},
		{"late on sunday", tue, "Late on Sunday, Carabinieri officers intercepted a truck near Gioia Tauro.",
			wantDate{text: "Late on Sunday", start: "2021-03-07", end: "2021-03-07", prec: story.PrecisionDay, basis: story.BasisExplicit, note: "late in the day"}},
		{"the night of", tue, "On the night of 20 February, a suspect was shot dead in Reggio Calabria.",
			wantDate{text: "On the night of 20 February", start: "2021-02-20", end: "2021-02-20", prec: story.PrecisionDay, basis: story.BasisExplicit, note: "at night"}},
		{"since at least", tue, "The clan had imported cocaine from Brazil since at least 2018.",
			wantDate{text: "since at least 2018", start: "2018-01-01", end: tue, prec: story.PrecisionRange, basis: story.BasisExplicit}},
		{"since a dated clause", tue, "Nearly 40 suspects have been detained across Europe since the operation began in November.",
			wantDate{text: "since the operation began in November", start: "2020-11-01", end: tue, prec: story.PrecisionRange, basis: story.BasisExplicit}},
		{"next spring", tue, "A second phase of the operation is planned for next spring.",
			wantDate{text: "next spring", start: "2022-03-01", end: "2022-05-31", prec: story.PrecisionRange, basis: story.BasisExplicit}},
		{"week-long operation", tue, "Police arrested 56 people in a week-long operation.",
			wantDate{text: "in a week-long operation", start: "2021-03-02", end: tue, prec: story.PrecisionRange, basis: story.BasisExplicit}},
		{"weekday with its date", tue, "The ship docked on Tuesday, March 2, 2021, in Antwerp.",
			wantDate{text: "on Tuesday, March 2, 2021", start: "2021-03-02", end: "2021-03-02", prec: story.PrecisionDay, basis: story.BasisExplicit}},
		{"this week", tue, "Police have made 30 arrests this week.",
			wantDate{text: "this week", start: "2021-03-08", end: "2021-03-14", prec: story.PrecisionRange, basis: story.BasisExplicit}},
		{"earlier this week", tue, "The boat was seized earlier this week.",
			wantDate{text: "earlier this week", start: "2021-03-08", end: tue, prec: story.PrecisionRange, basis: story.BasisExplicit}},
		{"mid-2020", tue, "The app was shut down in mid-2020.",
			wantDate{text: "in mid-2020", start: "2020-01-01", end: "2020-12-31", prec: story.PrecisionYear, basis: story.BasisExplicit, note: "mid-year"}},
		{"24-hour clock", tue, "The convoy left at 17:30 from the port.",
			wantDate{text: "at 17:30", start: "2021-03-09T17:30", end: "2021-03-09T17:30", prec: story.PrecisionTime, basis: story.BasisContext}},
		{"glued pm", tue, "The shooting happened at 11pm.",
			wantDate{text: "at 11pm", start: "2021-03-09T23:00", end: "2021-03-09T23:00", prec: story.PrecisionTime, basis: story.BasisContext}},
		{"o'clock", tue, "The raid began at six o'clock in the morning.",
			wantDate{text: "at six o'clock in the morning", start: "2021-03-09T06:00", end: "2021-03-09T06:00", prec: story.PrecisionTime, basis: story.BasisContext}},
		{"tonight", tue, "Officials will hold a briefing tonight.",
			wantDate{text: "tonight", start: tue, end: tue, prec: story.PrecisionDay, basis: story.BasisExplicit, note: "at night"}},
		{"numeric dates are skipped", tue, "The container arrived on 9/3 at the port.",
			wantDate{start: tue, end: tue, prec: story.PrecisionDay, basis: story.BasisContext}},
		// Vague expressions.
		{"earlier", tue, "The port had been targeted earlier.",
			wantDate{text: "earlier", prec: story.PrecisionUnknown, basis: story.BasisExplicit, note: "vague: earlier"}},
		{"in the past", tue, "Such phones were used by gangs in the past.",
			wantDate{text: "in the past", prec: story.PrecisionUnknown, basis: story.BasisExplicit, note: "vague: in the past"}},
		{"for years", tue, "The family had run the port trade for years.",
			wantDate{text: "for years", prec: story.PrecisionUnknown, basis: story.BasisExplicit, note: "vague: for years"}},
		{"before the raid", tue, "Before the raid, officers watched the house.",
			wantDate{text: "Before the raid", prec: story.PrecisionUnknown, basis: story.BasisExplicit, note: "vague: before the raid"}},
		{"later before a participle", tue, "The stolen van was later found burnt out near the harbour.",
			wantDate{text: "later", prec: story.PrecisionUnknown, basis: story.BasisExplicit, note: "vague: later"}},
		{"later before a past verb", tue, "The driver later admitted smuggling the tablets.",
			wantDate{text: "later", prec: story.PrecisionUnknown, basis: story.BasisExplicit, note: "vague: later"}},
		{"a later hearing is no time", tue, "The judge set a later hearing for the two brothers.",
			wantDate{start: tue, end: tue, prec: story.PrecisionDay, basis: story.BasisContext}},
		{"later on a day gives the day", tue, "He was arrested on Monday and later released on bail.",
			wantDate{text: "on Monday", start: "2021-03-08", end: "2021-03-08", prec: story.PrecisionDay, basis: story.BasisExplicit}},
		{"prior to a bare noun", tue, "The treasurer pleaded guilty prior to trial and gave evidence for the state.",
			wantDate{text: "prior to trial", prec: story.PrecisionUnknown, basis: story.BasisExplicit, note: "vague: before trial"}},
		{"after a bare noun", tue, "The two brothers were convicted of fraud after trial.",
			wantDate{text: "after trial", prec: story.PrecisionUnknown, basis: story.BasisExplicit, note: "vague: after trial"}},
		{"after a clause is no date", tue, "Agents seized the statue after discovering that its papers were forged.",
			wantDate{start: tue, end: tue, prec: story.PrecisionDay, basis: story.BasisContext}},
		{"after a named day is no vague date", tue, "The men were released after questioning on Monday.",
			wantDate{text: "on Monday", start: "2021-03-08", end: "2021-03-08", prec: story.PrecisionDay, basis: story.BasisExplicit}},
		{"prior to a year is a bound", tue, "The accounts were emptied prior to 2019.",
			wantDate{text: "prior to 2019", prec: story.PrecisionUnknown, basis: story.BasisExplicit, note: "vague: before 2019"}},
		// Not dates.
		{"real time", tue, "The police could read messages in real time.",
			wantDate{start: tue, end: tue, prec: story.PrecisionDay, basis: story.BasisContext}},
		{"every day", tue, "Thousands of containers arrive every day.",
			wantDate{start: tue, end: tue, prec: story.PrecisionDay, basis: story.BasisContext}},
		{"numbers are not years", tue, "Between 2000 and 3000 officers took part.",
			wantDate{start: tue, end: tue, prec: story.PrecisionDay, basis: story.BasisContext}},
		{"may is a verb", tue, "The suspects may face charges.",
			wantDate{start: tue, end: tue, prec: story.PrecisionDay, basis: story.BasisContext}},
		// Saying dates.
		{"said tuesday then in 2019", tue, "Police said Tuesday that the suspects were arrested in 2019.",
			wantDate{text: "in 2019", start: "2019-01-01", end: "2019-12-31", prec: story.PrecisionYear, basis: story.BasisExplicit}},
		{"told reporters on monday", tue, "The minister told reporters on Monday that the network had been dismantled last year.",
			wantDate{text: "last year", start: "2020-01-01", end: "2020-12-31", prec: story.PrecisionYear, basis: story.BasisExplicit}},
		{"said in a statement", tue, "Europol said in a statement Monday that 12 labs were dismantled in 2020.",
			wantDate{text: "in 2020", start: "2020-01-01", end: "2020-12-31", prec: story.PrecisionYear, basis: story.BasisExplicit}},
		{"saying date alone", tue, "On Monday, police said they had arrested 12 people.",
			wantDate{text: "On Monday", start: "2021-03-08", end: "2021-03-08", prec: story.PrecisionDay, basis: story.BasisExplicit}},
		{"the date of the happening before the saying", tue, "Police made 12 arrests on Monday, prosecutors said.",
			wantDate{text: "on Monday", start: "2021-03-08", end: "2021-03-08", prec: story.PrecisionDay, basis: story.BasisExplicit}},
		// Dates in a relative clause date something else.
		{"which began in january", tue, "Police arrested 12 people during the operation, which began in January.",
			wantDate{start: tue, end: tue, prec: story.PrecisionDay, basis: story.BasisContext}},
		{"a time in a relative clause still places the event", tue, "About 300 officers took part in the raids, which began at 6 a.m. local time.",
			wantDate{text: "at 6 a.m.", start: "2021-03-09T06:00", end: "2021-03-09T06:00", prec: story.PrecisionTime, basis: story.BasisContext}},
		// No publication date.
		{"no pub weekday", "", "Police arrested 12 people on Tuesday.",
			wantDate{text: "on Tuesday", prec: story.PrecisionDay, basis: story.BasisExplicit, note: "no publication date"}},
		{"no pub last year", "", "Last year, the gang moved to Spain.",
			wantDate{text: "Last year", prec: story.PrecisionYear, basis: story.BasisExplicit, note: "no publication date"}},
		{"no pub absolute", "", "The platform was launched in 2019.",
			wantDate{text: "in 2019", start: "2019-01-01", end: "2019-12-31", prec: story.PrecisionYear, basis: story.BasisExplicit}},
		{"no pub nothing", "", "Police arrested 12 people.",
			wantDate{prec: story.PrecisionUnknown, basis: story.BasisNone, note: "no publication date"}},
		{"no pub since", "", "The group has operated since 2019.",
			wantDate{text: "since 2019", start: "2019-01-01", prec: story.PrecisionRange, basis: story.BasisExplicit, note: "no publication date"}},
		// Background dates lose to the main clause's: a trailing participial
		// clause, "that began when", a superlative's "since".
		{"participial background", "2024-01-19", "A British man accused of running a drug-smuggling ring was extradited to the United States on Thursday, ending a legal battle that began when he was arrested at Heathrow Airport on March 3, 2022.",
			wantDate{text: "on Thursday", start: "2024-01-18", end: "2024-01-18", prec: story.PrecisionDay, basis: story.BasisExplicit}},
		{"superlative since", "2023-08-14", "Australian police have seized 1.6 tonnes of methamphetamine hidden inside a shipment of loudspeakers, in what they say is the largest single haul of the drug detected at the border since 2019.",
			wantDate{start: "2023-08-14", end: "2023-08-14", prec: story.PrecisionDay, basis: story.BasisContext}},
		{"superlative this year", "2024-01-18", "Ecuadorean police seized more than 7 tonnes of cocaine hidden in containers of bananas at the port of Guayaquil, one of the largest hauls this year.",
			wantDate{start: "2024-01-18", end: "2024-01-18", prec: story.PrecisionDay, basis: story.BasisContext}},
		{"so far this year", "2023-08-09", "More than 93,000 migrants have arrived in Italy by sea so far this year, nearly double the number in the same period of 2022, according to Interior Ministry figures.",
			wantDate{text: "so far this year", start: "2023-01-01", end: "2023-08-09", prec: story.PrecisionRange, basis: story.BasisExplicit}},
		{"including keeps its date", tue, "Police arrested 30 people, including 12 in Ghent on Monday.",
			wantDate{text: "on Monday", start: "2021-03-08", end: "2021-03-08", prec: story.PrecisionDay, basis: story.BasisExplicit}},
		// A month coordinated with a later one shares its year.
		{"months share a year", "2014-10-03", "These boats were later intercepted in February and April 2010 in international waters.",
			wantDate{text: "in February", start: "2010-02-01", end: "2010-02-28", prec: story.PrecisionMonth, basis: story.BasisExplicit}},
		{"days share a year", tue, "The men were arrested on March 3 or April 5, 2019, in Ghent.",
			wantDate{text: "on March 3", start: "2019-03-03", end: "2019-03-03", prec: story.PrecisionDay, basis: story.BasisExplicit}},
		// A non-seed story published on a Monday.
		{"spanish friday", "2023-06-12", "Spanish police seized 3,500 kilograms of hashish and €1.5 million in cash in Algeciras on Friday.",
			wantDate{text: "on Friday", start: "2023-06-09", end: "2023-06-09", prec: story.PrecisionDay, basis: story.BasisExplicit}},
	}
	lex := modeltest.Quantities()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, dates := resolveStory(tt.pub, tt.body, lex)
			if len(dates) == 0 {
				t.Fatal("no sentence")
			}
			checkDate(t, tt.body, dates[len(dates)-1], tt.want)
		})
	}
}

func TestResolveContext(t *testing.T) {
	const tue = "2021-03-09"
	day := func(d string) wantDate {
		return wantDate{start: d, end: d, prec: story.PrecisionDay, basis: story.BasisContext}
	}
	y2020 := wantDate{start: "2020-01-01", end: "2020-12-31", prec: story.PrecisionYear, basis: story.BasisContext}
	tests := []struct {
		name, body string
		want       []wantDate // for every sentence; zero value skips
	}{
		{"anaphora and paragraphs",
			"Last year, police dismantled a network in Spain. The investigation began in Antwerp.\n" +
				"Police seized 28 firearms in Rotterdam.\n" +
				"It was the largest haul of the year.",
			[]wantDate{{}, y2020, day(tue), day(tue)}},
		{"same paragraph continues, new topic does not",
			"Police dismantled a network on Monday. Officers seized 2 tonnes of cocaine. Meanwhile, customs found 9 guns.",
			[]wantDate{{}, day("2021-03-08"), day("2021-03-08")}},
		{"a flashback passes on only to what plainly continues it",
			"Last year, police dismantled a network. Officers seized 2 tonnes of cocaine. It was hidden in bananas.",
			[]wantDate{{}, day(tue), day(tue)}},
		// The DEA story (published Thursday 2024-02-15 here as Tuesday's
		// week: relative to tue): a month-old interception is background.
		{"dea: the defendants do not inherit a flashback month",
			"Agents arrested 11 of the defendants in early morning raids on Monday.\nOne shipment of 22 kilograms of fentanyl was intercepted by Illinois State Police on Interstate 55 near Joliet in October.\nThe defendants face charges including conspiracy to distribute controlled substances and money laundering. If convicted, the alleged leader faces a mandatory minimum of 10 years and up to life in prison.",
			[]wantDate{{}, {}, day("2021-03-08"), day("2021-03-08")}},
		{"a flashback noun the previous sentence used continues it",
			"Police arrested 11 people on Monday.\nOne shipment of fentanyl was intercepted near Joliet in October.\nThe shipment was hidden in a truck.",
			[]wantDate{{}, {}, {start: "2020-10-01", end: "2020-10-31", prec: story.PrecisionMonth, basis: story.BasisContext}}},
		{"london: the past perfect recalls the background day, not 'two weeks ago'",
			"A British financier was extradited to the United States on Tuesday, ending a legal battle that began when he was arrested at Heathrow Airport on March 3, 2020.\nBritain's High Court rejected Mr. Whitmore's final appeal two weeks ago. Officers from the National Crime Agency had arrested him at 6:45 a.m. at Heathrow as he prepared to board a flight to Dubai.",
			[]wantDate{{}, {}, {}, {text: "at 6:45 a.m.", start: "2020-03-03T06:45", end: "2020-03-03T06:45", prec: story.PrecisionTime, basis: story.BasisContext}}},
		{"bullets never take a later bullet's day",
			"Key points:\n• Police arrested 214 people in nine countries\n• 4.2 tonnes of cocaine confiscated\n* 160 firearms seized on Monday",
			[]wantDate{day(tue), day(tue), day(tue), {}}},
		{"anom: 'when the operation was revealed' takes that event's date",
			"Police charged 12 men on Tuesday.\nThe arrests stem from intelligence gathered through ANOM, an encrypted messaging app that was shut down in June 2019.\nMore than 800 people were arrested worldwide when the ANOM operation was revealed, including 290 in Australia.\nMore than 800 people were arrested when the Exclu operation was revealed.",
			[]wantDate{{}, {}, {start: "2019-06-01", end: "2019-06-30", prec: story.PrecisionMonth, basis: story.BasisContext}, day(tue)}},
		{"the anchor is the story's first day",
			"Police arrested 12 people. The arrests came on Monday.\nCustoms found 9 guns in the port.",
			[]wantDate{day("2021-03-08"), {}, day("2021-03-08")}},
		{"the anchor is not a saying's date",
			"Police said Wednesday they had seized 1.2 tons of methamphetamine on March 2.\nTwo of the men were charged.",
			[]wantDate{{}, day("2021-03-02")}},
		{"the anchor is the raid day, not the lede's saying day",
			"THE HAGUE, Netherlands (Reuters) - Police in nine countries arrested 214 people, Europol said on Thursday.\nThe raids, carried out on Tuesday and Wednesday, targeted suspected members of criminal networks.\nIn Spain, 61 people were arrested.",
			[]wantDate{{}, {}, day("2021-03-09")}},
		{"the anchor is not the dateline's filing day",
			"QUITO, March 9 (Reuters) - Police seized 7 tonnes of cocaine, the interior minister said on Tuesday.\nThe drugs were found on Monday during an inspection.\nPolice arrested four port workers.",
			[]wantDate{{}, {}, day("2021-03-08")}},
		// The lede's saying day yields to the happening's day when the
		// next paragraph takes the happening up (reuters_guayaquil_bananas,
		// europol_ghost, unseen); not when it tells something else.
		{"the lede takes the day the next paragraph gives its happening",
			"Police seized 7 tonnes of cocaine, the interior minister said on Tuesday.\nThe drugs were found on Monday during an inspection.\nPolice arrested four port workers.",
			[]wantDate{day("2021-03-08"), {text: "on Monday", start: "2021-03-08", end: "2021-03-08", prec: story.PrecisionDay, basis: story.BasisExplicit}, day("2021-03-08")}},
		{"the lede and what follows take the two raid days",
			"Police in nine countries arrested 214 people, Europol said on Tuesday.\nThe raids, carried out on Sunday and Monday, targeted criminal networks.\nIn Spain, 61 people were arrested.",
			[]wantDate{{start: "2021-03-07", end: "2021-03-08", prec: story.PrecisionRange, basis: story.BasisContext},
				{text: "on Sunday and Monday", start: "2021-03-07", end: "2021-03-08", prec: story.PrecisionRange, basis: story.BasisExplicit},
				{start: "2021-03-07", end: "2021-03-08", prec: story.PrecisionRange, basis: story.BasisContext}}},
		{"a lede whose next paragraph tells something else keeps its saying day",
			"At least 41 people died when a boat capsized, authorities said on Monday.\nFour survivors were rescued on Sunday.",
			[]wantDate{{text: "on Monday", start: "2021-03-08", end: "2021-03-08", prec: story.PrecisionDay, basis: story.BasisExplicit}, {}}},
		{"a day well before the saying is no anchor",
			"Police said on Tuesday they had charged two men.\nOne was first arrested on January 4.\nThe men were remanded.",
			[]wantDate{{}, {}, day(tue)}},
		{"people the previous sentence named continue it",
			"Police arrested three smugglers after a fishing boat carrying 612 migrants was intercepted on Monday.\nThe migrants were transferred to a reception center.",
			[]wantDate{{}, day("2021-03-08")}},
		{"relative to the context",
			"Police raided the house on Friday. The suspects were charged the following day. A week earlier, a courier was caught.",
			[]wantDate{{},
				{text: "the following day", start: "2021-03-06", end: "2021-03-06", prec: story.PrecisionDay, basis: story.BasisContext},
				{text: "A week earlier", start: "2021-02-27", end: "2021-02-27", prec: story.PrecisionDay, basis: story.BasisContext}}},
		{"a time carried keeps its day",
			"The raids began at 6 a.m. on Monday. They ended without incident.",
			[]wantDate{{}, day("2021-03-08")}},
		{"vague dates are not carried",
			"Gangs have recently fought over the port.\nIt is Europe's second port.",
			[]wantDate{{}, day(tue)}},
	}
	lex := modeltest.Quantities()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ss, dates := resolveStory(tue, tt.body, lex)
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

// The resolver must never panic and must keep its promises on any input:
// the parser is fuzzed.
func FuzzResolveDates(f *testing.F) {
	for _, s := range []string{modeltest.SeedBody, "", "on", "at 5", "between 2018 and", "since", "Mar.", "the 1990s",
		"for the past", "12:99 p.m.", "in the early hours of", "from January to", "2021-13-45",
		"99999999999999999999999 tonnes", "prior to", "last", "Tuesday, March 31", "$", "(", "a.m."} {
		f.Add(s, true)
	}
	lex := modeltest.Quantities()
	f.Fuzz(func(t *testing.T, body string, pub bool) {
		doc := story.Document{Body: body}
		if pub {
			doc.Published = modeltest.SeedPublished
		}
		r := dates.NewResolver(doc, lex)
		for _, s := range modeltest.SplitSentences(body) {
			d := r.Resolve(s)
			if d.Precision == "" || d.Basis == "" {
				t.Fatalf("empty precision or basis for %q", s.Text)
			}
			if d.Text != "" && !strings.Contains(s.Text, d.Text) {
				t.Fatalf("date text %q is not in %q", d.Text, s.Text)
			}
			if d.Start != nil {
				if _, err := time.Parse("2006-01-02", (*d.Start)[:min(10, len(*d.Start))]); err != nil {
					t.Fatalf("bad start %q", *d.Start)
				}
			}
		}
	})
}

func BenchmarkResolveDates(b *testing.B) {
	lex := modeltest.Quantities()
	doc := story.Document{Body: modeltest.SeedBody, Published: modeltest.SeedPublished}
	ss := modeltest.StorySentences(modeltest.SeedBody)
	b.ReportAllocs()
	for b.Loop() {
		r := dates.NewResolver(doc, lex)
		for _, s := range ss {
			r.Resolve(s)
		}
	}
}

// BenchmarkResolveLongSentence is one 64 KiB sentence full of date
// expressions: every pattern reads a bounded window, so the cost stays
// linear in the length.
func BenchmarkResolveLongSentence(b *testing.B) {
	lex := modeltest.Quantities()
	text := strings.Repeat("police said on Tuesday, which began in March 2020 at 5 a.m. between 2019 and two-year ", 700)
	doc := story.Document{Body: text, Published: modeltest.SeedPublished}
	s := story.Sentence{ID: 1, Paragraph: 1, Text: text}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		dates.NewResolver(doc, lex).Resolve(s)
	}
}

// Sentences that carry one date share its strings (a long article of short
// sentences held a copy per sentence); the strings are still right, and a
// different day gets its own.
func TestResolvedDatesShareStrings(t *testing.T) {
	_, ds := resolveStory("2021-03-09",
		"Police raided 20 homes on Monday. Officers seized 2 tonnes of cocaine. They arrested 9 people.\n"+
			"On Tuesday, customs found 9 guns.", modeltest.Hand())
	for i, want := range []string{"2021-03-08", "2021-03-08", "2021-03-08", "2021-03-09"} {
		if ds[i].Start == nil || *ds[i].Start != want || ds[i].End == nil || *ds[i].End != want {
			t.Fatalf("sentence %d: %+v, want %s", i+1, ds[i], want)
		}
	}
	if ds[0].Start != ds[1].Start || ds[1].Start != ds[2].Start || ds[0].End != ds[0].Start {
		t.Errorf("one day, several strings: %p %p %p (end %p)", ds[0].Start, ds[1].Start, ds[2].Start, ds[0].End)
	}
	if ds[3].Start == ds[2].Start {
		t.Error("Tuesday shares Monday's string")
	}
}
