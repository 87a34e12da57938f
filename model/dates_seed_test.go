package model

import (
	"strings"
	"testing"
	"time"
)

// seedBody is the embedded AP story (published Tuesday 2021-03-09), one
// paragraph per line, as the date and quantity tests read it.
const seedBody = `BRUSSELS (AP) – Belgian police made 48 arrests on Tuesday during an unprecedented scale operation aimed at organized crime, after investigators broke a popular encrypted communications network among criminals, prosecutors said.
About 200 searches that mobilized more than 1,500 police officers, including special units, were carried out simultaneously across the country, with 11.5 million people, according to federal prosecutors. Police confiscated 1.2 million euros ($ 1.4 million) in cash, along with firearms, jewelry, diamonds, police uniforms and luxury cars.
Meanwhile, Dutch police and prosecutors said in a statement that they arrested 30 suspects across the country on Tuesday and searched 75 homes and offices.
Belgian prosecutors said investigators broke the Sky ECC encrypted messaging service and intercepted a billion messages during their two-year investigation that also helped confiscate more than 17 tonnes of cocaine.
According to the research, there are about 171,000 phones equipped with Sky ECC service worldwide.
The searches began around five in the morning and were carried out mainly in the Antwerp region. There were no major incidents, police said, adding that the operation dismantled several international drug trafficking organizations.
With thousands of shipping containers arriving every day in Antwerp, the Belgian port city is one of Europe’s leading ports of entry for cocaine. Traffic in the city has recently sparked an increase in violence, with gun battles and grenade attacks.
Last year, authorities in Belgium and three other countries dismantled a drug trafficking network that sent cocaine worth hundreds of millions of dollars to Western Europe. The investigation, which began when a container containing 2.8 tonnes of cocaine was found in Antwerp, uncovered an international network with connections in at least four European countries and South America.
Dutch police and prosecutors confiscated 28 firearms in the port city of Rotterdam. Prior to the investigation, they intercepted thousands of kilograms (pounds) of cocaine, heroin and hashish, according to prosecutors.
Police officials “managed to gain access to hundreds of millions of messages” from users of the Sky ECC encrypted messaging service, according to a statement from Dutch prosecutors.
The Sky ECC server was disconnected on Tuesday and confiscated by Dutch authorities, according to the prosecution’s statement.
Prosecutors said that while monitoring the encrypted messages, they were able to prevent dozens of planned crimes, including kidnappings and murders.
The operation followed a similar crackdown in July last year when European police broke another encrypted communications network called EncroChat, which allowed them to monitor criminals in real time while planning shipments of drugs, weapons deals and murders.
Prosecutors said Tuesday that many former EncroChat users migrated last year to Sky ECC.
___
Corder reported from The Hague, the Netherlands.`

// seedPublished is the seed's publication day.
var seedPublished = time.Date(2021, 3, 9, 0, 0, 0, 0, time.UTC)

// splitTestSentences splits a body into sentences for these tests only: a
// paragraph per line, a sentence ending at ". " before a capital letter.
// Body offsets and paragraph numbers are set like the real splitter's.
func splitTestSentences(body string) []Sentence {
	var out []Sentence
	off := 0
	for p, line := range strings.Split(body, "\n") {
		start := 0
		for i := 0; i < len(line); i++ {
			if line[i] == '.' && i+2 < len(line) && line[i+1] == ' ' && line[i+2] >= 'A' && line[i+2] <= 'Z' {
				out = append(out, Sentence{ID: len(out) + 1, Paragraph: p + 1, Start: off + start, End: off + i + 1, Text: line[start : i+1]})
				start = i + 2
			}
		}
		if start < len(line) {
			out = append(out, Sentence{ID: len(out) + 1, Paragraph: p + 1, Start: off + start, End: off + len(line), Text: line[start:]})
		}
		off += len(line) + 1
	}
	return out
}

// storySentences splits a body and drops the byline after the "___" rule.
func storySentences(body string) []Sentence {
	all := splitTestSentences(body)
	for i, s := range all {
		if strings.HasPrefix(s.Text, "___") {
			return all[:i]
		}
	}
	return all
}

func TestSplitTestSentencesSeed(t *testing.T) {
	ss := storySentences(seedBody)
	if len(ss) != 19 {
		t.Fatalf("seed story has %d sentences, want 19", len(ss))
	}
	for _, s := range ss {
		if seedBody[s.Start:s.End] != s.Text {
			t.Fatalf("sentence %d: offsets do not match its text", s.ID)
		}
	}
}
