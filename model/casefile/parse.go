package casefile

import (
	"runtime"
	"sync"

	"dossier/model"
)

// Parse reads the documents as one case. Articles are parsed, and read
// for the merge, on every core; progress, if not nil, is called after
// each one with how many are merged, from the calling goroutine. The case
// is the same whatever the number of cores.
func Parse(docs []model.Document, lex *model.Lexicon, progress func(done, total int)) *Case {
	return parseCase(docs, lex, runtime.GOMAXPROCS(0), progress)
}

// prepared is an article parsed and read for the merge.
type prepared struct {
	st      *model.Story
	reports []report
}

func parseCase(docs []model.Document, lex *model.Lexicon, workers int, progress func(done, total int)) *Case {
	b := NewBuilder(lex)
	inOrder(len(docs), workers, func(i int) prepared {
		st := model.Parse(docs[i], lex)
		return prepared{st, b.vocab.storyReports(st, nil)}
	}, func(i int, p prepared) {
		b.add(p.st, p.reports)
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
	inOrder(len(docs), workers, func(i int) *model.Story { return model.Parse(docs[i], lex) }, func(i int, st *model.Story) {
		out[i] = st
		if each != nil {
			each(i, st)
		}
	})
	return out
}

// ParseFrom is ParseStories over documents doc hands out as the workers
// ask for them, so an article can be read while the ones before it are
// parsed, and the first parsed before the last is read. doc returns false
// for an index with no document (an article that could not be read):
// each is then called with a nil story, in its place, so a caller's
// progress counts it.
func ParseFrom(n int, doc func(i int) (model.Document, bool), lex *model.Lexicon, each func(i int, st *model.Story)) {
	inOrder(n, runtime.GOMAXPROCS(0), func(i int) *model.Story {
		d, ok := doc(i)
		if !ok {
			return nil
		}
		return model.Parse(d, lex)
	}, each)
}

// inOrder runs work for 0..n-1 on the given number of goroutines and
// hands each result to each in index order, on the calling goroutine, as
// soon as it and every one before it are done. The first is worked on
// alone, on the calling goroutine, and handed over before the others
// start: a case shows its first article as soon as that article read on
// its own would, where sharing the cores from the start would slow it
// several times, at the cost of one core idle for one article. Every
// goroutine has ended when it returns.
func inOrder[T any](n, workers int, work func(i int) T, each func(i int, v T)) {
	if n == 0 {
		return
	}
	each(0, work(0))
	workers = max(1, min(workers, n-1))
	if workers == 1 {
		for i := 1; i < n; i++ {
			each(i, work(i))
		}
		return
	}
	type result struct {
		i int
		v T
	}
	jobs := make(chan int)
	results := make(chan result, workers)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				results <- result{i, work(i)}
			}
		}()
	}
	go func() {
		for i := 1; i < n; i++ {
			jobs <- i
		}
		close(jobs)
		wg.Wait()
		close(results)
	}()
	done := make([]bool, n)
	vals := make([]T, n)
	next := 1
	for r := range results {
		done[r.i], vals[r.i] = true, r.v
		for next < n && done[next] {
			each(next, vals[next])
			var zero T
			vals[next] = zero
			next++
		}
	}
}
