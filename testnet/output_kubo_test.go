package testnet

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/skyops/skyops/api"
	"github.com/skyops/skyops/exec/result"
	"github.com/skyops/skyops/testnet/kubo"
	"github.com/skyops/skyops/types"
)

// A job's output is an IPFS object: a real kubo node connected to the
// executor fetches it by the output CID over bitswap, `ipfs add
// --cid-version 1` of the bytes gives that CID, and what kubo holds is
// what the owner's wallet opens.
func TestKuboFetchesAJobOutput(t *testing.T) {
	if testing.Short() {
		t.Skip("starts daemons and kubo")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	k := kubo.Start(ctx, t)
	c := processCluster(t, ctx, "kout")
	key, _ := crypto.GenerateKey()
	owner := types.KeySigner{Key: key}
	cl := api.NewClient(c.Nodes[0].SocketPath())
	// Several chunks of output, so the CID is a DAG of many blocks.
	req := signedJob(t, "kout", c.Nodes[0].ID(), owner, nil, "", 0, "-c", `head -c 3000000 /dev/urandom > weights.bin; echo "from $SKYOPS_JOB" > note.txt`)
	req.Spec.Runtime, req.Spec.Artifact, req.Spec.ArtifactSize, req.Artifact = "process", "sh", 0, nil
	resign(t, &req, owner)
	resp, err := cl.Submit(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	j := waitJob(t, ctx, cl, resp.ID)
	if j.State != "completed" || j.Node != c.Nodes[1].ID().String() {
		t.Fatalf("job: %s on %s (%s)", j.State, j.Node, j.Error)
	}
	exec := c.Nodes[1].Host().LibP2P()
	if err := k.Connect(ctx, fmt.Sprintf("%s/p2p/%s", exec.Addrs()[0], exec.ID())); err != nil {
		t.Fatalf("kubo connect to the executor: %v", err)
	}
	got, err := k.Cat(ctx, j.OutputCID)
	if err != nil {
		t.Fatalf("kubo cat the output %s: %v", j.OutputCID, err)
	}
	if want := readOutput(t, ctx, cl, j.ID); !bytes.Equal(got, want) {
		t.Fatalf("kubo read %d bytes, the daemon serves %d", len(got), len(want))
	}
	added, err := k.AddWith(ctx, bytes.NewReader(got), kubo.AddOptions{CIDVersion1: true, OnlyHash: true})
	if err != nil {
		t.Fatal(err)
	}
	if added != j.OutputCID {
		t.Fatalf("ipfs add --cid-version 1 of the output gives %s, the executor signed %s", added, j.OutputCID)
	}
	out := filepath.Join(t.TempDir(), "out")
	if err := result.Unpack(bytes.NewReader(openOutput(t, key, got)), out, result.Limits{}); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(filepath.Join(out, "note.txt")); !strings.Contains(string(b), j.ID) {
		t.Fatalf("note.txt from kubo's copy: %q", b)
	}
}
