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
	ReasonTooFast   = "too-fast"
)

// MinAdvertGap is the average least time between two adverts of one node:
// the validator lets a node's adverts through at that rate, in bursts of up
// to AdvertBurst (gossip can bunch adverts that were sent apart). A daemon
// keeps to it, in bursts of half that (node's advertPace): changes that
// come faster go out together.
const (
	MinAdvertGap = 50 * time.Millisecond
	AdvertBurst  = 20
)

// AdvertValidator decides, before pubsub forwards an advert, whether it is
// well formed, signed by the node it describes, fresh, and newer than the
// last advert seen from it. Who relayed it does not matter: the signature
// says whose it is.
//
// Malformed, forged and future-dated adverts are Rejected (pubsub then
// penalises the peer that sent them); stale and replayed ones are Ignored,
// since an honest relay can deliver an old message late.
//
// Each author's adverts are also limited in rate, to one per MinAdvertGap
// on average with bursts of AdvertBurst (a token bucket per author): what
// comes faster is Ignored, so it is neither delivered nor forwarded. An
// honest daemon never advertises faster than that (see MinAdvertGap). Without the limit, a
// node could sign adverts as fast as it likes and every peer would verify
// and relay each one: the whole network's CPU, for one node's signing.
// With it, a flooding node costs its direct peers a decode per advert past
// its rate (the bucket is looked at before the signature is checked) and
// the rest of the network nothing. The bucket is charged only for adverts
// whose signature checked out, so adverts forged in another node's name
// cannot spend that node's rate. The limit is per author, not per relay:
// many identities (a sybil) each get their own, which bonds, not this,
// make expensive; gossipsub's scoring bounds what a relay can push.
//
// Everything that can be decided from the decoded advert alone (too
// large, malformed, dated in the future or stale, a replayed sequence, an
// author over its rate) is decided before the signature is checked: the
// signature check is most of an advert's cost, and a decision that drops
// the advert does not depend on who signed it.
type AdvertValidator struct {
	network string
	ttl     time.Duration
	skew    time.Duration
	now     func() time.Time

	mu       sync.Mutex
	lastSeq  map[peer.ID]seqSeen
	rejected map[string]uint64
}

// seqSeen is what the validator holds of one author: its last accepted
// sequence, when that was, and its rate bucket as of then.
type seqSeen struct {
	seq    uint64
	at     time.Time
	tokens float64
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
	a, env, err := types.PeekAdvert(data)
	if err != nil {
		if errors.Is(err, types.ErrTooLarge) {
			return nil, v.count(ReasonTooLarge)
		}
		return nil, v.count(ReasonMalformed)
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
	_, reason := v.admitLocked(a, now)
	if reason != "" {
		v.rejected[reason]++
		v.mu.Unlock()
		return nil, reason
	}
	v.mu.Unlock()
	if err := types.VerifyAdvert(v.network, env, a); err != nil {
		return nil, v.count(ReasonSignature)
	}
	// Again, now charging the bucket: another advert of the same author
	// may have been accepted while this one's signature was checked.
	v.mu.Lock()
	defer v.mu.Unlock()
	s, reason := v.admitLocked(a, now)
	if reason != "" {
		v.rejected[reason]++
		return nil, reason
	}
	s.seq, s.at, s.tokens = a.Seq, now, s.tokens-1
	v.lastSeq[a.Node] = s
	v.pruneLocked(now)
	return a, ""
}

// admitLocked decides whether a's sequence is new and its author has rate
// left, and returns the author's record with its bucket refilled to now.
func (v *AdvertValidator) admitLocked(a *types.Advert, now time.Time) (seqSeen, string) {
	s, ok := v.lastSeq[a.Node]
	if !ok {
		return seqSeen{tokens: AdvertBurst}, ""
	}
	if a.Seq <= s.seq {
		return s, ReasonReplayed
	}
	if d := now.Sub(s.at); d > 0 {
		s.tokens = min(AdvertBurst, s.tokens+float64(d)/float64(MinAdvertGap))
	}
	if s.tokens < 1 {
		return s, ReasonTooFast
	}
	return s, ""
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
		case ReasonStale, ReasonReplayed, ReasonTooFast:
			return pubsub.ValidationIgnore
		default:
			return pubsub.ValidationReject
		}
	}
}
