package story

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"dossier/model/internal/token"
)

// Slug turns a name into the lowercase ASCII form used in entity IDs:
// accents folded ("Curaçao" -> "curacao"), every run of other characters
// turned into one "-", no leading or trailing "-". A name with no letter or
// digit that folds to ASCII gets "x" plus the hex of its first bytes, so
// that IDs are never empty.
func Slug(name string) string {
	var b strings.Builder
	b.Grow(len(name))
	writeSlug(&b, name)
	return b.String()
}

// EntityID is kind + "/" + Slug(name) built in one allocation: every
// entity of every parse gets one.
func EntityID(kind Kind, name string) string {
	var b strings.Builder
	b.Grow(len(kind) + 1 + len(name))
	b.WriteString(string(kind))
	b.WriteByte('/')
	writeSlug(&b, name)
	return b.String()
}

// writeSlug writes the slug of name to b, after what b already holds.
func writeSlug(b *strings.Builder, name string) {
	base := b.Len()
	dash := false
	for _, r := range name {
		if r < utf8.RuneSelf {
			c := byte(r)
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' {
				if dash && b.Len() > base {
					b.WriteByte('-')
				}
				dash = false
				b.WriteByte(c)
			} else {
				dash = true
			}
			continue
		}
		f := token.FoldRune(unicode.ToLower(r))
		wrote := false
		for _, c := range f {
			if c < utf8.RuneSelf && (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
				if dash && b.Len() > base {
					b.WriteByte('-')
				}
				dash = false
				b.WriteRune(c)
				wrote = true
			}
		}
		if !wrote {
			dash = true
		}
	}
	if b.Len() == base {
		const hexd = "0123456789abcdef"
		b.WriteByte('x')
		for i := 0; i < len(name) && i < 8; i++ {
			b.WriteByte(hexd[name[i]>>4])
			b.WriteByte(hexd[name[i]&15])
		}
	}
}
