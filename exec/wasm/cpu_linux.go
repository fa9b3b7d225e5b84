package wasm

import (
	"time"

	"golang.org/x/sys/unix"
)

// threadCPU returns the CPU time (user and system) the calling OS thread
// has used. Run locks the guest's goroutine to its thread, so the
// difference across the guest's execution is the guest's CPU time:
// its own code, the host functions it calls, and nothing of other
// goroutines (a locked thread runs no other goroutine).
func threadCPU() (time.Duration, bool) {
	var ts unix.Timespec
	if err := unix.ClockGettime(unix.CLOCK_THREAD_CPUTIME_ID, &ts); err != nil {
		return 0, false
	}
	return time.Duration(ts.Nano()), true
}
