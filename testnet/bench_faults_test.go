package testnet

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/skyops/skyops/api"
	"github.com/skyops/skyops/node"
	"github.com/skyops/skyops/types"
)

// BenchmarkExecutorLoss kills the executor of a running, checkpointing job
// b.N times (a fresh job each time, the killed peer restarted after) and
// reports, over the kills: detection (kill → the lost event), resume (kill
// → the second attempt's start), and work lost (what attempt 1 had run
// minus what attempt 2 restored), for two checkpoint intervals. Adverts
// every 200 ms, TTL 2 s, suspicion 1 s: detection is TTL + suspicion after
// the last advert.
func BenchmarkExecutorLoss(b *testing.B) {
	for _, every := range []time.Duration{200 * time.Millisecond, time.Second} {
		b.Run("checkpoint="+every.String(), func(b *testing.B) { benchExecutorLoss(b, every) })
	}
}

func benchExecutorLoss(b *testing.B, ckptEvery time.Duration) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Minute)
	defer cancel()
	c := startCluster(b, ctx, InProcessConfig{Peers: 5, Network: "lossbench", Fleets: []string{"none"},
		AdvertInterval: 200 * time.Millisecond, AdvertTTL: 2 * time.Second,
		Options: func(i int) []node.Option {
			opts := []node.Option{node.CheckpointEvery(ckptEvery), node.SuspectWindow(time.Second)}
			if i > 0 {
				opts = append(opts, node.AllowProcess())
			}
			return opts
		}})
	key, _ := crypto.GenerateKey()
	owner := types.KeySigner{Key: key}
	home := api.NewClient(c.Nodes[0].SocketPath())
	var detect, resume, lost []time.Duration
	b.ResetTimer()
	for it := 0; it < b.N; it++ {
		resp, err := home.Submit(ctx, resumableJob(b, "lossbench", c.Nodes[0].ID(), owner))
		if err != nil {
			b.Fatal(err)
		}
		var j *api.Job
		for {
			j, err = home.Job(ctx, resp.ID)
			if err == nil && j.State == "running" && j.StartedAt != nil && time.Since(j.StartedAt.Time) > 1500*time.Millisecond {
				break
			}
			if ctx.Err() != nil {
				b.Fatal("the first attempt never ran")
			}
			time.Sleep(20 * time.Millisecond)
		}
		victim := -1
		for i, n := range c.Nodes {
			if n.ID().String() == j.Node {
				victim = i
			}
		}
		kill := time.Now()
		ranFor := kill.Sub(j.StartedAt.Time)
		c.Kill(victim)
		j = waitJob(b, ctx, home, resp.ID)
		if j.State != "completed" || len(j.History) != 2 || j.History[1].StartedAt == nil {
			b.Fatalf("job after the kill: %s %+v", j.State, j.History)
		}
		detect = append(detect, j.History[0].EndedAt.Sub(kill))
		resume = append(resume, j.History[1].StartedAt.Sub(kill))
		out := ownerOutput(b, ctx, home, key, resp.ID)
		res, _ := os.ReadFile(filepath.Join(out, "result.txt"))
		var attempt, from int
		if _, err := fmt.Sscanf(strings.TrimSpace(string(res)), "attempt=%d resumed-from=%d", &attempt, &from); err != nil {
			b.Fatalf("result %q: %v", res, err)
		}
		lost = append(lost, max(0, ranFor-time.Duration(from)*200*time.Millisecond))
		if err := c.Restart(ctx, victim); err != nil {
			b.Fatal(err)
		}
		if err := c.WaitConverged(ctx); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	b.ReportMetric(ms(pct(detect, 50)), "p50-detect-ms")
	b.ReportMetric(ms(pct(detect, 99)), "p99-detect-ms")
	b.ReportMetric(ms(pct(resume, 50)), "p50-resume-ms")
	b.ReportMetric(ms(pct(resume, 99)), "p99-resume-ms")
	b.ReportMetric(ms(pct(lost, 50)), "p50-work-lost-ms")
	b.ReportMetric(ms(pct(lost, 99)), "p99-work-lost-ms")
	b.ReportMetric(0, "ns/op")
}
