package node

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"sync/atomic"
	"time"

	"github.com/skyops/skyops/api"
	"github.com/skyops/skyops/ledger"
)

// DefaultDiskFloor is the free space a daemon keeps on its data dir's disk
// unless told otherwise (--disk-floor).
const DefaultDiskFloor = 512 << 20

// diskGuard keeps the daemon above its data dir's free-space floor (the
// levels are ledger.Space's): below the floor it refuses submits with 503
// disk_low and does not claim jobs; the store and blob store refuse their
// own writes further down, so that badger never writes to a full disk.
// Every check is live, so the daemon takes work again as soon as space
// frees; a loop checks every second too, to say so in the log.
type diskGuard struct {
	space *ledger.Space
	log   *slog.Logger
	low   atomic.Bool
	// changed is told each time the disk goes below the floor or back.
	changed func(low bool)
}

func newDiskGuard(dir string, floor uint64, log *slog.Logger) *diskGuard {
	return &diskGuard{space: ledger.NewSpace(dir, floor), log: log}
}

// admit is nil while the disk is above the floor, else a
// *ledger.SpaceError saying how much is free. It logs each change.
func (g *diskGuard) admit() error {
	err := g.space.Admit()
	low := err != nil
	if g.low.Swap(low) != low {
		if g.changed != nil {
			g.changed(low)
		}
		if low {
			g.log.Warn("data dir disk is low: refusing submits and not claiming jobs until space frees", "why", err)
		} else {
			g.log.Info("data dir disk has room again: taking jobs", "free_mib", g.space.Free()>>20, "floor_mib", g.space.Floor()>>20)
		}
	}
	return err
}

// loop checks the disk every second until ctx ends, calling recovered
// when space came back.
func (g *diskGuard) loop(ctx context.Context, recovered func()) {
	tick(ctx, time.Second, func() {
		was := g.low.Load()
		if g.admit() == nil && was {
			recovered()
		}
	})
}

// guardAPI answers a submit with 503 disk_low while the disk is below the
// floor, before its body is read.
func (g *diskGuard) guardAPI(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodPost && r.URL.Path == "/v1/jobs" {
			if err := g.admit(); err != nil {
				api.WriteError(w, http.StatusServiceUnavailable, api.CodeDiskLow,
					err.Error()+": this daemon takes no new jobs until space frees on its data dir's disk")
				return
			}
		}
		next.ServeHTTP(w, r)
	})
}

// jobDiskMiB is the space jobs may use: what the disk has above the floor.
func (g *diskGuard) jobDiskMiB() uint64 {
	free, floor := g.space.Free(), g.space.Floor()
	if free <= floor {
		return 0
	}
	return (free - floor) >> 20
}

// startupCheck refuses to start a daemon on a disk below the floor: badger
// would crash opening its files there.
func (g *diskGuard) startupCheck(dir string) error {
	if err := g.space.Admit(); err != nil {
		return fmt.Errorf("%w: free space on the disk of %s, or pass a lower --disk-floor", err, dir)
	}
	return nil
}
