//go:build unix

package app

import (
	"errors"
	"syscall"
	"testing"
	"time"
)

// fakeProgram records what the watch asks of it.
type fakeProgram struct{ quit, kill chan struct{} }

func (f fakeProgram) Quit() { close(f.quit) }
func (f fakeProgram) Kill() { close(f.kill) }

// TestSignalWatchQuitsAndReports sends a real signal to this process while
// the watch holds it: the program is asked to quit (not killed) and the
// watch reports the signal as exit status 128+n. Run it with -race: the
// watch's goroutines and stop must not race.
func TestSignalWatchQuitsAndReports(t *testing.T) {
	for _, sig := range []syscall.Signal{syscall.SIGHUP, syscall.SIGTERM, syscall.SIGINT} {
		t.Run(sig.String(), func(t *testing.T) {
			p := fakeProgram{quit: make(chan struct{}), kill: make(chan struct{})}
			w := watchSignals(p)
			if err := syscall.Kill(syscall.Getpid(), sig); err != nil {
				t.Fatal(err)
			}
			select {
			case <-p.quit:
			case <-time.After(10 * time.Second):
				t.Fatal("the watch never asked the program to quit")
			}
			err := w.stop()
			var se signalError
			if !errors.As(err, &se) || se.sig != sig || se.ExitCode() != 128+int(sig) {
				t.Fatalf("stop() = %v, want the %v signal error", err, sig)
			}
			select {
			case <-p.kill:
				t.Error("one signal killed the program; it should only quit it")
			default:
			}
		})
	}
}

// TestSignalWatchStopsQuietly: no signal, no error, and stop returns.
func TestSignalWatchStopsQuietly(t *testing.T) {
	p := fakeProgram{quit: make(chan struct{}), kill: make(chan struct{})}
	if err := watchSignals(p).stop(); err != nil {
		t.Fatalf("stop() = %v with no signal", err)
	}
}

// TestSignalErrorExitCodes: each signal's error says which signal, and
// asks for the exit status a shell shows for it (the command line reports
// any error with an ExitCode that way).
func TestSignalErrorExitCodes(t *testing.T) {
	for sig, want := range map[syscall.Signal]int{syscall.SIGHUP: 129, syscall.SIGINT: 130, syscall.SIGTERM: 143} {
		var err error = signalError{sig: sig}
		var ec interface{ ExitCode() int }
		if !errors.As(err, &ec) || ec.ExitCode() != want {
			t.Errorf("%v: exit %v, want %d", sig, ec, want)
		}
		if err.Error() != "stopped by signal: "+sig.String() {
			t.Errorf("%v: message %q", sig, err.Error())
		}
	}
}
