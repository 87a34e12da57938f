package data

import (
	"io/fs"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"dossier/model"
)

// terms lists every name an entry goes by, for the consistency checks.
type term struct {
	text  string
	kind  string // country, place, agency, role, network, item
	entry string // canonical name
	to    string // what the term resolves to, for ambiguity: a country for countries and places
}

func allTerms(lex *model.Lexicon) []term {
	var out []term
	add := func(kind, entry, to string, texts ...string) {
		for _, s := range texts {
			out = append(out, term{s, kind, entry, to})
		}
	}
	for _, c := range lex.Countries {
		add("country", c.Name, c.Name, c.Name)
		add("country", c.Name, c.Name, c.Aliases...)
		add("country", c.Name, c.Name, c.Demonyms...)
	}
	for _, p := range lex.Places {
		add("place", p.Name, p.Name, p.Name)
		add("place", p.Name, p.Name, p.Aliases...)
	}
	for _, a := range lex.Agencies {
		add("agency", a.Name, a.Name, a.Name)
		add("agency", a.Name, a.Name, a.Aliases...)
	}
	for _, r := range lex.Roles {
		add("role", r.Name, r.Name, r.Name)
		add("role", r.Name, r.Name, r.Aliases...)
	}
	for _, n := range lex.Networks {
		add("network", n.Name, n.Name, n.Name)
		add("network", n.Name, n.Name, n.Aliases...)
	}
	for _, it := range lex.Items {
		add("item", it.Name, it.Name, it.Name)
		add("item", it.Name, it.Name, it.Aliases...)
	}
	return out
}

// TestLexiconConsistency checks the word lists against each other: the
// mistakes it catches (a demonym given to two countries, a city that
// shadows a country, an alias on two agencies) are easy to make by hand
// and silently wrong at parse time.
func TestLexiconConsistency(t *testing.T) {
	lex := loadLexicon(t)
	countries := map[string]bool{}
	for _, c := range lex.Countries {
		countries[c.Name] = true
	}
	for _, p := range lex.Places {
		if p.Country != "" && !countries[p.Country] {
			t.Errorf("place %q: country %q is not in countries.tsv", p.Name, p.Country)
		}
	}
	for _, a := range lex.Agencies {
		if a.Country != "" && !countries[a.Country] {
			t.Errorf("agency %q: country %q is not in countries.tsv", a.Name, a.Country)
		}
	}

	// One text, one meaning: compared case-insensitively, because the
	// parser may fold case for lower-case words, so "Georgia" and
	// "georgia" must not mean two things either.
	// Case variants within one entry ("Sinaloa Cartel|Sinaloa cartel") are
	// fine: they serve a parser that matches case-sensitively.
	seen := map[string]term{}
	exact := map[string]bool{}
	for _, tm := range allTerms(lex) {
		if tm.text != strings.TrimSpace(tm.text) || strings.Contains(tm.text, "  ") || strings.ContainsAny(tm.text, "\t|") {
			t.Errorf("%s %q: stray whitespace or separator in %q", tm.kind, tm.entry, tm.text)
		}
		id := tm.kind + "\x00" + tm.entry + "\x00" + tm.text
		if exact[id] {
			t.Errorf("%s %q lists %q twice", tm.kind, tm.entry, tm.text)
		}
		exact[id] = true
		key := strings.ToLower(tm.text)
		prev, ok := seen[key]
		if !ok {
			seen[key] = tm
			continue
		}
		if prev.kind == tm.kind && prev.entry == tm.entry {
			continue
		}
		t.Errorf("%q is %s %q and %s %q", tm.text, prev.kind, prev.entry, tm.kind, tm.entry)
	}

	units := map[string]string{}
	for _, u := range lex.Units {
		for _, s := range append([]string{u.Code}, u.Aliases...) {
			if prev, ok := units[s]; ok && prev != u.Code {
				t.Errorf("unit %q is both %s and %s", s, prev, u.Code)
			}
			units[s] = u.Code
		}
	}
}

// lexiconFS returns a copy of the embedded word lists with some files
// replaced, so a test can break one line at a time.
func lexiconFS(t *testing.T, replace map[string]string) fstest.MapFS {
	t.Helper()
	m := fstest.MapFS{}
	err := fs.WalkDir(lexiconFiles, "lexicon", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(lexiconFiles, path)
		m[path] = &fstest.MapFile{Data: b}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	for name, content := range replace {
		m["lexicon/"+name] = &fstest.MapFile{Data: []byte(content)}
	}
	return m
}

func TestLoadLexiconEmbeddedCopy(t *testing.T) {
	if _, err := LoadLexicon(lexiconFS(t, nil)); err != nil {
		t.Fatal(err)
	}
}

func TestLoadLexiconMalformed(t *testing.T) {
	header := "# a comment\n\n"
	tests := []struct {
		name, file, content, want string
	}{
		{"too many columns", "places.tsv", header + "Ghent\tBelgium\tcity\tGent\textra\n", "lexicon/places.tsv:3: 5 columns, want at most 4 (tab-separated)"},
		{"spaces instead of tabs leave an empty column", "countries.tsv", "Belgium BE\n", `lexicon/countries.tsv:1: code "" is not an ISO 3166-1 alpha-2 code`},
		{"bad country code", "countries.tsv", "Belgium\tBEL\t\tBelgian\n", `lexicon/countries.tsv:1: code "BEL" is not an ISO 3166-1 alpha-2 code`},
		{"duplicate code", "countries.tsv", "Belgium\tBE\nBelgia\tBE\n", "lexicon/countries.tsv:2: code BE is already used by Belgium"},
		{"unknown country", "places.tsv", header + "Ghent\tBelgum\tcity\n", `lexicon/places.tsv:3: unknown country "Belgum" (use the name in countries.tsv)`},
		{"bad place type", "places.tsv", "Ghent\tBelgium\ttown\n", `lexicon/places.tsv:1: type "town", want one of city, port, region, continent`},
		{"empty alias", "places.tsv", "Ghent\tBelgium\tcity\tGent||Gand\n", "lexicon/places.tsv:1: empty alias in column 4"},
		{"duplicate name", "agencies.tsv", "Europol\t\nFBI\tUnited States\nEuropol\t\n", `lexicon/agencies.tsv:3: "Europol" is already on line 1`},
		{"agency country", "agencies.tsv", "FBI\tUSA\n", `lexicon/agencies.tsv:1: unknown country "USA" (use the name in countries.tsv)`},
		{"empty first column", "roles.tsv", "\tpolice officials\n", "lexicon/roles.tsv:1: empty first column"},
		{"bad item category", "items.tsv", "cocaine\tnarcotic\n", `lexicon/items.tsv:1: category "narcotic", want one of drugs, cash, weapons, vehicles, valuables, documents, devices, equipment`},
		{"bad unit kind", "units.tsv", "kg\tweight\tkilos\n", `lexicon/units.tsv:1: kind "weight", want mass, volume or currency`},
		{"bad currency code", "units.tsv", "euro\tcurrency\t€\n", `lexicon/units.tsv:1: currency "euro" is not an ISO 4217 code`},
		{"bad number", "numbers.tsv", "one\t1\ntwo\ttwo\n", `lexicon/numbers.tsv:2: value "two" is not a number`},
		{"tab in a one-column list", "triggers.txt", "arrested\nseized\tconfiscated\n", "lexicon/triggers.txt:2: 2 columns, want at most 1 (tab-separated)"},
		{"duplicate trigger", "triggers.txt", "arrested\n# x\narrested\n", `lexicon/triggers.txt:3: "arrested" is already on line 1`},
		{"tab in a one-column word list", "words/dates/say-verbs.txt", "said\nsays\tsaid\n", "lexicon/words/dates/say-verbs.txt:2: 2 columns, want at most 1 (tab-separated)"},
		{"too many columns in a valued word list", "words/calendar/months.tsv", "january\t1\tJan\n", "lexicon/words/calendar/months.tsv:1: 3 columns, want at most 2 (tab-separated)"},
		{"duplicate word", "words/summary/weak-ends.txt", "the\n\n# x\nthe\n", `lexicon/words/summary/weak-ends.txt:4: "the" is already on line 1`},
		{"empty word", "words/dates/directions.tsv", "last\t-1\n\t1\n", "lexicon/words/dates/directions.tsv:2: empty first column"},
		{"a seizing trigger listed twice", "triggers.txt", "arrested\nseized\n", `lexicon/triggers.txt: "seized" is a trigger in lexicon/words/quantities/seize-cues.tsv already`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := LoadLexicon(lexiconFS(t, map[string]string{tt.file: tt.content}))
			if err == nil || err.Error() != tt.want {
				t.Errorf("err = %v\nwant %s", err, tt.want)
			}
		})
	}
}

func TestLoadLexiconWordListFileType(t *testing.T) {
	m := lexiconFS(t, map[string]string{"words/dates/notes.csv": "a,b\n"})
	_, err := LoadLexicon(m)
	if err == nil || err.Error() != "lexicon/words/dates/notes.csv: a word list is a .txt or .tsv file" {
		t.Errorf("err = %v, want one naming the .csv file", err)
	}
}

func TestLoadLexiconMissingFile(t *testing.T) {
	m := lexiconFS(t, nil)
	delete(m, "lexicon/units.tsv")
	_, err := LoadLexicon(m)
	if err == nil || !strings.Contains(err.Error(), "units.tsv") {
		t.Errorf("err = %v, want one naming units.tsv", err)
	}
}

func BenchmarkLexicon(b *testing.B) {
	for b.Loop() {
		if _, err := Lexicon(); err != nil {
			b.Fatal(err)
		}
	}
}

// TestWordListValues checks the values the stages parse: numbers where a
// list gives numbers, names from a fixed set where it gives names.
func TestWordListValues(t *testing.T) {
	lex := loadLexicon(t)
	number := func(list string, lo, hi int) {
		for _, e := range lex.Words[list] {
			if n, err := strconv.Atoi(e.Value); err != nil || n < lo || n > hi {
				t.Errorf("%s: %q has value %q, want a number from %d to %d", list, e.Word, e.Value, lo, hi)
			}
		}
	}
	number("calendar/months", 1, 12)
	number("calendar/month-abbreviations", 1, 12)
	number("calendar/weekdays", 0, 6)
	number("calendar/seasons", 1, 12)
	number("dates/clock-times", 0, 23)
	number("dates/directions", -1, 1)
	oneOf := func(list string, values ...string) {
		for _, e := range lex.Words[list] {
			if !slices.Contains(values, e.Value) {
				t.Errorf("%s: %q has value %q, want one of %q", list, e.Word, e.Value, values)
			}
		}
	}
	oneOf("calendar/time-units", "day", "week", "month", "year", "decade")
	oneOf("dates/clock-leads", "exact", "approximate", "bound")
	oneOf("dates/anaphoric-nouns", "", "happening")
	oneOf("dates/future-verbs", "", "to")
	oneOf("dates/beginning-verbs", "", "when")
	oneOf("quantities/seize-cues", "verb", "noun", "verb trigger", "noun trigger", "stem trigger")
	oneOf("quantities/catch-words", "caught", "judged")
	oneOf("quantities/value-phrase", "", "cue")
	oneOf("quantities/count-auxiliaries", "", "perfect")
	oneOf("events/predicate-words", "with", "finite", "condition", "modal", "negation", "expectation")
	oneOf("sentences/credit-lines", "opens", "opens glued", "anywhere")
	// A count's label is a verb of the list that counts itself: a count
	// of "arrests" reads as what an arrest verb counts.
	labels := map[string]string{}
	for _, e := range lex.Words["quantities/count-verbs"] {
		labels[e.Word] = e.Value
	}
	for _, e := range lex.Words["quantities/count-verbs"] {
		if labels[e.Value] != e.Value {
			t.Errorf("quantities/count-verbs: label %q (of %q) does not count itself", e.Value, e.Word)
		}
	}
	// Every seizing stem's words are verbs of the cue list or none.
	for _, e := range lex.Words["quantities/seize-cues"] {
		if e.Value != "stem trigger" {
			continue
		}
		if !slices.ContainsFunc(lex.Words["quantities/seize-stems"], func(s model.WordEntry) bool { return strings.HasPrefix(e.Word, s.Word) }) {
			t.Errorf("quantities/seize-cues: %q is marked stem but no stem of seize-stems.txt starts it", e.Word)
		}
	}
}

// BenchmarkLexiconFirstParse is what the word lists cost on the way to the
// first frame: loading them and the first parse, which builds their index.
// held-B is the heap the loaded and indexed lexicon keeps.
func BenchmarkLexiconFirstParse(b *testing.B) {
	doc := model.Document{Body: "Police in Antwerp seized 2 tonnes of cocaine on Friday."}
	b.ReportAllocs()
	var held uint64
	for b.Loop() {
		var before, after runtime.MemStats
		b.StopTimer()
		runtime.GC()
		runtime.ReadMemStats(&before)
		b.StartTimer()
		lex, err := Lexicon()
		if err != nil {
			b.Fatal(err)
		}
		model.Parse(doc, lex)
		b.StopTimer()
		runtime.GC()
		runtime.ReadMemStats(&after)
		held = after.HeapAlloc - before.HeapAlloc
		runtime.KeepAlive(lex)
		b.StartTimer()
	}
	b.ReportMetric(float64(held), "held-B")
}
