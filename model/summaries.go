package model

import (
	"dossier/model/internal/lexicon"
	"dossier/model/internal/summary"
)

// summaryStream writes the summaries of a long text's events on their own
// goroutine while the parse goes on, in the order they are added: a
// summary looks at its sentence only, and writing them all at the end left
// a core idle while the parse waited on the reader.
type summaryStream struct {
	jobs chan []string
	done chan []string
	cur  []string
}

func newSummaryStream(ix *lexicon.Index) *summaryStream {
	ss := &summaryStream{jobs: make(chan []string, 8), done: make(chan []string, 1)}
	go func() {
		sm := summary.New(ix)
		var out []string
		for batch := range ss.jobs {
			for _, text := range batch {
				out = append(out, sm.Summarize(text))
			}
		}
		ss.done <- out
	}()
	return ss
}

// add queues the summary of one more event's clause.
func (ss *summaryStream) add(text string) {
	ss.cur = append(ss.cur, text)
	if len(ss.cur) == readBatch {
		ss.jobs <- ss.cur
		ss.cur = make([]string, 0, readBatch)
	}
}

// wait returns the summaries in the order their clauses were added.
func (ss *summaryStream) wait() []string {
	if len(ss.cur) > 0 {
		ss.jobs <- ss.cur
	}
	close(ss.jobs)
	return <-ss.done
}

// summarizeEvents replaces each event's Summary, the text of the clause
// that reports it, with its summary, one after the other.
func summarizeEvents(events []Event, ix *lexicon.Index) {
	sm := summary.New(ix)
	for i := range events {
		events[i].Summary = sm.Summarize(events[i].Summary)
	}
}

// resolvePronouns replaces the pronoun an event's summary opens on
// ("They intercepted ...") with the subject of the sentence before it,
// where the two agree; the summarizer keeps the pronoun at any doubt.
// events are in the order of their sentences.
func resolvePronouns(events []Event, sents []Sentence, title int, ix *lexicon.Index) {
	sm := summary.New(ix)
	// The sentence before the current one, and the summary of its first
	// event when it has one: its subject is read only when a pronoun
	// needs it.
	lastID, lastSummary := 0, ""
	for i := range events {
		e := &events[i]
		if e.Sentence == lastID || e.Sentence < 1 || e.Sentence > len(sents) {
			continue
		}
		if sm.OpensOnPronoun(e.Summary) {
			prev := e.Sentence - 1
			sum := ""
			switch {
			case prev == lastID:
				sum = lastSummary
			case prev >= 1 && prev != title && !sents[prev-1].Byline:
				sum = sm.Summarize(sents[prev-1].Text)
			}
			if subject := sm.Subject(sum); subject != "" {
				e.Summary = sm.Resolve(sents[e.Sentence-1].Text, e.Summary, subject)
			}
		}
		lastID, lastSummary = e.Sentence, e.Summary
	}
}
