//go:build linux

package main

import (
	"bytes"
	"os"
	"strconv"
	"strings"
	"sync"
	"syscall"
)

// tailBuffer keeps the last bytes a server logged, for error messages.
type tailBuffer struct {
	mu sync.Mutex
	b  []byte
}

func (t *tailBuffer) Write(p []byte) (int, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.b = append(t.b, p...)
	if len(t.b) > 4096 {
		t.b = append(t.b[:0:0], t.b[len(t.b)-4096:]...)
	}
	return len(p), nil
}

func (t *tailBuffer) String() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	return strings.TrimSpace(string(bytes.ToValidUTF8(t.b, []byte("?"))))
}

// selfCPUMs is this process's CPU time so far (user and system), in ms.
func selfCPUMs() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return float64(ru.Utime.Nano()+ru.Stime.Nano()) / 1e6
}

func threads(pid int) int64 { return procKB(pid, "Threads") }

// procStat reads the CPU time (ms) and thread count of a process.
func procStat(pid int) (cpuMs float64, threads int64) {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return 0, 0
	}
	s := string(b)
	i := strings.LastIndexByte(s, ')')
	if i < 0 {
		return 0, 0
	}
	f := strings.Fields(s[i+1:])
	if len(f) < 18 {
		return 0, 0
	}
	ut, _ := strconv.ParseFloat(f[11], 64) // utime, field 14 of stat
	st, _ := strconv.ParseFloat(f[12], 64) // stime, field 15
	th, _ := strconv.ParseInt(f[17], 10, 64)
	return (ut + st) * 10, th // USER_HZ is 100 on Linux
}

// cpuMs is the CPU time of a process in ms: the sum of its threads' run
// time from schedstat (nanoseconds), or from stat (10 ms ticks) without it.
// Threads that already ended are missing from the sum; Go rarely ends any.
func cpuMs(pid int) float64 {
	dir := "/proc/" + strconv.Itoa(pid) + "/task"
	tasks, err := os.ReadDir(dir)
	if err == nil {
		var ns float64
		for _, t := range tasks {
			b, err := os.ReadFile(dir + "/" + t.Name() + "/schedstat")
			if f := strings.Fields(string(b)); err == nil && len(f) > 0 {
				v, _ := strconv.ParseFloat(f[0], 64)
				ns += v
			}
		}
		if ns > 0 {
			return ns / 1e6
		}
	}
	v, _ := procStat(pid)
	return v
}

func procKB(pid int, field string) int64 {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, field+":"); ok {
			n, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
			return n
		}
	}
	return 0
}

func lastLines(s string, n int) string {
	lines := strings.Split(s, "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, " | ")
}
