//go:build linux

package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os/exec"
	"strings"
	"syscall"

	"dossier/internal/ptytest"
)

// Fault is one way of ending a program after its first frame, and what it
// left behind.
type Fault struct {
	Program string            `json:"program"`
	How     string            `json:"how"`              // "q", "SIGTERM", "SIGINT", "SIGHUP"
	Framed  bool              `json:"first_frame_seen"` // else the fault was never delivered
	Exit    ptytest.ExitState `json:"exit"`
	Error   string            `json:"error,omitempty"`
}

// runFaults starts each program afresh for each way of ending it. Signals go
// to the program's process group, as a terminal sends them.
func runFaults(ctx context.Context, c config, progs []program, stdout io.Writer) error {
	hows := []struct {
		name string
		sig  syscall.Signal // 0: type the quit key
	}{{"q", 0}, {"SIGTERM", syscall.SIGTERM}, {"SIGINT", syscall.SIGINT}, {"SIGHUP", syscall.SIGHUP}}
	var out []Fault
	for _, p := range progs {
		for _, h := range hows {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			out = append(out, fault(p, h.name, h.sig, c.timing))
		}
	}
	if c.JSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	}
	fmt.Fprintf(stdout, "## Faults: %dx%d pty, ended after the first frame\n\n", c.Cols, c.Rows)
	fmt.Fprintln(stdout, "| program | ended by | exit | alt screen exited | cursor shown | modes left on | termios restored | restored |")
	fmt.Fprintln(stdout, "|---|---|---|---|---|---|---|---|")
	for _, f := range out {
		exit := fmt.Sprint(f.Exit.Code)
		if f.Exit.Signal != "" {
			exit = "signal: " + f.Exit.Signal
		}
		if f.Exit.ExitedBy != "self" {
			exit += " (" + f.Exit.ExitedBy + " by harness)"
		}
		result := passFail(f.Exit.Restored)
		if !f.Framed {
			result = "no frame"
		}
		left := strings.Join(f.Exit.ModesLeftOn, ", ")
		if left == "" {
			left = "none"
		}
		fmt.Fprintf(stdout, "| %s | %s | %s | %s | %s | %s | %s | %s |\n", f.Program, f.How, exit,
			yesNo(f.Exit.AltScreenExited), yesNo(f.Exit.CursorVisible), left,
			yesNo(f.Exit.TermiosRestored), result)
	}
	for _, f := range out {
		if f.Error != "" {
			fmt.Fprintf(stdout, "- %s %s: %s\n", f.Program, f.How, f.Error)
		}
	}
	return nil
}

func fault(p program, how string, sig syscall.Signal, t timing) Fault {
	f := Fault{Program: p.Name, How: how, Exit: ptytest.ExitState{Code: -1, ExitedBy: "not started"}}
	cmd := exec.Command(p.Argv[0], p.Argv[1:]...)
	cmd.Env = childEnv()
	s, err := ptytest.StartWith(cmd, ptytest.Options{Cols: t.Cols, Rows: t.Rows, NoAnswer: t.NoAnswer, ExitGrace: t.ExitGrace})
	if err != nil {
		f.Error = err.Error()
		return f
	}
	at, err := s.WaitText(ptytest.Mark{}, p.Expect, t.FirstTimeout)
	if err == nil {
		_, err = s.WaitQuiet(at, t.Quiet, t.FirstTimeout)
	}
	if err != nil {
		f.Error = "first frame: " + err.Error()
	}
	f.Framed = err == nil
	if err == nil {
		if sig == 0 {
			err = s.Send(t.QuitKey)
		} else {
			err = s.Signal(sig)
		}
		if err != nil {
			f.Error = err.Error()
		}
	}
	f.Exit, err = s.Close()
	if err != nil {
		f.Error = strings.TrimPrefix(f.Error+"; ", "; ") + err.Error()
	}
	return f
}

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}
