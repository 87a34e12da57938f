package server

import (
	"encoding/binary"

	"charm.land/ssh"
)

// The largest window a session is drawn at. Bubble Tea keeps two buffers
// of cells per session, so memory grows with the area (the README's SSH
// section has the measured cost); the client's own numbers never reach an
// allocation unclamped. The sides are what real terminals reach, the area
// what a full house at that size may cost.
const (
	maxCols  = 500
	maxRows  = 200
	maxCells = 50_000
	// minReserve is what the cell budget holds for a session whatever its
	// size: the fixed part of a session's cost. It is at least maxCols, so
	// a session's reservation always holds one full-width row (see
	// registry.resize).
	minReserve = 80 * 24
)

// clampWindow bounds a size the client asked for: each side to its
// maximum, then the area by cutting rows, never columns (a frame narrower
// than the terminal still fits it; a wider one wraps into garbage).
func clampWindow(w, h int) (int, int) {
	w = min(max(w, 0), maxCols)
	h = min(max(h, 0), maxRows)
	if w > 0 && w*h > maxCells {
		h = maxCells / w
	}
	return w, h
}

// clampedWindow is clampWindow on an ssh.Window; pixel sizes are dropped
// (nothing here uses them).
func clampedWindow(win ssh.Window) ssh.Window {
	w, h := clampWindow(win.Width, win.Height)
	return ssh.Window{Width: w, Height: h}
}

// reserveFor is how many cells of the budget a session of w x h holds.
func reserveFor(w, h int) int {
	return max(w*h, minReserve)
}

// A window-change payload is four uint32s: columns, rows, pixel width,
// pixel height (RFC 4254, 6.7). A pty-req payload is the TERM string, the
// same four numbers and the encoded terminal modes (6.2).

// clampWindowPayload returns a window-change payload with its size
// clamped, and the clamped size; ok is false if p is not one.
func clampWindowPayload(p []byte) (out []byte, w, h int, ok bool) {
	if len(p) < 16 {
		return nil, 0, 0, false
	}
	out = append([]byte(nil), p...)
	w, h = putClamped(out)
	return out, w, h, true
}

// maxTermLen bounds the TERM a pty-req may name; real ones are a few
// dozen bytes at most.
const maxTermLen = 128

// clampPtyPayload returns a pty-req payload with its size clamped; ok is
// false if p is not one or names an absurd TERM.
func clampPtyPayload(p []byte) (out []byte, ok bool) {
	if len(p) < 4 {
		return nil, false
	}
	n := binary.BigEndian.Uint32(p)
	if n > maxTermLen || len(p) < 4+int(n)+16 {
		return nil, false
	}
	out = append([]byte(nil), p...)
	putClamped(out[4+n:])
	return out, true
}

// putClamped clamps the columns and rows at the start of b in place and
// zeroes the pixel sizes, which would otherwise disagree with them.
func putClamped(b []byte) (w, h int) {
	w, h = clampWindow(int(binary.BigEndian.Uint32(b)), int(binary.BigEndian.Uint32(b[4:])))
	binary.BigEndian.PutUint32(b, uint32(w))
	binary.BigEndian.PutUint32(b[4:], uint32(h))
	binary.BigEndian.PutUint32(b[8:], 0)
	binary.BigEndian.PutUint32(b[12:], 0)
	return w, h
}

// windowPayload is a window-change payload for w x h.
func windowPayload(w, h int) []byte {
	b := make([]byte, 16)
	binary.BigEndian.PutUint32(b, uint32(w))
	binary.BigEndian.PutUint32(b[4:], uint32(h))
	return b
}

// MinCells is the smallest cell budget: one session at the largest size.
const MinCells = maxCells
