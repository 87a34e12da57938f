//go:build linux

package ptytest

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"syscall"
	"time"
	"unsafe"
)

// ExitState is how the program ended and what it left behind.
type ExitState struct {
	Code     int    `json:"code"`             // -1 when ended by a signal or still running
	Signal   string `json:"signal,omitempty"` // the signal that ended it, if any
	ExitedBy string `json:"exited_by"`        // "self", "sigterm" or "sigkill" (sent by Close), "unknown"
	Restoration
	TermiosRestored bool  `json:"termios_restored"`
	Restored        bool  `json:"restored"` // all of the above: the terminal is as it was
	PeakRSSKB       int64 `json:"peak_rss_kb"`
}

// Close ends the session: it waits up to Options.ExitGrace for the program to
// end by itself, then sends SIGTERM and, a second later, SIGKILL to its
// process group. It then reads the last output and reports the exit status
// and whether the terminal was restored. Calling it again returns the same.
func (s *Session) Close() (ExitState, error) {
	if s.state != nil {
		return *s.state, s.closeErr
	}
	st := ExitState{Code: -1, ExitedBy: "self"}
	if !s.WaitExit(s.opts.ExitGrace) {
		st.ExitedBy = "sigterm"
		_ = s.Signal(syscall.SIGTERM)
		if !s.WaitExit(time.Second) {
			st.ExitedBy = "sigkill"
			_ = s.Signal(syscall.SIGKILL)
			if !s.WaitExit(2 * time.Second) {
				st.ExitedBy = "unknown"
			}
		}
	}
	// Leftover children in the group go too; the group is gone if there are none.
	_ = syscall.Kill(-s.pid, syscall.SIGKILL)
	close(s.pollStop)

	// The tty stays open on our side, so output written just before the end
	// is still readable: take it until the line is quiet.
	s.drain(50*time.Millisecond, 500*time.Millisecond)

	if s.exitedNow() { // ProcessState is only safe to read once reaped
		if ws, ok := s.cmd.ProcessState.Sys().(syscall.WaitStatus); ok {
			if ws.Signaled() {
				st.Signal = ws.Signal().String()
			} else {
				st.Code = ws.ExitStatus()
			}
		}
	}
	after, err := getTermios(s.tty)
	st.TermiosRestored = err == nil && s.before != nil && sameTermios(s.before, after)

	s.tty.Close() // the reader now gets EIO
	s.ptmx.Close()
	select {
	case <-s.readDone:
	case <-time.After(time.Second):
	}

	st.Restoration = s.Restoration()
	st.PeakRSSKB = s.PeakRSSKB()
	st.Restored = st.Restoration.Restored() && st.TermiosRestored
	s.state = &st
	if !s.exitedNow() {
		s.closeErr = errStillRunning(s.pid)
	}
	return st, s.closeErr
}

func (s *Session) exitedNow() bool {
	select {
	case <-s.exitCh:
		return true
	default:
		return false
	}
}

type errStillRunning int

func (e errStillRunning) Error() string {
	return "pid " + strconv.Itoa(int(e)) + " still running after SIGKILL"
}

func getTermios(f *os.File) (*syscall.Termios, error) {
	var t syscall.Termios
	_, _, errno := syscall.Syscall(syscall.SYS_IOCTL, f.Fd(), syscall.TCGETS, uintptr(unsafe.Pointer(&t)))
	if errno != 0 {
		return nil, errno
	}
	return &t, nil
}

// sameTermios compares the flags a full-screen program changes when it puts
// the terminal in raw mode.
func sameTermios(a, b *syscall.Termios) bool {
	const lmask = syscall.ECHO | syscall.ICANON | syscall.ISIG | syscall.IEXTEN
	const imask = syscall.ICRNL | syscall.IXON
	return a.Lflag&lmask == b.Lflag&lmask &&
		a.Iflag&imask == b.Iflag&imask &&
		a.Oflag&syscall.OPOST == b.Oflag&syscall.OPOST
}

// procStatusKB reads one kB field (VmHWM, VmRSS) of /proc/PID/status; 0 if
// the process or the field is gone.
func procStatusKB(pid int, field string) int64 {
	f, err := os.Open("/proc/" + strconv.Itoa(pid) + "/status")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), field+":"); ok {
			n, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
			return n
		}
	}
	return 0
}
