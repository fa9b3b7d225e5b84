package testnet

import (
	"encoding/json"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/skyops/skyops/api"
	"github.com/skyops/skyops/sched"
	"github.com/skyops/skyops/types"
)

// sybils is how many identities the flood runs from one process.
const sybils = 40

// A sybil flood against skyopsd processes on a shared dev chain, where
// bonds are required: 40 identities from one host, each advertising 1,000
// free H100s at no price, each claiming every new GPU job with its advert
// as evidence. None is bonded, so no daemon ranks any of them or keeps a
// claim of theirs: each job completes in its first attempt on the one
// bonded H100 node, and every daemon either names the bond, in `status
// --explain`, as the reason each sybil was passed over, or has scored the
// sybil down in gossip for its rejected claims.
func TestSybilFloodAgainstProcesses(t *testing.T) {
	const network = "sybils"
	ctx, bin, m, boot := hostileProcNet(t, network, []string{"none", "none", "H100:1"}, false)
	gpuNode := m.Peers[2].ID
	var flood []*Hostile
	var adverts [][]byte
	var ads []*types.Advert
	isSybil := map[string]bool{}
	for i := 0; i < sybils; i++ {
		h, err := NewHostile(ctx, network, boot)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { h.Close() })
		ad := h.Advert(4096, "NVIDIA H100 80GB HBM3", 1000, big.NewInt(0))
		raw, err := h.Advertise(ctx, ad)
		if err != nil {
			t.Fatal(err)
		}
		flood, adverts, ads = append(flood, h), append(adverts, raw), append(ads, ad)
		isSybil[h.ID().String()] = true
	}
	for _, h := range flood { // all of them keep advertising
		h.KeepAdvertising(ctx, func() *types.Advert { return h.Advert(4096, "NVIDIA H100 80GB HBM3", 1000, big.NewInt(0)) })
	}
	skyops := cliFor(bin, m)
	for p := range m.Peers { // every daemon sees the whole flood, and no bond of theirs
		for {
			out, err := skyops(p, "nodes", "-o", "json")
			var ns []api.Node
			if err != nil || json.Unmarshal([]byte(out), &ns) != nil {
				t.Fatalf("nodes at peer %d: %v\n%s", p, err, out)
			}
			seen := 0
			for _, n := range ns {
				if isSybil[n.ID] {
					seen++
					if n.Bonded || !n.BondRequired {
						t.Fatalf("peer %d shows sybil %s bonded %v (bonds required %v)", p, n.ID, n.Bonded, n.BondRequired)
					}
				}
			}
			if seen == sybils {
				break
			}
			if ctx.Err() != nil {
				t.Fatalf("peer %d sees %d of the %d sybils", p, seen, sybils)
			}
			time.Sleep(200 * time.Millisecond)
		}
	}

	key, _ := crypto.GenerateKey()
	owner := types.KeySigner{Key: key}
	module := demoModule(t)
	home := api.NewClient(m.Peers[0].Socket)
	homeID, err := peer.Decode(m.Peers[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for k := 0; k < 3; k++ {
		req := signedJob(t, network, homeID, owner, module, "H100", 1, "--epochs", "1", "--steps", "1", "--sleep-ms", "1")
		resp, err := home.Submit(ctx, req)
		if err != nil {
			t.Fatal(err)
		}
		job := common.HexToHash(resp.ID)
		for i, h := range flood {
			w := sched.WeightInputsFor(sched.RequirementsFor(job, &req.Spec), ads[i])
			if err := h.Publish(ctx, &types.JobEvent{Job: job, Type: types.EvClaim, Attempt: 1, AdvertSeq: ads[i].Seq,
				Reputation: sched.NewcomerReputation, PriceWei: w.PriceWei, Locality: w.Locality, Fit: w.Fit, Advert: adverts[i]}); err != nil {
				t.Fatal(err)
			}
		}
		ids = append(ids, resp.ID)
	}
	for _, id := range ids {
		for p := range m.Peers {
			cl := api.NewClient(m.Peers[p].Socket)
			j := waitJob(t, ctx, cl, id)
			if j.State != "completed" || j.Node != gpuNode || j.Attempts != 1 {
				t.Fatalf("peer %d: job %s %s on %s after %d attempts; want completed on the bonded H100 node at once", p, id[:10], j.State, j.Node, j.Attempts)
			}
			for _, e := range j.Events {
				if isSybil[e.Actor] {
					t.Fatalf("peer %d holds a sybil's %s of job %s", p, e.Type, id[:10])
				}
			}
			// Every sybil is accounted for at every daemon: either it is in
			// the view and rejected for its bond, or the daemon has scored
			// it down for its rejected claims (gossipsub's penalty for
			// invalid messages is their count squared, so two or three of
			// them graylist a sybil, and a graylisted peer's adverts stop
			// being heard). The adverts (every second, a 3 s TTL) can lag
			// on a loaded machine: ask again for a while.
			var unaccounted []string
			for deadline := time.Now().Add(15 * time.Second); ; {
				out, err := skyops(p, "status", id, "--explain", "-o", "json")
				var ex api.Explanation
				if err != nil || json.Unmarshal([]byte(out), &ex) != nil {
					t.Fatalf("status --explain at peer %d: %v\n%s", p, err, out)
				}
				listed := map[string]bool{}
				for _, e := range ex.Nodes {
					if isSybil[e.ID] {
						// One whose adverts stopped being heard (not
						// alive) is not placed either; it counts once it
						// is penalized, below.
						if e.Rank == -1 && e.Rejected == sched.FilterAlive {
							continue
						}
						if e.Rank != -1 || e.Rejected != sched.FilterBond {
							t.Fatalf("peer %d ranks sybil %s at %d (rejected %q): want it rejected for its bond", p, e.ID, e.Rank, e.Rejected)
						}
						listed[e.ID] = true
					}
				}
				out, err = skyops(p, "peers", "-o", "json")
				var ps []api.Peer
				if err != nil || json.Unmarshal([]byte(out), &ps) != nil {
					t.Fatalf("peers at peer %d: %v\n%s", p, err, out)
				}
				penalized := map[string]bool{}
				for _, q := range ps {
					if isSybil[q.ID] && q.GossipScore < 0 {
						penalized[q.ID] = true
					}
				}
				unaccounted = unaccounted[:0]
				for _, h := range flood {
					if id := h.ID().String(); !listed[id] && !penalized[id] {
						unaccounted = append(unaccounted, short8(id))
					}
				}
				if len(unaccounted) == 0 || time.Now().After(deadline) {
					break
				}
				time.Sleep(300 * time.Millisecond)
			}
			if len(unaccounted) > 0 {
				t.Fatalf("peer %d neither lists (rejected for the bond) nor penalizes %d of the %d sybils: %v", p, len(unaccounted), sybils, unaccounted)
			}
		}
	}
}
