package testnet

import (
	"archive/tar"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/skyops/skyops/api"
	"github.com/skyops/skyops/content"
	"github.com/skyops/skyops/types"
)

// largeOutputHeapBound is what the heap of the whole test process (both
// daemons and the owner's side, all in it) may reach while a 1 GiB output
// is written, sealed, moved and opened: a quarter of the output. The
// figures measured are logged; the README has them.
const largeOutputHeapBound = 256 << 20

// A job writes 1 GiB of outputs on one peer; the owner's home, another
// peer, collects them block by block, and the owner streams them from it,
// checks them against the output CID the executor signed, opens them with
// the wallet key and finds the executor's bytes. Nothing holds the output
// whole: the heap of the process running both daemons stays bounded.
func TestLargeOutputMovesInBoundedMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("moves 1 GiB between daemons")
	}
	const size = 1 << 30
	ctx, cancel := context.WithTimeout(context.Background(), 8*time.Minute)
	defer cancel()
	c := processCluster(t, ctx, "big")
	stop := make(chan struct{})
	peak := processHeapPeak(stop)
	defer close(stop)

	key, _ := crypto.GenerateKey()
	owner := types.KeySigner{Key: key}
	cl := api.NewClient(c.Nodes[0].SocketPath())
	// Random bytes (so no layer can shrink them), with their digest
	// recorded by the job itself.
	req := signedJob(t, "big", c.Nodes[0].ID(), owner, nil, "", 0, "-c",
		"head -c 1073741824 /dev/urandom > big && sha256sum big | cut -d' ' -f1 > big.sha256")
	req.Spec.Runtime, req.Spec.Artifact, req.Spec.ArtifactSize, req.Artifact = "process", "sh", 0, nil
	req.Spec.DiskMiB = 1200
	req.Spec.DurationSec = 300
	resign(t, &req, owner)
	started := time.Now()
	resp, err := cl.Submit(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	j := waitJob(t, ctx, cl, resp.ID)
	ran := time.Since(started)
	if j.State != "completed" || j.Node != c.Nodes[1].ID().String() {
		t.Fatalf("1 GiB job: %s on %s (%s)", j.State, j.Node, j.Error)
	}
	if !strings.HasPrefix(j.OutputCID, "bafy") {
		t.Fatalf("output CID %s is not a UnixFS DAG root", j.OutputCID)
	}

	// The home collects it from the executor.
	collectStart := time.Now()
	for !c.Nodes[0].Collected(common.HexToHash(j.ID)) {
		if ctx.Err() != nil {
			t.Fatal("the home did not collect the 1 GiB output")
		}
		time.Sleep(200 * time.Millisecond)
	}
	collected := time.Since(collectStart)

	// The owner streams it from the home, checks and opens it.
	openStart := time.Now()
	rc, err := cl.Output(ctx, j.ID)
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	pr, pw := io.Pipe()
	rootc := make(chan string, 1)
	go func() {
		root, _, err := content.CIDOf(ctx, pr)
		pr.CloseWithError(err)
		rootc <- root.String()
	}()
	sealed := io.TeeReader(rc, pw)
	plain, err := types.OpenStream(key, sealed)
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]string{}
	var bigDigest string
	tr := tar.NewReader(plain)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("read the output package: %v", err)
		}
		switch h.Name {
		case "big":
			d := sha256.New()
			n, err := io.Copy(d, tr)
			if err != nil || n != size {
				t.Fatalf("big: %d bytes, %v", n, err)
			}
			bigDigest = hex.EncodeToString(d.Sum(nil))
		default:
			b, _ := io.ReadAll(io.LimitReader(tr, 1<<10))
			files[h.Name] = strings.TrimSpace(string(b))
		}
	}
	if _, err := io.Copy(io.Discard, sealed); err != nil {
		t.Fatal(err)
	}
	pw.Close()
	if root := <-rootc; root != j.OutputCID {
		t.Fatalf("the output streamed hashes to %s, the executor signed %s", root, j.OutputCID)
	}
	opened := time.Since(openStart)
	if bigDigest == "" || files["big.sha256"] != bigDigest {
		t.Fatalf("big hashes to %s here, %q where it ran", bigDigest, files["big.sha256"])
	}
	t.Logf("1 GiB output: run and seal %s, collect %s (%.0f MB/s), stream, check and open %s; peak heap %d MiB",
		ran.Round(time.Second), collected.Round(time.Second), float64(size)/1e6/collected.Seconds(), opened.Round(time.Second), peak.Load()>>20)
	if p := peak.Load(); p > largeOutputHeapBound {
		t.Fatalf("peak heap %d MiB while moving 1 GiB: something holds the output whole (bound %d MiB)", p>>20, largeOutputHeapBound>>20)
	}
}

// processHeapPeak samples the heap in use until stop closes.
func processHeapPeak(stop <-chan struct{}) *atomic.Uint64 {
	var peak atomic.Uint64
	go func() {
		var ms runtime.MemStats
		for {
			runtime.ReadMemStats(&ms)
			if ms.HeapInuse > peak.Load() {
				peak.Store(ms.HeapInuse)
			}
			select {
			case <-stop:
				return
			case <-time.After(50 * time.Millisecond):
			}
		}
	}()
	return &peak
}
