package e2e

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

var timelineCount = regexp.MustCompile(`Timeline (\d+) of (\d+)`)

// shown reads "Timeline N of M" off a screen.
func shown(t *testing.T, screen string) (n, m int) {
	t.Helper()
	g := timelineCount.FindStringSubmatch(screen)
	if g == nil {
		t.Fatalf("no \"Timeline N of M\" on screen:\n%s", screen)
	}
	n, _ = strconv.Atoi(g[1])
	m, _ = strconv.Atoi(g[2])
	return n, m
}

// TestAppInTmux drives the real binary in tmux at 120x40 the way a person
// does: the first frame shows the story, toggling Netherlands narrows the
// timeline, ? shows help, q exits 0 with the terminal restored.
func TestAppInTmux(t *testing.T) {
	needTools(t, "tmux")
	bin := dossierBinary(t)
	tx := newTmux(t)
	status := filepath.Join(t.TempDir(), "status")
	// The pane's shell records the exit status, then waits so the pane
	// (and its terminal modes) can still be inspected.
	cmd := shellQuote([]string{bin}) + "; echo $? > " + shellQuote([]string{status}) + "; exec sleep 60"
	tx.must("new-session", "-d", "-s", "app", "-x", "120", "-y", "40", "env", "TERM=xterm-256color", "sh", "-c", cmd)

	tx.waitScreen("app", "Timeline")
	first := tx.capture("app")
	for _, want := range []string{"Belgium", "Netherlands", "Sky ECC", "Filters"} {
		if !strings.Contains(first, want) {
			t.Errorf("first frame lacks %q:\n%s", want, first)
		}
	}
	n0, m := shown(t, first)
	if n0 != m {
		t.Fatalf("with no filters the timeline shows %d of %d", n0, m)
	}

	// Focus the filters pane and move down to Netherlands, one key at a
	// time, waiting for each move to show before the next.
	tx.must("send-keys", "-t", "app", "1")
	tx.waitScreen("app", "┏ Filters")
	for i := 0; !strings.Contains(cursorLine(tx.capture("app")), "Netherlands"); i++ {
		if i == 10 {
			t.Fatalf("cursor never reached Netherlands:\n%s", tx.capture("app"))
		}
		before := cursorLine(tx.capture("app"))
		tx.must("send-keys", "-t", "app", "j")
		eventually(t, "the cursor to move", func() bool { return cursorLine(tx.capture("app")) != before })
	}
	tx.must("send-keys", "-t", "app", "space")
	tx.waitScreen("app", "[x] Netherlands")
	if n, _ := shown(t, tx.capture("app")); n >= m {
		t.Errorf("after toggling Netherlands the timeline shows %d of %d, want fewer", n, m)
	}

	tx.must("send-keys", "-t", "app", "?")
	// The footer always says "q quit"; only the help pane has a title.
	tx.waitScreen("app", "┏ Help")
	if help := tx.capture("app"); !strings.Contains(help, "clear") || !strings.Contains(help, "mouse") {
		t.Errorf("full help lacks the clear and mouse keys:\n%s", help)
	}

	tx.must("send-keys", "-t", "app", "q")
	// The shell writes the status after the app exits: wait for the whole
	// line, not just the file, which exists empty for a moment.
	deadline := time.Now().Add(waitLong)
	raw, err := os.ReadFile(status)
	for !strings.HasSuffix(string(raw), "\n") && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
		raw, err = os.ReadFile(status)
	}
	if err != nil {
		t.Fatalf("app did not exit after q:\n%s", tx.capture("app"))
	}
	if code := strings.TrimSpace(string(raw)); code != "0" {
		t.Errorf("exit status %s, want 0", code)
	}
	if got := tx.modes("app"); got != "alt=0 mouse=000 cursor=1" {
		t.Errorf("terminal after quit: %s, want alt=0 mouse=000 cursor=1", got)
	}
}

// cursorLine is the filters pane's line holding the "▸" cursor.
func cursorLine(screen string) string {
	for _, l := range strings.Split(screen, "\n") {
		if i := strings.Index(l, "▸["); i >= 0 {
			return l[i:]
		}
	}
	return ""
}
