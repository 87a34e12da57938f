package main

import (
	"errors"
	"flag"
	"reflect"
	"testing"
	"time"

	"dossier/model"
	"dossier/ui"
)

func TestParseAppFlags(t *testing.T) {
	story, lex := fixtureStory(), fixtureLexicon()
	def := ui.Options{Theme: "auto", View: "timeline"}
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
		{"view theme colour", []string{"--view", "Article", "--theme", "light", "--no-color"},
			with(func(o *ui.Options) { o.View, o.Theme, o.NoColor = "article", "light", true }), ""},
		{"demo speed implies demo", []string{"--demo-speed", "1500ms"},
			with(func(o *ui.Options) { o.Demo, o.DemoSpeed = true, 1500*time.Millisecond }), ""},
		{"file before flags", []string{"story.txt", "--country", "Belgium"},
			with(func(o *ui.Options) { o.Selection = model.Selection{model.KindCountry: {"Belgium"}} }), "story.txt"},
		{"stdin", []string{"-"}, def, "-"},
		{"after -- is a file", []string{"--demo", "--", "--weird-name.txt"},
			with(func(o *ui.Options) { o.Demo = true }), "--weird-name.txt"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, file, err := parseAppFlags("dossier", tt.args, story, lex)
			if err != nil {
				t.Fatalf("parseAppFlags(%q): %v", tt.args, err)
			}
			if !reflect.DeepEqual(got, tt.want) || file != tt.file {
				t.Errorf("parseAppFlags(%q) =\n %+v, %q\nwant\n %+v, %q", tt.args, got, file, tt.want, tt.file)
			}
		})
	}
}

func TestParseAppFlagsErrors(t *testing.T) {
	story, lex := fixtureStory(), fixtureLexicon()
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"--country", "Spain"}, `no country "Spain" in this story (have: Belgium, Netherlands)`},
		{[]string{"--country", "Spanish"}, `no country "Spanish" in this story (have: Belgium, Netherlands)`},
		{[]string{"--item", "heroin"}, `no item "heroin" in this story (have: cocaine)`},
		{[]string{"--bogus"}, "unknown flag --bogus"},
		{[]string{"--country"}, "--country needs a value"},
		{[]string{"--country", "  "}, `bad value "  " for --country: empty name`},
		{[]string{"--theme", "blue"}, `unknown theme "blue" (want auto, dark or light)`},
		{[]string{"--view", "map"}, `unknown view "map" (want timeline, article, entities or stats)`},
		{[]string{"--demo-speed", "fast"}, `bad value "fast" for --demo-speed: parse error`},
		{[]string{"a.txt", "b.txt"}, "one file at a time, got 2: a.txt b.txt"},
	}
	for _, tt := range tests {
		_, _, err := parseAppFlags("dossier", tt.args, story, lex)
		if err == nil || err.Error() != tt.want {
			t.Errorf("parseAppFlags(%q) error = %v, want %q", tt.args, err, tt.want)
		}
	}
	// A story with no events of a kind says so.
	empty := &model.Story{}
	if _, _, err := parseAppFlags("dossier", []string{"--agency", "FBI"}, empty, nil); err == nil ||
		err.Error() != `no agency "FBI" in this story (have: none)` {
		t.Errorf("empty story: %v", err)
	}
	if _, _, err := parseAppFlags("dossier", []string{"--help"}, story, lex); !errors.Is(err, flag.ErrHelp) {
		t.Errorf("--help: %v, want flag.ErrHelp", err)
	}
}
