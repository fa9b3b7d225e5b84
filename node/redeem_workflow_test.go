package node

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/skyops/skyops/identity"
	"github.com/skyops/skyops/sched"
	"github.com/skyops/skyops/types"
	"github.com/skyops/skyops/workflow"
)

// A challenged leaf of a workflow's try is answered with the workflow
// the brain holds: its signed form, the owner's signature and the try's
// place, which make the leaf's job; never a spec signature of its own.
func TestRedeemAnswersAWorkflowTryWithItsWorkflow(t *testing.T) {
	const chainID = 1337
	priv, err := crypto.ToECDSA(bytes.Repeat([]byte{1}, 32))
	if err != nil {
		t.Fatal(err)
	}
	self, err := identity.FromECDSA(priv)
	if err != nil {
		t.Fatal(err)
	}
	ownerKey, err := crypto.ToECDSA(bytes.Repeat([]byte{7}, 32))
	if err != nil {
		t.Fatal(err)
	}
	owner := crypto.PubkeyToAddress(ownerKey.PublicKey)
	n := &Node{key: self, cfg: Config{Network: "t"}, brain: sched.NewPeer(self.PeerID(), sched.PeerConfig{TTLMs: 60_000})}

	const src = "name: one\njobs:\n  a:\n    process: /bin/true\n"
	f, err := workflow.Parse("one.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	sw, err := workflow.Compile(f, []byte(src), map[string]types.JobSpec{"a": {PriceCapWei: "0", DurationSec: 60}},
		workflow.Signing{Network: "t", Home: self.PeerID().String(), Nonce: 1, CreatedAt: 1_700_000_000})
	if err != nil {
		t.Fatal(err)
	}
	sig, err := types.SignWorkflow(sw, chainID, types.KeySigner{Key: ownerKey})
	if err != nil {
		t.Fatal(err)
	}
	digest, err := sw.Digest(chainID)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := json.Marshal(sw)
	if err != nil {
		t.Fatal(err)
	}
	ev := &types.JobEvent{Job: digest, Type: types.EvWorkflow, Actor: self.PeerID(), TimeMs: 1_700_000_000_000, ChainID: chainID, Spec: raw, OwnerSig: sig}
	proof, err := n.verifyWorkflow(ev)
	if err != nil {
		t.Fatal(err)
	}
	if r := n.brain.Step(sched.Msg{Type: sched.MsgEvent, Event: ev, Hash: crypto.Keccak256Hash(raw), Proof: proof}).AddResult; !r.New {
		t.Fatalf("the workflow was not admitted: %q", r.Dropped)
	}
	job := types.WorkflowJobID(digest, 0, 0)
	if n.brain.Job(job) == nil {
		t.Fatal("the workflow's first try is not a job")
	}

	wf, ok, err := n.signedWorkflowTry(job)
	if err != nil || !ok {
		t.Fatalf("the try's workflow: %v, %v", ok, err)
	}
	if wf.instance != 0 || wf.try != 0 || !bytes.Equal(wf.sig, sig) {
		t.Fatalf("answering as instance %d try %d with signature %x", wf.instance, wf.try, wf.sig)
	}
	// What the escrow checks: the words rebuild a digest the owner signed,
	// of which the leaf's job is this try.
	d, err := wf.signed.Digest(chainID)
	if err != nil || types.WorkflowJobID(d, wf.instance, wf.try) != job {
		t.Fatalf("the answer's workflow digests to %s (%v), not the try's workflow", d, err)
	}
	if got, err := types.RecoverWorkflowOwner(wf.signed, chainID, wf.sig); err != nil || got != owner {
		t.Fatalf("the answer recovers %s, %v; want the owner %s", got, err, owner)
	}
	if _, err := wf.signed.Words(); err != nil {
		t.Fatal(err)
	}
	if _, _, ok := n.signedSpec(job); ok {
		t.Fatal("a workflow's try answers with a spec signature of its own")
	}

	// A job not held here is no try.
	if _, ok, err := n.signedWorkflowTry(crypto.Keccak256Hash([]byte("no such job"))); ok || err != nil {
		t.Fatalf("an unknown job: %v, %v", ok, err)
	}
}
