package export

import (
	"io"
	"strings"
	"testing"

	"dossier/data"
	"dossier/model"
)

// benchStory parses the embedded seed, its body repeated n times.
func benchStory(b *testing.B, n int) *model.Story {
	b.Helper()
	doc, err := data.Default()
	if err != nil {
		b.Fatal(err)
	}
	doc.Body = strings.Repeat(doc.Body+"\n\n", n)
	lex, err := data.Lexicon()
	if err != nil {
		b.Fatal(err)
	}
	return model.Parse(doc, lex)
}

func benchWriters(b *testing.B, st *model.Story) {
	writers := []struct {
		name  string
		write func(io.Writer) error
	}{
		{"json", func(w io.Writer) error { return JSON(w, st, nil) }},
		{"timelinejs", func(w io.Writer) error { _, err := TimelineJS(w, st, nil); return err }},
		{"markdown", func(w io.Writer) error { return Markdown(w, st, nil) }},
		{"csv", func(w io.Writer) error { return CSV(w, st, nil) }},
	}
	for _, wr := range writers {
		b.Run(wr.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := wr.write(io.Discard); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkExportSeed(b *testing.B) { benchWriters(b, benchStory(b, 1)) }

// BenchmarkExport1MiB exports the seed repeated to about 1 MiB of text.
func BenchmarkExport1MiB(b *testing.B) { benchWriters(b, benchStory(b, 1<<20/3200)) }
