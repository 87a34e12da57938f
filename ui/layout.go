package ui

// Minimum terminal size; below it the app shows only a "too small" screen.
const (
	minWidth  = 40
	minHeight = 12

	wideWidth    = 120 // three columns from here
	mediumWidth  = 80  // filters and timeline side by side, detail below
	mediumBodyHt = 16  // the medium layout needs this many body rows
	headerHeight = 2   // title line and chips line
	footerHeight = 1   // help bar
)

// rect is a screen rectangle in cells.
type rect struct{ X, Y, W, H int }

// contains reports whether cell (x, y) is inside r.
func (r rect) contains(x, y int) bool {
	return x >= r.X && x < r.X+r.W && y >= r.Y && y < r.Y+r.H
}

// empty reports whether r has no cells.
func (r rect) empty() bool { return r.W <= 0 || r.H <= 0 }

// layoutMode is the arrangement picked from the window size.
type layoutMode int

const (
	modeTooSmall layoutMode = iota // only the "terminal too small" screen
	modeNarrow                     // one pane at a time with a tab bar
	modeMedium                     // filters | timeline over detail
	modeWide                       // filters | timeline | detail
)

func (m layoutMode) String() string {
	return [...]string{"too-small", "narrow", "medium", "wide"}[m]
}

// layoutRects is every rectangle of the screen for one window size.
// In the narrow mode the three panes share one rect and only the focused
// one is drawn.
type layoutRects struct {
	Mode                      layoutMode
	W, H                      int
	Header, Body, Footer      rect
	Tabs                      rect // narrow mode only
	Filters, Timeline, Detail rect // the timeline view's panes
	Main                      rect // the article, entities, stats and help views
}

// layout computes every pane rect from the window size. It depends on
// nothing else, so calling it twice (wish sends the size twice) is harmless.
func layout(w, h int) layoutRects { return layoutFor(w, h, footerHeight, 0) }

// layoutFor is layout with a footer of fh lines (the tour's caption takes
// two where one line cannot hold it) and a filters pane that would show
// its longest value whole at filtersW cells. The pane grows to that width
// from its share of the window when the cap of its mode allows, so a long
// agency name is not cut while the timeline beside it has room; a growth
// that would still cut the name is not made, as it only takes the
// timeline's room.
func layoutFor(w, h, fh, filtersW int) layoutRects {
	l := layoutRects{W: max(w, 0), H: max(h, 0)}
	if w < minWidth || h < minHeight {
		l.Mode = modeTooSmall
		return l
	}
	l.Header = rect{0, 0, w, headerHeight}
	l.Footer = rect{0, h - fh, w, fh}
	l.Body = rect{0, headerHeight, w, h - headerHeight - fh}
	l.Main = l.Body
	b := l.Body
	switch {
	case w >= wideWidth:
		l.Mode = modeWide
		fw := grow(clamp(w*22/100, 26, 36), filtersW, min(w*26/100, 40))
		dw := clamp((w-fw)*42/100, 36, 80)
		l.Filters = rect{0, b.Y, fw, b.H}
		l.Timeline = rect{fw, b.Y, w - fw - dw, b.H}
		l.Detail = rect{w - dw, b.Y, dw, b.H}
	case w >= mediumWidth && b.H >= mediumBodyHt:
		l.Mode = modeMedium
		dh := clamp(b.H*2/5, 8, 14)
		fw := grow(clamp(w*3/10, 26, 34), filtersW, min(w*33/100, 36))
		top := b.H - dh
		l.Filters = rect{0, b.Y, fw, top}
		l.Timeline = rect{fw, b.Y, w - fw, top}
		l.Detail = rect{0, b.Y + top, w, dh}
	default:
		l.Mode = modeNarrow
		l.Tabs = rect{0, b.Y, w, 1}
		pane := rect{0, b.Y + 1, w, b.H - 1}
		l.Filters, l.Timeline, l.Detail = pane, pane, pane
	}
	return l
}

func clamp(v, lo, hi int) int { return max(lo, min(v, hi)) }

// grow widens v to want when want is within limit, and never narrows it.
func grow(v, want, limit int) int {
	if want > limit {
		return v
	}
	return max(v, want)
}
