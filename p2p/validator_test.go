package p2p

import (
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/skyops/skyops/identity"
	"github.com/skyops/skyops/types"
)

func newKey(t testing.TB) *identity.Key {
	t.Helper()
	priv, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	k, err := identity.FromECDSA(priv)
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func advertFor(id peer.ID, seq uint64, at time.Time) *types.Advert {
	return &types.Advert{
		Node:     id,
		Seq:      seq,
		TimeMs:   uint64(at.UnixMilli()),
		GPUs:     []types.GPUGroup{{Model: "NVIDIA H100 80GB HBM3", MemoryMiB: 81920, Total: 2, Free: 2, Simulated: true}},
		PriceWei: big.NewInt(1),
	}
}

func seal(t testing.TB, net string, k *identity.Key, a *types.Advert) []byte {
	t.Helper()
	data, err := types.SealAdvert(net, a, k)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestAdvertValidatorCheck(t *testing.T) {
	now := time.Unix(1_800_000_000, 0)
	v := NewAdvertValidator("t", 10*time.Second, 5*time.Second, func() time.Time { return now })
	k, other := newKey(t), newKey(t)
	id := k.PeerID()

	huge := advertFor(id, 50, now)
	for i := 0; i < 400; i++ {
		huge.CIDs = append(huge.CIDs, strings.Repeat("c", 200))
	}
	hugeData, err := types.Seal("t", types.KindAdvert, huge, k)
	if err != nil {
		t.Fatal(err)
	}

	steps := []struct {
		name string
		data []byte
		want string
	}{
		{"fresh advert", seal(t, "t", k, advertFor(id, 10, now)), ""},
		{"newer advert", seal(t, "t", k, advertFor(id, 11, now)), ""},
		{"same sequence again", seal(t, "t", k, advertFor(id, 11, now.Add(time.Millisecond))), ReasonReplayed},
		{"older sequence", seal(t, "t", k, advertFor(id, 3, now)), ReasonReplayed},
		{"garbage", []byte("\x01\x02not rlp"), ReasonMalformed},
		{"empty", nil, ReasonMalformed},
		{"oversized", hugeData, ReasonTooLarge},
		{"other network", seal(t, "u", k, advertFor(id, 12, now)), ReasonSignature},
		{"signed by another key", sealAs(t, "t", other, advertFor(id, 13, now)), ReasonSignature},
		{"future-dated", seal(t, "t", k, advertFor(id, 14, now.Add(time.Minute))), ReasonFuture},
		{"stale", seal(t, "t", k, advertFor(id, 15, now.Add(-time.Minute))), ReasonStale},
		{"a little skew is fine", seal(t, "t", k, advertFor(id, 16, now.Add(3*time.Second))), ""},
	}
	for _, s := range steps {
		_, reason := v.Check(s.data)
		if reason != s.want {
			t.Fatalf("%s: reason %q, want %q", s.name, reason, s.want)
		}
	}
	got := v.Rejections()
	for _, r := range []string{ReasonReplayed, ReasonMalformed, ReasonTooLarge, ReasonSignature, ReasonFuture, ReasonStale} {
		if got[r] == 0 {
			t.Errorf("no rejection counted for %s: %v", r, got)
		}
	}
}

// FuzzAdvertValidator: nothing a peer sends makes the validator panic.
func FuzzAdvertValidator(f *testing.F) {
	k := newKey(f)
	now := time.Unix(1_800_000_000, 0)
	f.Add(seal(f, "t", k, advertFor(k.PeerID(), 1, now)))
	f.Add([]byte{0xf8, 0x01})
	v := NewAdvertValidator("t", 10*time.Second, 5*time.Second, func() time.Time { return now })
	f.Fuzz(func(t *testing.T, data []byte) {
		v.Check(data)
	})
}

// sealAs signs an advert about one node with another node's key.
func sealAs(t testing.TB, net string, k *identity.Key, a *types.Advert) []byte {
	t.Helper()
	data, err := types.Seal(net, types.KindAdvert, a, k)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// Each author gets AdvertBurst adverts at once and one per MinAdvertGap
// after; the rest is ignored. Adverts forged in its name do not spend its
// rate, and other authors have their own.
func TestAdvertValidatorRateLimit(t *testing.T) {
	now := time.Unix(1_800_000_000, 0)
	v := NewAdvertValidator("t", 10*time.Second, 5*time.Second, func() time.Time { return now })
	k, other, forger := newKey(t), newKey(t), newKey(t)
	id := k.PeerID()
	seq := uint64(0)
	next := func() []byte { seq++; return seal(t, "t", k, advertFor(id, seq, now)) }
	for i := 0; i < AdvertBurst; i++ {
		if _, reason := v.Check(next()); reason != "" {
			t.Fatalf("advert %d of a burst: %q", i, reason)
		}
	}
	if _, reason := v.Check(next()); reason != ReasonTooFast {
		t.Fatalf("advert past the burst: %q, want %q", reason, ReasonTooFast)
	}
	// Past the rate, even a forged advert is dropped before its signature
	// is checked: it would be dropped if it were genuine.
	if _, reason := v.Check(sealAs(t, "t", forger, advertFor(id, 1000, now))); reason != ReasonTooFast {
		t.Fatalf("forged advert of an author past its rate: %q, want %q", reason, ReasonTooFast)
	}
	if _, reason := v.Check(seal(t, "t", other, advertFor(other.PeerID(), 1, now))); reason != "" {
		t.Fatalf("another author: %q", reason)
	}
	now = now.Add(MinAdvertGap)
	// The token that refilled is not spent by forgeries.
	for i := 0; i < 3; i++ {
		if _, reason := v.Check(sealAs(t, "t", forger, advertFor(id, 2000+uint64(i), now))); reason != ReasonSignature {
			t.Fatalf("forged advert: %q, want %q", reason, ReasonSignature)
		}
	}
	if _, reason := v.Check(next()); reason != "" {
		t.Fatalf("advert one gap later: %q", reason)
	}
	if _, reason := v.Check(next()); reason != ReasonTooFast {
		t.Fatalf("second advert within the gap: %q, want %q", reason, ReasonTooFast)
	}
	// A replay is a replay, whatever the rate.
	if _, reason := v.Check(seal(t, "t", k, advertFor(id, 1, now))); reason != ReasonReplayed {
		t.Fatalf("replay: %q, want %q", reason, ReasonReplayed)
	}
	now = now.Add(time.Hour)
	for i := 0; i < AdvertBurst; i++ {
		a := advertFor(id, seq+1, now)
		seq++
		if _, reason := v.Check(seal(t, "t", k, a)); reason != "" {
			t.Fatalf("after a long quiet, advert %d: %q (the bucket holds at most a burst, and refills to it)", i, reason)
		}
	}
	if _, reason := v.Check(next()); reason != ReasonTooFast {
		t.Fatalf("past a refilled burst: %q, want %q", reason, ReasonTooFast)
	}
}
