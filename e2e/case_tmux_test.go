package e2e

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// TestCaseInTmux opens two article files as one case in the real binary
// at 80x24 and 120x40: the header names the case, the timeline lists each
// entry's source; in the Entry pane ] and [ step to the next entry and
// back; in the stats j moves the cursor and enter opens its entry; S
// opens the Sources view, the article view switches articles with tab,
// and q leaves.
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
	for _, size := range [][2]int{{80, 24}, {120, 40}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			caseInTmux(t, bin, files, size[0], size[1])
		})
	}
}

var entryOf = regexp.MustCompile(`Entry (\d+) of (\d+)`)

func caseInTmux(t *testing.T, bin string, files []string, w, h int) {
	tx := newTmux(t)
	tx.must("new-session", "-d", "-s", "case", "-x", strconv.Itoa(w), "-y", strconv.Itoa(h), "env", "TERM=xterm-256color",
		"sh", "-c", shellQuote(append([]string{bin}, files...))+"; exec sleep 60")
	tx.waitScreen("case", "Case · 2 articles")
	first := tx.capture("case")
	for _, want := range []string{"Timeline", "Reuters", "AP", "Sources"} {
		if !strings.Contains(first, want) {
			t.Errorf("the case's first frame lacks %q:\n%s", want, first)
		}
	}
	// The Entry pane: ] and [ step through the entries without leaving it.
	tx.must("send-keys", "-t", "case", "g", "Enter")
	tx.waitScreen("case", "┏ Entry 1 of ")
	tx.must("send-keys", "-t", "case", "]")
	tx.waitScreen("case", "┏ Entry 2 of ")
	tx.must("send-keys", "-t", "case", "[")
	tx.waitScreen("case", "┏ Entry 1 of ")
	if m := entryOf.FindStringSubmatch(tx.capture("case")); m == nil || m[2] == "1" {
		t.Fatalf("the Entry pane does not count the entries: %v", m)
	}
	// The stats: j moves the cursor to another figure, enter opens its entry.
	// esc and a key sent together read as alt+key: wait between them.
	tx.must("send-keys", "-t", "case", "Escape")
	tx.waitScreen("case", "┏ Timeline")
	tx.must("send-keys", "-t", "case", "s")
	tx.waitScreen("case", "┏ Stats")
	at := markLine(tx.capture("case"))
	if at < 0 {
		t.Fatalf("the stats show no cursor:\n%s", tx.capture("case"))
	}
	tx.must("send-keys", "-t", "case", "j")
	eventually(t, "j to move the stats cursor", func() bool {
		n := markLine(tx.capture("case"))
		return n >= 0 && n != at
	})
	tx.must("send-keys", "-t", "case", "Enter")
	tx.waitScreen("case", "┏ Entry ")
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

// markLine is the number of the screen's first line with the cursor
// mark, -1 when none has it.
func markLine(screen string) int {
	for i, l := range strings.Split(screen, "\n") {
		if strings.Contains(l, "▸") {
			return i
		}
	}
	return -1
}

// TestCaseSkipsAreToldAfterTheApp: a folder with a file that is not an
// article opens the rest in the real binary; the skipped file is not
// written over the screen but named once, in one line, when the app is
// over and the shell's screen is back.
func TestCaseSkipsAreToldAfterTheApp(t *testing.T) {
	needTools(t, "tmux")
	bin := dossierBinary(t)
	dir := t.TempDir()
	for name, src := range map[string]string{"1.txt": "southampton_cocaine.txt", "2.txt": "algeciras_hashish.txt"} {
		b, err := os.ReadFile(filepath.Join("..", "testdata", src))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "3-photo.txt"), []byte("GIF89a\x00\x01\x02\x00\xff"), 0o644); err != nil {
		t.Fatal(err)
	}
	tx := newTmux(t)
	tx.must("new-session", "-d", "-s", "skip", "-x", "100", "-y", "30", "env", "TERM=xterm-256color",
		"sh", "-c", shellQuote([]string{bin, dir})+"; echo exit=$?; exec sleep 60")
	tx.waitScreen("skip", "Case · 2 articles")
	if screen := tx.capture("skip"); strings.Contains(screen, "skipped") {
		t.Errorf("the skip is written over the app:\n%s", screen)
	}
	tx.must("send-keys", "-t", "skip", "q")
	tx.waitScreen("skip", "exit=0")
	screen := tx.capture("skip")
	if n := strings.Count(screen, "dossier: skipped "); n != 1 || !strings.Contains(screen, "3-photo.txt: binary file") {
		t.Errorf("after the app, want one line naming 3-photo.txt as binary:\n%s", screen)
	}
}
