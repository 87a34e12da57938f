package data

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"syscall"

	"dossier/model"
)

// Open reads the article at path; "-" reads standard input. The format is
// the one the extension names (see FormatOfPath), else the one the
// content shows (see Sniff). Errors are one line naming the input and
// wrap one of the Err* sentinels for bad input (a missing file, a
// directory, no text, binary data, over MaxSize, a bad published date,
// malformed front matter, markup too deep, a page with no article);
// other I/O errors pass through with the path in front.
func Open(path string) (model.Document, error) {
	if path == "-" {
		return readLimited(os.Stdin, Origin{Name: stdinName}, MaxSize, 0)
	}
	name := displayName(path)
	fi, err := os.Stat(path)
	if err != nil {
		return model.Document{}, openError(name, err)
	}
	if fi.IsDir() {
		return model.Document{}, &inputError{name: "open " + name, msg: "is a directory", kind: ErrIsDir}
	}
	// Checking the size first refuses a huge file without reading it.
	if fi.Mode().IsRegular() && fi.Size() > MaxSize {
		return model.Document{}, &inputError{name: name, msg: "too large (over 64 MiB)", kind: ErrTooLarge}
	}
	f, err := os.Open(path)
	if err != nil {
		return model.Document{}, openError(name, err)
	}
	defer f.Close()
	return readLimited(f, Origin{Name: name, Format: FormatOfPath(path)}, MaxSize, fi.Size())
}

// Read reads an article from r in the format its content shows (see
// Sniff): optional front matter, then the body, sanitised. It reads at
// most MaxSize+1 bytes, so an endless stream is refused rather than
// buffered.
func Read(r io.Reader) (model.Document, error) { return readLimited(r, Origin{}, MaxSize, 0) }

// readLimited reads at most max bytes from r and parses them as o says;
// more is an error. The limit is a parameter so tests can check it
// without 64 MiB. sizeHint, the file size when known, sizes the buffer
// once instead of letting it double its way up.
func readLimited(r io.Reader, o Origin, max, sizeHint int64) (model.Document, error) {
	name := o.Name
	var buf bytes.Buffer
	if sizeHint > 0 && sizeHint <= max {
		buf.Grow(int(sizeHint) + bytes.MinRead)
	}
	_, err := buf.ReadFrom(io.LimitReader(r, max+1))
	b := buf.Bytes()
	if int64(len(b)) > max {
		return model.Document{}, &inputError{name: name, msg: "too large (over 64 MiB)", kind: ErrTooLarge}
	}
	if errors.Is(err, syscall.EISDIR) { // stdin redirected from a directory
		return model.Document{}, &inputError{name: name, msg: "is a directory", kind: ErrIsDir}
	}
	if err != nil {
		if name == "" {
			return model.Document{}, fmt.Errorf("read: %w", err)
		}
		return model.Document{}, fmt.Errorf("read %s: %w", name, unwrapPath(err))
	}
	return Parse(b, o)
}

// openError words an os error from opening path as one short line.
func openError(name string, err error) error {
	if errors.Is(err, fs.ErrNotExist) {
		return &inputError{name: "open " + name, msg: "no such file", kind: ErrNotFound}
	}
	return fmt.Errorf("open %s: %w", name, unwrapPath(err))
}

// unwrapPath drops the *fs.PathError wrapper, whose message repeats the
// (unsanitised) path.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
