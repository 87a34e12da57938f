package server

import (
	"errors"
	"net"

	"charm.land/ssh"
)

// refusalKey marks, in a connection's context, why its sessions are refused.
type refusalKey struct{}

var errRateLimited = errors.New("too many connections from your address, try again in a minute")

// onConn admits or drops a new TCP connection before the SSH handshake.
func (sv *Server) onConn(ctx ssh.Context, conn net.Conn) net.Conn {
	if sv.conns.Add(1) > sv.maxConns {
		sv.conns.Add(-1)
		sv.log.Warn("dropped", "addr", conn.RemoteAddr().String(), "reason", "too many open connections")
		return nil
	}
	switch sv.limiter.check(conn.RemoteAddr()) {
	case refuse:
		ctx.SetValue(refusalKey{}, errRateLimited)
	case drop:
		sv.conns.Add(-1)
		// Debug only: a client hammering the port must not flood the log.
		sv.log.Debug("dropped", "addr", conn.RemoteAddr().String(), "reason", "rate limit")
		return nil
	}
	return conn
}
