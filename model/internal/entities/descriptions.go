package entities

import (
	"slices"
	"strings"

	"dossier/model/internal/lexicon"
	"dossier/model/internal/story"
	"dossier/model/internal/token"
)

// Descriptions of a named body are that body: "the directorate", "the
// anti-narcotics directorate" after "Colombia's Anti-Narcotics
// Directorate", "the task force" after "the Motor Fuel Task Force". A story
// names a body once and describes it after; the description is neither a
// body of its own nor nothing.

// namedBody is an agency named by its proper name: its entity name, its
// country and the words the text named it with.
type namedBody struct {
	name, country, text string
}

// maxNamed bounds the named bodies a description looks back on.
const maxNamed = 16

// rememberNamed records an agency named by its proper name, the latest
// last, with every form it was named with ("National Drug Law Enforcement
// Agency", then "NDLEA": still "the agency").
func (p *Pass) rememberNamed(name, country, text string) {
	for i, b := range p.named {
		if b.name == name {
			if !strings.Contains(b.text, text) {
				text = b.text + " " + text
			} else {
				text = b.text
			}
			p.named = append(p.named[:i], p.named[i+1:]...)
			break
		}
	}
	if len(p.named) == maxNamed {
		p.named = append(p.named[:0], p.named[1:]...)
	}
	p.named = append(p.named, namedBody{name, country, text})
}

// descriptions appends to dst a mention of a named body for each
// description of one in the sentence: "the", at most three lowercase
// words, and a head noun (AgencyHeads) that the body's name or the words
// it was named with hold; the latest such body wins. A head before "of"
// or a capitalised word opens a name ("the Department of Justice"), and a
// description that a hit of the sentence (dst[n0:]) covers is that hit.
func (p *Pass) descriptions(dst []Hit, s story.Sentence, n0 int) []Hit {
	if len(p.named) == 0 {
		return dst
	}
	tt := &p.tt
	n := len(tt.Toks)
	for i := 0; i+1 < n; i++ {
		if !tt.IsWord(i, "the") {
			continue
		}
		head := -1
		for j := i + 1; j < n && j <= i+4; j++ {
			if tt.Toks[j].Kind == token.Word && tt.Caps[j] == token.CapsLower {
				if p.ix.Words.HasBytes(lexicon.AgencyHeads, tt.Key(j)) {
					head = j
					break
				}
				continue
			}
			if string(tt.Key(j)) != "-" {
				break
			}
		}
		if head < 0 {
			continue
		}
		if head+1 < n && (tt.IsWord(head+1, "of") || tt.Toks[head+1].Kind == token.Word && tt.Caps[head+1] != token.CapsLower) {
			continue
		}
		b, ok := p.namedWith(string(tt.Key(head)))
		if !ok {
			continue
		}
		start, end := tt.Toks[i+1].Start+s.Start, tt.Toks[head].End+s.Start
		if covered(dst[n0:], start, end) {
			continue
		}
		// The sentence's hits stay in text order.
		h := p.record(s, Hit{Kind: story.KindAgency, Name: b.name, Country: b.country, Start: start, End: end})
		at := n0
		for at < len(dst) && dst[at].Start < start {
			at++
		}
		dst = slices.Insert(dst, at, h)
		i = head
	}
	return dst
}

// namedWith is the latest named body whose name, or the words it was
// named with, hold word w.
func (p *Pass) namedWith(w string) (namedBody, bool) {
	for i := len(p.named) - 1; i >= 0; i-- {
		if b := p.named[i]; hasWord(b.name, w) || hasWord(b.text, w) {
			return b, true
		}
	}
	return namedBody{}, false
}

// hasWord reports whether name holds word w, whatever its case.
func hasWord(name, w string) bool {
	for len(name) > 0 {
		k := strings.IndexAny(name, " -")
		word := name
		if k >= 0 {
			word, name = name[:k], name[k+1:]
		} else {
			name = ""
		}
		if strings.EqualFold(word, w) {
			return true
		}
	}
	return false
}

// covered reports a hit that overlaps bytes [start,end).
func covered(hits []Hit, start, end int) bool {
	for _, h := range hits {
		if h.Start < end && start < h.End {
			return true
		}
	}
	return false
}
