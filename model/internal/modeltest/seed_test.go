package modeltest

import "testing"

func TestSplitSentencesSeed(t *testing.T) {
	ss := StorySentences(SeedBody)
	if len(ss) != 19 {
		t.Fatalf("seed story has %d sentences, want 19", len(ss))
	}
	for _, s := range ss {
		if SeedBody[s.Start:s.End] != s.Text {
			t.Fatalf("sentence %d: offsets do not match its text", s.ID)
		}
	}
}
