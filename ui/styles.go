package ui

import (
	"image/color"

	"charm.land/bubbles/v2/textinput"
	"charm.land/lipgloss/v2"

	"dossier/model"
)

// Styles is every style the app draws with. One value per theme; panes never
// build styles of their own, so a theme change is one NewStyles call.
//
// Meaning never rides on colour alone: the cursor is "▸", checked values are
// "[x]", the focused pane has a heavy border, dates from context carry "~".
// In no-colour mode the styles below use only bold, underline and reverse.
type Styles struct {
	Dark    bool // built for a dark background
	NoColor bool // no colour at all (NO_COLOR, --no-color)

	Title     lipgloss.Style // story title in the header
	Meta      lipgloss.Style // source · dateline · date in the header
	Muted     lipgloss.Style // secondary text: hints, labels, counts
	Faint     lipgloss.Style // values that would leave no event
	Strong    lipgloss.Style // emphasis inside text
	Accent    lipgloss.Style // the app's accent colour as text
	Border    lipgloss.Style // unfocused pane border
	BorderOn  lipgloss.Style // focused pane border
	PaneTitle lipgloss.Style // pane title, unfocused
	TitleOn   lipgloss.Style // pane title, focused
	Section   lipgloss.Style // section headings inside a pane
	Cursor    lipgloss.Style // the row under the cursor in the focused pane
	CursorOff lipgloss.Style // the row under the cursor in an unfocused pane
	Checked   lipgloss.Style // "[x]" of an active filter value
	Date      lipgloss.Style // dates in the timeline
	Context   lipgloss.Style // the "~" marker of a date carried from context
	Label     lipgloss.Style // field labels in the detail pane
	Match     lipgloss.Style // a search match
	MatchOn   lipgloss.Style // the current search match
	MarkShown lipgloss.Style // article margin: sentence of a shown event
	MarkSel   lipgloss.Style // article margin: sentence of the selected event
	Bar       lipgloss.Style // stats bars
	TabOn     lipgloss.Style // the current tab in the narrow tab bar
	TabOff    lipgloss.Style // other tabs
	ChipLabel lipgloss.Style // "Filters" before the chips
	Status    lipgloss.Style // a one-off status message in the footer
	HelpKey   lipgloss.Style // key names in help
	HelpDesc  lipgloss.Style // key descriptions in help
	HelpSep   lipgloss.Style // separators in help
	Prompt    lipgloss.Style // the "/" of a search box

	// Kind highlights entity mentions, one style per kind; Chip is the
	// same kind as an active-filter chip in the header.
	Kind map[model.Kind]lipgloss.Style
	Chip map[model.Kind]lipgloss.Style
}

// palette is the colours of one theme.
type palette struct {
	accent, muted, faint, border, text, selBg, matchBg, bar color.Color
	kind                                                    map[model.Kind]color.Color
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
		matchBg: ld(c("#FFE58A"), c("#7A6200")),
		bar:     ld(c("#5A56E0"), c("#8B87FF")),
		kind: map[model.Kind]color.Color{
			model.KindCountry: ld(c("#005FAF"), c("#5FAFFF")),
			model.KindPlace:   ld(c("#00785A"), c("#5FD7AF")),
			model.KindAgency:  ld(c("#A84C00"), c("#FFAF5F")),
			model.KindNetwork: ld(c("#8700AF"), c("#D787FF")),
			model.KindItem:    ld(c("#B0004F"), c("#FF6F9F")),
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
		Title:     s().Bold(true).Foreground(p.text),
		Meta:      s().Foreground(p.muted),
		Muted:     s().Foreground(p.muted),
		Faint:     s().Foreground(p.faint),
		Strong:    s().Bold(true),
		Accent:    s().Foreground(p.accent),
		Border:    s().Foreground(p.border),
		BorderOn:  s().Foreground(p.accent),
		PaneTitle: s().Foreground(p.muted),
		TitleOn:   s().Bold(true).Foreground(p.accent),
		Section:   s().Bold(true).Foreground(p.text),
		Cursor:    s().Bold(true).Foreground(p.text).Background(p.selBg),
		CursorOff: s().Foreground(p.text).Background(lipgloss.LightDark(isDark)(lipgloss.Color("#EEEEEE"), lipgloss.Color("#2A2A2A"))),
		Checked:   s().Bold(true).Foreground(p.accent),
		Date:      s().Foreground(p.muted),
		Context:   s().Bold(true).Foreground(p.accent),
		Label:     s().Foreground(p.muted),
		Match:     s().Foreground(p.text).Background(p.matchBg),
		MatchOn:   s().Bold(true).Underline(true).Foreground(p.text).Background(p.matchBg),
		MarkShown: s().Foreground(p.faint),
		MarkSel:   s().Bold(true).Foreground(p.accent),
		Bar:       s().Foreground(p.bar),
		TabOn:     s().Bold(true).Reverse(true).Foreground(p.accent),
		TabOff:    s().Foreground(p.muted),
		ChipLabel: s().Foreground(p.muted),
		Status:    s().Bold(true).Foreground(p.accent),
		HelpKey:   s().Bold(true).Foreground(p.accent),
		HelpDesc:  s().Foreground(p.muted),
		HelpSep:   s().Foreground(p.faint),
		Prompt:    s().Bold(true).Foreground(p.accent),
		Kind:      map[model.Kind]lipgloss.Style{},
		Chip:      map[model.Kind]lipgloss.Style{},
	}
	chipFg := lipgloss.LightDark(isDark)(lipgloss.Color("#FFFFFF"), lipgloss.Color("#111111"))
	for k, c := range p.kind {
		st.Kind[k] = s().Foreground(c)
		st.Chip[k] = s().Bold(true).Foreground(chipFg).Background(c)
	}
	return st
}

// noColorStyles tells things apart with bold, underline and reverse only.
func noColorStyles() Styles {
	s := lipgloss.NewStyle
	bold, under, rev := s().Bold(true), s().Underline(true), s().Reverse(true)
	return Styles{
		NoColor:   true,
		Dark:      true,
		Title:     bold,
		Section:   bold,
		Strong:    bold,
		Cursor:    rev,
		CursorOff: under,
		Checked:   bold,
		Context:   bold,
		Match:     s().Reverse(true).Underline(true),
		MatchOn:   s().Reverse(true).Underline(true).Bold(true),
		MarkSel:   bold,
		TabOn:     rev,
		Status:    bold,
		HelpKey:   bold,
		TitleOn:   bold,
		Prompt:    bold,
		Kind: map[model.Kind]lipgloss.Style{
			model.KindCountry: bold,
			model.KindPlace:   under,
			model.KindAgency:  s().Bold(true).Underline(true),
			model.KindNetwork: rev,
			model.KindItem:    s().Bold(true).Reverse(true),
		},
		Chip: map[model.Kind]lipgloss.Style{
			model.KindCountry: rev, model.KindPlace: rev, model.KindAgency: rev,
			model.KindNetwork: rev, model.KindItem: rev,
		},
	}
}

// inputStyles adapts the search box; its cursor never blinks, so an open
// search box costs no timer and no redraws.
func (s Styles) inputStyles() textinput.Styles {
	ts := textinput.DefaultStyles(s.Dark)
	ts.Cursor.Blink = false
	ts.Focused.Prompt = s.Prompt
	ts.Blurred.Prompt = s.Prompt
	ts.Focused.Text = lipgloss.NewStyle()
	ts.Blurred.Text = lipgloss.NewStyle()
	ts.Focused.Placeholder = s.Muted
	ts.Blurred.Placeholder = s.Muted
	if s.NoColor {
		ts.Cursor.Color = nil
	}
	return ts
}
