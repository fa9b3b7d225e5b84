package testnet

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/skyops/skyops/api"
	"github.com/skyops/skyops/content"
	"github.com/skyops/skyops/node"
	"github.com/skyops/skyops/types"
)

// Datasets by CID, on three daemons: a file added on peer 2 is advertised
// there and provided in the DHT. A --data-local job submitted at peer 0
// runs on peer 2, the one node that holds it, and reads it; a job bound
// to peer 1's region (which lacks it) fetches it from peer 2 block by
// block and reads the same bytes, and peer 1 holds and advertises it
// afterwards. A job whose dataset nobody provides yet waits, saying so,
// and runs once a peer adds it.
func TestDatasetsRunWhereTheDataIs(t *testing.T) {
	if testing.Short() {
		t.Skip("starts daemons")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	regions := []string{"r0", "r1", "r2"}
	c := startCluster(t, ctx, InProcessConfig{Peers: 3, Network: "datasets", Fleets: []string{"none", "none", "none"},
		Options: func(i int) []node.Option { return []node.Option{node.AllowProcess(), node.Region(regions[i])} }})
	cl := func(i int) *api.Client { return api.NewClient(c.Nodes[i].SocketPath()) }

	data := bytes.Repeat([]byte("a line of the training set, "), 120_000) // 3.2 MiB: 13 chunks
	sum := sha256.Sum256(data)
	added, err := cl(2).AddContent(ctx, bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	if added.Size != uint64(len(data)) || !strings.HasPrefix(added.CID, "bafybei") {
		t.Fatalf("added %+v", added)
	}
	if got, _ := cl(2).ListContent(ctx); len(got) != 1 || got[0].CID != added.CID {
		t.Fatalf("peer 2 lists %+v", got)
	}
	// Peer 0 sees peer 2's advert list the dataset.
	for {
		ns, err := cl(0).Nodes(ctx)
		if err != nil {
			t.Fatal(err)
		}
		i := slices.IndexFunc(ns, func(n api.Node) bool { return n.ID == c.Nodes[2].ID().String() })
		if i >= 0 && slices.Contains(ns[i].Datasets, added.CID) {
			break
		}
		if ctx.Err() != nil {
			t.Fatal("peer 0 never saw peer 2 advertise the dataset")
		}
		time.Sleep(100 * time.Millisecond)
	}

	owner, _ := crypto.GenerateKey()
	signer := types.KeySigner{Key: owner}
	job := func(region string, dataLocal bool, inputs ...string) api.SubmitRequest {
		req := signedJob(t, "datasets", c.Nodes[0].ID(), signer, nil, "", 0, "-c", `sha256sum "$SKYOPS_INPUTS"/*  | cut -d' ' -f1 > sum.txt`)
		req.Spec.Runtime, req.Spec.Artifact, req.Spec.ArtifactSize, req.Artifact = "process", "sh", 0, nil
		req.Spec.InputCIDs, req.Spec.DataLocal, req.Spec.Region = inputs, dataLocal, region
		resign(t, &req, signer)
		return req
	}
	run := func(req api.SubmitRequest, wantNode int) {
		t.Helper()
		resp, err := cl(0).Submit(ctx, req)
		if err != nil {
			t.Fatal(err)
		}
		j := waitJob(t, ctx, cl(0), resp.ID)
		if j.State != "completed" || j.Node != c.Nodes[wantNode].ID().String() {
			t.Fatalf("job %s on %s (%s); want completed on peer %d", j.State, j.Node, j.Error, wantNode)
		}
		out := ownerOutput(t, ctx, cl(0), owner, j.ID)
		if b, _ := os.ReadFile(filepath.Join(out, "sum.txt")); strings.TrimSpace(string(b)) != hex.EncodeToString(sum[:]) {
			t.Fatalf("the job on peer %d read a dataset hashing to %q", wantNode, b)
		}
		if j.Meter == nil || j.Meter.BytesIn < uint64(len(data)) {
			t.Fatalf("metering: %+v", j.Meter)
		}
	}
	// Anywhere it may run, only peer 2 holds the data: it runs there.
	run(job("", true, "ipfs://"+added.CID), 2)
	// Bound to peer 1, which fetches it.
	run(job("r1", false, "ipfs://"+added.CID), 1)
	if got, _ := cl(1).ListContent(ctx); !slices.ContainsFunc(got, func(x api.Content) bool { return x.CID == added.CID }) {
		t.Fatalf("peer 1 does not hold the dataset it fetched: %+v", got)
	}
	// The data-local job now may run on peer 1 or 2, never on peer 0.
	run(job("r1", true, "ipfs://"+added.CID), 1)

	// Content nobody holds yet: the job is kept, and waits with the CID in
	// the reason; no node claims it. Once a peer adds the content, it runs.
	later := bytes.Repeat([]byte("added after the job was submitted, "), 30_000)
	laterSum := sha256.Sum256(later)
	root, _, err := content.CIDOf(ctx, bytes.NewReader(later))
	if err != nil {
		t.Fatal(err)
	}
	resp, err := cl(0).Submit(ctx, job("", false, "ipfs://"+root.String()))
	if err != nil {
		t.Fatalf("a dataset nobody provides yet: %v", err)
	}
	for wait := time.Now().Add(3 * time.Second); time.Now().Before(wait); time.Sleep(200 * time.Millisecond) {
		j, err := cl(0).Job(ctx, resp.ID)
		if err != nil {
			t.Fatal(err)
		}
		if j.State != "pending" || j.Node != "" || slices.ContainsFunc(j.Events, func(e api.JobEvent) bool { return e.Type != "submit" }) {
			t.Fatalf("a job whose dataset nobody provides is %s on %q (%s), events %+v", j.State, j.Node, j.Error, j.Events)
		}
		if !strings.Contains(j.Placement, "no provider of "+root.String()+" found") {
			t.Fatalf("waiting job's placement %q does not name the missing dataset", j.Placement)
		}
	}
	if _, err := cl(1).AddContent(ctx, bytes.NewReader(later)); err != nil {
		t.Fatal(err)
	}
	j := waitJob(t, ctx, cl(0), resp.ID)
	if j.State != "completed" {
		t.Fatalf("once the dataset was added: %s (%s)", j.State, j.Error)
	}
	out := ownerOutput(t, ctx, cl(0), owner, j.ID)
	if b, _ := os.ReadFile(filepath.Join(out, "sum.txt")); strings.TrimSpace(string(b)) != hex.EncodeToString(laterSum[:]) {
		t.Fatalf("the job read a dataset hashing to %q", b)
	}
}
