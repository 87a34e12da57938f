package casefile

import (
	"runtime"
	"sync"

	"dossier/model"
)

// Parse reads the documents as one case. Articles are parsed on every
// core; progress, if not nil, is called after each one with how many are
// done, from the calling goroutine. The case is the same whatever the
// number of cores.
func Parse(docs []model.Document, lex *model.Lexicon, progress func(done, total int)) *Case {
	b := NewBuilder()
	ParseStories(docs, lex, func(i int, st *model.Story) {
		b.Add(st)
		if progress != nil {
			progress(i+1, len(docs))
		}
	})
	return b.Case()
}

// ParseStories parses the documents on every core and returns their
// stories in document order. each, if not nil, is called with each story
// in document order as soon as it and every story before it are parsed,
// from the calling goroutine: feeding them to a Builder shows a case
// growing article by article, the first one first.
func ParseStories(docs []model.Document, lex *model.Lexicon, each func(i int, st *model.Story)) []*model.Story {
	return parseStories(docs, lex, runtime.GOMAXPROCS(0), each)
}

// parseStories is ParseStories on the given number of workers.
func parseStories(docs []model.Document, lex *model.Lexicon, workers int, each func(i int, st *model.Story)) []*model.Story {
	out := make([]*model.Story, len(docs))
	workers = max(1, min(workers, len(docs)))
	if workers == 1 {
		for i := range docs {
			out[i] = model.Parse(docs[i], lex)
			if each != nil {
				each(i, out[i])
			}
		}
		return out
	}
	type done struct {
		i  int
		st *model.Story
	}
	jobs := make(chan int)
	results := make(chan done, workers)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				results <- done{i, model.Parse(docs[i], lex)}
			}
		}()
	}
	go func() {
		for i := range docs {
			jobs <- i
		}
		close(jobs)
		wg.Wait()
		close(results)
	}()
	next := 0
	for d := range results {
		out[d.i] = d.st
		for next < len(out) && out[next] != nil {
			if each != nil {
				each(next, out[next])
			}
			next++
		}
	}
	return out
}
