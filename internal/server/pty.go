package server

import (
	"sync"

	tea "charm.land/bubbletea/v2"
	"charm.land/ssh"
	"github.com/charmbracelet/colorprofile"
)

// ptyInfo is a session's pty as it was when its shell or exec request
// came: charm.land/ssh writes the session's pty size on every window
// change, from its request loop and without a lock, so the handler reads
// this copy instead of Session.Pty. Later sizes come through winch.
type ptyInfo struct {
	pty   ssh.Pty
	winch <-chan ssh.Window
	ok    bool
}

// onSessionRequest is charm.land/ssh's SessionRequestCallback: it runs in
// the session's request loop, just before the handler is started for a
// shell or exec request, so what it reads of the session happens before
// both the handler and any later window change.
func (sv *Server) onSessionRequest(s ssh.Session, reqType string) bool {
	if reqType == "shell" || reqType == "exec" {
		pty, winch, ok := s.Pty()
		sv.ptys.Store(s, ptyInfo{pty: pty, winch: winch, ok: ok})
	}
	return true
}

// takePty returns what onSessionRequest kept for s, once.
func (sv *Server) takePty(s ssh.Session) ptyInfo {
	if v, ok := sv.ptys.LoadAndDelete(s); ok {
		return v.(ptyInfo)
	}
	return ptyInfo{}
}

// programOptions are what wish's bubbletea.MakeOptions gives a session on
// an emulated pty (the only kind this server has: it never allocates one),
// but from pi rather than Session.Pty (see ptyInfo) and with the size win,
// clamped: the client's environment and TERM, the colour profile they
// imply, and suspend (which a session cannot do) turned into resume.
// sized is closed once the program's event loop has taken its first size
// (see watch).
func programOptions(s ssh.Session, pi ptyInfo, win ssh.Window, sized chan<- struct{}) []tea.ProgramOption {
	envs := append(s.Environ(), "TERM="+pi.pty.Term)
	var once sync.Once
	return []tea.ProgramOption{
		tea.WithColorProfile(colorprofile.Env(envs)),
		tea.WithEnvironment(envs),
		tea.WithWindowSize(win.Width, win.Height),
		tea.WithFilter(func(_ tea.Model, msg tea.Msg) tea.Msg {
			switch msg.(type) {
			case tea.SuspendMsg:
				return tea.ResumeMsg{}
			case tea.WindowSizeMsg:
				once.Do(func() { close(sized) })
			}
			return msg
		}),
	}
}
