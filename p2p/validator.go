package p2p

import (
	"context"
	"errors"
	"sort"
	"sync"
	"time"

	pubsub "github.com/libp2p/go-libp2p-pubsub"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/skyops/skyops/types"
)

// Rejection reasons, as counted by the validator.
const (
	ReasonMalformed = "malformed"
	ReasonTooLarge  = "too-large"
	ReasonSignature = "bad-signature"
	ReasonFuture    = "future-dated"
	ReasonStale     = "stale"
	ReasonReplayed  = "replayed"
)

// AdvertValidator decides, before pubsub forwards an advert, whether it is
// well formed, signed by the node it describes, fresh, and newer than the
// last advert seen from it. Who relayed it does not matter: the signature
// says whose it is.
//
// Malformed, forged and future-dated adverts are Rejected (pubsub then
// penalises the peer that sent them); stale and replayed ones are Ignored,
// since an honest relay can deliver an old message late.
type AdvertValidator struct {
	network string
	ttl     time.Duration
	skew    time.Duration
	now     func() time.Time

	mu       sync.Mutex
	lastSeq  map[peer.ID]seqSeen
	rejected map[string]uint64
}

type seqSeen struct {
	seq uint64
	at  time.Time
}

// NewAdvertValidator makes a validator for one network.
func NewAdvertValidator(network string, ttl, skew time.Duration, now func() time.Time) *AdvertValidator {
	return &AdvertValidator{
		network:  network,
		ttl:      ttl,
		skew:     skew,
		now:      now,
		lastSeq:  make(map[peer.ID]seqSeen),
		rejected: make(map[string]uint64),
	}
}

// Check validates raw advert bytes. It returns the advert when acceptable,
// else the reason. It records the advert's sequence when it accepts it.
func (v *AdvertValidator) Check(data []byte) (*types.Advert, string) {
	a, err := types.OpenAdvert(v.network, data)
	if err != nil {
		switch {
		case errors.Is(err, types.ErrTooLarge):
			return nil, v.count(ReasonTooLarge)
		case errors.Is(err, types.ErrBadSignature), errors.Is(err, types.ErrWrongSigner):
			return nil, v.count(ReasonSignature)
		default:
			return nil, v.count(ReasonMalformed)
		}
	}
	now := v.now()
	ts := time.UnixMilli(int64(a.TimeMs))
	if ts.After(now.Add(v.skew)) {
		return nil, v.count(ReasonFuture)
	}
	if now.Sub(ts) > v.ttl+v.skew {
		return nil, v.count(ReasonStale)
	}
	v.mu.Lock()
	defer v.mu.Unlock()
	if last, ok := v.lastSeq[a.Node]; ok && a.Seq <= last.seq {
		v.rejected[ReasonReplayed]++
		return nil, ReasonReplayed
	}
	v.lastSeq[a.Node] = seqSeen{seq: a.Seq, at: now}
	v.pruneLocked(now)
	return a, ""
}

// pruneLocked forgets sequences of nodes not heard from for a long time:
// anything they sent before then is stale by timestamp anyway.
func (v *AdvertValidator) pruneLocked(now time.Time) {
	if len(v.lastSeq) < 1024 {
		return
	}
	horizon := 2 * (v.ttl + v.skew)
	for id, s := range v.lastSeq {
		if now.Sub(s.at) > horizon {
			delete(v.lastSeq, id)
		}
	}
}

func (v *AdvertValidator) count(reason string) string {
	v.mu.Lock()
	v.rejected[reason]++
	v.mu.Unlock()
	return reason
}

// Rejections returns how many adverts were dropped, by reason.
func (v *AdvertValidator) Rejections() map[string]uint64 {
	v.mu.Lock()
	defer v.mu.Unlock()
	out := make(map[string]uint64, len(v.rejected))
	for k, n := range v.rejected {
		out[k] = n
	}
	return out
}

// RejectionReasons lists the reasons with a count, sorted (for display).
func (v *AdvertValidator) RejectionReasons() []string {
	r := v.Rejections()
	out := make([]string, 0, len(r))
	for k := range r {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// pubsubValidator adapts Check to pubsub. The decoded advert rides along in
// ValidatorData so the subscriber does not decode it twice.
func (v *AdvertValidator) pubsubValidator() pubsub.ValidatorEx {
	return func(_ context.Context, _ peer.ID, msg *pubsub.Message) pubsub.ValidationResult {
		a, reason := v.Check(msg.Data)
		switch reason {
		case "":
			msg.ValidatorData = a
			return pubsub.ValidationAccept
		case ReasonStale, ReasonReplayed:
			return pubsub.ValidationIgnore
		default:
			return pubsub.ValidationReject
		}
	}
}
