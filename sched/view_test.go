package sched

import (
	"math/big"
	"testing"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/skyops/skyops/types"
)

func adv(node string, seq uint64) *types.Advert {
	return &types.Advert{Node: peer.ID(node), Seq: seq, TimeMs: 1, PriceWei: big.NewInt(0)}
}

func TestViewObserveAndExpire(t *testing.T) {
	v := NewView(10_000)
	steps := []struct {
		a    *types.Advert
		now  uint64
		want Outcome
	}{
		{adv("b", 1), 1000, Added},
		{adv("a", 5), 1000, Added},
		{adv("b", 2), 2000, Updated},
		{adv("b", 2), 2500, Replayed},
		{adv("b", 1), 2500, Replayed},
		{adv("self", 1), 0, Added},
	}
	for i, s := range steps {
		if got := v.Observe(s.a, s.now); got != s.want {
			t.Fatalf("step %d: Observe(%s seq %d) = %s, want %s", i, s.a.Node, s.a.Seq, got, s.want)
		}
	}
	if e, _ := v.Get("b"); e.Advert.Seq != 2 || e.SeenMs != 2000 {
		t.Fatalf("replay changed the entry: %+v", e)
	}
	ids := func() (out []peer.ID) {
		for _, e := range v.Nodes() {
			out = append(out, e.Advert.Node)
		}
		return out
	}
	if got := ids(); len(got) != 3 || got[0] != "a" || got[1] != "b" || got[2] != "self" {
		t.Fatalf("Nodes not sorted by id: %v", got)
	}
	// At 11000 "a" (seen 1000) is exactly TTL old: still live.
	if gone := v.Expire(11_000, "self"); len(gone) != 0 {
		t.Fatalf("expired at exactly TTL: %v", gone)
	}
	if gone := v.Expire(11_001, "self"); len(gone) != 1 || gone[0] != "a" {
		t.Fatalf("Expire(11001) = %v, want [a]", gone)
	}
	if gone := v.Expire(100_000, "self"); len(gone) != 1 || gone[0] != "b" {
		t.Fatalf("Expire(100000) = %v, want [b] (self is never expired)", gone)
	}
	if v.Len() != 1 {
		t.Fatalf("Len = %d, want 1", v.Len())
	}
	// A node that expired comes back with its next advert.
	if got := v.Observe(adv("a", 6), 100_000); got != Added {
		t.Fatalf("returning node: %s", got)
	}
}

// The view's output must not depend on insertion order (map order never
// reaches a result).
func TestViewDeterministicOrder(t *testing.T) {
	names := []string{"n3", "n1", "n4", "n0", "n2"}
	v1, v2 := NewView(1000), NewView(1000)
	for i := range names {
		v1.Observe(adv(names[i], 1), 0)
		v2.Observe(adv(names[len(names)-1-i], 1), 0)
	}
	a, b := v1.Nodes(), v2.Nodes()
	for i := range a {
		if a[i].Advert.Node != b[i].Advert.Node {
			t.Fatalf("order differs at %d: %s vs %s", i, a[i].Advert.Node, b[i].Advert.Node)
		}
	}
	g1, g2 := v1.Expire(5000, ""), v2.Expire(5000, "")
	for i := range g1 {
		if g1[i] != g2[i] {
			t.Fatalf("expiry order differs: %v vs %v", g1, g2)
		}
	}
}
