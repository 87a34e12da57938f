// Package bigin makes the big and odd articles the hardening tests and
// benchmarks open: a 100 KB word, a 1 MiB line, 100,000 one-word
// sentences, 10,000 distinct places, and the seed story repeated to any
// size. Everything is generated from the embedded seed and word lists, so
// the inputs are the same on every machine and nothing big is committed.
package bigin

import (
	"fmt"
	"os"
	"strings"

	"dossier/data"
	"dossier/model"
)

// Input is one generated article. Lex is the word lists to parse it with:
// the embedded ones, or for Places a copy with the generated places added.
type Input struct {
	Name string
	Text []byte // the whole file, front matter included
	Lex  *model.Lexicon
}

const frontMatter = "---\ntitle: A big story\nsource: test\npublished: 2021-03-09\ndateline: BRUSSELS\n---\n"

// seedBody is the embedded story's news text: its body up to the "___"
// rule before the credit line. Repeated whole, the first credit line
// would end the story and make every later copy a byline, no events.
func seedBody() (string, error) {
	doc, err := data.Default()
	if err != nil {
		return "", err
	}
	body, _, _ := strings.Cut(doc.Body, "\n___")
	return body, nil
}

// BigWord is a real sentence, then a word of n letters with no space or
// punctuation in it, then another sentence.
func BigWord(n int) []byte {
	var b strings.Builder
	b.WriteString(frontMatter)
	b.WriteString("BRUSSELS (AP) – Belgian police arrested 48 people in Antwerp on Tuesday, prosecutors said. ")
	const letters = "Antwerpcocainesearchesmessages"
	for b.Len() < len(frontMatter)+90+n {
		b.WriteString(letters)
	}
	b.WriteString(" was seized.\n\nDutch police seized 17 tonnes of cocaine in Rotterdam on March 2.\n")
	return []byte(b.String())
}

// OneLine is the seed's sentences run together on one line (no line
// break at all) until the line is at least n bytes long.
func OneLine(n int) ([]byte, error) {
	body, err := seedBody()
	if err != nil {
		return nil, err
	}
	flat := strings.Join(strings.Fields(body), " ") + " "
	var b strings.Builder
	b.WriteString(frontMatter)
	for b.Len() < len(frontMatter)+n {
		b.WriteString(flat)
	}
	b.WriteString("\n")
	return []byte(b.String()), nil
}

// Sentences is n sentences of one word each, words the parser knows,
// fifty to a paragraph.
func Sentences(n int) []byte {
	words := []string{"Police.", "Arrested.", "Seized.", "Antwerp.", "Cocaine.", "Tuesday.", "Europol.", "Belgium.", "Cash.", "Rotterdam."}
	var b strings.Builder
	b.WriteString(frontMatter)
	for i := range n {
		b.WriteString(words[i%len(words)])
		if i%50 == 49 {
			b.WriteString("\n\n")
		} else {
			b.WriteByte(' ')
		}
	}
	return []byte(b.String())
}

// Places returns n distinct place names made from the word lists' places
// ("North Antwerp", "Port Lyon", ...) added to a copy of lex, and an
// article with one event in each: "Police arrested 2 people in <place> on
// Monday." With n at most 12 times the places in lex, every name is new.
func Places(lex *model.Lexicon, n int) (*model.Lexicon, []byte) {
	prefixes := []string{"North", "South", "East", "West", "New", "Old", "Upper", "Lower", "Great", "Little", "Port", "Saint"}
	var places []model.PlaceEntry
	seen := map[string]bool{}
	// A generated name must not be another entry's name or alias
	// ("South East Asia", "Port Newark"), or it would not be new.
	for _, p := range lex.Places {
		seen[p.Name] = true
		for _, a := range p.Aliases {
			seen[a] = true
		}
	}
	for _, c := range lex.Countries {
		for _, a := range append(append([]string{c.Name}, c.Aliases...), c.Demonyms...) {
			seen[a] = true
		}
	}
	for _, pre := range prefixes {
		for _, p := range lex.Places {
			name := pre + " " + p.Name
			if len(places) == n || seen[name] {
				continue
			}
			seen[name] = true
			places = append(places, model.PlaceEntry{Name: name, Country: p.Country, Type: "city"})
		}
	}
	ext := &model.Lexicon{
		Countries:     lex.Countries,
		Places:        append(append([]model.PlaceEntry(nil), lex.Places...), places...),
		Agencies:      lex.Agencies,
		Roles:         lex.Roles,
		Networks:      lex.Networks,
		Items:         lex.Items,
		Units:         lex.Units,
		Numbers:       lex.Numbers,
		Triggers:      lex.Triggers,
		StateCues:     lex.StateCues,
		Abbreviations: lex.Abbreviations,
		Words:         lex.Words,
	}
	var b strings.Builder
	b.WriteString(frontMatter)
	for i, p := range places {
		b.WriteString("Police arrested ")
		b.WriteString([]string{"2", "3", "five", "12"}[i%4])
		b.WriteString(" people in ")
		b.WriteString(p.Name)
		b.WriteString(" on Monday.\n\n")
	}
	return ext, []byte(b.String())
}

// Repeat is the seed story's body repeated, paragraphs intact, until the
// file is at least n bytes.
func Repeat(n int) ([]byte, error) {
	body, err := seedBody()
	if err != nil {
		return nil, err
	}
	var b strings.Builder
	b.Grow(n + len(body) + len(frontMatter))
	b.WriteString(frontMatter)
	for b.Len() < n {
		b.WriteString(body)
		b.WriteString("\n\n")
	}
	return []byte(b.String()), nil
}

// WantHuge reports whether the 60 MiB input was asked for. It takes a
// minute and a gigabyte and more (far more under -race), so the default
// test run leaves it out: DOSSIER_HUGE=1 go test -run BigInputs . ./model
func WantHuge() bool { return os.Getenv("DOSSIER_HUGE") != "" }

// All returns every big input; with short, the 60 MiB one is left out.
func All(short bool) ([]Input, error) {
	lex, err := data.Lexicon()
	if err != nil {
		return nil, err
	}
	line, err := OneLine(1 << 20)
	if err != nil {
		return nil, err
	}
	plex, places := Places(lex, 10_000)
	ins := []Input{
		{Name: "BigWord", Text: BigWord(100_000), Lex: lex},
		{Name: "OneLine", Text: line, Lex: lex},
		{Name: "Sentences", Text: Sentences(100_000), Lex: lex},
		{Name: "Places", Text: places, Lex: plex},
	}
	if !short {
		big, err := Repeat(60 << 20)
		if err != nil {
			return nil, err
		}
		ins = append(ins, Input{Name: "Huge", Text: big, Lex: lex})
	}
	return ins, nil
}

// Named returns the one big input called name, for benchmarks of a single
// input.
func Named(name string) (Input, error) {
	ins, err := All(name != "Huge")
	if err != nil {
		return Input{}, err
	}
	for _, in := range ins {
		if in.Name == name {
			return in, nil
		}
	}
	return Input{}, fmt.Errorf("no big input %q", name)
}
