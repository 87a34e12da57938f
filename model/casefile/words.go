package casefile

import (
	"slices"
	"unicode"
	"unicode/utf8"
)

// sentenceWords reads one sentence for the merge: the kinds of happening
// its words report, and the hashes of its wording (sorted, without
// repeats) for comparing two sentences. Words are runs of letters and
// digits, lowercased. The wording is what the sentence says besides what
// the merge weighs on its own: its numbers and its words of four letters
// or more, but not function words, the words that name a kind of
// happening, nor the words in skip (byte ranges of text: the names of
// entities and the date), so that "Belgian police arrested a man in
// Ghent on Tuesday" has almost no wording in common with "Belgian police
// arrested 48 people in Antwerp on Tuesday". whole is a hash of all its
// words in order, the same for two copies of one sentence however they
// are spaced or capitalised. cur and prev are buffers reused between
// calls.
func (vo *vocab) sentenceWords(text string, skip [][2]int, cur, prev []byte, hashes []uint64) (kinds kindSet, whole uint64, words []uint64, _, _ []byte) {
	words = hashes[:0]
	whole = 14695981039346656037
	prev = prev[:0]
	var prevKind kindSet // prev's kind whatever follows it
	for i := 0; i < len(text); {
		if c := text[i]; c < utf8.RuneSelf && !asciiWord(c) {
			i++
			continue
		} else if c >= utf8.RuneSelf {
			if r, n := utf8.DecodeRuneInString(text[i:]); !isWordRune(r) {
				i += n
				continue
			}
		}
		start := i
		cur = cur[:0]
		digits := true
		for i < len(text) {
			c := text[i]
			if c < utf8.RuneSelf {
				if !asciiWord(c) {
					break
				}
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				digits = digits && '0' <= c && c <= '9'
				cur = append(cur, c)
				i++
				continue
			}
			r, n := utf8.DecodeRuneInString(text[i:])
			if !isWordRune(r) {
				break
			}
			cur = utf8.AppendRune(cur, unicode.ToLower(r))
			digits = false
			i += n
		}
		if len(prev) > 0 {
			if vo.pairedKind(string(prev)) {
				kinds |= vo.wordKind(string(prev), string(cur))
			} else {
				kinds |= prevKind
			}
		}
		h := hash(cur)
		whole = (whole ^ h) * 1099511628211
		prevKind = vo.wordKind(string(cur), "")
		if (digits || len(cur) >= 4 && prevKind == 0 && !vo.functionWord(string(cur))) && !skipped(skip, start, i) {
			words = append(words, h)
		}
		cur, prev = prev, cur
	}
	if len(prev) > 0 {
		kinds |= prevKind
	}
	slices.Sort(words)
	return kinds, whole, slices.Compact(words), cur, prev
}

// asciiWord reports the ASCII letters and digits.
func asciiWord(c byte) bool {
	l := c | 0x20
	return 'a' <= l && l <= 'z' || '0' <= c && c <= '9'
}

// skipped reports whether [a,b) meets one of the ranges.
func skipped(ranges [][2]int, a, b int) bool {
	for _, r := range ranges {
		if a < r[1] && r[0] < b {
			return true
		}
	}
	return false
}

func isWordRune(r rune) bool {
	return r < utf8.RuneSelf && ('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9') ||
		r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// hash is FNV-1a over b.
func hash(b []byte) uint64 {
	h := uint64(14695981039346656037)
	for _, c := range b {
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}

// overlap is the share of the smaller word set that the other holds too,
// 0 when the smaller set is too small to tell two wordings apart.
func overlap(a, b []uint64) float64 {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) < minWords {
		return 0
	}
	shared, j := 0, 0
	for _, x := range a {
		for j < len(b) && b[j] < x {
			j++
		}
		if j < len(b) && b[j] == x {
			shared++
		}
	}
	return float64(shared) / float64(len(a))
}

// jaccard is the share of both word sets that they have in common, 0
// when either is too small to tell two wordings apart.
func jaccard(a, b []uint64) float64 {
	if len(a) < minWords || len(b) < minWords {
		return 0
	}
	o := overlap(a, b) * float64(min(len(a), len(b)))
	return o / (float64(len(a)+len(b)) - o)
}

// minWords is the fewest content words a sentence needs for its wording
// to count as evidence.
const minWords = 4
