package app

import (
	"os"
	"os/signal"
	"sync"
	"syscall"

	tea "charm.land/bubbletea/v2"
)

// The app takes SIGINT, SIGTERM and SIGHUP itself (Bubble Tea's own handler
// is off, see runInTerminal): Bubble Tea v2 catches only the first two, so a
// hangup used to kill the process with the terminal still raw, in the alt
// screen, with the mouse on; and its SIGTERM ends the program like q, exit 0.
//
// The first signal quits the program the normal way, so the renderer
// restores the terminal, and the command line then exits 128+n, the
// status a shell shows for a process a signal ended: 130 SIGINT, 143
// SIGTERM, 129 SIGHUP, after one line on stderr. A second signal means the
// first did not work (Update stuck in a loop): it restores the terminal
// from outside the event loop and ends the process by that same signal at
// once. ctrl+c typed in the app is a key, not a signal: it quits with 0
// like q.

// signalError ends the command line with 128+n.
type signalError struct{ sig syscall.Signal }

func (e signalError) Error() string { return "stopped by signal: " + e.sig.String() }

// ExitCode is the status a shell would show for a process the signal ended.
func (e signalError) ExitCode() int { return 128 + int(e.sig) }

// quitSignals are the signals that end the app.
var quitSignals = []os.Signal{syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP}

// signalWatch quits p on the signals above until stop is called.
type signalWatch struct {
	ch   chan os.Signal
	done chan struct{}
	wg   sync.WaitGroup

	mu  sync.Mutex
	got syscall.Signal // the first signal received, 0 if none
}

// quitter is the part of *tea.Program the watch uses.
type quitter interface {
	Quit()
	Kill()
}

var _ quitter = (*tea.Program)(nil)

// watchSignals starts following the quit signals for p. Call it before
// p.Run, and stop after Run returns.
func watchSignals(p quitter) *signalWatch {
	w := &signalWatch{ch: make(chan os.Signal, 3), done: make(chan struct{})}
	signal.Notify(w.ch, quitSignals...)
	w.wg.Add(1)
	go func() {
		defer w.wg.Done()
		for first := true; ; first = false {
			var s os.Signal
			select {
			case s = <-w.ch:
			case <-w.done:
				return
			}
			switch {
			case first:
				w.mu.Lock()
				w.got, _ = s.(syscall.Signal)
				w.mu.Unlock()
				// Quit blocks until the event loop takes the message; a
				// stuck loop must not keep the next signal from Kill.
				w.wg.Add(1)
				go func() {
					defer w.wg.Done()
					sendQuit(p, w.done)
				}()
			default:
				p.Kill()
				signal.Reset(quitSignals...)
				if sig, ok := s.(syscall.Signal); ok {
					_ = syscall.Kill(os.Getpid(), sig)
				}
				return
			}
		}
	}()
	return w
}

// sendQuit asks p to quit, giving up once the watch stops (Quit returns at
// once on a program that has ended, but blocks on one that failed to start).
func sendQuit(p quitter, done <-chan struct{}) {
	q := make(chan struct{})
	go func() {
		defer close(q)
		p.Quit()
	}()
	select {
	case <-q:
	case <-done:
	}
}

// stop ends the watch and returns the error the signal means, nil if none
// came.
func (w *signalWatch) stop() error {
	signal.Stop(w.ch)
	close(w.done)
	w.wg.Wait()
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.got == 0 {
		return nil
	}
	return signalError{sig: w.got}
}
