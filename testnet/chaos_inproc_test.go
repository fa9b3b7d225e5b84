package testnet

import (
	"context"
	"math/rand/v2"
	"os"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/skyops/skyops/api"
	"github.com/skyops/skyops/node"
	"github.com/skyops/skyops/types"
)

// chaosResult is what a chaos run ends with.
type chaosResult struct {
	jobs, completed, attempts, rescheduled, kills int
	published, accepted                           int // complete events seen; results the reducer accepted
	wall                                          time.Duration
}

// runChaos submits jobs at peer 0 (the owners' daemon, never killed) while
// a random other peer is killed every killEvery and restarted 2 s later,
// then waits for every job to end and counts.
func runChaos(t testing.TB, jobs int, killEvery time.Duration, seed uint64) chaosResult {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	const peers = 6
	c := startCluster(t, ctx, InProcessConfig{Peers: peers, Network: "chaos", Fleets: []string{"none"},
		AdvertInterval: 200 * time.Millisecond, AdvertTTL: 2 * time.Second,
		Options: func(i int) []node.Option {
			opts := []node.Option{node.SuspectWindow(time.Second), node.CheckpointEvery(300 * time.Millisecond), node.SyncEvery(2 * time.Second)}
			if i > 0 {
				opts = append(opts, node.AllowProcess())
			}
			return opts
		}})
	key, _ := crypto.GenerateKey()
	owner := types.KeySigner{Key: key}
	home := api.NewClient(c.Nodes[0].SocketPath())
	rng := rand.New(rand.NewPCG(seed, 1))
	start := time.Now()
	var res chaosResult
	res.jobs = jobs

	stop := make(chan struct{})
	killerDone := make(chan struct{})
	go func() { // the chaos monkey
		defer close(killerDone)
		for {
			select {
			case <-stop:
				return
			case <-time.After(killEvery):
			}
			victim := 1 + rng.IntN(peers-1)
			c.Kill(victim)
			res.kills++
			select {
			case <-stop:
			case <-time.After(2 * time.Second):
			}
			if err := c.Restart(ctx, victim); err != nil {
				t.Errorf("restart peer %d: %v", victim, err)
				return
			}
		}
	}()
	var ids []string
	for i := 0; i < jobs; i++ {
		req := signedJob(t, "chaos", c.Nodes[0].ID(), owner, nil, "", 0, "-c", `sleep 3; echo done > "$SKYOPS_OUTPUTS/ok"`)
		req.Spec.Runtime, req.Spec.Artifact, req.Spec.ArtifactSize, req.Artifact = "process", "sh", 0, nil
		req.Spec.RAMMiB = 16
		resign(t, &req, owner)
		resp, err := home.Submit(ctx, req)
		if err != nil {
			t.Fatalf("submit %d: %v", i, err)
		}
		ids = append(ids, resp.ID)
		time.Sleep(150 * time.Millisecond)
	}
	for _, id := range ids {
		j := waitJob(t, ctx, home, id)
		if j.State == "completed" {
			res.completed++
		} else {
			t.Logf("job %s ended %s: %s; attempts %+v", id[:10], j.State, j.Error, j.History)
		}
	}
	close(stop)
	<-killerDone
	res.wall = time.Since(start)
	for _, id := range ids {
		j, err := home.Job(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		res.attempts += j.Attempts
		if j.Attempts > 1 {
			res.rescheduled++
		}
		for _, e := range j.Events {
			if e.Type == "complete" {
				res.published++
			}
		}
		if j.State == "completed" && j.OutputCID != "" {
			res.accepted++
		}
	}
	return res
}

// The chaos run: 100 jobs of 3 s while a peer is killed every 4 s (and restarted
// 2 s later). None is lost: every job completes with exactly one accepted
// result, however many attempts it took.
func TestChaosLosesNoJob(t *testing.T) {
	if testing.Short() {
		t.Skip("a minute of chaos")
	}
	jobs := 100
	if os.Getenv("SKYOPS_CHAOS_JOBS") == "small" {
		jobs = 30
	}
	r := runChaos(t, jobs, 4*time.Second, 7)
	t.Logf("%d jobs, %d kills: %d completed, %d rescheduled, %d attempts, %d results published, %d accepted, %s",
		r.jobs, r.kills, r.completed, r.rescheduled, r.attempts, r.published, r.accepted, r.wall.Round(time.Second))
	if r.completed != r.jobs || r.accepted != r.jobs {
		t.Fatalf("%d of %d jobs completed, %d results accepted", r.completed, r.jobs, r.accepted)
	}
	if r.kills == 0 || r.rescheduled == 0 {
		t.Fatalf("%d kills, %d jobs rescheduled: the chaos hit nothing, the test proves nothing", r.kills, r.rescheduled)
	}
}

// BenchmarkChaos100: 100 jobs of 3 s while a random non-owner peer is
// killed every 2.5 s and restarted 2 s later (6 in-process peers, TTL 2 s,
// suspicion 1 s). Reports how many completed, how many were rescheduled and
// how many attempts that took, and how many results were published and
// accepted (accepted must equal the jobs).
func BenchmarkChaos100(b *testing.B) {
	for i := 0; i < b.N; i++ {
		r := runChaos(b, 100, 2500*time.Millisecond, uint64(100+i))
		b.ReportMetric(float64(r.completed), "completed")
		b.ReportMetric(float64(r.kills), "kills")
		b.ReportMetric(float64(r.rescheduled), "rescheduled")
		b.ReportMetric(float64(r.attempts), "attempts")
		b.ReportMetric(float64(r.published), "results-published")
		b.ReportMetric(float64(r.accepted), "results-accepted")
		b.ReportMetric(r.wall.Seconds(), "wall-s")
		b.ReportMetric(0, "ns/op")
	}
}
