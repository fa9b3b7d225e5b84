package testnet

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/skyops/skyops/api"
	"github.com/skyops/skyops/types"
)

// A running job's output streams live to a follower at another peer, sealed
// to the owner; its progress reports become a percentage and a time left.
func TestLiveLogsAndProgress(t *testing.T) {
	if testing.Short() {
		t.Skip("starts daemons and runs wasm jobs")
	}
	module := demoModule(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	c := startCluster(t, ctx, InProcessConfig{Peers: 3, Network: "live", Fleets: []string{"H100:1", "none", "none"}})
	key, _ := crypto.GenerateKey()
	owner := types.KeySigner{Key: key}
	// The only H100 is on peer 0: follow from peer 2.
	req := signedJob(t, "live", c.Nodes[1].ID(), owner, module, "H100", 1, "--epochs", "3", "--steps", "10", "--sleep-ms", "200")
	resp, err := api.NewClient(c.Nodes[1].SocketPath()).Submit(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	follower := api.NewClient(c.Nodes[2].SocketPath())
	var chunks int
	var plain bytes.Buffer
	var sawPartialProgress, sawGPU bool
	err = follower.FollowLogs(ctx, resp.ID, func(sealed []byte) error {
		stranger, _ := crypto.GenerateKey()
		if _, err := types.OpenSealed(stranger, sealed); !errors.Is(err, types.ErrNotYours) {
			t.Errorf("a stranger read a live chunk: %v", err)
		}
		p, err := types.OpenSealed(key, sealed)
		if err != nil {
			return err
		}
		chunks++
		plain.Write(p)
		if j, err := follower.Job(ctx, resp.ID); err == nil {
			if j.Progress != nil && *j.Progress > 0 && *j.Progress < 1 && j.TimeRemainingSec != nil {
				sawPartialProgress = true
			}
			for _, g := range j.GPUs {
				// The job holds the GPU: simulated telemetry shows it busy.
				if g.Simulated && g.UtilGPU >= 70 && g.PowerMW > 0 && g.MemUsedMiB > 0 {
					sawGPU = true
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if chunks < 3 || !strings.Contains(plain.String(), "epoch 1/3") || !strings.Contains(plain.String(), "epoch 3/3") {
		t.Fatalf("followed %d chunks: %q", chunks, plain.String())
	}
	j := waitJob(t, ctx, follower, resp.ID)
	if j.State != "completed" || j.Progress == nil || *j.Progress != 1 {
		t.Fatalf("after the end: %s progress %v", j.State, j.Progress)
	}
	if !sawPartialProgress {
		t.Fatal("never saw a partial progress with a time remaining while the job ran")
	}
	if !sawGPU {
		t.Fatal("never saw live (simulated) telemetry of the job's busy GPU")
	}
	if j.TelemetryCID == "" {
		t.Fatal("no telemetry series recorded")
	}
	if m := j.Meter; m == nil || m.GPUs != 1 || m.EnergyJ == 0 || m.WallMs < 1000 || m.CPUMs == 0 || m.BytesIn < uint64(len(module)) || m.BytesOut == 0 {
		t.Fatalf("metering of a 3 s GPU wasm job: %+v", j.Meter)
	}
	series, err := follower.Telemetry(ctx, resp.ID)
	if err != nil || !bytes.Contains(series, []byte(`"samples"`)) || !bytes.Contains(series, []byte(`"simulated":true`)) {
		t.Fatalf("telemetry series: %.200s %v", series, err)
	}
	// Following a job that has ended returns its whole log at once.
	var whole []byte
	if err := follower.FollowLogs(ctx, resp.ID, func(s []byte) error {
		var err error
		whole, err = types.OpenSealed(key, s)
		return err
	}); err != nil || !bytes.Contains(whole, []byte("epoch 3/3")) {
		t.Fatalf("follow after the end: %q %v", whole, err)
	}
}
