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

// TopicReceipts is the execution receipts topic of a network.
func TopicReceipts(network string) string { return "/skyops/" + network + "/receipts" }

// ReceiptCheck is the node's own check of a receipt the generic validator
// accepted (that it agrees with the job's events, say). An error rejects
// it; one wrapping ErrIgnore drops it without blaming the relay.
type ReceiptCheck func(r *types.OpenedReceipt) error

// ReceivedReceipt is an accepted receipt with the bytes its executor signed.
type ReceivedReceipt struct {
	Receipt *types.OpenedReceipt
	Raw     []byte
}

type receipts struct {
	topic *pubsub.Topic
	sub   *pubsub.Subscription

	mu    sync.Mutex
	check ReceiptCheck
}

func (h *Host) joinReceipts() error {
	name := TopicReceipts(h.cfg.Network)
	h.receipts = &receipts{}
	if err := h.ps.RegisterTopicValidator(name, h.receiptValidator()); err != nil {
		return fmt.Errorf("register receipt validator: %w", err)
	}
	var err error
	if h.receipts.topic, err = h.ps.Join(name); err != nil {
		return fmt.Errorf("join %s: %w", name, err)
	}
	if h.receipts.sub, err = h.receipts.topic.Subscribe(pubsub.WithBufferSize(4096)); err != nil {
		return fmt.Errorf("subscribe %s: %w", name, err)
	}
	return nil
}

// SetReceiptCheck installs the node's extra check for receipts.
func (h *Host) SetReceiptCheck(c ReceiptCheck) {
	h.receipts.mu.Lock()
	h.receipts.check = c
	h.receipts.mu.Unlock()
}

func (h *Host) receiptValidator() pubsub.ValidatorEx {
	return func(_ context.Context, _ peer.ID, msg *pubsub.Message) pubsub.ValidationResult {
		r, err := types.OpenReceipt(h.cfg.Network, msg.Data)
		if err != nil {
			h.log.Debug("rejected receipt", "via", msg.ReceivedFrom, "err", err)
			return pubsub.ValidationReject
		}
		h.receipts.mu.Lock()
		check := h.receipts.check
		h.receipts.mu.Unlock()
		if check != nil {
			if err := check(r); err != nil {
				h.log.Debug("rejected receipt", "via", msg.ReceivedFrom, "job", r.Receipt.Job, "err", err)
				if errors.Is(err, ErrIgnore) {
					return pubsub.ValidationIgnore
				}
				return pubsub.ValidationReject
			}
		}
		msg.ValidatorData = &ReceivedReceipt{Receipt: r, Raw: msg.Data}
		return pubsub.ValidationAccept
	}
}

// PublishReceipt gossips a sealed receipt.
func (h *Host) PublishReceipt(ctx context.Context, data []byte) error {
	if err := h.receipts.topic.Publish(ctx, data); err != nil {
		return fmt.Errorf("publish receipt: %w", err)
	}
	return nil
}

// NextReceipt blocks until an accepted receipt arrives (own ones too).
func (h *Host) NextReceipt(ctx context.Context) (*ReceivedReceipt, error) {
	for {
		msg, err := h.receipts.sub.Next(ctx)
		if err != nil {
			return nil, err
		}
		if r, ok := msg.ValidatorData.(*ReceivedReceipt); ok {
			return r, nil
		}
	}
}
