package data

import (
	"dossier/internal/sanitize"

	"bytes"
	"fmt"
	"strings"

	"dossier/model"
)

// ParseDocument turns the bytes of a plain-text article into a Document:
// optional front matter, then the body. Front matter is either a block
// between two "---" lines at the very top ("key: value" per line; title,
// source, url, published, date, dateline, author and any other key, all
// kept in Meta) or a plain header: leading "key: value" lines of known keys
// only (see plainKeys), closed by a "---" line or a blank line. Line ends
// become "\n", the text is sanitised (see sanitize.Text), and blank lines
// before the body are dropped. Meta is nil when there is no front matter.
// Errors wrap ErrBinary, ErrTooLarge, ErrEmpty, ErrBadDate or
// ErrFrontMatter.
func ParseDocument(b []byte) (model.Document, error) {
	if err := checkBytes(b); err != nil {
		return model.Document{}, err
	}
	text := sanitize.Text(normalizeNewlines(string(b)))
	if strings.TrimSpace(text) == "" {
		return model.Document{}, &inputError{msg: "empty file (no text)", kind: ErrEmpty}
	}
	doc, body, err := splitMeta(text, parseFrontMatter)
	if err != nil {
		return model.Document{}, err
	}
	doc.Body = trimLeadingBlankLines(body)
	if strings.TrimSpace(doc.Body) == "" {
		return model.Document{}, &inputError{msg: "no text after the front matter", kind: ErrEmpty}
	}
	return doc, nil
}

// splitMeta takes the front matter or plain header off the top of text,
// with parse reading the lines of a "---" block, and returns a Document
// holding its fields and the text after it. Text with neither comes back
// whole.
func splitMeta(text string, parse func(string) ([]frontField, error)) (model.Document, string, error) {
	var doc model.Document
	fm, rest, ok := splitFrontMatter(text)
	if !ok {
		fm, rest, ok = splitPlainHeader(text)
		// A plain header's lines are known keys, so the strict reader
		// always takes them.
		parse = parseFrontMatter
	}
	if !ok {
		return doc, text, nil
	}
	meta, err := parse(fm)
	if err != nil {
		return model.Document{}, "", err
	}
	if err := applyMeta(&doc, meta); err != nil {
		return model.Document{}, "", err
	}
	return doc, rest, nil
}

// checkBytes rejects input that is not text before any work is done on it.
func checkBytes(b []byte) error {
	if len(b) > MaxSize {
		return &inputError{msg: "too large (over 64 MiB)", kind: ErrTooLarge}
	}
	if bytes.HasPrefix(b, []byte{0xff, 0xfe}) || bytes.HasPrefix(b, []byte{0xfe, 0xff}) {
		return &inputError{msg: "UTF-16 text, not UTF-8 (save it as UTF-8)", kind: ErrBinary}
	}
	if bytes.IndexByte(b, 0) >= 0 {
		return &inputError{msg: "binary file (contains NUL bytes), not text", kind: ErrBinary}
	}
	return nil
}

// normalizeNewlines turns CRLF and lone CR line ends into LF.
func normalizeNewlines(s string) string {
	if !strings.Contains(s, "\r") {
		return s
	}
	return strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
}

// splitFrontMatter returns the lines between an opening "---" on the first
// line and the next "---" line, and the text after the closing line. An
// opening "---" with no closing one is not front matter: the text may
// simply start with a rule, and refusing it would lose a readable story.
func splitFrontMatter(text string) (fm, rest string, ok bool) {
	first, after, found := strings.Cut(text, "\n")
	if !found || strings.TrimRight(first, " ") != "---" {
		return "", "", false
	}
	for pos := 0; pos < len(after); {
		line, _, _ := strings.Cut(after[pos:], "\n")
		next := pos + len(line) + 1
		if strings.TrimRight(line, " ") == "---" {
			if next > len(after) {
				next = len(after)
			}
			return after[:pos], after[next:], true
		}
		pos = next
	}
	return "", "", false
}

// frontField is one "key: value" line of front matter.
type frontField struct{ key, value string }

// parseFrontMatter reads "key: value" lines. Keys are case-insensitive;
// values may be quoted. Blank lines and "#" comments are skipped. A line
// that is neither is an error: a closed "---" block is plainly meant as
// front matter, and a silent skip would hide a typo.
func parseFrontMatter(fm string) ([]frontField, error) {
	var out []frontField
	for n, line := range strings.Split(fm, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		key, value, ok := strings.Cut(line, ":")
		key = strings.ToLower(strings.TrimSpace(key))
		if !ok || !validKey(key) {
			return nil, &inputError{msg: fmt.Sprintf("front matter line %d: want \"key: value\", got %q", n+2, line), kind: ErrFrontMatter}
		}
		out = append(out, frontField{key, unquote(strings.TrimSpace(value))})
	}
	return out, nil
}

func validKey(k string) bool {
	if k == "" {
		return false
	}
	for _, r := range k {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '_' || r == '-') {
			return false
		}
	}
	return true
}

// unquote strips one pair of matching quotes, as YAML writers add them.
func unquote(v string) string {
	if len(v) >= 2 && (v[0] == '"' || v[0] == '\'') && v[len(v)-1] == v[0] {
		return v[1 : len(v)-1]
	}
	return v
}

// applyMeta sets the known fields of doc and keeps every field in Meta. A
// repeated key keeps its last value.
func applyMeta(doc *model.Document, fields []frontField) error {
	doc.Meta = make(map[string]string, len(fields))
	for _, f := range fields {
		doc.Meta[f.key] = f.value
	}
	doc.Title = doc.Meta["title"]
	doc.Source = doc.Meta["source"]
	doc.URL = doc.Meta["url"]
	doc.Dateline = doc.Meta["dateline"]
	t, err := publishedOf(doc.Meta)
	if err != nil {
		return err
	}
	doc.Published = t
	return nil
}

// trimLeadingBlankLines drops whole lines of whitespace at the start, and
// nothing else: indentation of the first real line stays.
func trimLeadingBlankLines(s string) string {
	for {
		line, rest, found := strings.Cut(s, "\n")
		if !found || strings.TrimSpace(line) != "" {
			return s
		}
		s = rest
	}
}
