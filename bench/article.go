package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// defaultArticle finds the story dossier embeds: the data package's copy in
// the module, else the shared seed it was taken from.
func defaultArticle(root string) string {
	for _, p := range []string{
		filepath.Join(root, "data", "seed.txt"),
		"/work/shared/seed/000_8b7f10ff39c4dd9a.txt",
	} {
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	return filepath.Join(root, "data", "seed.txt")
}

// readerText turns an article file into the text the references show: the
// body without front matter, one blank line between paragraphs, as a reader
// lays it out. At 120x40 that is taller than the screen, so a one-line move
// scrolls in less and in the floor's viewport as it moves a selection in
// dossier.
func readerText(raw string) (string, error) {
	raw = strings.ReplaceAll(raw, "\r\n", "\n")
	if rest, ok := strings.CutPrefix(raw, "---\n"); ok {
		_, body, found := strings.Cut(rest, "\n---\n")
		if !found {
			return "", fmt.Errorf("front matter is not closed by a --- line")
		}
		raw = body
	}
	var paras []string
	for _, line := range strings.Split(raw, "\n") {
		if line = strings.TrimSpace(line); line != "" {
			paras = append(paras, line)
		}
	}
	if len(paras) == 0 {
		return "", fmt.Errorf("the article has no text")
	}
	return strings.Join(paras, "\n\n") + "\n", nil
}

// writeArticle writes the reader text of src into dir and returns its path.
func writeArticle(src, dir string) (string, error) {
	b, err := os.ReadFile(src)
	if err != nil {
		return "", err
	}
	text, err := readerText(string(b))
	if err != nil {
		return "", fmt.Errorf("%s: %w", src, err)
	}
	dst := filepath.Join(dir, "article.txt")
	return dst, os.WriteFile(dst, []byte(text), 0o644)
}
