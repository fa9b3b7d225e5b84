package testnet

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/skyops/skyops/api"
	"github.com/skyops/skyops/node"
	"github.com/skyops/skyops/types"
)

// BenchmarkWorkflow measures, on an in-process testnet of three peers:
// the time from a parent's completion to its child's claim (p50, p99,
// over a 20-stage chain per run), and a 100-job fan-out/fan-in (a root,
// 98 in an array, a sink) run as one workflow against the same 100 jobs
// submitted one by one, each stage once the last ended (what an owner
// does by hand), in the same run.
//
//	go test ./testnet -run '^$' -bench Workflow -benchtime 3x
func BenchmarkWorkflow(b *testing.B) {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Minute)
	defer cancel()
	var mu sync.Mutex
	completed := map[common.Hash]time.Time{} // job -> when its complete was folded at the home
	claimed := map[common.Hash]time.Time{}
	c := startCluster(b, ctx, InProcessConfig{Peers: 3, Network: "wfbench", Fleets: []string{"none"},
		Options: func(i int) []node.Option { return []node.Option{node.AllowProcess()} },
		OnJobEvent: func(peer int, e *types.JobEvent, at time.Time) {
			if peer != 0 {
				return
			}
			mu.Lock()
			defer mu.Unlock()
			switch e.Type {
			case types.EvComplete:
				if _, ok := completed[e.Job]; !ok {
					completed[e.Job] = at
				}
			case types.EvClaim:
				if _, ok := claimed[e.Job]; !ok {
					claimed[e.Job] = at
				}
			}
		}})
	owner, _ := crypto.GenerateKey()
	signer := types.KeySigner{Key: owner}
	cl := api.NewClient(c.Nodes[0].SocketPath())
	home := c.Nodes[0].ID()
	var chain strings.Builder
	chain.WriteString("name: chain\njobs:\n")
	const stages = 20
	for i := range stages {
		fmt.Fprintf(&chain, "  s%d:\n    process: \"true\"\n    resources: {cpus: 1, ram: 1, duration: 5m}\n", i)
		if i > 0 {
			fmt.Fprintf(&chain, "    needs: [s%d]\n", i-1)
		}
	}
	const fan = `name: fan
jobs:
  root: {process: "true", resources: {cpus: 1, ram: 1, duration: 5m}}
  work: {process: "true", count: 98, needs: [root], resources: {cpus: 1, ram: 1, duration: 5m}}
  sink: {process: "true", needs: [work], resources: {cpus: 1, ram: 1, duration: 5m}}
`
	var gaps []time.Duration
	var asWorkflow, oneByOne []time.Duration
	b.ResetTimer()
	for range b.N {
		resp, err := cl.SubmitWorkflow(ctx, signedWorkflow(b, "wfbench", home.String(), signer, chain.String(), nil))
		if err != nil {
			b.Fatal(err)
		}
		w := waitWorkflow(b, ctx, cl, resp.ID)
		if w.State != "succeeded" {
			b.Fatalf("chain ended %s", w.State)
		}
		mu.Lock()
		for i := 1; i < stages; i++ {
			parent, child := common.HexToHash(w.Instances[i-1].Tries[0]), common.HexToHash(w.Instances[i].Tries[0])
			gaps = append(gaps, claimed[child].Sub(completed[parent]))
		}
		mu.Unlock()

		start := time.Now()
		resp, err = cl.SubmitWorkflow(ctx, signedWorkflow(b, "wfbench", home.String(), signer, fan, nil))
		if err != nil {
			b.Fatal(err)
		}
		fw := waitWorkflow(b, ctx, cl, resp.ID)
		if fw.State != "succeeded" {
			b.Fatalf("fan ended %s", fw.State)
		}
		asWorkflow = append(asWorkflow, time.Since(start))
		if testing.Verbose() {
			mu.Lock()
			at := func(i int, m map[common.Hash]time.Time) time.Duration {
				return m[common.HexToHash(fw.Instances[i].Tries[0])].Sub(start)
			}
			var lastWork time.Duration
			for i := 1; i < 99; i++ {
				lastWork = max(lastWork, at(i, completed))
			}
			b.Logf("fan: root claimed %v completed %v; work[0] claimed %v; last work completed %v; sink claimed %v completed %v; ended %v",
				at(0, claimed), at(0, completed), at(1, claimed), lastWork, at(99, claimed), at(99, completed), asWorkflow[len(asWorkflow)-1])
			mu.Unlock()
		}

		start = time.Now()
		for _, stage := range []int{1, 98, 1} {
			var ids []string
			for range stage {
				req := signedJob(b, "wfbench", home, signer, nil, "", 0)
				req.Spec.Runtime, req.Spec.Artifact, req.Spec.ArtifactSize, req.Artifact = "process", "true", 0, nil
				req.Spec.Model, req.Spec.CPUCores, req.Spec.RAMMiB, req.Spec.DurationSec = "", 1, 1024, 300
				resign(b, &req, signer)
				r, err := cl.Submit(ctx, req)
				if err != nil {
					b.Fatal(err)
				}
				ids = append(ids, r.ID)
			}
			for _, id := range ids {
				if j := waitJob(b, ctx, cl, id); j.State != "completed" {
					b.Fatalf("job %s ended %s", id[:10], j.State)
				}
			}
		}
		oneByOne = append(oneByOne, time.Since(start))
	}
	b.StopTimer()
	b.ReportMetric(ms(pct(gaps, 50)), "p50-complete-to-child-claim-ms")
	b.ReportMetric(ms(pct(gaps, 99)), "p99-complete-to-child-claim-ms")
	b.ReportMetric(ms(pct(asWorkflow, 50)), "p50-fan100-workflow-ms")
	b.ReportMetric(ms(pct(oneByOne, 50)), "p50-fan100-one-by-one-ms")
	b.ReportMetric(float64(pct(asWorkflow, 50))/float64(pct(oneByOne, 50)), "workflow/one-by-one-p50")
}
