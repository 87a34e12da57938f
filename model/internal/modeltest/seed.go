package modeltest

import (
	_ "embed"
	"strings"
	"time"

	"dossier/model/internal/story"
)

// SeedBody is the embedded AP story (published Tuesday 2021-03-09), one
// paragraph per line, as the date and quantity tests read it.
//
//go:embed seed.txt
var SeedBody string

// SeedPublished is the seed's publication day.
var SeedPublished = time.Date(2021, 3, 9, 0, 0, 0, 0, time.UTC)

// SplitSentences splits a body into sentences for tests only: a
// paragraph per line, a sentence ending at ". " before a capital letter.
// Body offsets and paragraph numbers are set like the real splitter's.
func SplitSentences(body string) []story.Sentence {
	var out []story.Sentence
	off := 0
	for p, line := range strings.Split(body, "\n") {
		start := 0
		for i := 0; i < len(line); i++ {
			if line[i] == '.' && i+2 < len(line) && line[i+1] == ' ' && line[i+2] >= 'A' && line[i+2] <= 'Z' {
				out = append(out, story.Sentence{ID: len(out) + 1, Paragraph: p + 1, Start: off + start, End: off + i + 1, Text: line[start : i+1]})
				start = i + 2
			}
		}
		if start < len(line) {
			out = append(out, story.Sentence{ID: len(out) + 1, Paragraph: p + 1, Start: off + start, End: off + len(line), Text: line[start:]})
		}
		off += len(line) + 1
	}
	return out
}

// StorySentences is SplitSentences without the byline after the "___"
// rule.
func StorySentences(body string) []story.Sentence {
	all := SplitSentences(body)
	for i, s := range all {
		if strings.HasPrefix(s.Text, "___") {
			return all[:i]
		}
	}
	return all
}
