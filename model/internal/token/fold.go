package token

import (
	"unicode"
	"unicode/utf8"
)

// AppendFold appends the matching key of s: lowercase, Latin accents
// folded, typographic apostrophes as ASCII.
func AppendFold(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if r == '’' || r == '‘' {
			dst = append(dst, '\'')
			continue
		}
		if r == utf8.RuneError {
			dst = append(dst, "\uFFFD"...)
			continue
		}
		dst = append(dst, FoldRune(unicode.ToLower(r))...)
	}
	return dst
}

// Fold is AppendFold as a string. It allocates once: the key is built in
// a stack buffer and copied out (a growing nil slice then a string
// conversion cost two allocations, often more).
func Fold(s string) string {
	var buf [64]byte
	return string(AppendFold(buf[:0], s))
}

// FoldRune maps a lowercase Latin letter with a diacritic to its plain
// ASCII spelling ("é" -> "e", "ß" -> "ss"). Other runes come back
// unchanged.
func FoldRune(r rune) string {
	if r < 0xC0 {
		return string(r)
	}
	if r < 0x250 {
		if f, ok := latinFold[r]; ok {
			return asciiLetters[f-'a' : f-'a'+1]
		}
		if s, ok := latinLigatures[r]; ok {
			return s
		}
	}
	return string(r)
}

// asciiLetters holds the letters FoldRune returns, so a folded letter is
// a piece of it and costs no allocation.
const asciiLetters = "abcdefghijklmnopqrstuvwxyz"

// latinFold covers Latin-1 Supplement and Latin Extended-A lowercase
// letters, enough for place and agency names in European and Latin American
// news; latinLigatures are those that fold to two letters. Neither is ever
// written to.
var latinFold = map[rune]rune{
	'à': 'a', 'á': 'a', 'â': 'a', 'ã': 'a', 'ä': 'a', 'å': 'a', 'ā': 'a', 'ă': 'a', 'ą': 'a',
	'ç': 'c', 'ć': 'c', 'ĉ': 'c', 'ċ': 'c', 'č': 'c', 'ď': 'd', 'đ': 'd', 'ð': 'd', 'è': 'e',
	'é': 'e', 'ê': 'e', 'ë': 'e', 'ē': 'e', 'ĕ': 'e', 'ė': 'e', 'ę': 'e', 'ě': 'e', 'ĝ': 'g',
	'ğ': 'g', 'ġ': 'g', 'ģ': 'g', 'ĥ': 'h', 'ħ': 'h', 'ì': 'i', 'í': 'i', 'î': 'i', 'ï': 'i',
	'ĩ': 'i', 'ī': 'i', 'ĭ': 'i', 'į': 'i', 'ı': 'i', 'ĵ': 'j', 'ķ': 'k', 'ĺ': 'l', 'ļ': 'l',
	'ľ': 'l', 'ŀ': 'l', 'ł': 'l', 'ñ': 'n', 'ń': 'n', 'ņ': 'n', 'ň': 'n', 'ò': 'o', 'ó': 'o',
	'ô': 'o', 'õ': 'o', 'ö': 'o', 'ø': 'o', 'ō': 'o', 'ŏ': 'o', 'ő': 'o', 'ŕ': 'r', 'ŗ': 'r',
	'ř': 'r', 'ś': 's', 'ŝ': 's', 'ş': 's', 'š': 's', 'ţ': 't', 'ť': 't', 'ŧ': 't', 'ù': 'u',
	'ú': 'u', 'û': 'u', 'ü': 'u', 'ũ': 'u', 'ū': 'u', 'ŭ': 'u', 'ů': 'u', 'ű': 'u', 'ų': 'u',
	'ŵ': 'w', 'ý': 'y', 'ÿ': 'y', 'ŷ': 'y', 'ź': 'z', 'ż': 'z', 'ž': 'z', 'ș': 's', 'ț': 't',
}

var latinLigatures = map[rune]string{
	'æ': "ae",
	'œ': "oe",
	'ß': "ss",
	'þ': "th",
}
