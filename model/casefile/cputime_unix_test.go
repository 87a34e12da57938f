//go:build unix

package casefile

import (
	"syscall"
	"time"
)

// cpuTime is the processor time the test process has used, on every
// core: a benchmark's measure that other processes on the machine do not
// inflate.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
