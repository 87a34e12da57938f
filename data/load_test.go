package data

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"dossier/model"
)

func TestLoad(t *testing.T) {
	ctx := context.Background()
	var fetched []string
	fetch := func(ctx context.Context, url string) (model.Document, error) {
		fetched = append(fetched, url)
		return model.Document{Title: "fetched", URL: url, Body: "Body."}, nil
	}
	t.Run("a file", func(t *testing.T) {
		doc, err := Load(ctx, filepath.Join(pagesDir, "plain-header.txt"), LoadOptions{Fetch: fetch})
		if err != nil || doc.Title != "Police seize cocaine in port" {
			t.Errorf("Load = %q, %v", doc.Title, err)
		}
	})
	t.Run("standard input, sniffed", func(t *testing.T) {
		b, err := os.ReadFile(filepath.Join(pagesDir, "amp.html"))
		if err != nil {
			t.Fatal(err)
		}
		doc, err := Load(ctx, "-", LoadOptions{Stdin: strings.NewReader(string(b))})
		if err != nil || doc.Source != "Gulf Coast Tribune" {
			t.Errorf("Load(-) = %q, %v", doc.Source, err)
		}
	})
	t.Run("standard input errors name it", func(t *testing.T) {
		_, err := Load(ctx, "-", LoadOptions{Stdin: strings.NewReader("")})
		if !errors.Is(err, ErrEmpty) || err.Error() != "standard input: empty file (no text)" {
			t.Errorf("err = %v", err)
		}
	})
	t.Run("a URL goes to Fetch", func(t *testing.T) {
		fetched = nil
		doc, err := Load(ctx, "https://example.com/story", LoadOptions{Fetch: fetch})
		if err != nil || doc.Title != "fetched" || len(fetched) != 1 || fetched[0] != "https://example.com/story" {
			t.Errorf("Load = %+v, %v; fetched %q", doc, err, fetched)
		}
		if _, err := Load(ctx, "HTTP://example.com/", LoadOptions{Fetch: fetch}); err != nil {
			t.Errorf("an upper-case scheme: %v", err)
		}
	})
	t.Run("without Fetch, no URL is fetched", func(t *testing.T) {
		for _, u := range []string{"https://example.com/story", "http://127.0.0.1:8080/x"} {
			_, err := Load(ctx, u, LoadOptions{})
			if !errors.Is(err, ErrURLRefused) || err.Error() != u+": URLs are not fetched here (save the page and give its file)" {
				t.Errorf("Load(%s) err = %v", u, err)
			}
		}
	})
	t.Run("other schemes are refused, Fetch or not", func(t *testing.T) {
		fetched = nil
		for _, u := range []string{"file:///etc/passwd", "ftp://example.com/a.txt", "gopher://x", "javascript://x"} {
			_, err := Load(ctx, u, LoadOptions{Fetch: fetch})
			if !errors.Is(err, ErrBadURL) || err.Error() != u+": only http and https addresses are read" {
				t.Errorf("Load(%s) err = %v", u, err)
			}
		}
		if len(fetched) != 0 {
			t.Errorf("fetched %q", fetched)
		}
	})
	t.Run("a hostile URL is quoted in the error", func(t *testing.T) {
		_, err := Load(ctx, "https://x/\x1b]0;owned\x07", LoadOptions{})
		if !errors.Is(err, ErrURLRefused) || strings.ContainsAny(err.Error(), "\x1b\x07") {
			t.Errorf("err = %q", err)
		}
	})
	t.Run("a cancelled context reads nothing", func(t *testing.T) {
		c, cancel := context.WithCancel(ctx)
		cancel()
		if _, err := Load(c, filepath.Join(pagesDir, "plain-header.txt"), LoadOptions{}); !errors.Is(err, context.Canceled) {
			t.Errorf("err = %v", err)
		}
	})
	t.Run("a missing file", func(t *testing.T) {
		_, err := Load(ctx, "no/such/story.html", LoadOptions{Fetch: fetch})
		if !errors.Is(err, ErrNotFound) {
			t.Errorf("err = %v", err)
		}
	})
}

func TestIsURL(t *testing.T) {
	for arg, want := range map[string]bool{
		"https://example.com": true, "http://x": true, "HTTPS://X": true, "ftp://x": true, "file:///x": true,
		"svn+ssh://x": true, "story.txt": false, "-": false, "dir/file": false, "://x": false,
		"C:\\story.txt": false, "notes: a://b": false, "1http://x": false, "www.example.com/story": false,
	} {
		if got := IsURL(arg); got != want {
			t.Errorf("IsURL(%q) = %v, want %v", arg, got, want)
		}
	}
}
