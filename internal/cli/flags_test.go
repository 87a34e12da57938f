package cli

import (
	"context"
	"errors"
	"io"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"dossier/model"
	"dossier/ui"
)

// parseBrowseArgs reads args as `dossier ARGS` does, up to the point
// where the app would open: it returns the flags and the FILE arguments,
// joined by spaces, or the error the command line reports.
func parseBrowseArgs(args []string, stdout io.Writer) (*appFlags, string, error) {
	var (
		got  *appFlags
		file string
	)
	root := newRootWith(func(_ context.Context, af *appFlags, files []string) error {
		got, file = af, strings.Join(files, " ")
		return nil
	},
		strings.NewReader(""), stdout, io.Discard)
	root.SetArgs(doubleDashes(args, flagNames(root)))
	if err := execute(root); err != nil {
		return nil, "", err
	}
	if got == nil {
		return nil, "", errNothingOpened
	}
	return got, file, nil
}

// errNothingOpened: the command line printed something (help, the
// version) instead of opening the app.
var errNothingOpened = errors.New("nothing opened")

func TestFlagsFollowArguments(t *testing.T) {
	tests := []struct {
		name      string
		args      []string
		wantFile  string
		countries []string
		published string
	}{
		{"file first", []string{"story.txt", "--country", "Netherlands"}, "story.txt", []string{"Netherlands"}, ""},
		{"flags first", []string{"--country", "Netherlands", "story.txt"}, "story.txt", []string{"Netherlands"}, ""},
		{"repeated flags accumulate", []string{"--country", "Belgium", "-", "--country=Netherlands", "-published", "2021-03-09"},
			"-", []string{"Belgium", "Netherlands"}, "2021-03-09"},
		{"double dash ends flags", []string{"--country", "Belgium", "--", "--odd-name.txt"}, "--odd-name.txt", []string{"Belgium"}, ""},
		{"a value that looks like a flag", []string{"--country", "-help"}, "", []string{"-help"}, ""},
		{"no arguments", nil, "", nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			af, file, err := parseBrowseArgs(tt.args, io.Discard)
			if err != nil {
				t.Fatal(err)
			}
			if file != tt.wantFile {
				t.Errorf("file = %q, want %q", file, tt.wantFile)
			}
			if got := af.story.wanted()[model.KindCountry]; !slices.Equal(got, tt.countries) {
				t.Errorf("countries = %q, want %q", got, tt.countries)
			}
			if af.story.published != tt.published {
				t.Errorf("published = %q, want %q", af.story.published, tt.published)
			}
		})
	}
}

// TestDoubleDashes: long flags with one dash become pflag's two, and only
// those: shorthands, values, unknown names and everything after "--" stay.
func TestDoubleDashes(t *testing.T) {
	known := map[string]bool{"country": true, "published": true, "o": true, "h": false, "help": false, "no-color": false}
	for _, tt := range []struct{ in, want []string }{
		{[]string{"-country", "X", "-published=2021-03-09"}, []string{"--country", "X", "--published=2021-03-09"}},
		{[]string{"--country", "-help", "-help"}, []string{"--country", "-help", "--help"}},
		{[]string{"-o", "-country", "-h", "-no-color"}, []string{"-o", "-country", "-h", "--no-color"}},
		{[]string{"-colour", "-", "---country"}, []string{"-colour", "-", "---country"}},
		{[]string{"--", "-country", "X"}, []string{"--", "-country", "X"}},
	} {
		if got := doubleDashes(tt.in, known); !slices.Equal(got, tt.want) {
			t.Errorf("doubleDashes(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if got := doubleDashes(nil, known); got == nil {
		t.Error("doubleDashes(nil) is nil, which cobra reads as os.Args")
	}
}

// filterStory has the facet values of the seed's events, built by hand so
// the test does not depend on the parser.
func filterStory() *model.Story {
	return &model.Story{Events: []model.Event{
		{ID: 1, Countries: []string{"Belgium"}, Agencies: []string{"Belgian police"}, Items: []string{"cocaine"}},
		{ID: 2, Countries: []string{"Netherlands"}, Agencies: []string{"Dutch police", "Dutch prosecutors"}, Places: []string{"Rotterdam"}, Items: []string{"firearms"}},
		{ID: 3, Countries: []string{"Belgium", "Netherlands"}, Networks: []string{"Sky ECC"}},
	}}
}

func filterLexicon() *model.Lexicon {
	return &model.Lexicon{
		Countries: []model.CountryEntry{
			{Name: "Netherlands", Code: "NL", Aliases: []string{"the Netherlands", "Holland"}, Demonyms: []string{"Dutch"}},
			{Name: "Belgium", Code: "BE", Demonyms: []string{"Belgian"}},
			{Name: "Spain", Code: "ES", Demonyms: []string{"Spanish"}},
		},
		Networks: []model.NetworkEntry{{Name: "Sky ECC", Aliases: []string{"SkyECC"}}},
		Items:    []model.ItemEntry{{Name: "firearms", Aliases: []string{"guns", "firearm"}}},
	}
}

func TestResolveSelection(t *testing.T) {
	tests := []struct {
		name   string
		wanted map[model.Kind][]string
		want   model.Selection
	}{
		{"exact", map[model.Kind][]string{model.KindCountry: {"Belgium"}}, model.Selection{model.KindCountry: {"Belgium"}}},
		{"any case", map[model.Kind][]string{model.KindCountry: {"NETHERLANDS"}, model.KindAgency: {"dutch POLICE"}},
			model.Selection{model.KindCountry: {"Netherlands"}, model.KindAgency: {"Dutch police"}}},
		{"demonym", map[model.Kind][]string{model.KindCountry: {"Dutch"}}, model.Selection{model.KindCountry: {"Netherlands"}}},
		{"alias with the", map[model.Kind][]string{model.KindCountry: {"The Netherlands"}}, model.Selection{model.KindCountry: {"Netherlands"}}},
		{"iso code", map[model.Kind][]string{model.KindCountry: {"be"}}, model.Selection{model.KindCountry: {"Belgium"}}},
		{"item alias", map[model.Kind][]string{model.KindItem: {"guns"}}, model.Selection{model.KindItem: {"firearms"}}},
		{"network alias", map[model.Kind][]string{model.KindNetwork: {"skyecc"}}, model.Selection{model.KindNetwork: {"Sky ECC"}}},
		{"duplicates fold", map[model.Kind][]string{model.KindCountry: {"Dutch", "Netherlands", " netherlands "}}, model.Selection{model.KindCountry: {"Netherlands"}}},
		{"nothing", nil, model.Selection{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := resolveSelection(filterStory(), filterLexicon(), tt.wanted)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("selection = %v, want %v", got, tt.want)
			}
			for k, v := range tt.want {
				if !slices.Equal(got[k], v) {
					t.Errorf("%s = %q, want %q", k, got[k], v)
				}
			}
		})
	}
}

func TestResolveSelectionUnknown(t *testing.T) {
	tests := []struct {
		name   string
		wanted map[model.Kind][]string
		msg    string
	}{
		{"country not in story", map[model.Kind][]string{model.KindCountry: {"Spain"}},
			`no country "Spain" in this story (have: Belgium, Netherlands)`},
		{"demonym of a country not in story", map[model.Kind][]string{model.KindCountry: {"Spanish"}},
			`no country "Spanish" in this story (have: Belgium, Netherlands)`},
		{"agency", map[model.Kind][]string{model.KindAgency: {"FBI"}},
			`no agency "FBI" in this story (have: Belgian police, Dutch police, Dutch prosecutors)`},
		{"empty value", map[model.Kind][]string{model.KindItem: {""}},
			`no item "" in this story (have: cocaine, firearms)`},
		{"facet with no values", map[model.Kind][]string{model.KindPlace: {"Antwerp"}, model.KindCountry: {"Belgium"}},
			`no place "Antwerp" in this story (have: Rotterdam)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := resolveSelection(filterStory(), filterLexicon(), tt.wanted)
			var ue usageError
			if !errors.As(err, &ue) {
				t.Fatalf("err = %v, want a usage error", err)
			}
			if err.Error() != tt.msg {
				t.Errorf("err = %q\nwant  %q", err, tt.msg)
			}
		})
	}
	_, err := resolveSelection(&model.Story{}, nil, map[model.Kind][]string{model.KindNetwork: {"Ghost"}})
	if err == nil || err.Error() != `no network "Ghost" in this story (its events name no networks)` {
		t.Errorf("empty story: %v", err)
	}
}

// TestAppFlagsOptions: what the app opens with, from the command line to
// the ui options, the same for the local app, an SSH session and snapshot.
func TestAppFlagsOptions(t *testing.T) {
	story, lex := fixtureStory(), fixtureLexicon()
	def := ui.Options{Theme: "auto", View: "timeline", DemoSpeed: 2500 * time.Millisecond}
	with := func(f func(*ui.Options)) ui.Options { o := def; f(&o); return o }
	tests := []struct {
		name string
		args []string
		want ui.Options
		file string
	}{
		{"nothing", nil, def, ""},
		{"country as the story spells it", []string{"--country", "Netherlands"},
			with(func(o *ui.Options) { o.Selection = model.Selection{model.KindCountry: {"Netherlands"}} }), ""},
		{"case-insensitive, one dash, =value", []string{"-country=belgium"},
			with(func(o *ui.Options) { o.Selection = model.Selection{model.KindCountry: {"Belgium"}} }), ""},
		{"demonym and alias through the lexicon", []string{"--country", "Dutch", "--country", "holland", "--item", "COKE"},
			with(func(o *ui.Options) {
				o.Selection = model.Selection{model.KindCountry: {"Netherlands"}, model.KindItem: {"cocaine"}}
			}), ""},
		{"repeatable facets", []string{"--country", "Belgium", "--country", "Netherlands", "--agency", "belgian police"},
			with(func(o *ui.Options) {
				o.Selection = model.Selection{model.KindCountry: {"Belgium", "Netherlands"},
					model.KindAgency: {"Belgian police"}}
			}), ""},
		{"place and network", []string{"--place", "antwerp", "--network", "sky ecc"},
			with(func(o *ui.Options) {
				o.Selection = model.Selection{model.KindPlace: {"Antwerp"}, model.KindNetwork: {"Sky ECC"}}
			}), ""},
		{"view theme colour", []string{"--view", "article", "--theme", "light", "--no-color"},
			with(func(o *ui.Options) { o.View, o.Theme, o.NoColor = "article", "light", true }), ""},
		{"demo and its speed", []string{"--demo", "--demo-speed", "1500ms"},
			with(func(o *ui.Options) { o.Demo, o.DemoSpeed = true, 1500*time.Millisecond }), ""},
		{"file before flags", []string{"story.txt", "--country", "Belgium"},
			with(func(o *ui.Options) { o.Selection = model.Selection{model.KindCountry: {"Belgium"}} }), "story.txt"},
		{"stdin", []string{"-"}, def, "-"},
		{"after -- is a file", []string{"--demo", "--", "--weird-name.txt"},
			with(func(o *ui.Options) { o.Demo = true }), "--weird-name.txt"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			bf, file, err := parseBrowseArgs(tt.args, io.Discard)
			if err != nil {
				t.Fatalf("parseBrowseArgs(%q): %v", tt.args, err)
			}
			got, err := bf.options(story, lex)
			if err != nil {
				t.Fatalf("options(%q): %v", tt.args, err)
			}
			if !reflect.DeepEqual(got, tt.want) || file != tt.file {
				t.Errorf("%q =\n %+v, %q\nwant\n %+v, %q", tt.args, got, file, tt.want, tt.file)
			}
		})
	}
}

// TestAppFlagsErrors: each mistake is one line saying what is wrong, and
// an unknown filter value lists the values the story has.
func TestAppFlagsErrors(t *testing.T) {
	story, lex := fixtureStory(), fixtureLexicon()
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"--country", "Spain"}, `no country "Spain" in this story (have: Belgium, Netherlands)`},
		{[]string{"--country", "Spanish"}, `no country "Spanish" in this story (have: Belgium, Netherlands)`},
		{[]string{"--item", "heroin"}, `no item "heroin" in this story (have: cocaine)`},
		{[]string{"--bogus"}, "flag provided but not defined: --bogus"},
		{[]string{"-bogus"}, "flag provided but not defined: -bogus"},
		{[]string{"-x"}, "flag provided but not defined: -x"},
		{[]string{"--country"}, "flag needs an argument: --country"},
		{[]string{"--country", "  "}, `no country "  " in this story (have: Belgium, Netherlands)`},
		{[]string{"--theme", "blue"}, `--theme must be one of auto, dark, light, not "blue"`},
		{[]string{"--view", "map"}, `--view must be one of timeline, article, entities, stats, sources, not "map"`},
		{[]string{"--view", "Article"}, `--view must be one of timeline, article, entities, stats, sources, not "Article"`},
		{[]string{"--demo-speed", "fast"}, `invalid value "fast" for flag --demo-speed: parse error`},
		{[]string{"--demo-speed", "-1s"}, "--demo-speed must be positive, not -1s"},
		{[]string{"-", "a.txt", "-"}, "- (standard input) given 2 times: it can be read only once"},
	}
	for _, tt := range tests {
		bf, _, err := parseBrowseArgs(tt.args, io.Discard)
		if err == nil {
			_, err = bf.options(story, lex)
		}
		var ue usageError
		if !errors.As(err, &ue) || err.Error() != tt.want {
			t.Errorf("%q: error = %v, want the usage error %q", tt.args, err, tt.want)
		}
	}
	// A story with no events of a kind says so.
	bf, _, err := parseBrowseArgs([]string{"--agency", "FBI"}, io.Discard)
	if err == nil {
		_, err = bf.options(&model.Story{}, nil)
	}
	if err == nil || err.Error() != `no agency "FBI" in this story (its events name no agencies)` {
		t.Errorf("empty story: %v", err)
	}
	var help strings.Builder
	if _, _, err := parseBrowseArgs([]string{"--help"}, &help); !errors.Is(err, errNothingOpened) || !strings.Contains(help.String(), "USAGE") {
		t.Errorf("--help: %v, printed %d bytes; want the usage and nothing opened", err, help.Len())
	}
}
