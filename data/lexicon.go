package data

import (
	"embed"
	"fmt"
	"io/fs"
	"slices"
	"strconv"
	"strings"

	"dossier/model"
)

// The word lists are plain UTF-8 files under lexicon/. In every file, one
// entry is one line; blank lines and lines starting with "#" are skipped.
// In the .tsv files columns are separated by tabs and aliases within a
// column by "|"; trailing empty columns may be left off. The .txt files
// hold one phrase per line. Each file starts with a comment naming its
// columns. A malformed line is an error naming file:line.
//
// The words/ directory holds the vocabulary the stages reason with, one
// named list per file ("words/dates/say-verbs.txt" is the list
// "dates/say-verbs"): a .txt file is one word or phrase per line, a .tsv
// file a word or phrase and, where the list gives one, its value.

// lexiconFiles holds the word lists.
//
//go:embed lexicon
var lexiconFiles embed.FS

// Lexicon parses the embedded word lists. It does the work on every call;
// call it once and share the result.
func Lexicon() (*model.Lexicon, error) { return LoadLexicon(lexiconFiles) }

// LoadLexicon parses word lists from fsys, which holds a lexicon/ directory
// laid out like the embedded one: a way to try edited lists without a
// rebuild (os.DirFS), and for tests.
func LoadLexicon(fsys fs.FS) (*model.Lexicon, error) {
	lex := &model.Lexicon{Numbers: map[string]float64{}, Words: map[string][]model.WordEntry{}}
	steps := []struct {
		file string
		cols int
		load func(*model.Lexicon, row) error
		// reserve makes room for a big list's n rows at once: the word
		// lists load on the way to the first frame.
		reserve func(l *model.Lexicon, n int)
	}{
		{"countries.tsv", 4, loadCountry, func(l *model.Lexicon, n int) { l.Countries = slices.Grow(l.Countries, n) }},
		{"places.tsv", 4, loadPlace, func(l *model.Lexicon, n int) { l.Places = slices.Grow(l.Places, n) }},
		{"agencies.tsv", 3, loadAgency, func(l *model.Lexicon, n int) { l.Agencies = slices.Grow(l.Agencies, n) }},
		{"roles.tsv", 2, loadRole, nil},
		{"networks.tsv", 2, loadNetwork, nil},
		{"items.tsv", 3, loadItem, nil},
		{"units.tsv", 3, loadUnit, nil},
		{"numbers.tsv", 2, loadNumber, nil},
		{"triggers.txt", 1, func(l *model.Lexicon, r row) error { l.Triggers = append(l.Triggers, r.cols[0]); return nil }, nil},
		{"itemheads.txt", 1, func(l *model.Lexicon, r row) error { l.ItemHeads = append(l.ItemHeads, r.cols[0]); return nil }, nil},
		{"statecues.txt", 1, func(l *model.Lexicon, r row) error { l.StateCues = append(l.StateCues, r.cols[0]); return nil }, nil},
		{"abbreviations.txt", 1, func(l *model.Lexicon, r row) error { l.Abbreviations = append(l.Abbreviations, r.cols[0]); return nil }, nil},
	}
	for _, st := range steps {
		rows, err := readRows(fsys, "lexicon/"+st.file, st.cols)
		if err != nil {
			return nil, err
		}
		if st.reserve != nil {
			st.reserve(lex, len(rows))
		}
		names := make(map[string]int, len(rows))
		for _, r := range rows {
			if prev, dup := names[r.cols[0]]; dup {
				return nil, r.errorf("%q is already on line %d", r.cols[0], prev)
			}
			names[r.cols[0]] = r.line
			if err := st.load(lex, r); err != nil {
				return nil, err
			}
		}
	}
	if err := loadWords(fsys, lex); err != nil {
		return nil, err
	}
	if err := addSeizeTriggers(lex); err != nil {
		return nil, err
	}
	return lex, nil
}

// seizeCues is the list of the seizing words, each listed once: those
// marked "trigger" are triggers too, and join Lexicon.Triggers.
const seizeCues = "quantities/seize-cues"

func addSeizeTriggers(lex *model.Lexicon) error {
	for _, e := range lex.Words[seizeCues] {
		if !slices.Contains(strings.Fields(e.Value), "trigger") {
			continue
		}
		if slices.Contains(lex.Triggers, e.Word) {
			return fmt.Errorf("lexicon/triggers.txt: %q is a trigger in lexicon/words/%s.tsv already", e.Word, seizeCues)
		}
		lex.Triggers = append(lex.Triggers, e.Word)
	}
	return nil
}

// loadWords reads every word list under lexicon/words into lex.Words.
func loadWords(fsys fs.FS, lex *model.Lexicon) error {
	const dir = "lexicon/words"
	return fs.WalkDir(fsys, dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return fmt.Errorf("word list: %w", err)
		}
		cols := 0
		switch {
		case d.IsDir():
			return nil
		case strings.HasSuffix(path, ".txt"):
			cols = 1
		case strings.HasSuffix(path, ".tsv"):
			cols = 2
		default:
			return fmt.Errorf("%s: a word list is a .txt or .tsv file", path)
		}
		rows, err := readRows(fsys, path, cols)
		if err != nil {
			return err
		}
		name := strings.TrimSuffix(strings.TrimPrefix(path, dir+"/"), path[strings.LastIndexByte(path, '.'):])
		if _, dup := lex.Words[name]; dup {
			return fmt.Errorf("%s: list %q is also in another file", path, name)
		}
		entries := make([]model.WordEntry, 0, len(rows))
		seen := make(map[string]int, len(rows))
		for _, r := range rows {
			if prev, dup := seen[r.cols[0]]; dup {
				return r.errorf("%q is already on line %d", r.cols[0], prev)
			}
			seen[r.cols[0]] = r.line
			e := model.WordEntry{Word: r.cols[0]}
			if cols == 2 {
				e.Value = r.cols[1]
			}
			entries = append(entries, e)
		}
		lex.Words[name] = entries
		return nil
	})
}

// row is one entry line, its columns trimmed and padded to the file's
// column count.
type row struct {
	file string
	line int
	cols []string
}

func (r row) errorf(format string, args ...any) error {
	return fmt.Errorf("%s:%d: %s", r.file, r.line, fmt.Sprintf(format, args...))
}

// aliases splits column i on "|". An empty column is no aliases; an empty
// piece between bars is a typo and an error.
func (r row) aliases(i int) ([]string, error) {
	if r.cols[i] == "" {
		return nil, nil
	}
	parts := strings.Split(r.cols[i], "|")
	for j, p := range parts {
		parts[j] = strings.TrimSpace(p)
		if parts[j] == "" {
			return nil, r.errorf("empty alias in column %d", i+1)
		}
	}
	return parts, nil
}

func readRows(fsys fs.FS, path string, cols int) ([]row, error) {
	b, err := fs.ReadFile(fsys, path)
	if err != nil {
		return nil, fmt.Errorf("word list: %w", err)
	}
	lines := strings.Split(normalizeNewlines(string(b)), "\n")
	rows := make([]row, 0, len(lines))
	for n, line := range lines {
		if t := strings.TrimSpace(line); t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		r := row{file: path, line: n + 1, cols: strings.Split(line, "\t")}
		if len(r.cols) > cols {
			return nil, r.errorf("%d columns, want at most %d (tab-separated)", len(r.cols), cols)
		}
		for i := range r.cols {
			r.cols[i] = strings.TrimSpace(r.cols[i])
		}
		for len(r.cols) < cols {
			r.cols = append(r.cols, "")
		}
		if r.cols[0] == "" {
			return nil, r.errorf("empty first column")
		}
		rows = append(rows, r)
	}
	return rows, nil
}

func loadCountry(lex *model.Lexicon, r row) error {
	if !upperCode(r.cols[1], 2) {
		return r.errorf("code %q is not an ISO 3166-1 alpha-2 code", r.cols[1])
	}
	for _, c := range lex.Countries {
		if c.Code == r.cols[1] {
			return r.errorf("code %s is already used by %s", c.Code, c.Name)
		}
	}
	aliases, err := r.aliases(2)
	if err != nil {
		return err
	}
	demonyms, err := r.aliases(3)
	if err != nil {
		return err
	}
	lex.Countries = append(lex.Countries, model.CountryEntry{Name: r.cols[0], Code: r.cols[1], Aliases: aliases, Demonyms: demonyms})
	return nil
}

// country checks that column i is empty or a country already loaded.
func country(lex *model.Lexicon, r row, i int) error {
	name := r.cols[i]
	if name == "" || slices.ContainsFunc(lex.Countries, func(c model.CountryEntry) bool { return c.Name == name }) {
		return nil
	}
	return r.errorf("unknown country %q (use the name in countries.tsv)", name)
}

// placeTypes and itemCategories are functions, not package variables, so
// no caller can change them.
func placeTypes() []string { return []string{"city", "port", "region", "continent"} }

func loadPlace(lex *model.Lexicon, r row) error {
	if err := country(lex, r, 1); err != nil {
		return err
	}
	if !slices.Contains(placeTypes(), r.cols[2]) {
		return r.errorf("type %q, want one of %s", r.cols[2], strings.Join(placeTypes(), ", "))
	}
	aliases, err := r.aliases(3)
	if err != nil {
		return err
	}
	lex.Places = append(lex.Places, model.PlaceEntry{Name: r.cols[0], Country: r.cols[1], Type: r.cols[2], Aliases: aliases})
	return nil
}

func loadAgency(lex *model.Lexicon, r row) error {
	if err := country(lex, r, 1); err != nil {
		return err
	}
	aliases, err := r.aliases(2)
	if err != nil {
		return err
	}
	lex.Agencies = append(lex.Agencies, model.AgencyEntry{Name: r.cols[0], Country: r.cols[1], Aliases: aliases})
	return nil
}

func loadRole(lex *model.Lexicon, r row) error {
	aliases, err := r.aliases(1)
	if err != nil {
		return err
	}
	lex.Roles = append(lex.Roles, model.RoleEntry{Name: r.cols[0], Aliases: aliases})
	return nil
}

func loadNetwork(lex *model.Lexicon, r row) error {
	aliases, err := r.aliases(1)
	if err != nil {
		return err
	}
	lex.Networks = append(lex.Networks, model.NetworkEntry{Name: r.cols[0], Aliases: aliases})
	return nil
}

func itemCategories() []string {
	return []string{"drugs", "cash", "weapons", "vehicles", "valuables", "documents", "devices", "equipment"}
}

func loadItem(lex *model.Lexicon, r row) error {
	if !slices.Contains(itemCategories(), r.cols[1]) {
		return r.errorf("category %q, want one of %s", r.cols[1], strings.Join(itemCategories(), ", "))
	}
	aliases, err := r.aliases(2)
	if err != nil {
		return err
	}
	lex.Items = append(lex.Items, model.ItemEntry{Name: r.cols[0], Category: r.cols[1], Aliases: aliases})
	return nil
}

func loadUnit(lex *model.Lexicon, r row) error {
	switch r.cols[1] {
	case "mass", "volume":
	case "currency":
		if !upperCode(r.cols[0], 3) {
			return r.errorf("currency %q is not an ISO 4217 code", r.cols[0])
		}
	default:
		return r.errorf("kind %q, want mass, volume or currency", r.cols[1])
	}
	aliases, err := r.aliases(2)
	if err != nil {
		return err
	}
	lex.Units = append(lex.Units, model.UnitEntry{Code: r.cols[0], Kind: r.cols[1], Aliases: aliases})
	return nil
}

func loadNumber(lex *model.Lexicon, r row) error {
	v, err := strconv.ParseFloat(r.cols[1], 64)
	if err != nil || v < 0 {
		return r.errorf("value %q is not a number", r.cols[1])
	}
	lex.Numbers[r.cols[0]] = v
	return nil
}

// upperCode reports whether s is n ASCII capital letters, the shape of
// ISO country and currency codes.
func upperCode(s string, n int) bool {
	if len(s) != n {
		return false
	}
	for i := 0; i < n; i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}
