//go:build unix

package server

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"syscall"
)

// readHostKey reads the host key file at path without trusting the path:
// a symbolic link is refused rather than followed, the open does not wait
// (a FIFO would block start-up until someone writes to it), and the open
// file must be a regular file of this user's, mode 0600 or 0400, of at
// most maxHostKeyBytes, before a byte is read. A missing file gives an
// error that is fs.ErrNotExist.
func readHostKey(path string) ([]byte, error) {
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NOFOLLOW|syscall.O_NONBLOCK|syscall.O_NOCTTY, 0)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, err
	case errors.Is(err, syscall.ELOOP), errors.Is(err, syscall.EMLINK): // EMLINK on the BSDs
		return nil, fmt.Errorf("host key %s is a symbolic link; pass the key's own path", path)
	case err != nil:
		return nil, fmt.Errorf("host key: %w", err)
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("host key: %w", err)
	}
	uid := -1
	if st, ok := fi.Sys().(*syscall.Stat_t); ok {
		uid = int(st.Uid)
	}
	if err := checkHostKeyFile(path, fi, uid); err != nil {
		return nil, err
	}
	return readAtMost(path, f)
}
