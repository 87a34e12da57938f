package model

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// slug turns a name into the lowercase ASCII form used in entity IDs:
// accents folded ("Curaçao" -> "curacao"), every run of other characters
// turned into one "-", no leading or trailing "-". A name with no letter or
// digit that folds to ASCII gets "x" plus the hex of its first bytes, so
// that IDs are never empty.
func slug(name string) string {
	var b strings.Builder
	b.Grow(len(name))
	writeSlug(&b, name)
	return b.String()
}

// entityID is kind + "/" + slug(name) built in one allocation: every
// entity of every parse gets one.
func entityID(kind Kind, name string) string {
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
		f := foldRune(unicode.ToLower(r))
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

// foldRune maps a lowercase Latin letter with a diacritic to its plain ASCII
// spelling ("é" -> "e", "ß" -> "ss"). Other runes come back unchanged.
func foldRune(r rune) string {
	if r < 0xC0 {
		return string(r)
	}
	if r < 0x250 {
		if s, ok := latinFold[r]; ok {
			return s
		}
	}
	return string(r)
}

// latinFold covers Latin-1 Supplement and Latin Extended-A lowercase
// letters, enough for place and agency names in European and Latin American
// news.
var latinFold = map[rune]string{
	'à': "a", 'á': "a", 'â': "a", 'ã': "a", 'ä': "a", 'å': "a", 'ā': "a", 'ă': "a", 'ą': "a",
	'æ': "ae", 'ç': "c", 'ć': "c", 'ĉ': "c", 'ċ': "c", 'č': "c", 'ď': "d", 'đ': "d", 'ð': "d",
	'è': "e", 'é': "e", 'ê': "e", 'ë': "e", 'ē': "e", 'ĕ': "e", 'ė': "e", 'ę': "e", 'ě': "e",
	'ĝ': "g", 'ğ': "g", 'ġ': "g", 'ģ': "g", 'ĥ': "h", 'ħ': "h",
	'ì': "i", 'í': "i", 'î': "i", 'ï': "i", 'ĩ': "i", 'ī': "i", 'ĭ': "i", 'į': "i", 'ı': "i",
	'ĵ': "j", 'ķ': "k", 'ĺ': "l", 'ļ': "l", 'ľ': "l", 'ŀ': "l", 'ł': "l",
	'ñ': "n", 'ń': "n", 'ņ': "n", 'ň': "n",
	'ò': "o", 'ó': "o", 'ô': "o", 'õ': "o", 'ö': "o", 'ø': "o", 'ō': "o", 'ŏ': "o", 'ő': "o", 'œ': "oe",
	'ŕ': "r", 'ŗ': "r", 'ř': "r", 'ś': "s", 'ŝ': "s", 'ş': "s", 'š': "s", 'ß': "ss",
	'ţ': "t", 'ť': "t", 'ŧ': "t", 'þ': "th",
	'ù': "u", 'ú': "u", 'û': "u", 'ü': "u", 'ũ': "u", 'ū': "u", 'ŭ': "u", 'ů': "u", 'ű': "u", 'ų': "u",
	'ŵ': "w", 'ý': "y", 'ÿ': "y", 'ŷ': "y", 'ź': "z", 'ż': "z", 'ž': "z",
	'ș': "s", 'ț': "t",
}
