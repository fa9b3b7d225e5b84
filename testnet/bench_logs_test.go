package testnet

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/skyops/skyops/api"
	"github.com/skyops/skyops/types"
)

// BenchmarkLogFollow measures live log throughput: a job writes 8 MB to
// stdout on one peer; a follower at another peer's API receives it, sealed
// chunk by sealed chunk over a libp2p stream and the unix socket, and opens
// each with the owner's key, as `skyops logs -f` does.
//
//	go test ./testnet -run '^$' -bench LogFollow -benchtime 3x
func BenchmarkLogFollow(b *testing.B) {
	dir := b.TempDir()
	mod := filepath.Join(dir, "spew.wasm")
	cmd := exec.Command("go", "build", "-o", mod, "./testdata/spew")
	cmd.Env = append(os.Environ(), "GOOS=wasip1", "GOARCH=wasm", "CGO_ENABLED=0")
	if out, err := cmd.CombinedOutput(); err != nil {
		b.Fatalf("build spew: %v\n%s", err, out)
	}
	module, _ := os.ReadFile(mod)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	c, err := StartInProcess(ctx, InProcessConfig{Peers: 2, Network: "logbench", Fleets: []string{"H100:1", "none"}})
	if err != nil {
		b.Fatal(err)
	}
	defer c.Close()
	if err := c.WaitConverged(ctx); err != nil {
		b.Fatal(err)
	}
	key, _ := crypto.GenerateKey()
	owner := types.KeySigner{Key: key}
	follower := api.NewClient(c.Nodes[1].SocketPath())
	var total int64
	var elapsed time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		// The GPU pins the job to peer 0; the follower is peer 1.
		req := signedJob(b, "logbench", c.Nodes[0].ID(), owner, module, "H100", 1, "-mb", "8")
		resp, err := api.NewClient(c.Nodes[0].SocketPath()).Submit(ctx, req)
		if err != nil {
			b.Fatal(err)
		}
		var got int64
		var first time.Time
		err = follower.FollowLogs(ctx, resp.ID, func(sealed []byte) error {
			p, err := types.OpenSealed(key, sealed)
			if first.IsZero() {
				first = time.Now()
			}
			got += int64(len(p))
			return err
		})
		if err != nil {
			b.Fatal(err)
		}
		elapsed += time.Since(first)
		total += got
		if got < 8<<20-4096 { // whole lines of the 8 MiB, plus the closing line
			b.Fatalf("followed %d bytes of 8 MiB", got)
		}
	}
	b.StopTimer()
	b.ReportMetric(float64(total)/(1<<20)/elapsed.Seconds(), "MB/s")
}
