package p2p

import (
	"context"
	"errors"
	"fmt"
	"sync"

	pubsub "github.com/libp2p/go-libp2p-pubsub"
	"github.com/libp2p/go-libp2p/core/peer"
)

// checkedTopic is a gossip topic of signed objects: every message is
// opened (decoded, signature checked) by open and then passed to the
// node's own check, before pubsub forwards it; subscribers get the opened
// value with the bytes its signer signed. The job-event and receipt topics
// are two of these.
type checkedTopic[T any] struct {
	what  string // "job event", "receipt": for logs and errors
	topic *pubsub.Topic
	sub   *pubsub.Subscription

	mu    sync.Mutex
	check func(v T, raw []byte) error
}

// checkedMsg is what the validator hands the subscriber.
type checkedMsg[T any] struct {
	v   T
	raw []byte
}

// joinChecked registers the validator, joins and subscribes. A subscriber
// slower than the topic loses messages once its buffer is full, so the
// buffer is deep.
func joinChecked[T any](h *Host, name, what string, buffer int, open func(data []byte) (T, error)) (*checkedTopic[T], error) {
	c := &checkedTopic[T]{what: what}
	validate := func(_ context.Context, _ peer.ID, msg *pubsub.Message) pubsub.ValidationResult {
		v, err := open(msg.Data)
		if err != nil {
			h.log.Debug("rejected "+what, "via", msg.ReceivedFrom, "err", err)
			return pubsub.ValidationReject
		}
		c.mu.Lock()
		check := c.check
		c.mu.Unlock()
		if check != nil {
			if err := check(v, msg.Data); err != nil {
				h.log.Debug("rejected "+what, "via", msg.ReceivedFrom, "err", err)
				if errors.Is(err, ErrIgnore) {
					return pubsub.ValidationIgnore
				}
				return pubsub.ValidationReject
			}
		}
		msg.ValidatorData = checkedMsg[T]{v: v, raw: msg.Data}
		return pubsub.ValidationAccept
	}
	if err := h.ps.RegisterTopicValidator(name, pubsub.ValidatorEx(validate)); err != nil {
		return nil, fmt.Errorf("register %s validator: %w", what, err)
	}
	var err error
	if c.topic, err = h.ps.Join(name); err != nil {
		return nil, fmt.Errorf("join %s: %w", name, err)
	}
	if c.sub, err = c.topic.Subscribe(pubsub.WithBufferSize(buffer)); err != nil {
		return nil, fmt.Errorf("subscribe %s: %w", name, err)
	}
	return c, nil
}

func (c *checkedTopic[T]) setCheck(f func(v T, raw []byte) error) {
	c.mu.Lock()
	c.check = f
	c.mu.Unlock()
}

func (c *checkedTopic[T]) publish(ctx context.Context, data []byte) error {
	if err := c.topic.Publish(ctx, data); err != nil {
		return fmt.Errorf("publish %s: %w", c.what, err)
	}
	return nil
}

// next blocks until an accepted message arrives (own ones too).
func (c *checkedTopic[T]) next(ctx context.Context) (T, []byte, error) {
	for {
		msg, err := c.sub.Next(ctx)
		if err != nil {
			var zero T
			return zero, nil, err
		}
		if m, ok := msg.ValidatorData.(checkedMsg[T]); ok {
			return m.v, m.raw, nil
		}
	}
}

func (c *checkedTopic[T]) close() {
	if c != nil && c.sub != nil {
		c.sub.Cancel()
		c.topic.Close()
	}
}
