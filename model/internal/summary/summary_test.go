package summary_test

import (
	"strings"
	"testing"
	"unicode/utf8"
	"unsafe"

	"dossier/model/internal/lexicon"
	"dossier/model/internal/modeltest"
	"dossier/model/internal/summary"
)

func TestSummarize(t *testing.T) {
	ix := lexicon.IndexOf(modeltest.Hand())
	tests := []struct{ sentence, want string }{
		{"Belgian police made 48 arrests on Tuesday during an unprecedented scale operation aimed at organized crime, after investigators broke a popular encrypted communications network among criminals, prosecutors said.",
			"Belgian police made 48 arrests on Tuesday"},
		{"About 200 searches that mobilized more than 1,500 police officers, including special units, were carried out simultaneously across the country, with 11.5 million people, according to federal prosecutors.",
			"About 200 searches were carried out simultaneously across the country"},
		{"Police confiscated 1.2 million euros ($ 1.4 million) in cash, along with firearms, jewelry, diamonds, police uniforms and luxury cars.",
			"Police confiscated 1.2 million euros in cash"},
		{"Meanwhile, Dutch police and prosecutors said in a statement that they arrested 30 suspects across the country on Tuesday and searched 75 homes and offices.",
			"Dutch police and prosecutors arrested 30 suspects across the country"},
		{"Belgian prosecutors said investigators broke the Sky ECC encrypted messaging service and intercepted a billion messages during their two-year investigation that also helped confiscate more than 17 tonnes of cocaine.",
			"Investigators broke the Sky ECC encrypted messaging service"},
		{"The searches began around five in the morning and were carried out mainly in the Antwerp region.",
			"The searches began around five in the morning"},
		{"There were no major incidents, police said, adding that the operation dismantled several international drug trafficking organizations.",
			"The operation dismantled several international drug trafficking organizations"},
		{"Last year, authorities in Belgium and three other countries dismantled a drug trafficking network that sent cocaine worth hundreds of millions of dollars to Western Europe.",
			"Authorities dismantled a drug trafficking network"},
		{"The investigation, which began when a container containing 2.8 tonnes of cocaine was found in Antwerp, uncovered an international network with connections in at least four European countries and South America.",
			"The investigation uncovered an international network"},
		{"Dutch police and prosecutors confiscated 28 firearms in the port city of Rotterdam.",
			"Dutch police and prosecutors confiscated 28 firearms"},
		{"Prior to the investigation, they intercepted thousands of kilograms (pounds) of cocaine, heroin and hashish, according to prosecutors.",
			"They intercepted thousands of kilograms of cocaine, heroin and hashish"},
		{"The Sky ECC server was disconnected on Tuesday and confiscated by Dutch authorities, according to the prosecution’s statement.",
			"The Sky ECC server was disconnected on Tuesday and confiscated"},
		{"Prosecutors said that while monitoring the encrypted messages, they were able to prevent dozens of planned crimes, including kidnappings and murders.",
			"Prosecutors were able to prevent dozens of planned crimes"},
		{"The operation followed a similar crackdown in July last year when European police broke another encrypted communications network called EncroChat, which allowed them to monitor criminals in real time while planning shipments of drugs, weapons deals and murders.",
			"European police broke another encrypted communications network called EncroChat"},
		{"Prosecutors said Tuesday that many former EncroChat users migrated last year to Sky ECC.",
			"Many former EncroChat users migrated last year to Sky ECC"},
		{"Police arrested three men.", "Police arrested three men"},
		{"The FBI said Thursday it seized 10,000 pounds of methamphetamine in California.", "The FBI seized 10,000 pounds of methamphetamine in California"},
		{"Spain’s Civil Guard seized more than 20 tonnes of hashish hidden in a shipment of peppers at the port of Algeciras.", "Spain’s Civil Guard seized more than 20 tonnes of hashish"},
		{"Colombian police, working with the DEA, arrested 12 members of the Gulf Clan in Medellín on Friday.",
			"Colombian police arrested 12 members of the Gulf Clan in Medellín"},
		{"Mr. Lopez, 45, was extradited to the U.S.", "Mr. Lopez, 45, was extradited to the U.S."},
		{"Police in Ecuador said they found 9 tons of cocaine in a banana shipment bound for Belgium.",
			"Police in Ecuador found 9 tons of cocaine in a banana shipment"},
		{`"We seized it all," the chief said.`, "We seized it all"},
		{"Smith, Jones and Brown, who were arrested in May, ran the network.", "Smith, Jones and Brown ran the network"},
		{"The informant, who gave police the names of the couriers, was arrested in May.", "The informant was arrested in May"},
	}
	for _, tt := range tests {
		got := summary.Summarize(tt.sentence, ix)
		if got != tt.want {
			t.Errorf("summarize(%.40q…)\n got %q\nwant %q", tt.sentence, got, tt.want)
		}
		if len(got) > summary.Long {
			t.Errorf("summary %q is %d bytes, over %d", got, len(got), summary.Long)
		}
	}
}

func TestSummarizeOddInput(t *testing.T) {
	ix := lexicon.IndexOf(modeltest.Hand())
	for _, s := range []string{"", ".", "(((", "“”", ", , ,", strings.Repeat("é", 200), strings.Repeat("word ", 100), "a\xffb arrested \xfe" + strings.Repeat("x", 100)} {
		got := summary.Summarize(s, ix)
		if len(got) > summary.Long+len("…") {
			t.Errorf("summarize(%.20q) = %d bytes", s, len(got))
		}
		if utf8.ValidString(s) && !utf8.ValidString(got) {
			t.Errorf("summarize(%.20q) = %q splits a rune", s, got)
		}
	}
}

func TestSummarizePunctuationOnly(t *testing.T) {
	ix := lexicon.IndexOf(modeltest.Hand())
	for _, s := range []string{"— " + strings.Repeat("x ", 80), strings.Repeat("— ", 60), strings.Repeat("-", 160) + " arrested"} {
		got := summary.Summarize(s, ix)
		if got == "" || len(got) > summary.Long+len("…") || !utf8.ValidString(got) || !strings.HasSuffix(got, "…") {
			t.Errorf("summarize(%.20q) = %q, want a valid head of at most %d bytes cut with …", s, got, summary.Long)
		}
	}
}

// A summary that is its sentence cut short is a piece of the sentence,
// not a copy: a story keeps one summary per event.
func TestSummaryIsPieceOfSentence(t *testing.T) {
	inside := func(text, s string) bool {
		if s == "" {
			return false
		}
		p := uintptr(unsafe.Pointer(unsafe.StringData(s)))
		a := uintptr(unsafe.Pointer(unsafe.StringData(text)))
		return p >= a && p+uintptr(len(s)) <= a+uintptr(len(text))
	}
	ix := lexicon.IndexOf(modeltest.Hand())
	for _, c := range []struct {
		text  string
		piece bool
	}{
		{"Police arrested three men.", true},
		{"Belgian police arrested 48 people in Antwerp on Tuesday, prosecutors said.", true},
		{"Prosecutors said Tuesday that many former EncroChat users migrated last year to Sky ECC.", false}, // capitalised
		{"Colombian police, working with the DEA, arrested 12 members of the Gulf Clan.", false},            // aside dropped
	} {
		got := summary.Summarize(c.text, ix)
		if inside(c.text, got) != c.piece {
			t.Errorf("summarize(%q) = %q: piece of the sentence %v, want %v", c.text, got, !c.piece, c.piece)
		}
	}
}

// TestSummaryKeepsTheClause: real sentences whose summaries once lost
// their verb's particle, kept a date's year as a fragment or dropped the
// main verb for an aside. A summary must start with its subject, keep
// what is named here and end whole, without "…".
func TestSummaryKeepsTheClause(t *testing.T) {
	ix := lexicon.IndexOf(modeltest.Hand())
	tests := []struct{ sentence, want string }{
		{"Operation RapTor resulted in the highest number of seizures of any JCODE operation, including more than $200 million in currency and digital assets, over two metric tons of drugs, 144 kilograms of fentanyl or fentanyl-laced narcotics, and over 180 firearms.",
			"Operation RapTor resulted in the highest number of seizures of any JCODE operation"},
		{"On Dec. 16, 2024, Rui-Siang Lin pleaded guilty to charges brought by the U.S. Attorney’s Office for the Southern District of New York.",
			"Rui-Siang Lin pleaded guilty to charges"},
		{"This historic takedown, led by Europol, resulted in the highest number of seizures in JCODE’s history.",
			"This historic takedown resulted in the highest number of seizures"},
		{"The operation, carried out with the help of Europol, dismantled a network that shipped cocaine from Ecuador to Antwerp.",
			"The operation dismantled a network"},
		// An irregular past ends the aside; the apposition keeps its comma.
		{"A fourth co-conspirator, Gregory Castillo-Rosario, who was arrested in October 2024, ran the Mrjohnson account.",
			"A fourth co-conspirator, Gregory Castillo-Rosario, ran the Mrjohnson account"},
		// A clause nested in the aside takes the first verb after a comma
		// for its own subject.
		{"A former New York businessman, who disappeared the same day a federal jury sitting in the U.S. District Court in Newark, New Jersey, began deliberating in his tax evasion and fraud trial, was caught while in Greece more than 18 years after his conviction, and appeared in federal court in the District of New Jersey on Friday, July 17, announced Acting Assistant Attorney General Caroline D. Ciraolo of the Justice Department’s Tax Division.",
			"A former New York businessman was caught"},
	}
	for _, tt := range tests {
		got := summary.Summarize(tt.sentence, ix)
		if !strings.HasPrefix(got, tt.want) || strings.HasSuffix(got, "…") {
			t.Errorf("summarize(%.50q…)\n got %q\nwant it to start %q and end whole", tt.sentence, got, tt.want)
		}
	}
}
