package ui

import (
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"dossier/model"
)

// defaultDemoSpeed is the time a tour step stays on screen: long enough to
// read the caption and see what changed.
const defaultDemoSpeed = 2500 * time.Millisecond

// demoTickMsg advances the tour one step. gen names the tick chain: a
// step, or stopping the tour, bumps the tour's gen, so a tick from before
// (Init run twice, a tick in flight when a key stopped the tour) is
// ignored instead of starting a second chain.
type demoTickMsg struct{ gen int }

// tourState is the guided tour (Options.Demo): a list of steps played on a
// timer through the real key handler, in a loop, until any input stops it.
// It only ever changes the model through key presses, so wherever it
// stops, the user finds the app in an ordinary state and carries on.
type tourState struct {
	on      bool
	steps   []demoStep // read-only, built from the story
	next    int        // the step the next tick plays
	played  int        // the step on screen, counting from 1; 0 before the first
	gen     int
	speed   time.Duration
	caption string
}

// tourIntro is the caption before the first step.
const tourIntro = "A guided tour: it plays itself; any key takes over, q quits"

func newTour(story *model.Story, opts Options) tourState {
	if !opts.Demo {
		return tourState{}
	}
	t := tourState{steps: demoSteps(story), speed: opts.DemoSpeed}
	if t.speed <= 0 {
		t.speed = defaultDemoSpeed
	}
	t.on = len(t.steps) > 0
	t.caption = tourIntro
	return t
}

// start returns the first tick, or nil when there is no tour.
func (t tourState) start() tea.Cmd {
	if !t.on {
		return nil
	}
	return t.tick()
}

func (t tourState) tick() tea.Cmd {
	gen := t.gen
	return tea.Tick(t.speed, func(time.Time) tea.Msg { return demoTickMsg{gen: gen} })
}

// tourUpdate is the tour's share of Update while the tour runs: it plays a
// step on its tick and stops on the user's first key, click, wheel or
// paste. That first input only stops the tour (the caption says "any key
// takes over"), so a key pressed to take over does nothing unexpected;
// q and ctrl+c still quit at once. handled is false for every other
// message, which Update then handles as usual.
func (m *Model) tourUpdate(msg tea.Msg) (_ tea.Cmd, handled bool) {
	switch msg := msg.(type) {
	case demoTickMsg:
		cmd := m.playStep()
		return tea.Batch(cmd, m.tour.tick()), true
	case tea.KeyPressMsg:
		if key.Matches(msg, m.keys.Quit) {
			return tea.Quit, true
		}
	case tea.MouseClickMsg, tea.MouseWheelMsg, tea.PasteMsg:
	default:
		return nil, false
	}
	m.idle.touch()
	m.stopTour()
	return nil, true
}

// stopTour ends the tour where it is and tells the user they have the keys.
func (m *Model) stopTour() {
	m.tour.on = false
	m.tour.gen++ // the tick in flight is now stale
	m.status = "tour stopped: the keys are yours"
	m.handleResize(m.width, m.height) // the footer is one line again
}

// playStep plays the next step and moves on, looping at the end.
func (m *Model) playStep() tea.Cmd {
	t := &m.tour
	if len(t.steps) == 0 {
		return nil
	}
	i := t.next % len(t.steps)
	step := t.steps[i]
	t.next = (i + 1) % len(t.steps)
	t.played = i + 1
	t.caption = step.Caption
	t.gen++
	var cmds []tea.Cmd
	for _, part := range step.Keys {
		for _, k := range part(m) {
			cmds = append(cmds, m.press(k))
		}
	}
	return tea.Batch(cmds...)
}

// press handles one key exactly as Update does for a typed key (the key
// handler, then settle, so the next key sees the bindings and panes of the
// new state), except that a scripted key is not the user's activity and so
// does not hold off the idle timeout.
func (m *Model) press(k tea.KeyPressMsg) tea.Cmd {
	nm, cmd := m.handleKey(k)
	*m = nm
	m.settle()
	return cmd
}

// tourTakeOver is the tour footer's hint at its right.
const tourTakeOver = " any key takes over · q quit "

// tourLabel is the footer's step label.
func (t *tourState) tourLabel() string {
	label := " ▶ Tour"
	if t.played > 0 {
		label += " " + itoa(t.played) + "/" + itoa(len(t.steps))
	}
	return label + "  "
}

// fitsOneLine reports whether every caption of the tour, with the widest
// label and the hint, fits one line of w cells. The answer is the same for
// the whole tour, so the screen does not jump between steps.
func (t *tourState) fitsOneLine(w int) bool {
	n := len(t.steps)
	lw := cellWidth(" ▶ Tour " + itoa(n) + "/" + itoa(n) + "  ")
	widest := cellWidth(clean(tourIntro))
	for _, s := range t.steps {
		widest = max(widest, cellWidth(clean(s.Caption)))
	}
	return lw+widest+cellWidth(tourTakeOver) <= w
}

// tourFooter replaces the help bar while the tour runs: the step, what it
// shows and which key does it, and how to take over. Where one line
// cannot hold the longest caption with the hint, it takes two: the caption
// wraps under itself and the hint stays whole at the right of the second.
func (m *Model) tourFooter(w int) []string {
	st := m.styles
	t := &m.tour
	label := t.tourLabel()
	caption := clean(t.caption)
	lw := cellWidth(label)
	if t.fitsOneLine(w) {
		gap := max(w-lw-cellWidth(caption)-cellWidth(tourTakeOver), 0)
		return []string{fit(st.Status.Render(label)+st.Strong.Render(caption)+spaces(gap)+st.HelpDesc.Render(tourTakeOver), w)}
	}
	right := tourTakeOver
	if lw+cellWidth(right)+10 > w {
		right = " q quit "
	}
	rw := cellWidth(right)
	first, rest := caption, ""
	if wrapped := wrapPlain(caption, max(w-lw, 1)); len(wrapped) > 1 {
		first = wrapped[0]
		rest = strings.TrimSpace(strings.TrimPrefix(caption, first))
	}
	rest = ellipsis(rest, max(w-lw-rw, 0))
	gap := max(w-lw-cellWidth(rest)-rw, 0)
	return []string{
		fit(st.Status.Render(label)+st.Strong.Render(first), w),
		fit(spaces(lw)+st.Strong.Render(rest)+spaces(gap)+st.HelpDesc.Render(right), w),
	}
}
