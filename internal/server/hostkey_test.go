//go:build unix

package server

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// hostKeyFile writes a valid host key at dir/name with mode perm and
// returns its path.
func hostKeyFile(t *testing.T, dir, name string, perm os.FileMode) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := createHostKey(path); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(path, perm); err != nil {
		t.Fatal(err)
	}
	return path
}

// newWithKey runs New with the host key at path and returns its error; it
// fails the test if New does not return (a FIFO once hung start-up).
func newWithKey(t *testing.T, path string) error {
	t.Helper()
	cfg := baseConfig(t)
	cfg.HostKey = path
	done := make(chan error, 1)
	go func() {
		_, err := New(cfg, fixtureStory(), fixtureLexicon(), NewLogger(&bytes.Buffer{}), testArgs)
		done <- err
	}()
	select {
	case err := <-done:
		return err
	case <-time.After(waitLong):
		t.Fatalf("New never returned with the host key %s", path)
	}
	return nil
}

// TestHostKeyPathIsNotTrusted: the host key is read only from a regular
// file of this user's, mode 0600 or 0400, of a few KB, opened without
// following a symbolic link or waiting on a FIFO, and checked before a byte
// is read. Each refusal is one clear line.
func TestHostKeyPathIsNotTrusted(t *testing.T) {
	dir := t.TempDir()
	other := hostKeyFile(t, dir, "someone_else", 0o600) // say, a user's own SSH key
	fifo := filepath.Join(dir, "fifo")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	big := filepath.Join(dir, "big")
	if err := os.WriteFile(big, bytes.Repeat([]byte("k"), 64<<10), 0o600); err != nil {
		t.Fatal(err)
	}
	link := func(name, target string) string {
		p := filepath.Join(dir, name)
		if err := os.Symlink(target, p); err != nil {
			t.Fatal(err)
		}
		return p
	}
	for _, tc := range []struct {
		name, path, want string
	}{
		{"a link to another key", link("to_key", other), "is a symbolic link"},
		{"a link to /dev/zero", link("to_zero", "/dev/zero"), "is a symbolic link"},
		{"a dangling link", link("dangling", filepath.Join(dir, "nothing")), "is a symbolic link"},
		{"a FIFO", fifo, "not a regular file"},
		{"a directory", t.TempDir(), "not a regular file"},
		{"a device", "/dev/zero", "not a regular file"},
		{"readable by the group", hostKeyFile(t, dir, "group", 0o640), "open to others (mode 0640); run chmod 600"},
		{"writable by others", hostKeyFile(t, dir, "others", 0o602), "open to others"},
		{"executable", hostKeyFile(t, dir, "exec", 0o700), "has mode 0700, want 0600 or 0400"},
		{"too big", big, "too big for a key"},
	} {
		err := newWithKey(t, tc.path)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: %v, want %q", tc.name, err, tc.want)
		}
		if err != nil && strings.Contains(err.Error(), "\n") {
			t.Errorf("%s: more than one line: %q", tc.name, err)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "nothing")); err == nil {
		t.Error("a key was created through the dangling link")
	}
	// What is allowed.
	for _, perm := range []os.FileMode{0o600, 0o400} {
		if err := newWithKey(t, hostKeyFile(t, dir, "ok"+perm.String(), perm)); err != nil {
			t.Errorf("mode %04o: %v", perm, err)
		}
	}
}

// TestHostKeyOfAnotherUser: a key this server's user does not own is
// refused (in a shared directory, another user could have put it there).
// Changing a file's owner needs root.
func TestHostKeyOfAnotherUser(t *testing.T) {
	if os.Getuid() != 0 {
		t.Skip("needs root to give a file to another user")
	}
	dir := t.TempDir()
	path := hostKeyFile(t, dir, "theirs", 0o600)
	if err := os.Chown(path, 65534, 65534); err != nil {
		t.Fatal(err)
	}
	if err := newWithKey(t, path); err == nil || !strings.Contains(err.Error(), "belongs to user 65534") {
		t.Errorf("another user's key: %v", err)
	}
}

// TestHostKeyCreatedPrivate: a key created in a new directory gets mode
// 0600 in a directory of 0700, whatever the umask lets through.
func TestHostKeyCreatedPrivate(t *testing.T) {
	old := syscall.Umask(0)
	defer syscall.Umask(old)
	path := filepath.Join(t.TempDir(), "new", "dir", "key")
	if err := newWithKey(t, path); err != nil {
		t.Fatal(err)
	}
	for p, want := range map[string]os.FileMode{path: 0o600, filepath.Dir(path): 0o700, filepath.Dir(filepath.Dir(path)): 0o700} {
		fi, err := os.Stat(p)
		if err != nil {
			t.Fatal(err)
		}
		if fi.Mode().Perm() != want {
			t.Errorf("%s: mode %04o, want %04o", p, fi.Mode().Perm(), want)
		}
	}
}
