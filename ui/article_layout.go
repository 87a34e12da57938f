package ui

import (
	"sort"

	"dossier/internal/sanitize"
	"dossier/model"
)

// artLine is one drawn line: the body range [a,b) of paragraph para, and
// the first sentence (index into Story.Sentences) it shows. A blank line
// between paragraphs has para -1 and the empty range at the end of the
// paragraph before it; a line of a story without sentences has para -2.
type artLine struct {
	para, sent int32
	a, b       int32
}

// articleLayout is the article word-wrapped to one width: plain line
// ranges, no styles. Bodies are at most 64 MiB, so offsets fit in 32
// bits, which halves the layout of a long article. It is read-only once
// built, so it can be built off the update loop.
type articleLayout struct {
	key   layoutKey
	lines []artLine
	// sentLine is the first line of each sentence (by index), -1 for a
	// sentence on no line.
	sentLine []int32
}

// layoutKey is what a layout is made for: a text width, and names drawn
// with a glyph before them (no colour) or not.
type layoutKey struct {
	w      int
	glyphs bool
}

// buildArticleLayout wraps the article to text width k.w. It reads only
// the story and its index, which never change.
func buildArticleLayout(st *model.Story, ix *storyIndex, key layoutKey) *articleLayout {
	body := st.Doc.Body
	sents := st.Sentences
	tw := key.w
	lay := &articleLayout{key: key, sentLine: make([]int32, len(sents))}
	for i := range lay.sentLine {
		lay.sentLine[i] = -1
	}
	for pi, para := range ix.paragraphs {
		if n := len(lay.lines); n > 0 {
			// A blank line sits at the end of the paragraph before it, so
			// line ends never decrease and lineOf can bisect.
			end := lay.lines[n-1].b
			lay.lines = append(lay.lines, artLine{para: -1, sent: -1, a: end, b: end})
		}
		start, end := paragraphSpan(st, ix, pi)
		// sanitize.Inline keeps byte offsets, so ranges in it are body ranges.
		text := sanitize.Inline(body[start:end])
		// The paragraph's sentences are sents[k:para.end].
		k := int(para.first)
		var glyphs []int32
		if key.glyphs {
			glyphs = paragraphGlyphs(st, ix, pi, text, start)
		}
		for _, r := range wrapRangesAt(text, tw, glyphs) {
			a, b := start+r[0], start+r[1]
			// Lines and sentences both run forward: skip the sentences
			// that end before each line instead of rescanning the
			// paragraph (a one-paragraph article of thousands of
			// sentences was quadratic).
			for k+1 < int(para.end) && sents[k].End <= a {
				k++
			}
			line := int32(len(lay.lines))
			for j := k; j < int(para.end) && sents[j].Start < b; j++ {
				if lay.sentLine[j] < 0 && sents[j].End > a {
					lay.sentLine[j] = line
				}
			}
			lay.lines = append(lay.lines, artLine{para: int32(pi), sent: int32(k), a: int32(a), b: int32(b)})
		}
	}
	if len(ix.paragraphs) == 0 {
		// No sentences (a text of punctuation): wrap what there is.
		for _, r := range wrapRanges(sanitize.Inline(body), tw) {
			lay.lines = append(lay.lines, artLine{para: -2, sent: -1, a: int32(r[0]), b: int32(r[1])})
		}
	}
	return lay
}

// paragraphGlyphs is where the kind glyphs go in paragraph pi's text (at
// body offset start), as drawing its lines puts them.
func paragraphGlyphs(st *model.Story, ix *storyIndex, pi int, text string, start int) []int32 {
	para := ix.paragraphs[pi]
	var spans []kindSpan
	for j := para.first; j < para.end; j++ {
		spans = append(spans, ix.mentionsIn(st.Sentences[j].ID)...)
	}
	mk := newMarked(text, start, spans)
	if mk.plain || len(mk.starts) == 0 {
		return nil
	}
	return mk.glyphOffsets()
}

// paragraphSpan is the body range of paragraph pi, from its first
// sentence's start to its last one's end.
func paragraphSpan(st *model.Story, ix *storyIndex, pi int) (start, end int) {
	para := ix.paragraphs[pi]
	body := st.Doc.Body
	first, last := st.Sentences[para.first], st.Sentences[para.end-1]
	start, end = clamp(first.Start, 0, len(body)), clamp(last.End, 0, len(body))
	return start, max(start, end)
}

// lineOf is the line the body offset off is drawn on.
func (lay *articleLayout) lineOf(off int) int {
	i := sort.Search(len(lay.lines), func(i int) bool { return int(lay.lines[i].b) > off })
	return min(i, len(lay.lines)-1)
}

// topSentence is the first sentence shown at or below line top, or -1.
func (lay *articleLayout) topSentence(top int) int {
	for l := top; l < len(lay.lines); l++ {
		if s := lay.lines[l].sent; s >= 0 {
			return int(s)
		}
	}
	return -1
}
