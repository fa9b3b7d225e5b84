package node

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/skyops/skyops/exec/result"
	"github.com/skyops/skyops/ledger"
	"github.com/skyops/skyops/types"
)

// The gossip check of a cancelled run's receipt: a receipt built from the
// attempt's claim, start and the executor's stop report passes at a peer
// holding those events, and the job stays cancelled; a stop report that
// meters more than its events allow (more wall time than lies between the
// start and the report) makes a receipt every such peer rejects.
func TestCancelledRunReceiptCheck(t *testing.T) {
	n, err := New(context.Background(), DataDir(filepath.Join(tmp(t), "d")), Network(syncTestNet), quiet(),
		SimGPUs("none"), WithoutChain(), WithoutDocker())
	if err != nil {
		t.Fatal(err)
	}
	defer n.Close()
	fold := func(raw []byte) {
		t.Helper()
		e, err := types.OpenJobEvent(n.cfg.Network, raw)
		if err != nil {
			t.Fatal(err)
		}
		if fresh, err := n.receive(context.Background(), e, raw, false); err != nil || !fresh {
			t.Fatalf("fold %s: fresh %v, %v", e.Type, fresh, err)
		}
	}
	// run folds a job that n claimed and started, that its owner cancelled
	// after 900 ms, and n's stop report metering wallMs, and returns the
	// receipt n would sign from them.
	run := func(wallMs uint64) *types.OpenedReceipt {
		t.Helper()
		owner, _ := crypto.GenerateKey()
		sub, subRaw := submitBy(t, n, owner)
		fold(subRaw)
		claim := claimFor(t, n, sub, 1)
		fold(claim)
		c, _ := types.OpenJobEvent(n.cfg.Network, claim)
		h := types.CancelHash(n.cfg.Network, sub.Job)
		sig, _ := crypto.Sign(h[:], owner)
		fold(sealed(t, n, &types.JobEvent{Job: sub.Job, Type: types.EvStart, Attempt: 1, TimeMs: c.TimeMs + 10}))
		fold(sealed(t, n, &types.JobEvent{Job: sub.Job, Type: types.EvCancel, TimeMs: c.TimeMs + 900, OwnerSig: sig}))
		stop := &types.JobEvent{Job: sub.Job, Type: types.EvProgress, Attempt: 1, TimeMs: c.TimeMs + 1000, Reason: ledger.StopReasonCancelled,
			Meter: types.Metering{WallMs: wallMs, CPUMs: wallMs / 2, GPUs: 1, EnergyJ: 1}}
		fold(sealed(t, n, stop))
		n.mu.Lock()
		j := n.brain.Job(sub.Job)
		state := j.State
		ev, ok := attemptEvents(j, j.Events(), n.key.PeerID(), 1)
		n.mu.Unlock()
		if state != "cancelled" || !ok || !ledger.IsStopReport(ev.End) {
			t.Fatalf("after the stop report: job %s, attempt events %v (end %+v)", state, ok, ev.End)
		}
		r, err := ledger.BuildReceipt(sub.Job, ev, "NVIDIA H100 80GB HBM3")
		if err != nil {
			t.Fatal(err)
		}
		data, err := types.SealReceipt(n.cfg.Network, r, n.key)
		if err != nil {
			t.Fatal(err)
		}
		op, err := types.OpenReceipt(n.cfg.Network, data)
		if err != nil {
			t.Fatal(err)
		}
		return op
	}
	honest := run(950)
	if r := honest.Receipt; r.Outcome != types.OutcomeCancelled || r.GPUMs != 950 || r.StartMs+990 != r.EndMs {
		t.Fatalf("receipt of the cancelled run: %+v", r)
	}
	if err := n.checkReceipt(honest); err != nil {
		t.Fatalf("the honest receipt of a cancelled run is rejected: %v", err)
	}
	if rep := n.verifyBundle(context.Background(), &ledger.Bundle{Network: n.cfg.Network, Receipt: mustSeal(t, n, honest.Receipt)}); !checkOK(rep, ledger.CheckEvents) {
		t.Fatalf("verify of the honest receipt: %+v", rep.Checks)
	}
	inflated := run(uint64(time.Hour.Milliseconds()))
	if err := n.checkReceipt(inflated); err == nil || !strings.Contains(err.Error(), "wall time") {
		t.Fatalf("a stop report metering an hour in one second made a receipt the check took: %v", err)
	}
	if rep := n.verifyBundle(context.Background(), &ledger.Bundle{Network: n.cfg.Network, Receipt: mustSeal(t, n, inflated.Receipt)}); checkOK(rep, ledger.CheckEvents) {
		t.Fatalf("verify passed the inflated receipt's events: %+v", rep.Checks)
	}
}

func mustSeal(t *testing.T, n *Node, r *types.Receipt) []byte {
	t.Helper()
	data, err := types.SealReceipt(n.cfg.Network, r, n.key)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func checkOK(rep *ledger.Report, name string) bool {
	for _, c := range rep.Checks {
		if c.Name == name {
			return c.OK && !c.Skipped
		}
	}
	return false
}

// submitBy makes a submit of a new one-H100 job signed by owner, by actor n.
func submitBy(t *testing.T, n *Node, owner *ecdsa.PrivateKey) (*types.JobEvent, []byte) {
	t.Helper()
	module := []byte("\x00asm\x01\x00\x00\x00")
	spec := types.JobSpec{
		Network: n.cfg.Network, Home: n.key.PeerID().String(), Nonce: uint64(time.Now().UnixNano()), CreatedAt: uint64(time.Now().Unix()),
		Runtime: "wasm", Artifact: result.CIDOf(module), ArtifactSize: uint64(len(module)),
		Args: []string{}, Env: []string{}, Model: "demo", GPUModel: "H100", GPUCount: 1,
		RAMMiB: 16, DurationSec: 60, PriceCapWei: "0", InputCIDs: []string{},
	}
	sig, err := types.SignJobSpec(&spec, n.cfg.ChainID, types.KeySigner{Key: owner})
	if err != nil {
		t.Fatal(err)
	}
	id, err := spec.Digest(n.cfg.ChainID)
	if err != nil {
		t.Fatal(err)
	}
	specJSON, _ := json.Marshal(&spec)
	e := &types.JobEvent{Job: id, Type: types.EvSubmit, Spec: specJSON, OwnerSig: sig, ChainID: n.cfg.ChainID}
	return e, sealed(t, n, e)
}
