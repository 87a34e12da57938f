package cli

import (
	"errors"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"dossier/internal/server"
	"dossier/model"
	"dossier/ui"
)

// sessionArgs runs SessionArgs as the server does for a client on port
// 2222, and returns what it wrote for the client too.
func sessionArgs(args ...string) (ui.Options, string, error) {
	var out strings.Builder
	opts, err := SessionArgs(server.SessionCommand{Args: args, Story: fixtureStory(), Lexicon: fixtureLexicon(), Out: &out, Port: 2222})
	return opts, out.String(), err
}

func TestSessionArgs(t *testing.T) {
	tests := []struct {
		args []string
		want ui.Options
	}{
		{nil, ui.Options{Theme: "auto", View: "timeline", DemoSpeed: 2500 * time.Millisecond}},
		{[]string{"--country", "dutch", "--item", "COKE", "--country", "Belgium", "--view", "stats", "--no-color"},
			ui.Options{Theme: "auto", View: "stats", NoColor: true, DemoSpeed: 2500 * time.Millisecond,
				Selection: model.Selection{model.KindCountry: {"Netherlands", "Belgium"}, model.KindItem: {"cocaine"}}}},
		{[]string{"--demo", "--demo-speed=1s", "--theme", "light"},
			ui.Options{Theme: "light", View: "timeline", Demo: true, DemoSpeed: time.Second}},
		{[]string{"--country", "netherlands", "--agency", "dutch prosecutors", "--view", "stats"},
			ui.Options{Theme: "auto", View: "stats", DemoSpeed: 2500 * time.Millisecond,
				Selection: model.Selection{model.KindCountry: {"Netherlands"}, model.KindAgency: {"Dutch prosecutors"}}}},
	}
	for _, tt := range tests {
		got, out, err := sessionArgs(tt.args...)
		if err != nil || !reflect.DeepEqual(got, tt.want) || out != "" {
			t.Errorf("SessionArgs(%q) = %+v, %v, wrote %q\nwant %+v", tt.args, got, err, out, tt.want)
		}
	}
}

// TestSessionArgsMistakes: what a client is told about each mistake, and
// whether the server adds the pointer to the session's --help.
func TestSessionArgsMistakes(t *testing.T) {
	tests := []struct {
		args []string
		msg  string
		hint bool
	}{
		{[]string{"--bogus"}, "flag provided but not defined: --bogus", true},
		{[]string{"--country", "Spain"}, `no country "Spain" in this story (have: Belgium, Netherlands)`, false},
		{[]string{"/etc/passwd"}, "no files over ssh: the server shows the one story it was started with", false},
		{[]string{"https://news.example/story"}, "no URLs over ssh: the server never fetches for a session; it shows the one story it was started with", false},
		{[]string{"--country", "Belgium", "http://127.0.0.1:8080/"}, "no URLs over ssh: the server never fetches for a session; it shows the one story it was started with", false},
		{[]string{"ftp://files.example/story.txt"}, "no URLs over ssh: the server never fetches for a session; it shows the one story it was started with", false},
		{[]string{"page.html"}, "no files over ssh: the server shows the one story it was started with", false},
		{[]string{"--theme", "blue"}, `--theme must be one of auto, dark, light, not "blue"`, true},
		{[]string{"--published", "2020-01-01"}, "no --published over ssh: the server read its story once, at start", false},
		{[]string{"a", "b"}, "too many arguments: a b (at most one FILE)", true},
		{[]string{"--demo-case"}, "no --demo-case over ssh: the server shows the one story it was started with", false},
		{[]string{"--source", "BBC"}, `no source "BBC" in this story (have: AP)`, false},
		{[]string{"export", "--format", "json"}, "export works only on your own computer, not over ssh: this server shows the app and nothing else " +
			"(install dossier and run 'dossier export' to save the story as json, csv, markdown or timelinejs)", false},
		{[]string{"snapshot"}, "snapshot works only on your own computer, not over ssh: this server shows the app and nothing else " +
			"(install dossier and run 'dossier snapshot')", false},
	}
	for _, tt := range tests {
		_, out, err := sessionArgs(tt.args...)
		var ue server.UsageError
		if !errors.As(err, &ue) || ue.Msg != tt.msg || ue.Hint != tt.hint {
			t.Errorf("%q: %#v, want the usage error %q (hint %v)", tt.args, err, tt.msg, tt.hint)
		}
		if out != "" {
			t.Errorf("%q wrote %q for the client; the server says it in one line", tt.args, out)
		}
	}
}

// TestSessionHelpAndVersion: --help and --version are answered, not
// errors; the help is the session's, with the port the client used, and
// leaves out what a session cannot use.
func TestSessionHelpAndVersion(t *testing.T) {
	for _, args := range [][]string{{"--help"}, {"-h"}, {"--country", "x", "-help"}, {"help"}} {
		_, out, err := sessionArgs(args...)
		if !errors.Is(err, server.ErrHelpShown) {
			t.Errorf("%q: %v, want ErrHelpShown", args, err)
		}
		for _, want := range []string{"ssh -t -p 2222 HOST --", "--country", "--view", "--demo-speed", "q quits"} {
			if !strings.Contains(out, want) {
				t.Errorf("%q: the help lacks %q:\n%s", args, want, out)
			}
		}
		for _, unwanted := range []string{"--published", "completion", "\x1b"} {
			if strings.Contains(out, unwanted) {
				t.Errorf("%q: the help has %q:\n%s", args, unwanted, out)
			}
		}
	}
	_, out, err := sessionArgs("--version")
	if !errors.Is(err, server.ErrVersionShown) || !strings.HasPrefix(out, "dossier ") || strings.Count(out, "\n") != 1 {
		t.Errorf("--version: %v, wrote %q", err, out)
	}
}

// TestSessionArgsConcurrently: sessions read their arguments at the same
// time, each with its own command tree; run it with -race.
func TestSessionArgsConcurrently(t *testing.T) {
	var wg sync.WaitGroup
	for i := range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			args := []string{"--country", "dutch", "--view", views[i%len(views)]}
			if i%3 == 0 {
				args = []string{"--help"}
			}
			opts, out, err := sessionArgs(args...)
			switch {
			case i%3 == 0 && (!errors.Is(err, server.ErrHelpShown) || !strings.Contains(out, "--country")):
				t.Errorf("%q: %v, %q", args, err, out)
			case i%3 != 0 && (err != nil || opts.View != views[i%len(views)]):
				t.Errorf("%q: %+v, %v", args, opts, err)
			}
		}()
	}
	wg.Wait()
}
