//go:build !unix

package server

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

// readHostKey reads the host key file at path, refusing a symbolic link
// and anything but a regular file of at most maxHostKeyBytes (see the unix
// version; here the check and the open are two steps).
func readHostKey(path string) ([]byte, error) {
	li, err := os.Lstat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, err
	case err != nil:
		return nil, fmt.Errorf("host key: %w", err)
	case li.Mode()&fs.ModeSymlink != 0:
		return nil, fmt.Errorf("host key %s is a symbolic link; pass the key's own path", path)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("host key: %w", err)
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("host key: %w", err)
	}
	if err := checkHostKeyFile(path, fi, -1); err != nil {
		return nil, err
	}
	return readAtMost(path, f)
}
