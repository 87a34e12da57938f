package app

import (
	"fmt"
	"sync"
	"time"

	tea "charm.land/bubbletea/v2"

	"dossier/model"
	"dossier/model/casefile"
	"dossier/ui"
)

// caseRefresh is how often a case being read is rebuilt for the screen:
// a build costs the whole case so far, so one per article would cost the
// square of the articles.
const caseRefresh = 150 * time.Millisecond

// runCase opens the case c.Stories reads. The terminal is taken over at
// once, as for one story: the word lists load, and the articles are read
// and parsed, while Bubble Tea sets it up. The first frame waits only for
// the first article, merged, and the case grows on screen as the others
// arrive, with a progress line, until all are read.
func runCase(c Config) error {
	if err := Terminal(c.Out); err != nil {
		return err
	}
	app, failed, stop := startCase(c)
	defer stop()
	return runInTerminal(c.Out, app, c.NoColor, failed)
}

// startCase starts reading the case and returns the app that shows it,
// pending until its first article is in, what ended the reading if it
// failed (read once the app is over), and stop, to call once the app is
// over.
func startCase(c Config) (app tea.Model, failed func() error, stop func()) {
	first := make(chan *ui.CaseMsg, 1)
	feed := make(chan ui.CaseMsg, 1)
	built, over := make(chan struct{}), make(chan struct{})
	var (
		mu       sync.Mutex
		parseErr error
	)
	go func() {
		sent, err := readCase(c, first, feed, built, over)
		mu.Lock()
		parseErr = err
		mu.Unlock()
		// Only now: the app quits on a nil first build, and then asks
		// why.
		if !sent {
			first <- nil
		}
		close(feed)
	}()
	failed = func() error {
		mu.Lock()
		defer mu.Unlock()
		return parseErr
	}
	opts := c.Options
	opts.NoColor = c.NoColor
	pend := newPending(first, func(msg *ui.CaseMsg) tea.Model {
		m := msg.Case.NewGrowing(opts, msg.Read, msg.Total, feed)
		close(built)
		return m
	})
	pend.note = "Reading the case…"
	return pend, failed, func() { close(over) }
}

// readCase loads the word lists and reads the case, merging its articles
// as they come: the case of the first article goes on first, with how
// many are read so far, later builds on feed, the last with every
// article. sent is whether first got its build. The other articles wait
// until the app is built from the first (built) or is over (over): on a
// machine of few cores, parsing them would take the cores the first frame
// is drawn on. A panic is returned as an error, so the terminal is never
// left raw.
func readCase(c Config, first chan<- *ui.CaseMsg, feed chan ui.CaseMsg, built, over <-chan struct{}) (sent bool, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("internal error: %v", r)
		}
	}()
	lex, err := c.Lexicon()
	if err != nil {
		return false, err
	}
	b := casefile.NewBuilder(lex)
	var (
		prep  *ui.PreparedCase
		last  time.Time
		added bool // an article is in b that prep does not hold
	)
	err = c.Stories(lex, func(done, total int, st *model.Story) {
		if st != nil {
			b.Add(st)
			added = true
		}
		switch {
		case !sent && st == nil:
			return
		case !sent:
			prep = ui.PrepareCase(b.Case())
			first <- &ui.CaseMsg{Case: prep, Read: done, Total: total}
			sent, added = true, false
			select {
			case <-built:
			case <-over:
			}
			last = time.Now()
			return
		case done == total || time.Since(last) >= caseRefresh:
			if added {
				prep, added = prep.Grow(b.Case()), false
			}
		default:
			return
		}
		last = time.Now()
		latest(feed, ui.CaseMsg{Case: prep, Read: done, Total: total})
	})
	return sent, err
}

// latest puts msg on feed in place of a build the app has not taken yet:
// only the newest build matters.
func latest(feed chan ui.CaseMsg, msg ui.CaseMsg) {
	for {
		select {
		case feed <- msg:
			return
		default:
			select {
			case <-feed:
			default:
			}
		}
	}
}
