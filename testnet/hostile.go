package testnet

import (
	"context"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/skyops/skyops/identity"
	"github.com/skyops/skyops/p2p"
	"github.com/skyops/skyops/types"
)

// Hostile is the attacker of the hostile-peer tests: a peer built from the
// project's own p2p, types and identity packages that joins a network and
// signs and publishes whatever it is told to, with any field and any date.
// It runs no scheduling brain and obeys none of its rules; all it cannot
// do is sign with a key it does not hold.
type Hostile struct {
	Host    *p2p.Host
	Key     *identity.Key
	network string

	mu  sync.Mutex
	seq uint64
}

// NewHostile starts a hostile peer on loopback with a fresh key and joins
// the network through bootstrap (multiaddrs with /p2p/ ids).
func NewHostile(ctx context.Context, network string, bootstrap []string) (*Hostile, error) {
	priv, err := crypto.GenerateKey()
	if err != nil {
		return nil, fmt.Errorf("hostile peer key: %w", err)
	}
	key, err := identity.FromECDSA(priv)
	if err != nil {
		return nil, fmt.Errorf("hostile peer key: %w", err)
	}
	h, err := p2p.New(ctx, key, p2p.Network(network), p2p.ListenAddrs("/ip4/127.0.0.1/tcp/0"),
		p2p.Bootstrap(bootstrap...), p2p.BootstrapWait(10*time.Second))
	if err != nil {
		return nil, fmt.Errorf("hostile peer: %w", err)
	}
	if err := h.Join(ctx, nil); err != nil {
		h.Close()
		return nil, fmt.Errorf("hostile peer join: %w", err)
	}
	return &Hostile{Host: h, Key: key, network: network}, nil
}

// ID is the hostile peer's id.
func (h *Hostile) ID() peer.ID { return h.Key.PeerID() }

// Close stops it.
func (h *Hostile) Close() error { return h.Host.Close() }

// Advert builds an advert of this peer offering what it likes (it is never
// checked against real hardware): cpus cores, RAM and disk, and gpus GPUs
// of model (none if gpus is 0), at price wei per GPU-hour. The sequence
// and time are fresh.
func (h *Hostile) Advert(cpus uint32, model string, gpus uint32, price *big.Int) *types.Advert {
	h.mu.Lock()
	h.seq++
	seq := h.seq
	h.mu.Unlock()
	a := &types.Advert{Node: h.ID(), Seq: seq, TimeMs: uint64(time.Now().UnixMilli()), Addrs: h.Host.Addrs(),
		CPUCores: cpus, CPUFree: cpus, RAMMiB: 1 << 22, RAMFreeMiB: 1 << 22, DiskMiB: 1 << 24,
		Runtimes: []string{"wasm", "docker", "process"}, PriceWei: price, Jobs: []string{}, CIDs: []string{}, Agent: "hostile"}
	if gpus > 0 {
		a.GPUs = []types.GPUGroup{{Model: model, MemoryMiB: 196608, Total: gpus, Free: gpus, Simulated: true}}
	}
	if len(a.Addrs) > types.MaxAddrs {
		a.Addrs = a.Addrs[:types.MaxAddrs]
	}
	return a
}

// Advertise signs and gossips an advert, returning its sealed bytes (what
// a claim carries as evidence).
func (h *Hostile) Advertise(ctx context.Context, a *types.Advert) ([]byte, error) {
	raw, err := types.SealAdvert(h.network, a, h.Key)
	if err != nil {
		return nil, fmt.Errorf("hostile advert: %w", err)
	}
	if err := h.Host.PublishAdvert(ctx, raw); err != nil {
		return nil, fmt.Errorf("hostile advert: %w", err)
	}
	return raw, nil
}

// KeepAdvertising gossips a fresh advert (from advert) every second, as a
// live node does, until ctx ends or stop is called.
func (h *Hostile) KeepAdvertising(ctx context.Context, advert func() *types.Advert) (stop func()) {
	ctx, stop = context.WithCancel(ctx)
	go func() {
		for {
			select {
			case <-ctx.Done():
				return
			case <-time.After(time.Second):
			}
			_, _ = h.Advertise(ctx, advert())
		}
	}()
	return stop
}

// Sign seals an event as this peer, with whatever time it carries (now if
// none).
func (h *Hostile) Sign(e *types.JobEvent) ([]byte, error) {
	e.Actor = h.ID()
	if e.TimeMs == 0 {
		e.TimeMs = uint64(time.Now().UnixMilli())
	}
	raw, err := types.SealJobEvent(h.network, e, h.Key)
	if err != nil {
		return nil, fmt.Errorf("hostile %s event: %w", e.Type, err)
	}
	return raw, nil
}

// Publish signs an event as this peer and gossips it.
func (h *Hostile) Publish(ctx context.Context, e *types.JobEvent) error {
	raw, err := h.Sign(e)
	if err != nil {
		return err
	}
	return h.PublishRaw(ctx, raw)
}

// PublishRaw gossips bytes as they are.
func (h *Hostile) PublishRaw(ctx context.Context, raw []byte) error {
	if err := h.Host.PublishJobEvent(ctx, raw); err != nil {
		return fmt.Errorf("hostile publish: %w", err)
	}
	return nil
}
