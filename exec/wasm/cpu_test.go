package wasm

import (
	"runtime"
	"testing"
	"time"
)

// TestRunMeasuresCPU checks that a wasm job's CPU time is the guest's own:
// a guest asleep in poll_oneoff uses next to none of its wall time, a
// computing one most of it. The bounds are loose (a loaded machine gives a
// spinning thread less than a whole core), but each fails for CPU
// reported as wall time.
func TestRunMeasuresCPU(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("thread CPU time is measured on Linux only")
	}
	r := newRuntime(t)
	mod := goModule(t, "guest")

	nap := run(t, r, Job{Module: mod, Args: []string{"nap", "500"}})
	if nap.ExitCode != 0 || nap.Duration < 500*time.Millisecond {
		t.Fatalf("nap: %+v %s", nap.Result, nap.stderr)
	}
	if nap.CPU <= 0 || nap.CPU > nap.Duration/4 {
		t.Errorf("a guest asleep for %v used %v of CPU", nap.Duration, nap.CPU)
	}

	spin := run(t, r, Job{Module: mod, Args: []string{"spin", "500"}})
	if spin.ExitCode != 0 || spin.Duration < 500*time.Millisecond {
		t.Fatalf("spin: %+v %s", spin.Result, spin.stderr)
	}
	if spin.CPU < spin.Duration/10 || spin.CPU > spin.Duration+10*time.Millisecond {
		t.Errorf("a guest computing for %v used %v of CPU", spin.Duration, spin.CPU)
	}
	t.Logf("nap: wall %v cpu %v; spin: wall %v cpu %v", nap.Duration, nap.CPU, spin.Duration, spin.CPU)
}
