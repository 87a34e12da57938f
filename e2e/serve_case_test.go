package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestServeCase serves a folder beside a file as one case: the server
// reads it once, says so, and a session opens the case.
func TestServeCase(t *testing.T) {
	dir := t.TempDir()
	for name, src := range map[string]string{"1.txt": "algeciras_hashish.txt", "2.txt": "southampton_cocaine.txt"} {
		b, err := os.ReadFile(filepath.Join("..", "testdata", src))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	sp := startServe(t, dir) // and the fixture article after it
	if logs := sp.logs.String(); !strings.Contains(logs, "serving a case") || !strings.Contains(logs, "articles=3") {
		t.Errorf("server log lacks the case:\n%s", logs)
	}
	s := openLoadSession(sp.addr, "Case · 3 articles")
	if s.err != nil {
		t.Fatal(s.err)
	}
	defer s.client.Close()
	if code := sp.stop(t, syscall.SIGTERM); code != 0 {
		t.Errorf("the server exited %d after SIGTERM, want 0", code)
	}
	<-s.exit
}
