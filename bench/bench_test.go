//go:build linux

package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// TestBenchFloorOneRound runs the real measurement once on the floor program
// only and checks that the table renders with figures in it, so the tool
// itself keeps working. It asserts no timings.
func TestBenchFloorOneRound(t *testing.T) {
	if _, err := os.Stat("/dev/ptmx"); err != nil {
		t.Skip("no /dev/ptmx:", err)
	}
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("no go command:", err)
	}
	c, err := parseFlags([]string{"-rounds", "1", "-warmup", "0", "-programs", "floor", "-keys", "j,k"}, os.Stderr)
	if err != nil {
		t.Fatal(err)
	}
	var out, log bytes.Buffer
	if err := run(context.Background(), c, &out, &log); err != nil {
		t.Fatalf("run: %v\n%s", err, log.String())
	}
	table := out.String()
	for _, want := range []string{
		"| program | first frame median / p90 ms | key latency median / p90 ms | bytes/key | peak RSS MiB | restored |",
		"| floor | ",
		"| 1/1 |", // the floor restores the terminal after q
		"Machine: ",
	} {
		if !strings.Contains(table, want) {
			t.Errorf("table lacks %q:\n%s", want, table)
		}
	}
	for _, line := range strings.Split(table, "\n") {
		if strings.HasPrefix(line, "| floor |") && strings.Contains(line, "—") {
			t.Errorf("floor row has missing figures: %s\n%s", line, table)
		}
	}
}

// TestBenchSSHFloor serves the wish floor to three concurrent sessions and
// checks that the SSH table renders with every session served and restored.
func TestBenchSSHFloor(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("no go command:", err)
	}
	c, err := parseFlags([]string{"-ssh", "-programs", "floor", "-sessions", "3", "-idle", "200ms", "-keys", "j,k"}, os.Stderr)
	if err != nil {
		t.Fatal(err)
	}
	var out, log bytes.Buffer
	if err := run(context.Background(), c, &out, &log); err != nil {
		t.Fatalf("run: %v\n%s", err, log.String())
	}
	table := out.String()
	for _, want := range []string{"| server | served | first frame median / p90 ms |", "| floor | 3/3 | ", "| 3/3 | "} {
		if !strings.Contains(table, want) {
			t.Errorf("table lacks %q:\n%s", want, table)
		}
	}
}
