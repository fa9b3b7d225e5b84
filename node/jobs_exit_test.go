package node

import (
	"context"
	"crypto/rand"
	"encoding/binary"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/skyops/skyops/api"
	"github.com/skyops/skyops/exec/result"
	"github.com/skyops/skyops/types"
)

// A job whose run never started has no exit code: the API shows null and
// says it never started, never a fake exit 0. A run that exits 0 shows 0.
func TestFailBeforeStartHasNoExitCode(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	n := startedNode(t, ctx, DataDir(filepath.Join(tmp(t), "d")), Network(syncTestNet), quiet(), SimGPUs("none"), WithoutChain(), WithoutDocker())
	cl := api.NewClient(n.SocketPath())
	owner, _ := crypto.GenerateKey()
	wait := func(id string) *api.Job {
		t.Helper()
		for {
			j, err := cl.Job(ctx, id)
			if err == nil && (j.State == "completed" || j.State == "failed") {
				return j
			}
			select {
			case <-ctx.Done():
				t.Fatalf("job %s did not end: %+v, %v", id, j, err)
			case <-time.After(50 * time.Millisecond):
			}
		}
	}

	// A module with no _start, as a modified home daemon could gossip it
	// (the API refuses it at submit): the runtime cannot start it.
	mod := []byte("\x00asm\x01\x00\x00\x00")
	if err := n.blobs.Put(result.CIDOf(mod), mod); err != nil {
		t.Fatal(err)
	}
	var nb [8]byte
	rand.Read(nb[:])
	spec := types.JobSpec{
		Network: n.cfg.Network, Home: n.ID().String(), Nonce: binary.BigEndian.Uint64(nb[:]), CreatedAt: uint64(time.Now().Unix()),
		Runtime: "wasm", Artifact: result.CIDOf(mod), ArtifactSize: uint64(len(mod)),
		Args: []string{}, Env: []string{}, Model: "demo", RAMMiB: 16, DurationSec: 60, PriceCapWei: "0", InputCIDs: []string{},
	}
	sig, err := types.SignJobSpec(&spec, n.cfg.ChainID, types.KeySigner{Key: owner})
	if err != nil {
		t.Fatal(err)
	}
	id, _ := spec.Digest(n.cfg.ChainID)
	specJSON, _ := json.Marshal(&spec)
	sub := &types.JobEvent{Job: id, Type: types.EvSubmit, Spec: specJSON, OwnerSig: sig, ChainID: n.cfg.ChainID}
	if _, err := n.receive(context.Background(), sub, sealed(t, n, sub), false); err != nil {
		t.Fatal(err)
	}
	n.stepSoon()
	j := wait(id.Hex())
	var detail string
	for _, e := range j.Events {
		if e.Type == "fail" {
			detail = e.Detail
		}
	}
	if j.State != "failed" || j.ExitCode != nil || !strings.HasPrefix(detail, "never started: ") {
		t.Fatalf("run that never started: %s, exit code %v, detail %q; want failed, no exit code", j.State, j.ExitCode, detail)
	}

	// A run that exits 0 shows it.
	resp, err := cl.Submit(ctx, emptyJob(t, n, owner))
	if err != nil {
		t.Fatal(err)
	}
	if j := wait(resp.ID); j.State != "completed" || j.ExitCode == nil || *j.ExitCode != 0 {
		t.Fatalf("empty command: %s, exit code %v (%s); want completed, 0", j.State, j.ExitCode, j.Error)
	}
}
