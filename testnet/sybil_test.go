package testnet

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/skyops/skyops/api"
	"github.com/skyops/skyops/sched"
	"github.com/skyops/skyops/types"
)

// sybils is how many identities the flood runs from one process.
const sybils = 40

// A sybil flood where bonds are required: 40 identities from one host,
// each advertising 1,000 free H100s at no price, each claiming every new
// GPU job with its advert as evidence. None is bonded, so every peer ranks
// none of them and refuses every claim: each job completes in its first
// attempt on the one bonded H100 node, and every peer's explanation names
// the bond as the reason each sybil was passed over.
func TestSybilFloodNeedsBonds(t *testing.T) {
	ctx, c, _ := bondNet(t, "sybils", nil)
	gpuNode := c.Nodes[2].ID()
	var flood []*Hostile
	var adverts [][]byte
	var ads []*types.Advert
	for i := 0; i < sybils; i++ {
		h, err := NewHostile(ctx, "sybils", hostileBoot(c))
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
	}
	stop := make(chan struct{})
	defer close(stop)
	go func() { // all of them keep advertising
		for {
			select {
			case <-stop:
				return
			case <-time.After(time.Second):
			}
			for _, h := range flood {
				_, _ = h.Advertise(ctx, h.Advert(4096, "NVIDIA H100 80GB HBM3", 1000, big.NewInt(0)))
			}
		}
	}()
	waitInViews(t, ctx, c, flood[sybils-1])

	key, _ := crypto.GenerateKey()
	owner := types.KeySigner{Key: key}
	module := demoModule(t)
	home := api.NewClient(c.Nodes[0].SocketPath())
	var ids []string
	for k := 0; k < 3; k++ {
		req := signedJob(t, "sybils", c.Nodes[0].ID(), owner, module, "H100", 1, "--epochs", "1", "--steps", "1", "--sleep-ms", "1")
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
	isSybil := map[string]bool{}
	for _, h := range flood {
		isSybil[h.ID().String()] = true
	}
	for _, id := range ids {
		for i, n := range c.Nodes {
			cl := api.NewClient(n.SocketPath())
			j := waitJob(t, ctx, cl, id)
			if j.State != "completed" || j.Node != gpuNode.String() || j.Attempts != 1 {
				t.Fatalf("peer %d: job %s %s on %s after %d attempts; want completed on the bonded H100 node at once", i, id[:10], j.State, j.Node, j.Attempts)
			}
			for _, e := range j.Events {
				if isSybil[e.Actor] {
					t.Fatalf("peer %d holds a sybil's %s of job %s", i, e.Type, id[:10])
				}
			}
			ex, err := cl.Explain(ctx, id)
			if err != nil {
				t.Fatal(err)
			}
			passed := 0
			for _, e := range ex.Nodes {
				if isSybil[e.ID] {
					if e.Rank != -1 || e.Rejected != sched.FilterBond {
						t.Fatalf("peer %d ranks sybil %s at %d (rejected %q): want it rejected for its bond", i, e.ID, e.Rank, e.Rejected)
					}
					passed++
				}
			}
			if passed != sybils {
				t.Fatalf("peer %d's explanation lists %d of the %d sybils", i, passed, sybils)
			}
		}
	}
}
