//go:build linux

package e2e

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// serveCmd starts `dossier serve` with args on a free port and returns it
// with its stderr and a channel closed when it has exited.
func serveCmd(t *testing.T, args ...string) (*exec.Cmd, *syncBuffer, <-chan struct{}) {
	t.Helper()
	cmd := exec.Command(dossierBinary(t), append([]string{"serve", "--listen", "127.0.0.1:0"}, args...)...)
	cmd.Env = appEnv()
	logs := &syncBuffer{}
	cmd.Stderr = logs
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	go func() {
		_ = cmd.Wait()
		close(done)
	}()
	t.Cleanup(func() {
		select {
		case <-done:
		default:
			_ = cmd.Process.Kill()
			<-done
		}
		if t.Failed() {
			t.Logf("server log:\n%s", logs.String())
		}
	})
	return cmd, logs, done
}

func waitDone(t *testing.T, what string, done <-chan struct{}) {
	t.Helper()
	select {
	case <-done:
	case <-time.After(waitLong):
		t.Fatalf("%s: the server still runs after %v", what, waitLong)
	}
}

// TestServeSIGTERMDuringStartup stops `dossier serve` while its start-up
// waits on what it reads (here a story FILE that is a FIFO nobody writes
// to): SIGTERM still stops it, with status 0, as it does once serving.
func TestServeSIGTERMDuringStartup(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "story")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	cmd, logs, done := serveCmd(t, "--host-key", filepath.Join(dir, "key"), fifo)
	// Opening the FIFO to write without blocking succeeds once the server
	// has it open to read: it is then reading its story.
	var w *os.File
	eventually(t, "the server to open its story", func() bool {
		f, err := os.OpenFile(fifo, os.O_WRONLY|syscall.O_NONBLOCK, 0)
		if err != nil {
			return false
		}
		w = f
		return true
	})
	defer w.Close()
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	waitDone(t, "SIGTERM while reading the story", done)
	if code := cmd.ProcessState.ExitCode(); code != 0 {
		t.Errorf("exit status %d after SIGTERM, want 0", code)
	}
	if !strings.Contains(logs.String(), "stopped before serving") {
		t.Errorf("log: %q", logs.String())
	}
}

// TestServeHostKeyRefusals: a host key path that is a FIFO (which once hung
// start-up, deaf to SIGTERM) or a symbolic link (which was followed, to a
// user's own key or /dev/zero) ends `dossier serve` at once with one line
// and status 1.
func TestServeHostKeyRefusals(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "fifo")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link")
	if err := os.Symlink("/dev/zero", link); err != nil {
		t.Fatal(err)
	}
	for path, want := range map[string]string{
		fifo: "dossier serve: host key " + fifo + " is not a regular file (p---------)",
		link: "dossier serve: host key " + link + " is a symbolic link; pass the key's own path",
	} {
		cmd, logs, done := serveCmd(t, "--host-key", path)
		waitDone(t, path, done)
		if code := cmd.ProcessState.ExitCode(); code != 1 {
			t.Errorf("%s: exit status %d, want 1", path, code)
		}
		if got := strings.TrimSpace(logs.String()); !strings.HasSuffix(got, want) || strings.Count(got, "\n") > 0 {
			t.Errorf("%s said %q, want the one line %q", path, got, want)
		}
	}
}
