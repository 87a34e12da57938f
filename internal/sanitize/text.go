package sanitize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

const (
	esc = 0x1b
	bel = 0x07
	can = 0x18 // cancels an escape sequence in progress
	sub = 0x1a // likewise
)

// Text is the reading form: it makes an article's text plain to match
// against and safe to keep. It repairs invalid UTF-8 (each bad byte becomes U+FFFD),
// removes terminal escape sequences whole (CSI, OSC, DCS, SOS, PM, APC, in
// their 7-bit ESC forms and their 8-bit C1 forms, and lone ESCs), drops
// every other C0 and C1 control character except newline, turns tabs into
// spaces, turns U+2028/U+2029 into newlines, and drops invisible format
// characters (Unicode category Cf: bidi overrides and isolates, zero-width
// characters, BOMs, soft hyphens, tag characters), which can reorder or
// hide text on screen and split words the parser must see whole. Every
// other character, curly quotes and dashes included, is kept.
//
// It does not touch carriage returns beyond dropping them: the reader turns
// CRLF and CR line ends into LF before it calls Text.
func Text(s string) string {
	if isPlain(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		// Copy runs of printable ASCII at once: most of any article.
		j := i
		for j < len(s) && plainByte(s[j]) {
			j++
		}
		b.WriteString(s[i:j])
		if i = j; i >= len(s) {
			break
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && w == 1:
			b.WriteRune(utf8.RuneError)
		case r == esc:
			i = skipEscape(s, i+1)
			continue
		case r == 0x9b: // 8-bit CSI
			i = skipCSI(s, i+w)
			continue
		case r == 0x90 || r == 0x98 || r == 0x9d || r == 0x9e || r == 0x9f: // DCS, SOS, OSC, PM, APC
			i = skipString(s, i+w)
			continue
		case r == '\t':
			b.WriteByte(' ')
		case r == '\u2028' || r == '\u2029':
			b.WriteByte('\n')
		case r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0):
			// other C0 and C1 controls, DEL
		case r >= 0xad && unicode.Is(unicode.Cf, r): // U+00AD is the first Cf
			// invisible format characters
		default:
			b.WriteString(s[i : i+w])
		}
		i += w
	}
	return b.String()
}

// plainByte reports whether c is printable ASCII or a newline: a byte
// Text keeps as it is.
func plainByte(c byte) bool { return (c >= 0x20 && c <= 0x7e) || c == '\n' }

// isPlain reports whether s is printable ASCII and newlines only, the
// common case, which needs no copy.
func isPlain(s string) bool {
	for i := 0; i < len(s); i++ {
		if !plainByte(s[i]) {
			return false
		}
	}
	return true
}

// skipEscape skips the sequence whose ESC sits just before s[i] and returns
// the index after it. An ESC that starts no sequence is dropped alone.
func skipEscape(s string, i int) int {
	if i >= len(s) {
		return i
	}
	switch c := s[i]; {
	case c == '[':
		return skipCSI(s, i+1)
	case c == ']' || c == 'P' || c == 'X' || c == '^' || c == '_': // OSC, DCS, SOS, PM, APC
		return skipString(s, i+1)
	case c >= 0x20 && c <= 0x2f: // intermediates, then one final byte: ESC ( B
		for i < len(s) && s[i] >= 0x20 && s[i] <= 0x2f {
			i++
		}
		if i < len(s) && s[i] >= 0x30 && s[i] <= 0x7e {
			i++
		}
		return i
	case c >= 0x30 && c <= 0x7e: // two-byte escapes: ESC 7, ESC c, a stray ESC \
		return i + 1
	}
	return i
}

// skipCSI skips a control sequence's parameter, intermediate and final
// bytes from s[i]. A malformed sequence ends at the first byte that does
// not fit; that byte is then read as text.
func skipCSI(s string, i int) int {
	for i < len(s) && s[i] >= 0x30 && s[i] <= 0x3f {
		i++
	}
	for i < len(s) && s[i] >= 0x20 && s[i] <= 0x2f {
		i++
	}
	if i < len(s) && s[i] >= 0x40 && s[i] <= 0x7e {
		i++
	}
	return i
}

// skipString skips the body of an OSC, DCS, SOS, PM or APC string from
// s[i] through its terminator (BEL, ESC \ or 8-bit ST; CAN and SUB abort).
// An unterminated string ends at the end of its line rather than eating
// the rest of the article: a stray "ESC P" in a damaged file then costs
// one line, not the story. The bytes checked are all ASCII or the ST
// encoding, so the scan never splits a UTF-8 character.
func skipString(s string, i int) int {
	for ; i < len(s); i++ {
		switch s[i] {
		case bel, can, sub:
			return i + 1
		case '\n':
			return i
		case esc:
			if i+1 < len(s) && s[i+1] == '\\' {
				return i + 2
			}
			return i // a new sequence starts; read it as one
		case 0xc2:
			if i+1 < len(s) && s[i+1] == 0x9c {
				return i + 2
			}
		}
	}
	return i
}
