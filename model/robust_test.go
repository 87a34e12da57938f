package model_test

import (
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"dossier/model"
)

// TestParseTokenSoup parses deterministic random mixes of the words and
// marks the parser reacts to (demonyms, roles, places, datelines,
// separators, quotes, abbreviations, invalid bytes) and checks every
// invariant. Random bytes rarely hit the composition rules; this does.
func TestParseTokenSoup(t *testing.T) {
	lex := mustLexicon(t)
	pieces := []string{
		"Dutch", "Belgian", "and", "or", ",", "police", "prosecutors", "federal prosecutors", "in", "the",
		"Spain", "Antwerp", "Rotterdam", "European", "from", "to", "said", "that", "they", "arrested",
		"seized", "48", "1.2 million euros", "($ 1.4 million)", "tonnes of cocaine", "U.S.", "Mr.", ".", "!", "?",
		"\"", "“", "”", "’s", "'s", "(", ")", "—", "-", "–", ":", ";", "\n", "\n\n", "___", "BRUSSELS (AP) –",
		"THE HAGUE, Netherlands (Reuters) -", "Last year,", "Meanwhile,", "according to", "which", "who", "if",
		"could", "with", "police uniforms", "Sky ECC", "EncroChat", "on Tuesday", "last year", "\xff", "\xe2\x80",
		"van", "Henk", "Essen", "adding that", "Reporting by", "In", "Morocco", "customs", "authorities", "FBI",
	}
	rng := rand.New(rand.NewPCG(1, 2))
	published := time.Date(2021, 3, 9, 0, 0, 0, 0, time.UTC)
	for range 400 {
		var b strings.Builder
		for range 1 + rng.IntN(80) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
			if rng.IntN(4) > 0 {
				b.WriteByte(' ')
			}
		}
		body := b.String()
		st := model.Parse(model.Document{Body: body, Published: published}, lex)
		if err := st.Validate(); err != nil {
			t.Fatalf("%v\nbody: %q", err, body)
		}
	}
}
