package app

import (
	"fmt"
	"sync"
	"time"

	"dossier/model"
	"dossier/model/casefile"
	"dossier/ui"
)

// caseRefresh is how often a case being read is rebuilt for the screen:
// a build costs the whole case so far, so one per article would cost the
// square of the articles.
const caseRefresh = 150 * time.Millisecond

// runCase opens the articles of c.Docs as one case. The articles parse in
// parallel; the first frame waits only for the first of them, merged,
// and the case grows on screen as the others arrive, with a progress
// line, until all are read.
func runCase(c Config) error {
	lex, err := c.Lexicon()
	if err != nil {
		return err
	}
	first := make(chan *ui.PreparedCase, 1)
	feed := make(chan ui.CaseMsg, 1)
	var (
		mu       sync.Mutex
		parseErr error
	)
	go func() {
		err := readCase(c.Docs, lex, first, feed)
		mu.Lock()
		parseErr = err
		mu.Unlock()
	}()
	prep := <-first
	failed := func() error {
		mu.Lock()
		defer mu.Unlock()
		return parseErr
	}
	if prep == nil {
		<-feed // closed once readCase has returned
		return failed()
	}
	opts := c.Options
	opts.NoColor = c.NoColor
	return runInTerminal(c.Out, prep.NewGrowing(opts, feed), c.NoColor, failed)
}

// readCase parses docs and merges them, sending the case of the first
// article on first (nil if it fails) and later builds on feed, the last
// with every article, then closes feed. A panic is returned as an error,
// so the terminal is never left raw.
func readCase(docs []model.Document, lex *model.Lexicon, first chan<- *ui.PreparedCase, feed chan ui.CaseMsg) (err error) {
	sent := false
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("internal error: %v", r)
		}
		if !sent {
			first <- nil
		}
		close(feed)
	}()
	n := len(docs)
	b := casefile.NewBuilder(lex)
	var prep *ui.PreparedCase
	var last time.Time
	casefile.ParseStories(docs, lex, func(i int, st *model.Story) {
		b.Add(st)
		switch {
		case i == 0:
			prep = ui.PrepareCase(b.Case())
			first <- prep
			sent = true
		case i == n-1 || time.Since(last) >= caseRefresh:
			prep = prep.Grow(b.Case())
		default:
			return
		}
		last = time.Now()
		latest(feed, ui.CaseMsg{Case: prep, Read: i + 1, Total: n})
	})
	return nil
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
