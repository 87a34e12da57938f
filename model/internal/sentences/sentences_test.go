package sentences_test

import (
	"slices"
	"strings"
	"testing"

	"dossier/model/internal/lexicon"
	"dossier/model/internal/modeltest"
	"dossier/model/internal/sentences"
	"dossier/model/internal/story"
)

func sentenceTexts(ss []story.Sentence) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = s.Text
	}
	return out
}

// checkSentences asserts the invariants every split must keep.
func checkSentences(t *testing.T, body string, ss []story.Sentence) {
	t.Helper()
	prev := 0
	for i, s := range ss {
		if s.ID != i+1 {
			t.Errorf("sentence %d has ID %d", i+1, s.ID)
		}
		if s.Start < prev || s.Start >= s.End || s.End > len(body) {
			t.Fatalf("sentence %d span [%d,%d) out of order or bounds (prev end %d, body %d)", s.ID, s.Start, s.End, prev, len(body))
		}
		if body[s.Start:s.End] != s.Text {
			t.Errorf("sentence %d text %q != body span %q", s.ID, s.Text, body[s.Start:s.End])
		}
		prev = s.End
	}
}

func TestSplitSentences(t *testing.T) {
	ix := lexicon.IndexOf(modeltest.Hand())
	tests := []struct {
		name     string
		body     string
		want     []string
		dateline string
	}{
		{"ap dateline", "BRUSSELS (AP) – Belgian police made 48 arrests on Tuesday. Prosecutors said so.",
			[]string{"Belgian police made 48 arrests on Tuesday.", "Prosecutors said so."}, "BRUSSELS"},
		{"reuters dateline with country", "THE HAGUE, Netherlands (Reuters) - Dutch police arrested 30 suspects.",
			[]string{"Dutch police arrested 30 suspects."}, "THE HAGUE, Netherlands"},
		{"bare dateline with em dash", "LONDON — Police seized guns.", []string{"Police seized guns."}, "LONDON"},
		{"dateline with period", "ST. LOUIS (AP) — Police seized guns.", []string{"Police seized guns."}, "ST. LOUIS"},
		{"dateline with date", "MADRID, March 9 (Reuters) - Police seized guns.", []string{"Police seized guns."}, "MADRID, March 9"},
		{"dateline after headline", "Police seize guns\nMADRID (AP) — Police seized guns.", []string{"Police seize guns", "Police seized guns."}, "MADRID"},
		{"no dateline: acronym subject", "US police said the FBI helped. It did.", []string{"US police said the FBI helped.", "It did."}, ""},
		{"no dateline: capitalised start", "A Belgian court - in Antwerp - ruled.", []string{"A Belgian court - in Antwerp - ruled."}, ""},
		{"mixed-case dateline with agency", "Brussels (AFP) - Belgian police made 48 arrests.", []string{"Belgian police made 48 arrests."}, "Brussels"},
		{"mixed-case city without agency is a sentence", "Brussels - the capital - voted.", []string{"Brussels - the capital - voted."}, ""},
		{"parenthesis with spaces is no agency", "Belgian Police (in Antwerp) - arrested two.", []string{"Belgian Police (in Antwerp) - arrested two."}, ""},
		{"hyphenated caps word is no dateline", "LONDON-based gangs were hit. It worked.", []string{"LONDON-based gangs were hit.", "It worked."}, ""},
		{"colon dateline", "WASHINGTON: Police seized guns.", []string{"Police seized guns."}, "WASHINGTON"},
		{"abbreviation", "Mr. Smith was arrested. He was charged.", []string{"Mr. Smith was arrested.", "He was charged."}, ""},
		{"initial", "J. Smith was arrested. He was charged.", []string{"J. Smith was arrested.", "He was charged."}, ""},
		{"decimal", "Police seized 1.2 million euros. They left.", []string{"Police seized 1.2 million euros.", "They left."}, ""},
		{"initialism inside", "He flew to the U.S. on Monday. Police said.", []string{"He flew to the U.S. on Monday.", "Police said."}, ""},
		{"initialism before name", "The U.S. Drug Enforcement Administration helped.", []string{"The U.S. Drug Enforcement Administration helped."}, ""},
		{"initialism at the end", "The cocaine was bound for the U.S. The shipment was seized.", []string{"The cocaine was bound for the U.S.", "The shipment was seized."}, ""},
		{"quote closes sentence", `"We did it," he said. "It worked." Then police left.`, []string{`"We did it," he said.`, `"It worked."`, "Then police left."}, ""},
		{"curly quote closes sentence", "He said: “It is over.” Police left.", []string{"He said: “It is over.”", "Police left."}, ""},
		{"quote continues", `"It is over." said the chief, smiling.`, []string{`"It is over." said the chief, smiling.`}, ""},
		{"question and exclamation", "Who did it? Police know! They said.", []string{"Who did it?", "Police know!", "They said."}, ""},
		{"lowercase after period", "Police seized 3 kg. of cocaine. It was pure.", []string{"Police seized 3 kg. of cocaine.", "It was pure."}, ""},
		{"digit starts sentence", "Police acted. 30 people were held.", []string{"Police acted.", "30 people were held."}, ""},
		{"mixed-case gazetteer city and country before a spaced dash", "Antwerp, Belgium – Police arrested 12 people on Monday.", []string{"Police arrested 12 people on Monday."}, "Antwerp, Belgium"},
		{"unknown mixed-case words before a dash stay", "Blue Harbour – Police arrested 12 people.", []string{"Blue Harbour – Police arrested 12 people."}, ""},
		{"bracket after period", "Police acted (on Monday.) Then they left.", []string{"Police acted (on Monday.)", "Then they left."}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ss, dl, _ := sentences.Split(tt.body, ix)
			checkSentences(t, tt.body, ss)
			if got := sentenceTexts(ss); !slices.Equal(got, tt.want) {
				t.Errorf("sentences\n got %q\nwant %q", got, tt.want)
			}
			if dl != tt.dateline {
				t.Errorf("dateline = %q, want %q", dl, tt.dateline)
			}
		})
	}
}

func TestSplitParagraphsAndByline(t *testing.T) {
	body := "First one. Second one.\n\nThird one.\r\nFourth.\n___\nCorder reported from The Hague, the Netherlands.\nMore byline."
	ss, _, _ := sentences.Split(body, lexicon.IndexOf(modeltest.Hand()))
	checkSentences(t, body, ss)
	type want struct {
		text   string
		para   int
		byline bool
	}
	wants := []want{
		{"First one.", 1, false}, {"Second one.", 1, false}, {"Third one.", 2, false}, {"Fourth.", 3, false},
		{"Corder reported from The Hague, the Netherlands.", 4, true}, {"More byline.", 5, true},
	}
	if len(ss) != len(wants) {
		t.Fatalf("got %d sentences %q, want %d", len(ss), sentenceTexts(ss), len(wants))
	}
	for i, w := range wants {
		s := ss[i]
		if s.Text != w.text || s.Paragraph != w.para || s.Byline != w.byline {
			t.Errorf("sentence %d = {%q p%d byline=%v}, want {%q p%d byline=%v}", i+1, s.Text, s.Paragraph, s.Byline, w.text, w.para, w.byline)
		}
	}
}

// A headline and byline lines ("By …", "Times Staff Writer") above a
// dateline: the headline is the title, the byline lines no story.
func TestBylineLinesAboveDateline(t *testing.T) {
	body := "Storms knock out power to 180,000 across Tampa Bay; 2 dead\nBy Megan Reyes\nTimes Staff Writer\n\nTAMPA — Powerful storms swept across the Tampa Bay area Tuesday evening, officials said."
	ss, dl, title := sentences.Split(body, lexicon.IndexOf(modeltest.Hand()))
	checkSentences(t, body, ss)
	if dl != "TAMPA" || title != 1 {
		t.Errorf("dateline %q title %d, want TAMPA and 1", dl, title)
	}
	var by []bool
	for _, s := range ss {
		by = append(by, s.Byline)
	}
	if want := []bool{false, true, true, false}; !slices.Equal(by, want) {
		t.Errorf("byline marks %v, want %v (%q)", by, want, sentenceTexts(ss))
	}
	// A long second line is story, not byline: no dateline after it.
	body = "Storms hit Tampa\nPowerful storms swept across the Tampa Bay area on Tuesday evening and killed two\nTAMPA — More rain is due."
	if _, dl, _ := sentences.Split(body, lexicon.IndexOf(modeltest.Hand())); dl != "" {
		t.Errorf("dateline %q after a story line, want none", dl)
	}
}

func TestSeparatorLines(t *testing.T) {
	for _, s := range []string{"___", "---", "***", "* * *", "=====", "_ _ _"} {
		if !sentences.IsSeparatorLine(s) {
			t.Errorf("%q is a separator", s)
		}
	}
	for _, s := range []string{"__", "-_-", "--- text", "", "—"} {
		if sentences.IsSeparatorLine(s) {
			t.Errorf("%q is not a separator", s)
		}
	}
}

func TestDatelineOnlyAndEmpty(t *testing.T) {
	ix := lexicon.IndexOf(modeltest.Hand())
	for _, body := range []string{"", "\n\n", "BRUSSELS (AP) – ", "___", "___\n", "   \t"} {
		ss, _, _ := sentences.Split(body, ix)
		checkSentences(t, body, ss)
		for _, s := range ss {
			if body == "___" || body == "___\n" {
				t.Errorf("%q: separator alone became sentence %q", body, s.Text)
			}
		}
	}
}

func TestCreditLinesAreByline(t *testing.T) {
	ix := lexicon.IndexOf(modeltest.Hand())
	for _, body := range []string{
		"Police seized cocaine.\n(Reporting by Toby Sterling in Amsterdam; Editing by Alex Richardson)",
		"Police seized cocaine.\nAssociated Press writer Mike Corder in The Hague contributed to this report.",
		"Police seized cocaine.\nCopyright 2021 The Associated Press. All rights reserved.",
	} {
		ss, _, _ := sentences.Split(body, ix)
		checkSentences(t, body, ss)
		if len(ss) < 2 || ss[0].Byline {
			t.Fatalf("%q: sentences %+v", body, ss)
		}
		for _, s := range ss[1:] {
			if !s.Byline {
				t.Errorf("%q: credit sentence %q not marked byline", body, s.Text)
			}
		}
	}
	// A story sentence that merely mentions reporting stays in the story.
	ss, _, _ := sentences.Split("Police seized cocaine.\nThe newspaper's reporting by two journalists led to arrests.", ix)
	if len(ss) != 2 || ss[1].Byline {
		t.Errorf("story sentence marked byline: %+v", ss)
	}
}

// The story keeps its sentence slice: it must not keep append's headroom
// too (on 100,000 one-word sentences that was a fifth of the slice).
func TestSentencesKeepNoHeadroom(t *testing.T) {
	body := strings.Repeat("Police. Arrested. Antwerp. Cash. Seized.\n\n", 20000)
	sents, _, _ := sentences.Split(body, lexicon.IndexOf(modeltest.Hand()))
	if len(sents) != 100000 {
		t.Fatalf("%d sentences, want 100000", len(sents))
	}
	if spare := cap(sents) - len(sents); spare > len(sents)/8 {
		t.Errorf("%d sentences in a slice of %d", len(sents), cap(sents))
	}
	// The slice is sized once by maxSentences, which must bound the count.
	for _, body := range []string{body, "", "No terminator", "One. Two! Three? Four… Five\nSix", "U.S. agents. J. Smith said 3.5 tonnes...\n\nEnd"} {
		sents, _, _ := sentences.Split(body, lexicon.IndexOf(modeltest.Hand()))
		if n := sentences.MaxSentences(body); len(sents) > n {
			t.Errorf("%.30q: %d sentences, maxSentences %d", body, len(sents), n)
		}
	}
}
