package testnet

import (
	"context"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/skyops/skyops/api"
	"github.com/skyops/skyops/types"
)

// BenchmarkVerifyLatency: how long `skyops verify JOB` takes at a peer that
// neither ran nor submitted the job, through the socket API: signature,
// events, Merkle proof, the anchor lookup and the contract's own check on
// a dev chain over JSON-RPC. The first verify of a job also fetches the
// proof from the executor over libp2p; later ones use the kept proof.
// b.N verifies are spread over 8 jobs.
func BenchmarkVerifyLatency(b *testing.B) {
	module := demoModule(b)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	c := startCluster(b, ctx, InProcessConfig{Peers: 3, Network: "verifybench", Chain: true,
		Fleets: []string{"dgxa100", "dgxa100", "none"}})
	key, _ := crypto.GenerateKey()
	owner := types.KeySigner{Key: key}
	submitAt := api.NewClient(c.Nodes[0].SocketPath())
	var ids []string
	for i := 0; i < 8; i++ {
		resp, err := submitAt.Submit(ctx, signedJob(b, "verifybench", c.Nodes[0].ID(), owner, module, "A100", 1, "--epochs", "1", "--steps", "1", "--sleep-ms", "1"))
		if err != nil {
			b.Fatal(err)
		}
		ids = append(ids, resp.ID)
	}
	// Verify at a peer that did not submit and (for most jobs) did not run.
	verifier := api.NewClient(c.Nodes[2].SocketPath())
	for _, id := range ids {
		waitJob(b, ctx, verifier, id)
		for {
			vs, err := verifier.Verify(ctx, id)
			if err == nil && len(vs) == 1 && vs[0].Valid {
				break
			}
			if ctx.Err() != nil {
				b.Fatalf("job %s never verified: %+v %v", id[:10], vs, err)
			}
			time.Sleep(100 * time.Millisecond)
		}
	}
	var lat []time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		t0 := time.Now()
		vs, err := verifier.Verify(ctx, ids[i%len(ids)])
		lat = append(lat, time.Since(t0))
		if err != nil || !vs[0].Valid {
			b.Fatalf("verify: %+v %v", vs, err)
		}
	}
	b.StopTimer()
	b.ReportMetric(ms(pct(lat, 50)), "p50-verify-ms")
	b.ReportMetric(ms(pct(lat, 99)), "p99-verify-ms")
	b.ReportMetric(0, "ns/op")
}
