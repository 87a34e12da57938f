package ui

import (
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
type marked struct {
	text  string
	base  int // body offset of text[0]
	marks []hl
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
	return m
}

// mark sets the look of text[a:b], clamped to the text.
func (m marked) mark(a, b int, h hl) {
	a, b = max(a, 0), min(b, len(m.marks))
	for i := a; i < b; i++ {
		m.marks[i] = h
	}
}

// render draws text[a:b] with its marks.
func (m marked) render(a, b int, st *Styles) string {
	var sb strings.Builder
	for i := a; i < b; {
		j := i + 1
		for j < b && m.marks[j] == m.marks[i] {
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
	ranges = wrapRanges(m.text, width)
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
