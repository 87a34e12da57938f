//go:build linux

package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"strconv"
)

// runSSH measures each server (dossier serve, the wish floor) under
// -sessions concurrent sessions, one server at a time.
func runSSH(ctx context.Context, c config, root, tmp, article string, stdout, log io.Writer) error {
	rep := SSHReport{Schema: "dossier.bench.ssh/v1", Command: c.Command, Machine: machineInfo(ctx),
		Cols: c.Cols, Rows: c.Rows, Keys: c.Keys, GapMs: ms(c.Gap), Sessions: c.Sessions, Answered: !c.NoAnswer}
	var servers []program
	for _, name := range c.Programs {
		switch name {
		case "dossier":
			bin := filepath.Join(tmp, "dossier")
			if err := goBuild(ctx, root, ".", bin); err != nil {
				return err
			}
			servers = append(servers, program{Name: name, Expect: c.Expect[name], Argv: []string{bin, "serve",
				"--listen", "{addr}", "--host-key", filepath.Join(tmp, "dossier_host_key"),
				// Every client comes from 127.0.0.1: no limits per address.
				"--max-sessions", strconv.Itoa(c.Sessions + 10), "--rate-limit", "0", "--max-per-addr", "0",
				"--idle-timeout", "0", "--max-time", "0"}})
		case "floor":
			bin := filepath.Join(tmp, "floorssh")
			if err := goBuild(ctx, root, "./bench/floorssh", bin); err != nil {
				return err
			}
			servers = append(servers, program{Name: name, Expect: c.Expect[name], Argv: []string{bin,
				"-listen", "{addr}", "-host-key", filepath.Join(tmp, "floor_host_key"), article}})
		}
	}
	if len(servers) == 0 {
		return fmt.Errorf("-ssh needs dossier or floor in -programs")
	}
	for _, srv := range servers {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if isTerminal(log) {
			fmt.Fprintf(log, "\r%s: %d sessions ", srv.Name, c.Sessions)
		}
		rep.Runs = append(rep.Runs, measureSSH(ctx, srv, c.Sessions, c.Idle, c.timing))
	}
	if isTerminal(log) {
		fmt.Fprint(log, "\r\033[K")
	}
	rep.judge()
	if c.JSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(rep)
	}
	rep.markdown(stdout)
	return nil
}
