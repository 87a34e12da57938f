package e2e

import (
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	gossh "golang.org/x/crypto/ssh"
)

// TestServeURL: `dossier serve URL` fetches the page once, at start, and
// every session shows it; a session that names a URL (or a file) in its
// arguments is refused with one line and status 2, and the server fetches
// nothing for it.
func TestServeURL(t *testing.T) {
	site := newPageSite(t)
	dir := t.TempDir()
	sp := &serveProc{cmd: exec.Command(dossierBinary(t), "serve", "--listen", "127.0.0.1:0", "--host-key", filepath.Join(dir, "key"),
		"--rate-limit", "0", site.URL+"/cookie-wall.html"), logs: &syncBuffer{}, done: make(chan struct{})}
	startServeProc(t, sp)
	if n := site.hits.Load(); n != 1 {
		t.Fatalf("the server fetched %d times at start, want 1", n)
	}

	s := openLoadSession(sp.addr, "Italian police dismantle")
	if s.err != nil {
		t.Fatal(s.err)
	}
	s.client.Close()

	for _, args := range []string{site.URL + "/amp.html", "--country Italy " + site.URL + "/amp.html", "/etc/passwd"} {
		code, out := sessionCommand(t, sp.addr, args)
		want := "dossier: no URLs over ssh: the server never fetches for a session; it shows the one story it was started with"
		if args == "/etc/passwd" {
			want = "dossier: no files over ssh: the server shows the one story it was started with"
		}
		if code != 2 || !strings.Contains(out, want) {
			t.Errorf("ssh HOST -- %s: status %d, output %q; want 2 and %q", args, code, out, want)
		}
	}
	if n := site.hits.Load(); n != 1 {
		t.Errorf("the site got %d requests in all, want the 1 at start", n)
	}
}

// startServeProc starts sp and waits until it listens; it is killed when
// the test ends if it still runs.
func startServeProc(t *testing.T, sp *serveProc) {
	t.Helper()
	sp.cmd.Env = appEnv()
	sp.cmd.Stderr = sp.logs
	if err := sp.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		_ = sp.cmd.Wait()
		sp.code = sp.cmd.ProcessState.ExitCode()
		close(sp.done)
	}()
	t.Cleanup(func() {
		select {
		case <-sp.done:
		default:
			_ = sp.cmd.Process.Kill()
			<-sp.done
		}
		if t.Failed() {
			t.Logf("server log:\n%s", sp.logs.String())
		}
	})
	eventually(t, "the server to listen", func() bool {
		select {
		case <-sp.done:
			t.Fatalf("the server exited %d:\n%s", sp.code, sp.logs.String())
		default:
		}
		m := listeningRE.FindStringSubmatch(sp.logs.String())
		if m == nil {
			return false
		}
		sp.addr = m[1]
		return true
	})
}

// sessionCommand runs `ssh -t HOST -- command` against addr and returns the
// session's exit status and what it wrote.
func sessionCommand(t *testing.T, addr, command string) (int, string) {
	t.Helper()
	client, err := gossh.Dial("tcp", addr, clientConfig())
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	sess, err := client.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	defer sess.Close()
	out := &syncBuffer{} // stdout and stderr are copied by two goroutines
	sess.Stdout, sess.Stderr = out, out
	if err := sess.RequestPty("xterm-256color", 24, 80, gossh.TerminalModes{}); err != nil {
		t.Fatal(err)
	}
	return exitStatus(sess.Run(command)), out.String()
}

// A page that cannot be fetched at start is one line, exit 1, before
// anything listens.
func TestServeURLFails(t *testing.T) {
	site := newPageSite(t)
	refused := "http://" + freeAddr(t) + "/story"
	for _, tt := range []struct{ url, line string }{
		{refused, refused + ": connection refused"},
		{site.URL + "/link-list.html", site.URL + "/link-list.html: not an article (no story text found in the page)"},
	} {
		code, out, errOut := runBinary(t, "serve", "--listen", "127.0.0.1:0", "--host-key", filepath.Join(t.TempDir(), "key"), tt.url)
		if code != 1 || out != "" || errOut != "dossier serve: "+tt.line+"\n" {
			t.Errorf("serve %s: exit %d, stdout %q, stderr %q", tt.url, code, out, errOut)
		}
	}
}
