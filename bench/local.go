//go:build linux

package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// runLocal runs the rounds, every program once per round in order, and
// prints the report.
func runLocal(ctx context.Context, c config, progs []program, rep *Report, stdout, log io.Writer) error {
	rep.Machine = machineInfo(ctx)

	runs := make([][]Run, len(progs))
	for round := -c.Warmup; round < c.Rounds; round++ {
		for i, p := range progs {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			var dump io.Writer
			if c.Dump != "" && round == 0 {
				f, err := os.Create(filepath.Join(c.Dump, p.Name+".raw"))
				if err != nil {
					return err
				}
				defer f.Close()
				dump = f
			}
			r := measure(ctx, p, c.timing, dump)
			if round >= 0 {
				runs[i] = append(runs[i], r)
			}
		}
		if round >= 0 && isTerminal(log) {
			fmt.Fprintf(log, "\rround %d/%d ", round+1, c.Rounds)
		}
	}
	if isTerminal(log) {
		fmt.Fprint(log, "\r\033[K")
	}
	for i, p := range progs {
		rep.Results = append(rep.Results, summarise(p, runs[i]))
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
