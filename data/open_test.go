package data

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestOpenReadsArticle(t *testing.T) {
	path := writeFile(t, "story.txt", "---\r\ntitle: Raid\r\npublished: 2023-05-02\r\n---\r\nMADRID (AP) – Spanish police seized \x1b[1m3 tonnes\x1b[0m of cocaine.\r\n")
	doc, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if doc.Title != "Raid" || doc.Published.Format("2006-01-02") != "2023-05-02" {
		t.Errorf("front matter: %q %v", doc.Title, doc.Published)
	}
	if want := "MADRID (AP) – Spanish police seized 3 tonnes of cocaine.\n"; doc.Body != want {
		t.Errorf("Body = %q, want %q", doc.Body, want)
	}
}

func TestOpenErrors(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "nope.txt")
	huge := filepath.Join(dir, "huge.txt")
	f, err := os.Create(huge)
	if err != nil {
		t.Fatal(err)
	}
	f.Close()
	// Sparse: no disk space used, and Open must refuse it from its size
	// alone, before reading.
	if err := os.Truncate(huge, MaxSize+1); err != nil {
		t.Fatal(err)
	}
	exactly := filepath.Join(dir, "max.txt")
	if f, err := os.Create(exactly); err != nil {
		t.Fatal(err)
	} else {
		f.Close()
	}
	if err := os.Truncate(exactly, MaxSize); err != nil {
		t.Fatal(err)
	}

	tests := []struct {
		name string
		path string
		kind error
		msg  string
	}{
		{"missing file", missing, ErrNotFound, "open " + missing + ": no such file"},
		{"missing directory in path", filepath.Join(dir, "no", "such.txt"), ErrNotFound, "open " + filepath.Join(dir, "no", "such.txt") + ": no such file"},
		{"directory", dir, ErrIsDir, "open " + dir + ": is a directory"},
		{"empty file", writeFile(t, "empty.txt", ""), ErrEmpty, ""},
		{"whitespace only", writeFile(t, "blank.txt", "\n\n   \r\n\t"), ErrEmpty, ""},
		{"only front matter", writeFile(t, "fm.txt", "---\ntitle: x\n---\n"), ErrEmpty, ""},
		{"binary", writeFile(t, "a.bin", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), ErrBinary, ""},
		{"UTF-16", writeFile(t, "u16.txt", "\xff\xfeH\x00i\x00"), ErrBinary, ""},
		{"over 64 MiB", huge, ErrTooLarge, huge + ": too large (over 64 MiB)"},
		{"bad published date", writeFile(t, "date.txt", "---\npublished: 2021-13-40\n---\nBody."), ErrBadDate, ""},
		{"bad front matter", writeFile(t, "fm2.txt", "---\nnot a field\n---\nBody."), ErrFrontMatter, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Open(tt.path)
			if !errors.Is(err, tt.kind) {
				t.Fatalf("Open err = %v, want %v", err, tt.kind)
			}
			msg := err.Error()
			if tt.msg != "" && msg != tt.msg {
				t.Errorf("message = %q, want %q", msg, tt.msg)
			}
			if !strings.Contains(msg, tt.path) {
				t.Errorf("message %q does not name %s", msg, tt.path)
			}
			if strings.ContainsAny(msg, "\n\r\x1b") {
				t.Errorf("message is not one clean line: %q", msg)
			}
		})
	}
	t.Run("exactly 64 MiB is not too large", func(t *testing.T) {
		// All NUL bytes: it is refused as binary, which shows the size
		// check let it through.
		if _, err := Open(exactly); !errors.Is(err, ErrBinary) {
			t.Errorf("err = %v, want ErrBinary", err)
		}
	})
}

func TestOpenBadDateMessage(t *testing.T) {
	path := writeFile(t, "date.txt", "---\npublished: 2021-13-40\n---\nBody.")
	_, err := Open(path)
	want := path + `: published: "2021-13-40" is not a date (want YYYY-MM-DD)`
	if err == nil || err.Error() != want {
		t.Errorf("err = %v, want %s", err, want)
	}
}

func TestOpenQuotesHostileName(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x\x1b]0;owned\x07.txt")
	_, err := Open(path)
	if !errors.Is(err, ErrNotFound) {
		t.Fatalf("err = %v", err)
	}
	if strings.ContainsAny(err.Error(), "\x1b\x07") {
		t.Errorf("escape sequence reached the message: %q", err.Error())
	}
}

func TestOpenStdin(t *testing.T) {
	path := writeFile(t, "in.txt", "---\nsource: Reuters\n---\nROME – Carabinieri arrested 12.")
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	old := os.Stdin
	os.Stdin = f
	defer func() { os.Stdin = old }()
	doc, err := Open("-")
	if err != nil {
		t.Fatal(err)
	}
	if doc.Source != "Reuters" || doc.Body != "ROME – Carabinieri arrested 12." {
		t.Errorf("doc = %+v", doc)
	}
}

func TestOpenStdinErrorsNameStandardInput(t *testing.T) {
	f, err := os.Open(writeFile(t, "empty.txt", ""))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	old := os.Stdin
	os.Stdin = f
	defer func() { os.Stdin = old }()
	_, err = Open("-")
	if !errors.Is(err, ErrEmpty) || err.Error() != "standard input: empty file (no text)" {
		t.Errorf("err = %v", err)
	}
}

// endless is a stream that never ends, like a pipe from a runaway command.
type endless struct{}

func (endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'a'
	}
	return len(p), nil
}

func TestReadLimitsEndlessStream(t *testing.T) {
	_, err := readLimited(endless{}, Origin{Name: stdinName}, 1<<10, 0)
	if !errors.Is(err, ErrTooLarge) || err.Error() != "standard input: too large (over 64 MiB)" {
		t.Errorf("err = %v, want standard input: too large", err)
	}
}

func TestReadErrorsHaveNoName(t *testing.T) {
	_, err := Read(strings.NewReader(""))
	if !errors.Is(err, ErrEmpty) || err.Error() != "empty file (no text)" {
		t.Errorf("err = %v", err)
	}
	doc, err := Read(strings.NewReader("Police arrested 3."))
	if err != nil || doc.Body != "Police arrested 3." {
		t.Errorf("Read = %+v, %v", doc, err)
	}
}
