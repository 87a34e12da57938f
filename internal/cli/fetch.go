package cli

import (
	"context"
	"os"
	"os/signal"
	"syscall"

	"dossier/internal/fetch"
	"dossier/model"
)

// fetchArticle fetches the article at url for the command line, within
// fetch's default limits of time, size and redirects. While it waits, the
// signals that end the app (SIGINT, as ctrl+c sends it, SIGTERM, SIGHUP)
// cancel the fetch instead of killing the process: the user gets the
// fetch's one line ("URL: fetch cancelled") and the status a shell shows
// for that signal, 128+n. Only the fetch listens: reading a file or a pipe
// is not held up by the network and a signal ends it as usual.
func fetchArticle(ctx context.Context, url string) (model.Document, error) {
	ctx, stop := cancelOnSignal(ctx)
	doc, err := fetch.Fetch(ctx, url, fetch.DefaultLimits())
	if sig := stop(); sig != 0 && err != nil {
		return model.Document{}, signalled{err: err, sig: sig}
	}
	return doc, err
}

// fetchSignals are the signals that cancel a fetch.
var fetchSignals = []os.Signal{syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP}

// cancelOnSignal returns ctx cancelled by the first of fetchSignals, and a
// stop that stops listening and says which signal came (0 for none).
func cancelOnSignal(ctx context.Context) (context.Context, func() syscall.Signal) {
	ctx, cancel := context.WithCancel(ctx)
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, fetchSignals...)
	got := make(chan syscall.Signal, 1)
	done := make(chan struct{})
	go func() {
		select {
		case s := <-ch:
			sig, _ := s.(syscall.Signal)
			got <- sig
			cancel()
		case <-done:
			got <- 0
		}
	}()
	return ctx, func() syscall.Signal {
		signal.Stop(ch)
		close(done)
		sig := <-got
		cancel()
		return sig
	}
}

// signalled is a failure a signal caused: its message is the failure's,
// its exit status the signal's.
type signalled struct {
	err error
	sig syscall.Signal
}

func (e signalled) Error() string { return e.err.Error() }
func (e signalled) Unwrap() error { return e.err }

// ExitCode is the status a shell shows for a process the signal ended.
func (e signalled) ExitCode() int { return 128 + int(e.sig) }
