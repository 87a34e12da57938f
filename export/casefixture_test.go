package export

import (
	"sync"
	"testing"

	"dossier/data"
	"dossier/model"
	"dossier/model/casefile"
)

var raptor struct {
	sync.Once
	c   *casefile.Case
	err error
}

// raptorCase is the embedded demo case, read and merged once for the
// package's tests.
func raptorCase(t testing.TB) *casefile.Case {
	t.Helper()
	raptor.Do(func() {
		_, docs, err := data.DemoCase()
		if err != nil {
			raptor.err = err
			return
		}
		lex, err := data.Lexicon()
		if err != nil {
			raptor.err = err
			return
		}
		raptor.c = casefile.Parse(docs, lex, nil)
	})
	if raptor.err != nil {
		t.Fatal(raptor.err)
	}
	return raptor.c
}

var _ = model.Selection{}
