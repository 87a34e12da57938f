package server

import (
	gossh "golang.org/x/crypto/ssh"
)

// Bounds on what a session's requests may store before its shell starts.
const (
	maxEnvVars  = 64      // env requests a session keeps
	maxEnvBytes = 2 << 10 // one env request's payload (name and value)
)

// refusedRequest is the type a refused request is rewritten to before it
// reaches charm.land/ssh, which answers any type it does not know with a
// failure. Refusals thus go through its request loop like every other
// request, so replies keep the order of the requests, as the protocol
// requires (a reply does not say which request it answers).
const refusedRequest = "dossier-refused"

// filteredChannel hands charm.land/ssh a session channel whose requests
// pass filterRequests first.
type filteredChannel struct {
	gossh.NewChannel
}

// Accept accepts the channel and returns its filtered requests.
func (fc filteredChannel) Accept() (gossh.Channel, <-chan *gossh.Request, error) {
	ch, reqs, err := fc.NewChannel.Accept()
	if err != nil {
		return ch, reqs, err
	}
	out := make(chan *gossh.Request)
	go filterRequests(reqs, out)
	return ch, out, nil
}

// filterRequests passes a session's requests from in to out, in order,
// after bounding what charm.land/ssh would otherwise take as it comes:
//
//   - pty-req and window-change sizes are clamped (clampWindow) before
//     anything is sized by them; a pty-req with an absurd TERM is refused.
//   - A window-change before the shell is held back, the latest only, and
//     passed on right after the shell request. charm.land/ssh puts each
//     size in a one-slot channel that nobody reads until the shell starts,
//     so a second size would block its request loop, the shell request
//     behind it, and the loop's goroutine for good.
//   - env requests are refused past maxEnvVars or maxEnvBytes.
//
// out is unbuffered and closed when in is: a request loop that is slow to
// take requests slows the client down instead of queueing its requests.
func filterRequests(in <-chan *gossh.Request, out chan<- *gossh.Request) {
	defer close(out)
	started := false // a shell or exec request has gone through
	var early []byte // the latest window-change payload held back
	envs := 0        // env requests passed on
	for req := range in {
		switch req.Type {
		case "pty-req":
			if p, ok := clampPtyPayload(req.Payload); ok {
				req.Payload = p
			} else {
				req.Type = refusedRequest
			}
		case "window-change":
			p, _, _, ok := clampWindowPayload(req.Payload)
			if !ok {
				break // charm.land/ssh answers a malformed one with a failure
			}
			req.Payload = p
			if !started {
				early = p
				if !req.WantReply {
					continue
				}
				// Answered (a failure, in order) but its size is kept.
				req.Type = refusedRequest
			}
		case "env":
			if envs >= maxEnvVars || len(req.Payload) > maxEnvBytes {
				req.Type = refusedRequest
			} else {
				envs++
			}
		case "shell", "exec":
			if started {
				break // charm.land/ssh refuses a second one
			}
			started = true
			out <- req
			if early != nil {
				out <- &gossh.Request{Type: "window-change", Payload: early}
				early = nil
			}
			continue
		}
		out <- req
	}
}
