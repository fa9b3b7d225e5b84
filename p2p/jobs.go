package p2p

import (
	"context"
	"errors"

	"github.com/skyops/skyops/types"
)

// TopicJobs is the job events topic of a network.
func TopicJobs(network string) string { return "/skyops/" + network + "/jobs" }

// JobEventCheck is the node's own check of an event the generic validator
// accepted (an owner's signature on a submit, say). An error rejects it.
type JobEventCheck func(e *types.JobEvent, raw []byte) error

// ReceivedJobEvent is an accepted event with the bytes its actor signed.
type ReceivedJobEvent struct {
	Event *types.JobEvent
	Raw   []byte
}

func (h *Host) joinJobs() (err error) {
	h.jobs, err = joinChecked(h, TopicJobs(h.cfg.Network), "job event", 8192,
		func(data []byte) (*types.JobEvent, error) { return types.OpenJobEvent(h.cfg.Network, data) })
	return err
}

// SetJobEventCheck installs the node's extra check for job events.
func (h *Host) SetJobEventCheck(c JobEventCheck) { h.jobs.setCheck(c) }

// ErrIgnore, wrapped by a JobEventCheck or ReceiptCheck, drops a message
// without blaming the peer that relayed it (e.g. one about a job this node
// cannot judge).
var ErrIgnore = errors.New("ignored")

// PublishJobEvent gossips a sealed job event.
func (h *Host) PublishJobEvent(ctx context.Context, data []byte) error {
	return h.jobs.publish(ctx, data)
}

// NextJobEvent blocks until an accepted job event arrives (own ones too).
func (h *Host) NextJobEvent(ctx context.Context) (*ReceivedJobEvent, error) {
	e, raw, err := h.jobs.next(ctx)
	if err != nil {
		return nil, err
	}
	return &ReceivedJobEvent{Event: e, Raw: raw}, nil
}
