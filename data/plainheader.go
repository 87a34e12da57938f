package data

import "strings"

// plainKeys are the keys a plain header may hold. Only these make a
// leading "key: value" block front matter without an opening "---": a
// story whose first line merely has a colon in it ("Police said: ...")
// must stay a story.
var plainKeys = map[string]bool{
	"title": true, "source": true, "url": true, "published": true,
	"date": true, "dateline": true, "author": true,
}

// splitPlainHeader returns the lines of a plain header at the very top of
// text, and the text after its closing line. A plain header is one or more
// "key: value" lines with known keys, closed by a "---" line or a blank
// line; any other line before the close means there is no header, and a
// header with no close is the whole text, so it is read as body.
func splitPlainHeader(text string) (header, rest string, ok bool) {
	for pos := 0; pos < len(text); {
		line, _, found := strings.Cut(text[pos:], "\n")
		if t := strings.TrimSpace(line); t == "" || t == "---" {
			if pos == 0 {
				return "", "", false
			}
			next := min(pos+len(line)+1, len(text))
			return text[:pos], text[next:], true
		}
		if !found || !isPlainField(line) {
			return "", "", false
		}
		pos += len(line) + 1
	}
	return "", "", false
}

// isPlainField reports whether line is "key: value" with a known key.
func isPlainField(line string) bool {
	key, _, ok := strings.Cut(line, ":")
	return ok && plainKeys[strings.ToLower(strings.TrimSpace(key))]
}
