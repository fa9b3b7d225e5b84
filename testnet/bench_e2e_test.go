package testnet

import (
	"context"
	"os/exec"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/skyops/skyops/api"
	"github.com/skyops/skyops/types"
)

// BenchmarkDockerJobVsDockerRun runs the same trivial image both ways, in
// turns, in one run: as a skyops job on a 3-peer in-process testnet (submit
// at one peer → its result folded at that peer, which the home learns
// when everything of the job is done: placed, settled, run, packaged,
// sealed, reported) and as plain `docker run --rm -v DIR:/outputs` of the
// image. Reported:
// medians and p99 of both, and the ratio of the medians.
//
//	go test ./testnet -run '^$' -bench DockerJobVsDockerRun -benchtime 20x
func BenchmarkDockerJobVsDockerRun(b *testing.B) {
	dc := dockerOrSkip(b)
	tag := buildImageFrom(b, dc, "./testdata/dockerapp")
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	var mu sync.Mutex
	ended := map[common.Hash]time.Time{}
	done := map[common.Hash]chan struct{}{}
	hook := func(p int, e *types.JobEvent, at time.Time) {
		if p != 1 || (e.Type != types.EvComplete && e.Type != types.EvFail) {
			return
		}
		mu.Lock()
		ended[e.Job] = at
		if ch, ok := done[e.Job]; ok {
			close(ch)
		}
		mu.Unlock()
	}
	c, err := StartInProcess(ctx, InProcessConfig{Peers: 3, Network: "dockbench", Fleets: []string{"H100:1", "none", "none"}, OnJobEvent: hook})
	if err != nil {
		b.Fatal(err)
	}
	defer c.Close()
	if err := c.WaitConverged(ctx); err != nil {
		b.Fatal(err)
	}
	key, _ := crypto.GenerateKey()
	owner := types.KeySigner{Key: key}
	cl := api.NewClient(c.Nodes[1].SocketPath())
	job := func() time.Duration {
		req := signedJob(b, "dockbench", c.Nodes[1].ID(), owner, nil, "H100", 1, "hello")
		req.Spec.Runtime, req.Spec.Artifact, req.Spec.ArtifactSize, req.Artifact = "docker", imageID(b, dc, tag), 0, nil
		resign(b, &req, owner)
		t0 := time.Now()
		resp, err := cl.Submit(ctx, req)
		if err != nil {
			b.Fatal(err)
		}
		id := common.HexToHash(resp.ID)
		mu.Lock()
		ch := make(chan struct{})
		if _, ok := ended[id]; ok {
			close(ch)
		} else {
			done[id] = ch
		}
		mu.Unlock()
		select {
		case <-ch:
		case <-ctx.Done():
			b.Fatal("job did not end")
		}
		mu.Lock()
		defer mu.Unlock()
		return ended[id].Sub(t0)
	}
	outDir := b.TempDir() // the image writes its result to /outputs, as a job's does
	plain := func() time.Duration {
		t0 := time.Now()
		if out, err := exec.CommandContext(ctx, "docker", "run", "--rm", "-v", outDir+":/outputs", tag, "hello").CombinedOutput(); err != nil {
			b.Fatalf("docker run: %v\n%s", err, out)
		}
		return time.Since(t0)
	}
	job() // warm both paths: the image's layers, the runtime's first container
	plain()
	var jobs, runs []time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		jobs = append(jobs, job())
		runs = append(runs, plain())
	}
	b.StopTimer()
	slices.Sort(jobs)
	slices.Sort(runs)
	b.ReportMetric(ms(pct(jobs, 50)), "p50-job-ms")
	b.ReportMetric(ms(pct(jobs, 99)), "p99-job-ms")
	b.ReportMetric(ms(pct(runs, 50)), "p50-docker-run-ms")
	b.ReportMetric(ms(pct(runs, 99)), "p99-docker-run-ms")
	b.ReportMetric(float64(pct(jobs, 50))/float64(pct(runs, 50)), "ratio-p50")
	b.ReportMetric(0, "ns/op")
}

// BenchmarkPlacement5Procs measures placement on 5 skyopsd processes: a
// no-op job submitted to one peer's socket, from the submit accepted until
// the winning claim shows at that peer (its API polled every
// millisecond), one job at a time; and how long the submit call took.
//
//	go test ./testnet -run '^$' -bench Placement5Procs -benchtime 1x
func BenchmarkPlacement5Procs(b *testing.B) {
	bin := buildDaemon(b)
	dir := b.TempDir()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	m, err := Up(ctx, ProcessConfig{Peers: 5, Dir: dir, DaemonPath: bin, Network: "place5", NoChain: true})
	if err != nil {
		b.Fatal(err)
	}
	defer Down(context.Background(), dir)
	time.Sleep(3 * time.Second)
	key, _ := crypto.GenerateKey()
	owner := types.KeySigner{Key: key}
	jobs := benchJobs(100)
	for iter := 0; iter < b.N; iter++ {
		var lat, submits []time.Duration
		for i := 0; i < jobs; i++ {
			p := m.Peers[i%len(m.Peers)]
			cl := api.NewClient(p.Socket)
			req := signedJob(b, "place5", mustPeerID(b, p.ID), owner, noopModule, "", 0)
			req.Spec.RAMMiB = 16
			resign(b, &req, owner)
			t0 := time.Now()
			resp, err := cl.Submit(ctx, req)
			if err != nil {
				b.Fatal(err)
			}
			submits = append(submits, time.Since(t0))
			t0 = time.Now()
			for {
				j, err := cl.Job(ctx, resp.ID)
				if err != nil {
					b.Fatal(err)
				}
				if j.Node != "" {
					lat = append(lat, time.Since(t0))
					break
				}
				if time.Since(t0) > 30*time.Second {
					b.Fatalf("job %s never claimed", resp.ID)
				}
				time.Sleep(time.Millisecond)
			}
			waitEnded(b, ctx, cl, resp.ID)
		}
		b.ReportMetric(ms(pct(lat, 50)), "p50-place-ms")
		b.ReportMetric(ms(pct(lat, 99)), "p99-place-ms")
		b.ReportMetric(ms(pct(submits, 50)), "p50-submit-call-ms")
	}
	b.ReportMetric(0, "ns/op")
}

func mustPeerID(tb testing.TB, s string) peer.ID {
	id, err := peer.Decode(s)
	if err != nil {
		tb.Fatal(err)
	}
	return id
}

// waitEnded waits until the job has a result at the peer cl talks to.
func waitEnded(tb testing.TB, ctx context.Context, cl *api.Client, id string) {
	for {
		j, err := cl.Job(ctx, id)
		if err != nil {
			tb.Fatal(err)
		}
		if j.State == "completed" || j.State == "failed" {
			return
		}
		select {
		case <-ctx.Done():
			tb.Fatalf("job %s: %s", id, j.State)
		case <-time.After(5 * time.Millisecond):
		}
	}
}
