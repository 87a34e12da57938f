//go:build !testhook

package app

import tea "charm.land/bubbletea/v2"

// withTestPanic is the fault tests' hook, which only a binary built with
// -tags testhook has (see testhook.go): here it leaves m alone.
func withTestPanic(m tea.Model) tea.Model { return m }
