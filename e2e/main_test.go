package e2e

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"
	"time"
)

// Bounds on waits, not expectations: a healthy run takes a fraction.
const (
	waitLong  = 30 * time.Second
	pollEvery = 10 * time.Millisecond
)

// testPanicEnv is the fault tests' hook in a testhook build (see
// internal/app/testhook.go).
const testPanicEnv = "DOSSIER_TEST_PANIC"

// binDir holds the binary the tests build, for the whole run.
var binDir string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "dossier-e2e-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	binDir = dir
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

var (
	buildOnce sync.Once
	binPath   string
	buildErr  error
)

// dossierBinary builds the command, with the fault tests' hook, the first
// time a test asks for it, and returns its path.
func dossierBinary(t testing.TB) string {
	t.Helper()
	buildOnce.Do(func() {
		bin := filepath.Join(binDir, "dossier")
		cmd := exec.Command("go", "build", "-tags", "testhook", "-o", bin, ".")
		cmd.Dir = ".." // the module root, where main.go is
		var out bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &out
		if err := cmd.Run(); err != nil {
			buildErr = fmt.Errorf("go build: %v\n%s", err, out.String())
			return
		}
		binPath = bin
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return binPath
}

// appEnv is a small, fixed environment, so the caller's NO_COLOR or
// DOSSIER_TEST_PANIC does not leak into the program.
func appEnv(extra ...string) []string {
	return append([]string{"PATH=" + os.Getenv("PATH"), "HOME=" + os.TempDir(), "LANG=C.UTF-8"}, extra...)
}

func needTools(t *testing.T, tools ...string) {
	t.Helper()
	for _, tool := range tools {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("end-to-end test needs %s (apt-get install %s); .ci/run installs it", tool,
				map[string]string{"ssh": "openssh-client", "tmux": "tmux"}[tool])
		}
	}
}

// eventually polls cond until it holds or waitLong passes.
func eventually(t testing.TB, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(waitLong)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("gave up waiting for %s", what)
		}
		time.Sleep(pollEvery)
	}
}

// syncBuffer collects a stream written from another goroutine.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func (s *syncBuffer) Bytes() []byte {
	s.mu.Lock()
	defer s.mu.Unlock()
	return bytes.Clone(s.b.Bytes())
}
