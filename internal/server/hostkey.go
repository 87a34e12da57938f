package server

import (
	"crypto/ed25519"
	"crypto/rand"
	"encoding/pem"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	gossh "golang.org/x/crypto/ssh"
)

// DefaultHostKeyPath is under the user's data directory, never the working
// directory (wish's default), so the key does not end up in a repository.
func DefaultHostKeyPath() (string, error) {
	dir := os.Getenv("XDG_DATA_HOME")
	if dir == "" || !filepath.IsAbs(dir) {
		home, err := os.UserHomeDir()
		if err != nil || home == "" {
			return "", errors.New("no home directory to keep the host key in; pass --host-key PATH")
		}
		dir = filepath.Join(home, ".local", "share")
	}
	return filepath.Join(dir, "dossier", "ssh_host_ed25519"), nil
}

// loadOrCreateHostKey reads the ed25519 host key at path, or creates it
// (directory 0700, file 0600) when it does not exist. created reports which.
// See readHostKey for what is refused.
func loadOrCreateHostKey(path string) (signer gossh.Signer, created bool, err error) {
	b, err := readHostKey(path)
	if errors.Is(err, fs.ErrNotExist) {
		if err := createHostKey(path); err != nil {
			return nil, false, err
		}
		b, err = readHostKey(path)
		created = true
	}
	if err != nil {
		return nil, false, err
	}
	signer, err = gossh.ParsePrivateKey(b)
	if err != nil {
		return nil, false, fmt.Errorf("host key %s: %w", path, err)
	}
	return signer, created, nil
}

// maxHostKeyBytes is more than any private key file holds, RSA ones
// included.
const maxHostKeyBytes = 16 << 10

// checkHostKeyFile refuses what no host key file is: fi is the open file's
// own, so what it says holds for what is read. uid is the file's owner, or
// -1 where the system keeps no Unix owner and mode (then neither is
// checked).
func checkHostKeyFile(path string, fi fs.FileInfo, uid int) error {
	perm := fi.Mode().Perm()
	unix := uid >= 0
	switch {
	case !fi.Mode().IsRegular():
		return fmt.Errorf("host key %s is not a regular file (%s)", path, fi.Mode().Type())
	case unix && uid != os.Getuid():
		return fmt.Errorf("host key %s belongs to user %d, not to this server's user %d", path, uid, os.Getuid())
	case unix && perm&0o077 != 0:
		// sshd refuses such keys too.
		return fmt.Errorf("host key %s is open to others (mode %04o); run chmod 600 on it", path, perm)
	case unix && perm != 0o600 && perm != 0o400:
		return fmt.Errorf("host key %s has mode %04o, want 0600 or 0400; run chmod 600 on it", path, perm)
	case fi.Size() > maxHostKeyBytes:
		return fmt.Errorf("host key %s is %d bytes, too big for a key", path, fi.Size())
	}
	return nil
}

// readAtMost reads f, failing past maxHostKeyBytes (a file can grow after
// it was checked).
func readAtMost(path string, f io.Reader) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(f, maxHostKeyBytes+1))
	if err != nil {
		return nil, fmt.Errorf("host key: %w", err)
	}
	if len(b) > maxHostKeyBytes {
		return nil, fmt.Errorf("host key %s is over %d bytes, too big for a key", path, maxHostKeyBytes)
	}
	return b, nil
}

// createHostKey writes a new key through a temporary file and a hard link,
// so a crash never leaves half a key and two servers starting at once
// cannot overwrite each other's. charmbracelet/keygen cannot do that: it
// checks that the file is missing, then writes it in place, so two servers
// can both pass the check and a reader can see half a key; it also chmods
// an existing directory and writes a .pub file beside the key.
func createHostKey(path string) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("host key directory: %w", err)
	}
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return fmt.Errorf("host key: %w", err)
	}
	block, err := gossh.MarshalPrivateKey(priv, "dossier host key")
	if err != nil {
		return fmt.Errorf("host key: %w", err)
	}
	tmp, err := os.CreateTemp(dir, ".ssh_host_key-*")
	if err != nil {
		return fmt.Errorf("host key: %w", err)
	}
	defer os.Remove(tmp.Name())
	// CreateTemp makes the file 0600 already; say so for the reader.
	if err := tmp.Chmod(0o600); err != nil {
		tmp.Close()
		return fmt.Errorf("host key: %w", err)
	}
	if err := pem.Encode(tmp, block); err != nil {
		tmp.Close()
		return fmt.Errorf("host key: %w", err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fmt.Errorf("host key: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("host key: %w", err)
	}
	if err := os.Link(tmp.Name(), path); err != nil && !errors.Is(err, fs.ErrExist) {
		return fmt.Errorf("host key: %w", err)
	}
	return nil
}
