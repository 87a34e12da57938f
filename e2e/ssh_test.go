package e2e

import (
	"errors"
	"net"
	"strings"
	"syscall"
	"testing"

	gossh "golang.org/x/crypto/ssh"
)

// clientConfig is an SSH client that trusts any host key: point it only at
// a test server on 127.0.0.1.
func clientConfig() *gossh.ClientConfig {
	return &gossh.ClientConfig{
		User:            "tester",
		HostKeyCallback: func(string, net.Addr, gossh.PublicKey) error { return nil },
		Timeout:         waitLong,
	}
}

// exitStatus turns Session.Wait's error into a status; -1 means none came.
func exitStatus(err error) int {
	var ee *gossh.ExitError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &ee):
		return ee.ExitStatus()
	}
	return -1
}

// TestServeSIGTERM sends `dossier serve` a real SIGTERM while it serves
// one session: the session is told why and ends with status 0, and so
// does the server.
func TestServeSIGTERM(t *testing.T) {
	sp := startServe(t)
	s := openLoadSession(sp.addr, fixtureTitle)
	if s.err != nil {
		t.Fatal(s.err)
	}
	defer s.client.Close()
	if code := sp.stop(t, syscall.SIGTERM); code != 0 {
		t.Errorf("the server exited %d after SIGTERM, want 0", code)
	}
	code := <-s.exit
	s.mu.Lock()
	out := string(s.out)
	s.mu.Unlock()
	if code != 0 || !strings.Contains(out, "server is stopping, goodbye") {
		t.Errorf("status %d, output %q", code, tail(out, 2000))
	}
}

// tail keeps failure messages readable: the last n bytes of s.
func tail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return "…" + s[len(s)-n:]
}
