package testnet

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/skyops/skyops/api"
	"github.com/skyops/skyops/content"
	"github.com/skyops/skyops/exec/result"
	"github.com/skyops/skyops/node"
	"github.com/skyops/skyops/types"
)

var (
	demoOnce sync.Once
	demoWasm []byte
	demoErr  error
)

// demoModule builds examples/demo-train for wasip1 once per test binary.
func demoModule(t testing.TB) []byte {
	t.Helper()
	demoOnce.Do(func() {
		dir, err := os.MkdirTemp("", "skdemo")
		if err != nil {
			demoErr = err
			return
		}
		out := filepath.Join(dir, "demo.wasm")
		cmd := exec.Command("go", "build", "-o", out, "github.com/skyops/skyops/examples/demo-train")
		cmd.Env = append(os.Environ(), "GOOS=wasip1", "GOARCH=wasm", "CGO_ENABLED=0")
		if b, err := cmd.CombinedOutput(); err != nil {
			demoErr = err
			t.Logf("%s", b)
			return
		}
		demoWasm, demoErr = os.ReadFile(out)
		os.RemoveAll(dir)
	})
	if demoErr != nil {
		t.Fatalf("build demo module: %v", demoErr)
	}
	return demoWasm
}

func nonce() uint64 {
	var b [8]byte
	rand.Read(b[:])
	return binary.BigEndian.Uint64(b[:])
}

// signedJob builds and signs a job spec for the demo module, to be
// submitted at the daemon home.
func signedJob(t testing.TB, network string, home peer.ID, owner types.Signer, module []byte, gpuModel string, gpus uint32, args ...string) api.SubmitRequest {
	t.Helper()
	spec := types.JobSpec{
		Network: network, Home: home.String(), Nonce: nonce(), CreatedAt: uint64(time.Now().Unix()),
		Runtime: "wasm", Artifact: result.CIDOf(module), ArtifactSize: uint64(len(module)),
		Args: args, Env: []string{}, Model: "demo", GPUModel: gpuModel, GPUCount: gpus,
		RAMMiB: 256, DurationSec: 120, PriceCapWei: "0", InputCIDs: []string{},
	}
	sig, err := types.SignJobSpec(&spec, 1337, owner)
	if err != nil {
		t.Fatal(err)
	}
	return api.SubmitRequest{Spec: spec, Signature: "0x" + hex.EncodeToString(sig), Artifact: module, Owner: owner.Address().Hex()}
}

// Jobs submitted at different peers run where the rule places them, every
// peer agrees on the executor, and the owner gets the right output back.
func TestJobsEndToEndInProcess(t *testing.T) {
	if testing.Short() {
		t.Skip("starts daemons and runs wasm jobs")
	}
	module := demoModule(t)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	c := startCluster(t, ctx, InProcessConfig{Peers: 4, Network: "jobs", Fleets: []string{"dgxa100", "H100:2", "none", "A30:4"}})
	key, _ := crypto.GenerateKey()
	owner := types.KeySigner{Key: key}
	clients := make([]*api.Client, len(c.Nodes))
	for i, n := range c.Nodes {
		clients[i] = api.NewClient(n.SocketPath())
	}

	type sub struct {
		id    string
		gpu   string
		model string
	}
	var subs []sub
	for i, j := range []struct {
		gpu  string
		gpus uint32
	}{{"A100", 2}, {"H100", 1}, {"", 0}, {"A30", 4}, {"", 0}, {"A100", 1}} {
		req := signedJob(t, "jobs", c.Nodes[i%len(clients)].ID(), owner, module, j.gpu, j.gpus, "--epochs", "1", "--steps", "2", "--sleep-ms", "10", "--model", "m"+string(rune('a'+i)))
		resp, err := clients[i%len(clients)].Submit(ctx, req)
		if err != nil {
			t.Fatalf("submit %d: %v", i, err)
		}
		if resp.Owner != owner.Address().Hex() {
			t.Fatalf("owner %s, want %s", resp.Owner, owner.Address().Hex())
		}
		subs = append(subs, sub{resp.ID, j.gpu, "m" + string(rune('a'+i))})
	}
	for _, s := range subs {
		var exec string
		for i, cl := range clients {
			j := waitJob(t, ctx, cl, s.id)
			if j.State != "completed" {
				t.Fatalf("job %s at peer %d: %s (%s)", s.id[:10], i, j.State, j.Error)
			}
			if exec == "" {
				exec = j.Node
			} else if j.Node != exec {
				t.Fatalf("peers disagree on the executor of %s: %s vs %s", s.id[:10], exec, j.Node)
			}
		}
		// A GPU job ran on a node with that GPU.
		if s.gpu != "" {
			var found bool
			for _, n := range c.Nodes[0].Nodes() {
				if n.ID == exec {
					for _, g := range n.GPUs {
						found = found || strings.Contains(g.Model, s.gpu)
					}
				}
			}
			if !found {
				t.Fatalf("job needing %s ran on %s, which has none", s.gpu, exec)
			}
		}
		// The output comes back intact from a peer that did not run it.
		sealed := readOutput(t, ctx, clients[3], s.id)
		// Sealed to the owner: another key cannot open it, the owner's can.
		stranger, _ := crypto.GenerateKey()
		if _, err := types.OpenStream(stranger, bytes.NewReader(sealed)); !errors.Is(err, types.ErrNotYours) {
			t.Fatalf("a stranger opened the output: %v", err)
		}
		data := openOutput(t, key, sealed)
		dir := t.TempDir()
		out := filepath.Join(dir, "out")
		if err := result.Unpack(bytes.NewReader(data), out, result.Limits{MaxFiles: 100, MaxBytes: 1 << 20}); err != nil {
			t.Fatal(err)
		}
		model, err := os.ReadFile(filepath.Join(out, "model.txt"))
		if err != nil || !strings.Contains(string(model), s.model) {
			t.Fatalf("output model.txt = %q, %v; want it to name %s", model, err, s.model)
		}
		sealedLogs, err := clients[2].Logs(ctx, s.id)
		if err != nil {
			t.Fatal(err)
		}
		logs, err := types.OpenSealed(key, sealedLogs)
		if err != nil || !strings.Contains(string(logs), "epoch 1/1") {
			t.Fatalf("logs of %s: %q, %v", s.id[:10], logs, err)
		}
	}
}

func waitJob(t testing.TB, ctx context.Context, c *api.Client, id string) *api.Job {
	t.Helper()
	for {
		j, err := c.Job(ctx, id)
		if err == nil && (j.State == "completed" || j.State == "failed" || j.State == "cancelled") {
			return j
		}
		select {
		case <-ctx.Done():
			t.Fatalf("job %s did not finish: %+v %v", id, j, err)
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// ownerOutput fetches a job's output, opens it with the owner's key and
// unpacks it into a new dir, which it returns.
func ownerOutput(t testing.TB, ctx context.Context, cl *api.Client, key *ecdsa.PrivateKey, id string) string {
	t.Helper()
	pkg := openOutput(t, key, readOutput(t, ctx, cl, id))
	out := filepath.Join(t.TempDir(), "out")
	if err := result.Unpack(bytes.NewReader(pkg), out, result.Limits{}); err != nil {
		t.Fatal(err)
	}
	return out
}

// processCluster starts two in-process daemons without GPUs, of which
// the second allows the process runtime: jobs submitted at the first run
// on the second.
func processCluster(t testing.TB, ctx context.Context, network string) *Cluster {
	t.Helper()
	return startCluster(t, ctx, InProcessConfig{Peers: 2, Network: network, Fleets: []string{"none", "none"},
		Options: func(i int) []node.Option {
			if i == 1 {
				return []node.Option{node.AllowProcess()}
			}
			return nil
		}})
}

// readOutput reads a job's sealed output through cl and checks it against
// the job's output CID (a UnixFS DAG root, as ipfs add computes it).
func readOutput(t testing.TB, ctx context.Context, cl *api.Client, id string) []byte {
	t.Helper()
	j, err := cl.Job(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	rc, err := cl.Output(ctx, id)
	if err != nil {
		t.Fatalf("output of %s: %v", id[:10], err)
	}
	defer rc.Close()
	sealed, err := io.ReadAll(rc)
	if err != nil {
		t.Fatalf("read the output of %s: %v", id[:10], err)
	}
	root, _, err := content.CIDOf(ctx, bytes.NewReader(sealed))
	if err != nil || root.String() != j.OutputCID {
		t.Fatalf("output of %s hashes to %s (%v), the job says %s", id[:10], root, err, j.OutputCID)
	}
	return sealed
}

// openOutput decrypts a sealed output package with the owner's key.
func openOutput(t testing.TB, key *ecdsa.PrivateKey, sealed []byte) []byte {
	t.Helper()
	r, err := types.OpenStream(key, bytes.NewReader(sealed))
	if err != nil {
		t.Fatal(err)
	}
	pkg, err := io.ReadAll(r)
	if err != nil {
		t.Fatalf("open the output: %v", err)
	}
	return pkg
}

// startCluster starts an in-process testnet that every peer has converged
// on, stopped when the test ends.
func startCluster(t testing.TB, ctx context.Context, cfg InProcessConfig) *Cluster {
	t.Helper()
	c, err := StartInProcess(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	if err := c.WaitConverged(ctx); err != nil {
		t.Fatal(err)
	}
	return c
}
