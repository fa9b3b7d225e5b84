package testnet

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/skyops/skyops/api"
	"github.com/skyops/skyops/ledger/chain"
	"github.com/skyops/skyops/types"
)

// BenchmarkResultToRedeemed measures, per job, the time from its result
// (the job completed at its home) to its receipt settled at the escrow:
// anchored, claimed, the dispute window passed (3 blocks at a block a
// second) and finalized, on an in-process testnet with the default 300 ms
// anchor interval. Jobs run one after another, so each is its own batch.
//
//	go test ./testnet -run '^$' -bench ResultToRedeemed -benchtime 10x
func BenchmarkResultToRedeemed(b *testing.B) {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Minute)
	defer cancel()
	c := startCluster(b, ctx, InProcessConfig{Peers: 2, Network: "paybench", Chain: true, Fleets: []string{"none", "H100:1"}})
	key, _ := newDepositor(b, ctx, c, eth(5), nil, map[chain.Token]*big.Int{chain.ETH: eth(4)})
	owner := types.KeySigner{Key: key}
	home, exec := api.NewClient(c.Nodes[0].SocketPath()), api.NewClient(c.Nodes[1].SocketPath())
	module := demoModule(b)
	var took []time.Duration
	b.ResetTimer()
	for range b.N {
		r, err := home.Submit(ctx, signedJob(b, "paybench", c.Nodes[0].ID(), owner, module, "H100", 1, "--epochs", "1", "--steps", "1", "--sleep-ms", "1"))
		if err != nil {
			b.Fatal(err)
		}
		if j := waitJob(b, ctx, home, r.ID); j.State != "completed" {
			b.Fatalf("job %s", j.State)
		}
		done := time.Now()
		for settled := false; !settled; {
			st, err := exec.Earnings(ctx, time.Time{})
			for _, l := range st.Lines {
				settled = settled || err == nil && l.Job == r.ID && l.Settled
			}
			if !settled {
				select {
				case <-ctx.Done():
					b.Fatalf("job %s never settled", r.ID)
				case <-time.After(20 * time.Millisecond):
				}
			}
		}
		took = append(took, time.Since(done))
	}
	b.ReportMetric(ms(pct(took, 50)), "p50-result-to-paid-ms")
	b.ReportMetric(ms(pct(took, 99)), "p99-result-to-paid-ms")
}
