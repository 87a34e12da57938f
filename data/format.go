package data

import (
	"bytes"
	"mime"
	"path/filepath"
	"strings"
)

// Format is the form an article is written in.
type Format int

const (
	// FormatAuto leaves the choice to the content (see Sniff).
	FormatAuto Format = iota
	// FormatText is plain text, with optional front matter.
	FormatText
	// FormatMarkdown is Markdown, with optional front matter.
	FormatMarkdown
	// FormatHTML is a web page.
	FormatHTML
)

func (f Format) String() string {
	switch f {
	case FormatText:
		return "text"
	case FormatMarkdown:
		return "Markdown"
	case FormatHTML:
		return "HTML"
	}
	return "auto"
}

// FormatOfPath decides an article's format from its file name's
// extension: one that names a format wins over the content, so a .txt
// file reads as text whatever it looks like. Other names are FormatAuto.
func FormatOfPath(path string) Format {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".html", ".htm", ".xhtml", ".shtml":
		return FormatHTML
	case ".md", ".markdown", ".mdown", ".mkd", ".mkdn":
		return FormatMarkdown
	case ".txt", ".text":
		return FormatText
	}
	return FormatAuto
}

// FormatOfMediaType decides an article's format from an HTTP Content-Type.
// ok is false for a type that is no article's (an image, a PDF, JSON);
// a missing or generic type is FormatAuto.
func FormatOfMediaType(contentType string) (f Format, ok bool) {
	if strings.TrimSpace(contentType) == "" {
		return FormatAuto, true
	}
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		return FormatAuto, false
	}
	switch mt {
	case "text/html", "application/xhtml+xml":
		return FormatHTML, true
	case "text/markdown", "text/x-markdown":
		return FormatMarkdown, true
	case "text/plain":
		return FormatText, true
	case "application/octet-stream":
		return FormatAuto, true
	}
	return FormatAuto, false
}

// sniffSize is how much of an article Sniff reads.
const sniffSize = 64 << 10

// Sniff decides an article's format from its content: HTML when it opens
// with markup (a doctype, or an element such as <html>, <head>, <body>,
// <div> or <p>, perhaps after comments); Markdown when it has markup only
// Markdown has (an ATX heading, a link or image, a reference definition,
// a code fence, strong emphasis); plain text otherwise. Markdown must be
// plain about it: read as Markdown, text whose paragraphs are single lines
// would run them together.
func Sniff(b []byte) Format {
	b = b[:min(len(b), sniffSize)]
	if looksHTML(b) {
		return FormatHTML
	}
	if looksMarkdown(b) {
		return FormatMarkdown
	}
	return FormatText
}

// htmlStarts are the tag names a web page, or a fragment of one, opens with.
var htmlStarts = []string{
	"!doctype html", "html", "head", "body", "meta", "title", "link", "script", "style",
	"article", "main", "section", "header", "div", "p", "h1", "h2", "h3", "table", "base",
}

func looksHTML(b []byte) bool {
	s := bytes.ToLower(bytes.TrimLeft(bytes.TrimPrefix(b, []byte("\xef\xbb\xbf")), " \t\r\n"))
	if bytes.HasPrefix(s, []byte("<?xml")) {
		return bytes.Contains(s, []byte("<html")) || bytes.Contains(s, []byte("<!doctype html"))
	}
	for bytes.HasPrefix(s, []byte("<!--")) {
		end := bytes.Index(s, []byte("-->"))
		if end < 0 {
			return false
		}
		s = bytes.TrimLeft(s[end+3:], " \t\r\n")
	}
	if len(s) < 2 || s[0] != '<' {
		return false
	}
	for _, tag := range htmlStarts {
		if rest, ok := bytes.CutPrefix(s[1:], []byte(tag)); ok && (len(rest) == 0 || strings.IndexByte(" \t\r\n>/", rest[0]) >= 0) {
			return true
		}
	}
	return false
}

func looksMarkdown(b []byte) bool {
	for line := range bytes.Lines(b) {
		line = bytes.TrimRight(line, " \t\r\n")
		t := bytes.TrimLeft(line, " ")
		if len(line)-len(t) > 3 {
			continue
		}
		switch {
		case atxHeading(t), bytes.HasPrefix(t, []byte("```")), bytes.HasPrefix(t, []byte("~~~")):
			return true
		case len(t) > 0 && t[0] == '[' && bytes.Contains(t, []byte("]: ")):
			return true // a reference definition
		case bytes.Contains(t, []byte("![")) && bytes.Contains(t, []byte("](")):
			return true
		case inlineLink(t):
			return true
		case bytes.Count(t, []byte("**")) >= 2:
			return true
		}
	}
	return false
}

// atxHeading reports a line such as "## Background".
func atxHeading(t []byte) bool {
	n := 0
	for n < len(t) && t[n] == '#' {
		n++
	}
	return n >= 1 && n <= 6 && n+1 < len(t) && t[n] == ' ' && t[n+1] != ' '
}

// inlineLink reports "[text](address" on a line.
func inlineLink(t []byte) bool {
	for {
		i := bytes.Index(t, []byte("]("))
		if i < 0 {
			return false
		}
		if open := bytes.LastIndexByte(t[:i], '['); open >= 0 && open < i-1 && i+2 < len(t) && t[i+2] != ' ' {
			return true
		}
		t = t[i+2:]
	}
}
