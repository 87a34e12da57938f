package main

import (
	"errors"
	"io"
	"slices"
	"testing"

	"dossier/model"
)

func TestParseArgsInterspersed(t *testing.T) {
	tests := []struct {
		name      string
		args      []string
		wantPos   []string
		countries []string
		published string
	}{
		{"file first", []string{"story.txt", "--country", "Netherlands"}, []string{"story.txt"}, []string{"Netherlands"}, ""},
		{"flags first", []string{"--country", "Netherlands", "story.txt"}, []string{"story.txt"}, []string{"Netherlands"}, ""},
		{"repeated flags accumulate", []string{"--country", "Belgium", "-", "--country=Netherlands", "-published", "2021-03-09"},
			[]string{"-"}, []string{"Belgium", "Netherlands"}, "2021-03-09"},
		{"double dash ends flags", []string{"--country", "Belgium", "--", "--odd-name.txt"}, []string{"--odd-name.txt"}, []string{"Belgium"}, ""},
		{"no arguments", nil, nil, nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := newFlagSet("t")
			sf := addStoryFlags(fs)
			pos, err := parseArgs(fs, tt.args, io.Discard)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(pos, tt.wantPos) {
				t.Errorf("positional = %q, want %q", pos, tt.wantPos)
			}
			if got := sf.wanted()[model.KindCountry]; !slices.Equal(got, tt.countries) {
				t.Errorf("countries = %q, want %q", got, tt.countries)
			}
			if sf.published != tt.published {
				t.Errorf("published = %q, want %q", sf.published, tt.published)
			}
		})
	}
}

func TestParseBrowseArgs(t *testing.T) {
	bf, file, err := parseBrowseArgs([]string{"story.txt", "--theme", "light", "--no-color", "--view", "stats", "--demo", "--demo-speed", "1.5s", "--item", "cocaine"}, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	if file != "story.txt" || bf.theme != "light" || !bf.noColor || bf.view != "stats" || !bf.demo || bf.demoSpeed.String() != "1.5s" {
		t.Errorf("parsed %+v, file %q", bf, file)
	}
	if got := bf.story.wanted()[model.KindItem]; !slices.Equal(got, []string{"cocaine"}) {
		t.Errorf("items = %q", got)
	}
	bf, _, err = parseBrowseArgs(nil, io.Discard)
	if err != nil || bf.theme != "auto" || bf.view != "timeline" || bf.demoSpeed.String() != "2.5s" {
		t.Errorf("defaults: %+v, %v", bf, err)
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
