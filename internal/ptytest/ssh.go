package ptytest

import (
	"errors"
	"fmt"
	"io"
	"net"
	"time"

	gossh "golang.org/x/crypto/ssh"
)

// SSHOptions configure DialSSH. The zero value of each field is a default.
type SSHOptions struct {
	User       string        // "bench" when empty
	Cols, Rows int           // 120x40 when zero
	Command    string        // run this instead of a shell (the server decides what either means)
	NoAnswer   bool          // never answer terminal queries
	Timeout    time.Duration // for the TCP dial and the handshake; 10 s when zero
	ExitGrace  time.Duration // how long Close waits for the server to end the session; 3 s when zero
	Dump       io.Writer
}

// SSHSession is one SSH session with an xterm-256color PTY, as a terminal
// emulator running `ssh -t` would see it. It never checks the host key: point
// it only at a test server on 127.0.0.1.
type SSHSession struct {
	*Stream
	opts     SSHOptions
	client   *gossh.Client
	sess     *gossh.Session
	stdin    io.WriteCloser
	start    time.Time
	exitCh   chan struct{}
	exitErr  error
	readDone chan struct{}
	state    *SSHExit
}

// SSHExit is how the session ended and what it left on the terminal.
type SSHExit struct {
	Status   int    `json:"status"`    // the remote exit status; -1 if none was sent
	ExitedBy string `json:"exited_by"` // "self" (the server ended it) or "closed" (by Close)
	Restoration
	Restored bool `json:"restored"`
}

// DialSSH connects to addr, asks for a PTY and starts a shell (or
// o.Command). Started is taken before the dial, so first-frame times include
// the connection and the handshake.
func DialSSH(addr string, o SSHOptions) (*SSHSession, error) {
	if o.User == "" {
		o.User = "bench"
	}
	if o.Cols <= 0 {
		o.Cols = 120
	}
	if o.Rows <= 0 {
		o.Rows = 40
	}
	if o.Timeout <= 0 {
		o.Timeout = 10 * time.Second
	}
	if o.ExitGrace <= 0 {
		o.ExitGrace = 3 * time.Second
	}
	s := &SSHSession{opts: o, start: time.Now(), exitCh: make(chan struct{}), readDone: make(chan struct{})}
	cfg := &gossh.ClientConfig{
		User:            o.User,
		HostKeyCallback: func(string, net.Addr, gossh.PublicKey) error { return nil },
		Timeout:         o.Timeout,
	}
	conn, err := net.DialTimeout("tcp", addr, o.Timeout)
	if err != nil {
		return nil, err
	}
	// The handshake has no timeout of its own: bound it with a deadline.
	_ = conn.SetDeadline(time.Now().Add(o.Timeout))
	c, chans, reqs, err := gossh.NewClientConn(conn, addr, cfg)
	if err != nil {
		conn.Close()
		return nil, err
	}
	_ = conn.SetDeadline(time.Time{})
	s.client = gossh.NewClient(c, chans, reqs)
	fail := func(err error) (*SSHSession, error) {
		s.client.Close()
		return nil, err
	}
	if s.sess, err = s.client.NewSession(); err != nil {
		return fail(err)
	}
	if s.stdin, err = s.sess.StdinPipe(); err != nil {
		return fail(err)
	}
	stdout, err := s.sess.StdoutPipe()
	if err != nil {
		return fail(err)
	}
	s.sess.Stderr = io.Discard // a PTY merges it into stdout anyway
	modes := gossh.TerminalModes{gossh.ECHO: 1, gossh.TTY_OP_ISPEED: 38400, gossh.TTY_OP_OSPEED: 38400}
	if err := s.sess.RequestPty("xterm-256color", o.Rows, o.Cols, modes); err != nil {
		return fail(fmt.Errorf("pty request: %w", err))
	}
	s.Stream = newStream(o.Cols, o.Rows, s.stdin, o.NoAnswer, o.Dump)
	if o.Command == "" {
		err = s.sess.Shell()
	} else {
		err = s.sess.Start(o.Command)
	}
	if err != nil {
		return fail(err)
	}
	go func() {
		defer close(s.readDone)
		s.readFrom(stdout)
	}()
	go func() {
		s.exitErr = s.sess.Wait()
		s.setEnded()
		close(s.exitCh)
	}()
	return s, nil
}

// Started is when the dial began.
func (s *SSHSession) Started() time.Time { return s.start }

// Resize tells the server the terminal is now cols x rows. The harness's
// own screen keeps the size the session started with, and so do its
// answers to size queries.
func (s *SSHSession) Resize(cols, rows int) error { return s.sess.WindowChange(rows, cols) }

// WaitExit waits for the server to end the session; false if it has not.
func (s *SSHSession) WaitExit(timeout time.Duration) bool {
	t := time.NewTimer(timeout)
	defer t.Stop()
	select {
	case <-s.exitCh:
		return true
	case <-t.C:
		return false
	}
}

// Close waits up to SSHOptions.ExitGrace for the server to end the session,
// then closes the connection, and reports the exit status and whether the
// output left the terminal restored. Calling it again returns the same.
func (s *SSHSession) Close() (SSHExit, error) {
	if s.state != nil {
		return *s.state, nil
	}
	st := SSHExit{Status: -1, ExitedBy: "self"}
	if !s.WaitExit(s.opts.ExitGrace) {
		st.ExitedBy = "closed"
	}
	if st.ExitedBy == "self" {
		s.drain(50*time.Millisecond, 500*time.Millisecond)
	}
	_ = s.client.Close() // ends Wait and the reader
	s.WaitExit(2 * time.Second)
	select {
	case <-s.readDone:
	case <-time.After(2 * time.Second):
	}
	if st.ExitedBy == "self" {
		var ee *gossh.ExitError
		switch {
		case s.exitErr == nil:
			st.Status = 0
		case errors.As(s.exitErr, &ee):
			st.Status = ee.ExitStatus()
		}
	}
	st.Restoration = s.Restoration()
	st.Restored = st.Restoration.Restored()
	s.state = &st
	return st, nil
}
