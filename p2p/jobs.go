package p2p

import (
	"context"
	"errors"
	"fmt"
	"sync"

	pubsub "github.com/libp2p/go-libp2p-pubsub"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/skyops/skyops/types"
)

// TopicJobs is the job events topic of a network.
func TopicJobs(network string) string { return "/skyops/" + network + "/jobs" }

// JobEventCheck is the node's own check of an event the generic validator
// accepted (an owner's signature on a submit, say). An error rejects it.
type JobEventCheck func(e *types.JobEvent, raw []byte) error

// jobEvents is the jobs topic: validated, signed lifecycle events.
type jobEvents struct {
	topic *pubsub.Topic
	sub   *pubsub.Subscription

	mu    sync.Mutex
	check JobEventCheck
}

// ReceivedJobEvent is an accepted event with the bytes its actor signed.
type ReceivedJobEvent struct {
	Event *types.JobEvent
	Raw   []byte
}

func (h *Host) joinJobs() error {
	name := TopicJobs(h.cfg.Network)
	h.jobs = &jobEvents{}
	if err := h.ps.RegisterTopicValidator(name, h.jobValidator()); err != nil {
		return fmt.Errorf("register job event validator: %w", err)
	}
	var err error
	if h.jobs.topic, err = h.ps.Join(name); err != nil {
		return fmt.Errorf("join %s: %w", name, err)
	}
	// A subscriber slower than the topic loses messages once its buffer is
	// full; job events must not be lost, so the buffer is deep.
	if h.jobs.sub, err = h.jobs.topic.Subscribe(pubsub.WithBufferSize(8192)); err != nil {
		return fmt.Errorf("subscribe %s: %w", name, err)
	}
	return nil
}

// SetJobEventCheck installs the node's extra check for job events.
func (h *Host) SetJobEventCheck(c JobEventCheck) {
	h.jobs.mu.Lock()
	h.jobs.check = c
	h.jobs.mu.Unlock()
}

func (h *Host) jobValidator() pubsub.ValidatorEx {
	return func(_ context.Context, _ peer.ID, msg *pubsub.Message) pubsub.ValidationResult {
		e, err := types.OpenJobEvent(h.cfg.Network, msg.Data)
		if err != nil {
			h.log.Debug("rejected job event", "via", msg.ReceivedFrom, "err", err)
			return pubsub.ValidationReject
		}
		h.jobs.mu.Lock()
		check := h.jobs.check
		h.jobs.mu.Unlock()
		if check != nil {
			if err := check(e, msg.Data); err != nil {
				h.log.Debug("rejected job event", "via", msg.ReceivedFrom, "type", e.Type, "err", err)
				if errors.Is(err, ErrIgnore) {
					return pubsub.ValidationIgnore
				}
				return pubsub.ValidationReject
			}
		}
		msg.ValidatorData = &ReceivedJobEvent{Event: e, Raw: msg.Data}
		return pubsub.ValidationAccept
	}
}

// ErrIgnore, wrapped by a JobEventCheck, drops an event without blaming
// the peer that relayed it (e.g. one about a job this node cannot judge).
var ErrIgnore = errors.New("ignored")

// PublishJobEvent gossips a sealed job event.
func (h *Host) PublishJobEvent(ctx context.Context, data []byte) error {
	if err := h.jobs.topic.Publish(ctx, data); err != nil {
		return fmt.Errorf("publish job event: %w", err)
	}
	return nil
}

// NextJobEvent blocks until an accepted job event arrives (own ones too).
func (h *Host) NextJobEvent(ctx context.Context) (*ReceivedJobEvent, error) {
	for {
		msg, err := h.jobs.sub.Next(ctx)
		if err != nil {
			return nil, err
		}
		if r, ok := msg.ValidatorData.(*ReceivedJobEvent); ok {
			return r, nil
		}
	}
}
