package testnet

import (
	"context"
	"math/big"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/skyops/skyops/api"
	"github.com/skyops/skyops/ledger/chain"
	"github.com/skyops/skyops/node"
	"github.com/skyops/skyops/types"
)

// A parameter change through the governor takes effect at the same time at
// every peer of a testnet: each reads it from the chain before it applies,
// a job created before the switch is ranked with the old reference price
// and one created after with the new, alike at every peer.
func TestParamChangeAppliesAtEveryPeer(t *testing.T) {
	if testing.Short() {
		t.Skip("starts daemons and a dev chain")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	prices := []string{"0.2", "0.5", "1.5"}
	c := startCluster(t, ctx, InProcessConfig{Peers: 3, Network: "params", Chain: true, Fleets: []string{"H100:1"},
		Options: func(i int) []node.Option {
			return []node.Option{node.PriceETH(prices[i]), node.BondPollEvery(200 * time.Millisecond)}
		}})
	gov, err := chain.Dial(ctx, c.Chain.URL, c.Chain.Contract, chain.DevFaucetKey())
	if err != nil {
		t.Fatal(err)
	}
	defer gov.Close()
	pay, err := gov.Payments(ctx, c.Chain.Escrow)
	if err != nil {
		t.Fatal(err)
	}
	clients := make([]*api.Client, len(c.Nodes))
	for i, n := range c.Nodes {
		clients[i] = api.NewClient(n.SocketPath())
	}
	key, _ := crypto.GenerateKey()
	owner := types.KeySigner{Key: key}
	module := demoModule(t)
	submit := func(at int) string {
		r, err := clients[at].Submit(ctx, signedJob(t, "params", c.Nodes[at].ID(), owner, module, "H100", 1, "--epochs", "1", "--steps", "1", "--sleep-ms", "1"))
		if err != nil {
			t.Fatal(err)
		}
		waitJob(t, ctx, clients[at], r.ID)
		return r.ID
	}
	before := submit(0)

	// The governor (the dev faucet on a dev chain) schedules 1.5 ETH as the
	// reference price, with the contract's notice.
	// The notice is checked against the chain's clock, which a dev chain
	// mining a block per transaction runs ahead of the wall clock.
	head, err := gov.HeadTime(ctx)
	if err != nil {
		t.Fatal(err)
	}
	from := laterOf(time.Now(), head).Add(time.Duration(chain.DevParamsNotice+2) * time.Second).Truncate(time.Second)
	if _, err := pay.Params().Schedule(ctx, "refPriceWei", big.NewInt(15e17), from); err != nil {
		t.Fatal(err)
	}
	for i, cl := range clients { // every peer holds the change before it applies
		for {
			p, err := cl.Params(ctx)
			if err == nil && len(p.Changes) == 1 {
				if p.Changes[0].InEffect || !p.Changes[0].From.Time.Equal(from) || p.Changes[0].Value != "1500000000000000000" {
					t.Fatalf("peer %d reads %+v", i, p.Changes[0])
				}
				break
			}
			select {
			case <-ctx.Done():
				t.Fatalf("peer %d never read the change: %+v %v", i, p, err)
			case <-time.After(100 * time.Millisecond):
			}
		}
	}
	time.Sleep(time.Until(from) + time.Second)
	after := submit(1)

	for _, job := range []struct {
		id, ref string
	}{{before, "500000000000000000"}, {after, "1500000000000000000"}} {
		var first []api.ExplainedNode
		for i, cl := range clients {
			x, err := cl.Explain(ctx, job.id)
			if err != nil {
				t.Fatal(err)
			}
			ranked := slices.DeleteFunc(x.Nodes, func(n api.ExplainedNode) bool { return n.Rank < 0 })
			if len(ranked) != len(c.Nodes) {
				t.Fatalf("peer %d ranks %d of %d nodes for %s: %+v", i, len(ranked), len(c.Nodes), job.id, x.Nodes)
			}
			for _, n := range ranked {
				if n.RefPriceWei != job.ref {
					t.Errorf("peer %d ranks %s against reference %s, want %s", i, job.id[:10], n.RefPriceWei, job.ref)
				}
			}
			if i == 0 {
				first = ranked
				continue
			}
			if !slices.EqualFunc(first, ranked, func(a, b api.ExplainedNode) bool { return a.ID == b.ID && a.Price == b.Price && a.Score == b.Score }) {
				t.Errorf("peers 0 and %d rank %s differently:\n%+v\n%+v", i, job.id[:10], first, ranked)
			}
		}
		// The node priced at the reference in effect has price factor 1.
		for _, n := range first {
			if n.PriceWei == job.ref && n.Price != "1.0000" {
				t.Errorf("%s: the node priced at the reference %s has price factor %s", job.id[:10], job.ref, n.Price)
			}
		}
	}
}

func laterOf(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}
