package node

import (
	"bytes"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/skyops/skyops/identity"
	"github.com/skyops/skyops/sched"
	"github.com/skyops/skyops/types"
)

// GET /v1/nodes carries each node's standing as the brain holds it:
// reputation, uptime, and whether it is bonded where bonds are required.
func TestNodesShowStandings(t *testing.T) {
	keyOf := func(seed byte) *identity.Key {
		priv, err := crypto.ToECDSA(bytes.Repeat([]byte{seed}, 32))
		if err != nil {
			t.Fatal(err)
		}
		k, err := identity.FromECDSA(priv)
		if err != nil {
			t.Fatal(err)
		}
		return k
	}
	self, other := keyOf(1), keyOf(2)
	n := &Node{key: self, brain: sched.NewPeer(self.PeerID(), sched.PeerConfig{TTLMs: 60_000})}
	now := uint64(time.Now().UnixMilli())
	for _, k := range []*identity.Key{self, other} {
		n.brain.Step(sched.Msg{Type: sched.MsgAdvert, NowMs: now, Advert: &types.Advert{Node: k.PeerID(), Seq: 1, TimeMs: now, CPUCores: 4, RAMMiB: 4096,
			Runtimes: []string{"wasm"}, PriceWei: big.NewInt(0), Region: "eu-west"}})
	}
	check := func(what string, wantBonded map[peer.ID]bool, wantRequired bool) {
		t.Helper()
		got := n.Nodes()
		if len(got) != 2 {
			t.Fatalf("%s: %d nodes, want 2", what, len(got))
		}
		st := n.brain.StandingsAt(uint64(time.Now().UnixMilli()))
		for _, v := range got {
			id, err := peer.Decode(v.ID)
			if err != nil {
				t.Fatal(err)
			}
			if v.Reputation != st.Reputation(id) || v.UptimePct != st.UptimePct(id) || v.UptimePct > 100 {
				t.Errorf("%s: %s reputation %d uptime %d; the brain says %d, %d", what, v.ID, v.Reputation, v.UptimePct, st.Reputation(id), st.UptimePct(id))
			}
			if v.Bonded != wantBonded[id] || v.BondRequired != wantRequired {
				t.Errorf("%s: %s bonded %v (required %v), want %v (%v)", what, v.ID, v.Bonded, v.BondRequired, wantBonded[id], wantRequired)
			}
			if v.Self != (id == self.PeerID()) || v.Region != "eu-west" {
				t.Errorf("%s: %+v", what, v)
			}
		}
	}
	// No bonds required: every node may be placed as far as bonds go.
	check("no bonds required", map[peer.ID]bool{self.PeerID(): true, other.PeerID(): true}, false)
	n.brain.Step(sched.Msg{Type: sched.MsgBonds, BondRequired: true, Bonded: []peer.ID{other.PeerID()}})
	check("bonds required", map[peer.ID]bool{self.PeerID(): false, other.PeerID(): true}, true)
}
