package p2p

import (
	"context"

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

func (h *Host) joinReceipts() (err error) {
	h.receipts, err = joinChecked(h, TopicReceipts(h.cfg.Network), "receipt", 4096,
		func(data []byte) (*types.OpenedReceipt, error) { return types.OpenReceipt(h.cfg.Network, data) })
	return err
}

// SetReceiptCheck installs the node's extra check for receipts.
func (h *Host) SetReceiptCheck(c ReceiptCheck) {
	if c == nil {
		h.receipts.setCheck(nil)
		return
	}
	h.receipts.setCheck(func(r *types.OpenedReceipt, _ []byte) error { return c(r) })
}

// PublishReceipt gossips a sealed receipt.
func (h *Host) PublishReceipt(ctx context.Context, data []byte) error {
	return h.receipts.publish(ctx, data)
}

// NextReceipt blocks until an accepted receipt arrives (own ones too).
func (h *Host) NextReceipt(ctx context.Context) (*ReceivedReceipt, error) {
	r, raw, err := h.receipts.next(ctx)
	if err != nil {
		return nil, err
	}
	return &ReceivedReceipt{Receipt: r, Raw: raw}, nil
}
