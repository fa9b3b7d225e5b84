package telemetry

import (
	"context"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/NVIDIA/go-nvml/pkg/nvml"
)

// DefaultInterval is the sampling period when NewSampler is given none.
const DefaultInterval = time.Second

// Sampler reads a job's GPUs every interval and hands each sample to a
// sink. Errors on a device are counted and the device is tried again at
// the next tick; they never stop the sampler.
type Sampler struct {
	lib       nvml.Interface
	devices   []int
	simulated bool
	interval  time.Duration
	sink      func(Sample)

	errors  atomic.Int64
	lastErr atomic.Pointer[error]

	mu      sync.Mutex
	started bool
	cancel  context.CancelFunc
	done    chan struct{}
}

// NewSampler samples devices (NVML indexes) of lib every interval
// (DefaultInterval if interval <= 0). simulated is copied onto every
// sample. sink is called from the sampler's goroutine, one sample at a
// time, and should return quickly; a nil sink drops the samples.
func NewSampler(lib nvml.Interface, devices []int, simulated bool, interval time.Duration, sink func(Sample)) *Sampler {
	if interval <= 0 {
		interval = DefaultInterval
	}
	if sink == nil {
		sink = func(Sample) {}
	}
	return &Sampler{
		lib:       lib,
		devices:   slices.Clone(devices),
		simulated: simulated,
		interval:  interval,
		sink:      sink,
	}
}

// Start samples once at once, then every interval, in a goroutine, until
// ctx ends or Stop is called. A Sampler starts at most once: later calls,
// and calls after Stop, do nothing.
func (s *Sampler) Start(ctx context.Context) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.started {
		return
	}
	s.started = true
	ctx, s.cancel = context.WithCancel(ctx)
	s.done = make(chan struct{})
	go s.run(ctx, s.done)
}

// Stop ends sampling and waits for the goroutine to return, so no sink
// call happens after it. Safe to call more than once, and before Start.
func (s *Sampler) Stop() {
	s.mu.Lock()
	s.started = true // a Start after Stop does nothing
	cancel, done := s.cancel, s.done
	s.mu.Unlock()
	if cancel == nil {
		return
	}
	cancel()
	<-done
}

// Errors is how many device reads have failed so far.
func (s *Sampler) Errors() int { return int(s.errors.Load()) }

// LastError is the most recent failed read's error, nil if none.
func (s *Sampler) LastError() error {
	if p := s.lastErr.Load(); p != nil {
		return *p
	}
	return nil
}

func (s *Sampler) run(ctx context.Context, done chan<- struct{}) {
	defer close(done)
	t := time.NewTicker(s.interval)
	defer t.Stop()
	for {
		s.sampleAll(ctx)
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// sampleAll reads every device with one timestamp, so that a round's
// samples line up.
func (s *Sampler) sampleAll(ctx context.Context) {
	now := time.Now()
	for _, i := range s.devices {
		if ctx.Err() != nil {
			return
		}
		sample, err := Read(s.lib, i, s.simulated, now)
		if err != nil {
			s.errors.Add(1)
			s.lastErr.Store(&err)
			continue
		}
		s.sink(sample)
	}
}
