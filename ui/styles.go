package ui

import (
	"image/color"
	"strings"

	"charm.land/bubbles/v2/textinput"
	"charm.land/lipgloss/v2"

	"dossier/model"
	"dossier/model/casefile"
)

// Styles is every style the app draws with. One value per theme; panes never
// build styles of their own, so a theme change is one NewStyles call.
//
// Meaning never rides on colour alone: the cursor is "▸", checked values are
// "[x]", the focused pane has a heavy border, dates from context carry "~".
// In no-colour mode the styles below use only bold, underline and reverse,
// and a glyph before each name in the text says its kind.
type Styles struct {
	Dark    bool // built for a dark background
	NoColor bool // no colour at all (NO_COLOR, --no-color)

	Brand     Style // the app name in the header
	Title     Style // story title in the header
	Meta      Style // source · dateline · date in the header
	Muted     Style // secondary text: hints, labels, counts
	Faint     Style // values that would leave no event
	Strong    Style // emphasis inside text
	Border    Style // unfocused pane border
	BorderOn  Style // focused pane border
	PaneTitle Style // pane title, unfocused
	TitleOn   Style // pane title, focused
	Section   Style // section headings inside a pane
	Cursor    Style // the row under the cursor in the focused pane
	CursorOff Style // the row under the cursor in an unfocused pane
	Checked   Style // "[x]" of an active filter value
	Date      Style // dates in the timeline
	Context   Style // the "~" marker of a date carried from context
	Label     Style // field labels in the detail pane
	Match     Style // a search match
	MatchOn   Style // the current search match
	MarkShown Style // article margin: sentence of a shown event
	MarkSel   Style // article margin: sentence of the selected event
	Bar       Style // stats bars
	TabOn     Style // the current tab in the narrow tab bar
	TabOff    Style // other tabs
	ChipLabel Style // "Filters" before the chips
	Status    Style // a one-off status message in the footer
	HelpKey   Style // key names in help
	HelpDesc  Style // key descriptions in help
	HelpSep   Style // separators in help
	Prompt    Style // the "/" of a search box

	// Kind highlights entity mentions, one style per kind; Chip is the
	// same kind as an active-filter chip in the header.
	Kind map[model.Kind]Style
	Chip map[model.Kind]Style
}

// palette is the colours of one theme.
type palette struct {
	accent, muted, faint, border, text, selBg, selOff, matchBg, bar color.Color
	kind                                                            map[model.Kind]color.Color
}

func newPalette(isDark bool) palette {
	ld := lipgloss.LightDark(isDark)
	c := lipgloss.Color
	return palette{
		accent:  ld(c("#5A56E0"), c("#8B87FF")),
		muted:   ld(c("#6C6C6C"), c("#9A9A9A")),
		faint:   ld(c("#B4B4B4"), c("#5C5C5C")),
		border:  ld(c("#C6C6C6"), c("#4E4E4E")),
		text:    ld(c("#1C1C1C"), c("#E4E4E4")),
		selBg:   ld(c("#E2E0FF"), c("#34325A")),
		selOff:  ld(c("#EEEEEE"), c("#2A2A2A")),
		matchBg: ld(c("#FFE58A"), c("#7A6200")),
		bar:     ld(c("#5A56E0"), c("#8B87FF")),
		kind: map[model.Kind]color.Color{
			model.KindCountry: ld(c("#005FAF"), c("#5FAFFF")),
			model.KindPlace:   ld(c("#00785A"), c("#5FD7AF")),
			model.KindAgency:  ld(c("#A84C00"), c("#FFAF5F")),
			model.KindNetwork: ld(c("#8700AF"), c("#D787FF")),
			model.KindItem:    ld(c("#B0004F"), c("#FF6F9F")),
			kindMentioned:     ld(c("#9A6A7A"), c("#B08A98")),
		},
	}
}

// NewStyles builds the styles for a dark or light background, or with no
// colour at all.
func NewStyles(isDark bool, noColor bool) Styles {
	s := lipgloss.NewStyle
	if noColor {
		return noColorStyles()
	}
	p := newPalette(isDark)
	st := Styles{
		Dark:      isDark,
		Brand:     compile(s().Bold(true).Foreground(p.accent)),
		Title:     compile(s().Bold(true).Foreground(p.text)),
		Meta:      compile(s().Foreground(p.muted)),
		Muted:     compile(s().Foreground(p.muted)),
		Faint:     compile(s().Foreground(p.faint)),
		Strong:    compile(s().Bold(true)),
		Border:    compile(s().Foreground(p.border)),
		BorderOn:  compile(s().Foreground(p.accent)),
		PaneTitle: compile(s().Foreground(p.muted)),
		TitleOn:   compile(s().Bold(true).Foreground(p.accent)),
		Section:   compile(s().Bold(true).Foreground(p.text)),
		Cursor:    compile(s().Bold(true).Foreground(p.text).Background(p.selBg)),
		CursorOff: compile(s().Foreground(p.text).Background(p.selOff)),
		Checked:   compile(s().Bold(true).Foreground(p.accent)),
		Date:      compile(s().Foreground(p.muted)),
		Context:   compile(s().Bold(true).Foreground(p.accent)),
		Label:     compile(s().Foreground(p.muted)),
		Match:     compile(s().Foreground(p.text).Background(p.matchBg)),
		MatchOn:   compile(s().Bold(true).Underline(true).Foreground(p.text).Background(p.matchBg)),
		MarkShown: compile(s().Foreground(p.faint)),
		MarkSel:   compile(s().Bold(true).Foreground(p.accent)),
		Bar:       compile(s().Foreground(p.bar)),
		TabOn:     compile(s().Bold(true).Reverse(true).Foreground(p.accent)),
		TabOff:    compile(s().Foreground(p.muted)),
		ChipLabel: compile(s().Foreground(p.muted)),
		Status:    compile(s().Bold(true).Foreground(p.accent)),
		HelpKey:   compile(s().Bold(true).Foreground(p.accent)),
		HelpDesc:  compile(s().Foreground(p.muted)),
		HelpSep:   compile(s().Foreground(p.faint)),
		Prompt:    compile(s().Bold(true).Foreground(p.accent)),
		Kind:      map[model.Kind]Style{},
		Chip:      map[model.Kind]Style{},
	}
	chipFg := lipgloss.LightDark(isDark)(lipgloss.Color("#FFFFFF"), lipgloss.Color("#111111"))
	for k, c := range p.kind {
		st.Kind[k] = compile(s().Foreground(c))
		st.Chip[k] = compile(s().Bold(true).Foreground(chipFg).Background(c))
	}
	st.Chip[casefile.SourceFacet] = compile(s().Bold(true).Foreground(chipFg).Background(p.accent))
	return st
}

// noColorStyles tells things apart with bold, underline and reverse only.
func noColorStyles() Styles {
	l := lipgloss.NewStyle
	bold, under, rev := compile(l().Bold(true)), compile(l().Underline(true)), compile(l().Reverse(true))
	return Styles{
		NoColor:   true,
		Dark:      true,
		Brand:     bold,
		Title:     bold,
		Section:   bold,
		Strong:    bold,
		Cursor:    rev,
		CursorOff: under,
		Checked:   bold,
		Context:   bold,
		// A match is underlined; the current one is reversed, so it
		// stands out from the others.
		Match:   under,
		MatchOn: compile(l().Reverse(true).Bold(true)),
		MarkSel: bold,
		TabOn:   rev,
		Status:  bold,
		HelpKey: bold,
		TitleOn: bold,
		Prompt:  bold,
		// Names are bold; the glyph before each (kindGlyph) says its
		// kind, and an item only mentioned is not bold.
		Kind: map[model.Kind]Style{
			model.KindCountry: bold,
			model.KindPlace:   bold,
			model.KindAgency:  bold,
			model.KindNetwork: bold,
			model.KindItem:    bold,
			kindMentioned:     {},
		},
		Chip: map[model.Kind]Style{
			model.KindCountry: rev, model.KindPlace: rev, model.KindAgency: rev,
			model.KindNetwork: rev, model.KindItem: rev, casefile.SourceFacet: rev,
		},
	}
}

// inputStyles adapts the search box; its cursor never blinks, so an open
// search box costs no timer and no redraws.
func (s Styles) inputStyles() textinput.Styles {
	ts := textinput.DefaultStyles(s.Dark)
	ts.Cursor.Blink = false
	ts.Focused.Prompt = s.Prompt.Style
	ts.Blurred.Prompt = s.Prompt.Style
	ts.Focused.Text = lipgloss.NewStyle()
	ts.Blurred.Text = lipgloss.NewStyle()
	ts.Focused.Placeholder = s.Muted.Style
	ts.Blurred.Placeholder = s.Muted.Style
	if s.NoColor {
		ts.Cursor.Color = nil
	}
	return ts
}

// Style is a Lip Gloss style with its SGR prefix and suffix worked out once
// per theme. Drawing a run of one-line text is then two concatenations
// instead of a full Lip Gloss render, which is most of what keeps a frame
// cheap.
type Style struct {
	lipgloss.Style
	pre, post string
}

// compile works out the prefix and suffix Lip Gloss puts around text.
func compile(s lipgloss.Style) Style {
	r := s.Render("x")
	i := strings.IndexByte(r, 'x')
	if i < 0 {
		return Style{Style: s}
	}
	return Style{Style: s, pre: r[:i], post: r[i+1:]}
}

// Render draws text in the style. Multi-line text goes through Lip Gloss.
func (s Style) Render(text string) string {
	if s.pre == "" && s.post == "" || text == "" {
		return text
	}
	if strings.IndexByte(text, '\n') >= 0 {
		return s.Style.Render(text)
	}
	return s.pre + text + s.post
}

// spans builds a line of styled runs, writing one SGR pair per run of
// text in the same style rather than one per piece.
type spans struct {
	out, run  strings.Builder
	pre, post string
}

// add appends text in style s.
func (w *spans) add(s Style, text string) {
	if text == "" {
		return
	}
	if s.pre != w.pre || s.post != w.post {
		w.flush()
		w.pre, w.post = s.pre, s.post
	}
	w.run.WriteString(text)
}

func (w *spans) flush() {
	if w.run.Len() == 0 {
		return
	}
	w.out.WriteString(w.pre)
	w.out.WriteString(w.run.String())
	w.out.WriteString(w.post)
	w.run.Reset()
}

// String is the line so far.
func (w *spans) String() string {
	w.flush()
	return w.out.String()
}
