package cli

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestCompletion: the shell's completion asks `dossier __complete ARGS`;
// the filter flags complete from the story being opened (the embedded one,
// or the FILE on the line), with each value's number of events, and the
// choice flags from their choices.
func TestCompletion(t *testing.T) {
	tests := []struct {
		args     []string
		want     []string
		unwanted []string
	}{
		{[]string{"__complete", "--country", ""}, []string{"Belgium\t8 events", "Netherlands\t9 events"}, nil},
		{[]string{"__complete", "--country", "neth"}, []string{"Netherlands\t"}, []string{"Belgium"}},
		{[]string{"__complete", "export", "--item", ""}, []string{"cocaine\t"}, nil},
		{[]string{"__complete", filepath.Join("..", "..", "testdata", "algeciras_hashish.txt"), "--place", ""},
			[]string{"Algeciras\t1 event"}, []string{"Antwerp"}},
		{[]string{"__complete", "snapshot", "--view", ""}, []string{"timeline", "article", "entities", "stats"}, nil},
		{[]string{"__complete", "export", "--format", "t"}, []string{"timelinejs"}, nil},
		{[]string{"__complete", "-", "--country", ""}, []string{":4"}, []string{"Belgium"}}, // stdin is not ours to read
		{[]string{"__complete", ""}, []string{"export", "snapshot", "serve", "completion"}, nil},
		{[]string{"__complete", "export", filepath.Join("..", "..", "testdata", "algeciras_hashish.txt"),
			filepath.Join("..", "..", "testdata", "southampton_cocaine.txt"), "--place", ""},
			[]string{"Algeciras\t1 entry", "Southampton\t"}, []string{"Antwerp", "events"}},
		{[]string{"__complete", "export", filepath.Join("..", "..", "testdata", "algeciras_hashish.txt"),
			filepath.Join("..", "..", "testdata", "southampton_cocaine.txt"), "--source", ""},
			[]string{"AP\t", "Reuters\t"}, nil},
		{[]string{"__complete", "--demo-case", "--source", "f"}, []string{"FBI\t"}, []string{"ICE"}},
		{[]string{"__complete", filepath.Join("..", "..", "testdata", "algeciras_hashish.txt"), "--source", ""},
			[]string{"AP\t"}, []string{"Reuters"}},
	}
	for _, tt := range tests {
		code, out, _ := runCmd(t, "", tt.args...)
		if code != 0 {
			t.Errorf("%q: exit %d", tt.args, code)
		}
		for _, w := range tt.want {
			if !strings.Contains(out, w) {
				t.Errorf("%q: completions lack %q:\n%s", tt.args, w, out)
			}
		}
		for _, u := range tt.unwanted {
			if strings.Contains(out, u) {
				t.Errorf("%q: completions have %q:\n%s", tt.args, u, out)
			}
		}
	}
	for _, shell := range []string{"bash", "zsh", "fish"} {
		code, out, errOut := runCmd(t, "", "completion", shell)
		if code != 0 || errOut != "" || !strings.Contains(out, "dossier") || len(out) < 1000 {
			t.Errorf("completion %s: exit %d, stderr %q, %d bytes", shell, code, errOut, len(out))
		}
	}
}
