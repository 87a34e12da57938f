package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCaseInTmux opens two article files as one case in the real binary
// at 120x40: the header names the case, the timeline lists each entry's
// source, S opens the Sources view, the article view switches articles
// with tab, and q leaves.
func TestCaseInTmux(t *testing.T) {
	needTools(t, "tmux")
	bin := dossierBinary(t)
	dir := t.TempDir()
	var files []string
	for name, src := range map[string]string{"1.txt": "southampton_cocaine.txt", "2.txt": "algeciras_hashish.txt"} {
		b, err := os.ReadFile(filepath.Join("..", "testdata", src))
		if err != nil {
			t.Fatal(err)
		}
		f := filepath.Join(dir, name)
		if err := os.WriteFile(f, b, 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	tx := newTmux(t)
	tx.must("new-session", "-d", "-s", "case", "-x", "120", "-y", "40", "env", "TERM=xterm-256color",
		"sh", "-c", shellQuote(append([]string{bin}, files...))+"; exec sleep 60")
	tx.waitScreen("case", "Case · 2 articles")
	first := tx.capture("case")
	for _, want := range []string{"Timeline", "Reuters", "AP", "Sources"} {
		if !strings.Contains(first, want) {
			t.Errorf("the case's first frame lacks %q:\n%s", want, first)
		}
	}
	tx.must("send-keys", "-t", "case", "S")
	tx.waitScreen("case", "┏ Sources")
	tx.must("send-keys", "-t", "case", "a")
	tx.waitScreen("case", "of 2 ·")
	before := tx.capture("case")
	tx.must("send-keys", "-t", "case", "Tab")
	eventually(t, "tab to switch articles", func() bool {
		after := tx.capture("case")
		return after != before && strings.Contains(after, "of 2 ·")
	})
	tx.must("send-keys", "-t", "case", "q")
	eventually(t, "the app to quit", func() bool { return !strings.Contains(tx.capture("case"), "Case · 2 articles") })
}
