package ui

import (
	"slices"
	"sort"
	"strings"

	"dossier/internal/sanitize"
	"dossier/model"
)

// hl is the look of one byte of highlighted text.
type hl uint8

const (
	hlPlain hl = iota
	hlCountry
	hlPlace
	hlAgency
	hlNetwork
	hlItem
	hlMentioned // an item the story does not say was seized
	hlMatch
	hlMatchOn
	hlMuted
)

func kindHL(k model.Kind) hl {
	switch k {
	case model.KindCountry:
		return hlCountry
	case model.KindPlace:
		return hlPlace
	case model.KindAgency:
		return hlAgency
	case model.KindNetwork:
		return hlNetwork
	case model.KindItem:
		return hlItem
	}
	return hlPlain
}

// kind is the entity kind a look highlights ("" for the others).
func (h hl) kind() model.Kind {
	switch h {
	case hlCountry:
		return model.KindCountry
	case hlPlace:
		return model.KindPlace
	case hlAgency:
		return model.KindAgency
	case hlNetwork:
		return model.KindNetwork
	case hlItem, hlMentioned:
		return model.KindItem
	}
	return ""
}

// kindGlyph is the mark before an entity's name when there is no colour
// to tell the kinds apart.
func kindGlyph(h hl) string {
	switch h {
	case hlCountry:
		return "^"
	case hlPlace:
		return "@"
	case hlAgency:
		return "&"
	case hlNetwork:
		return "#"
	case hlItem:
		return "*"
	case hlMentioned:
		return "+"
	}
	return ""
}

func (s *Styles) hlStyle(h hl) Style {
	switch h {
	case hlCountry:
		return s.Kind[model.KindCountry]
	case hlPlace:
		return s.Kind[model.KindPlace]
	case hlAgency:
		return s.Kind[model.KindAgency]
	case hlNetwork:
		return s.Kind[model.KindNetwork]
	case hlItem:
		return s.Kind[model.KindItem]
	case hlMentioned:
		return s.Kind[kindMentioned]
	case hlMatch:
		return s.Match
	case hlMatchOn:
		return s.MatchOn
	case hlMuted:
		return s.Muted
	}
	return Style{}
}

// marked is display-safe text with a look per byte, so entity spans,
// search matches and word wrapping compose without nesting SGR codes.
//
// Without colour, an entity's kind is a glyph drawn before its name
// (kindGlyph): starts is where the names begin, and wrapping counts the
// glyph's cell, so lines keep their width. A caller that names the kind
// otherwise (a field labelled "Countries") turns them off with plain.
type marked struct {
	text   string
	base   int // body offset of text[0]
	marks  []hl
	starts []glyphAt
	plain  bool
}

// glyphAt is where an entity's name begins in a marked text, and its look.
type glyphAt struct {
	at   int32
	look hl
}

// newMarked marks the entity spans (body offsets) that fall inside text.
// Where spans nest ("Belgian" inside "Belgian police"), the longer wins.
func newMarked(text string, base int, spans []kindSpan) marked {
	m := marked{text: sanitize.Inline(text), base: base, marks: make([]hl, len(text))}
	sorted := append([]kindSpan(nil), spans...)
	sort.SliceStable(sorted, func(i, j int) bool {
		return sorted[i].end-sorted[i].start < sorted[j].end-sorted[j].start
	})
	for _, sp := range sorted {
		m.mark(int(sp.start)-base, int(sp.end)-base, sp.look)
	}
	// A name begins where a span starts inside the text with its own
	// look, after a byte of another: not a name nested in a longer one,
	// nor the rest of one begun on the line before.
	for _, sp := range spans {
		s := int(sp.start) - base
		if s < 0 || s >= len(m.marks) || m.marks[s] != sp.look || s > 0 && m.marks[s-1] == sp.look {
			continue
		}
		m.starts = append(m.starts, glyphAt{int32(s), sp.look})
	}
	if len(m.starts) > 1 {
		sort.Slice(m.starts, func(i, j int) bool { return m.starts[i].at < m.starts[j].at })
		m.starts = slices.CompactFunc(m.starts, func(a, b glyphAt) bool { return a.at == b.at })
	}
	return m
}

// glyphs reports whether the text draws kind glyphs in styles st.
func (m marked) glyphs(st *Styles) bool { return st.NoColor && !m.plain && len(m.starts) > 0 }

// glyphOffsets is where the glyphs go, for wrapping.
func (m marked) glyphOffsets() []int32 {
	out := make([]int32, len(m.starts))
	for i, g := range m.starts {
		out[i] = g.at
	}
	return out
}

// mark sets the look of text[a:b], clamped to the text.
func (m marked) mark(a, b int, h hl) {
	a, b = max(a, 0), min(b, len(m.marks))
	for i := a; i < b; i++ {
		m.marks[i] = h
	}
}

// render draws text[a:b] with its marks, and without colour the glyphs
// of the names that begin in it.
func (m marked) render(a, b int, st *Styles) string {
	var sb strings.Builder
	g := 0
	glyphs := m.glyphs(st)
	if glyphs {
		g = sort.Search(len(m.starts), func(i int) bool { return int(m.starts[i].at) >= a })
	}
	for i := a; i < b; {
		end := b
		if glyphs && g < len(m.starts) && int(m.starts[g].at) < b {
			if at := int(m.starts[g].at); at == i {
				sb.WriteString(st.Strong.Render(kindGlyph(m.starts[g].look)))
				g++
				if g < len(m.starts) && int(m.starts[g].at) < b {
					end = int(m.starts[g].at)
				}
			} else {
				end = at
			}
		}
		j := i + 1
		for j < end && m.marks[j] == m.marks[i] {
			j++
		}
		if m.marks[i] == hlPlain {
			sb.WriteString(m.text[i:j])
		} else {
			sb.WriteString(st.hlStyle(m.marks[i]).Render(m.text[i:j]))
		}
		i = j
	}
	return sb.String()
}

// wrap word-wraps the text to width and draws each line; ranges are the
// byte ranges of the lines within text.
func (m marked) wrap(width int, st *Styles) (lines []string, ranges [][2]int) {
	if m.glyphs(st) {
		ranges = wrapRangesAt(m.text, width, m.glyphOffsets())
	} else {
		ranges = wrapRanges(m.text, width)
	}
	lines = make([]string, len(ranges))
	for i, r := range ranges {
		lines[i] = m.render(r[0], r[1], st)
	}
	return lines, ranges
}

// findFold returns the byte ranges of every case-insensitive occurrence of
// q in s.
func findFold(s, q string) [][2]int {
	if q == "" {
		return nil
	}
	ls, lq := strings.ToLower(s), strings.ToLower(q)
	if len(ls) != len(s) {
		// Lower-casing changed byte lengths (rare scripts): offsets would
		// drift, so match exactly instead.
		ls, lq = s, q
	}
	var out [][2]int
	for i := 0; i+len(lq) <= len(ls); {
		j := strings.Index(ls[i:], lq)
		if j < 0 {
			break
		}
		out = append(out, [2]int{i + j, i + j + len(lq)})
		i += j + max(len(lq), 1)
	}
	return out
}
