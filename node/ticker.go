package node

import (
	"context"
	"sync"
	"time"
)

// every calls fn on each tick of interval until fn returns false, ctx ends,
// or the returned stop is called. stop waits for the loop to end and is
// safe to call more than once.
func every(ctx context.Context, interval time.Duration, fn func() bool) (stop func()) {
	done := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		t := time.NewTicker(interval)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-ctx.Done():
				return
			case <-t.C:
				if !fn() {
					return
				}
			}
		}
	}()
	var once sync.Once
	return func() { once.Do(func() { close(done); <-finished }) }
}

// tick calls fn on each tick of interval until ctx ends; it blocks, for
// a loop of its own goroutine.
func tick(ctx context.Context, interval time.Duration, fn func()) {
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			fn()
		}
	}
}
