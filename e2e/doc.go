// Package e2e holds dossier's end-to-end tests: the real binary in a
// pseudo-terminal and in tmux (an article from a file, or fetched from a
// web server on 127.0.0.1), the SSH server under the OpenSSH client and
// under load, big and hostile inputs, and faults (signals, panics, a
// terminal that goes away). It has no code of its own: the tests build the
// binary once per run, with -tags testhook so the fault tests can make the
// app panic or hang, and drive it from outside.
package e2e
