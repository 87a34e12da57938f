package data

import (
	"errors"
	"strings"

	"dossier/internal/markdown"
	"dossier/internal/sanitize"
	"dossier/model"
)

// ParseMarkdown turns the bytes of a Markdown article into a Document:
// optional front matter (YAML between "---" lines, of which the flat
// "key: value" fields are read, or a plain header), then the body with its
// markup removed (see markdown.Plain), one paragraph per line with a blank
// line between. A first heading is the title when the front matter gives
// none; no heading is part of the body. Errors wrap ErrBinary,
// ErrTooLarge, ErrEmpty, ErrBadDate or ErrBadMarkup.
func ParseMarkdown(b []byte) (model.Document, error) {
	if err := checkBytes(b); err != nil {
		return model.Document{}, err
	}
	text := sanitize.Text(normalizeNewlines(string(b)))
	if strings.TrimSpace(text) == "" {
		return model.Document{}, &inputError{msg: "empty file (no text)", kind: ErrEmpty}
	}
	doc, body, err := splitMeta(text, parseYAMLFields)
	if err != nil {
		return model.Document{}, err
	}
	art, err := markdown.Plain([]byte(body))
	if err != nil {
		kind := ErrBadMarkup
		if errors.Is(err, markdown.ErrTooLarge) {
			kind = ErrTooLarge
		}
		return model.Document{}, &inputError{msg: err.Error(), kind: kind}
	}
	// Character references can spell what the input sanitising removed
	// ("&#27;", "&#x2028;"), so each paragraph is sanitised again, and
	// kept to one line, once they are resolved.
	if doc.Title == "" {
		doc.Title = field(art.Heading)
	}
	paras := make([]string, 0, len(art.Paragraphs))
	for _, p := range art.Paragraphs {
		if p = field(p); p != "" {
			paras = append(paras, p)
		}
	}
	doc.Body = strings.Join(paras, "\n\n")
	if doc.Body == "" {
		return model.Document{}, &inputError{msg: "no text in the Markdown", kind: ErrEmpty}
	}
	return doc, nil
}

// parseYAMLFields reads the flat "key: value" fields of YAML front matter
// and skips what it cannot use (nested maps, lists, comments), since a
// Markdown file's front matter is written for a site generator, not for
// dossier. A block scalar ("key: |" or "key: >" and indented lines) is
// read as its lines joined by spaces.
func parseYAMLFields(fm string) ([]frontField, error) {
	var out []frontField
	lines := strings.Split(fm, "\n")
	for i := 0; i < len(lines); i++ {
		line := lines[i]
		if line == "" || line[0] == ' ' || line[0] == '\t' || line[0] == '#' || line[0] == '-' {
			continue
		}
		key, value, ok := strings.Cut(line, ":")
		key = strings.ToLower(strings.TrimSpace(key))
		if !ok || !validKey(key) {
			continue
		}
		value = strings.TrimSpace(value)
		if strings.HasPrefix(value, "|") || strings.HasPrefix(value, ">") {
			var parts []string
			for i+1 < len(lines) && (lines[i+1] == "" || lines[i+1][0] == ' ' || lines[i+1][0] == '\t') {
				i++
				if p := strings.TrimSpace(lines[i]); p != "" {
					parts = append(parts, p)
				}
			}
			value = strings.Join(parts, " ")
		}
		out = append(out, frontField{key, unquote(value)})
	}
	return out, nil
}
