package sched

import (
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/skyops/skyops/types"
)

// testGraph is a workflow as the shell would hand it over: every
// instance runs the fixture's spec, with its index in the environment.
type testGraph struct {
	nodes []WorkflowNode
	reads [][]uint32
	spec  *types.JobSpec
}

func (g testGraph) Nodes() []WorkflowNode { return g.nodes }

func (g testGraph) InstanceSpec(i uint32) *types.JobSpec {
	s := *g.spec
	s.Env = []string{"I=" + string(rune('0'+i))}
	return &s
}

func (g testGraph) Reads(i uint32) []uint32 {
	if int(i) < len(g.reads) {
		return g.reads[i]
	}
	return nil
}

var testWorkflowID = common.HexToHash("0x2222222222222222222222222222222222222222222222222222222222222222")

func (f jobFixture) workflowEvent(ms uint64) *types.JobEvent {
	return &types.JobEvent{Job: testWorkflowID, Type: types.EvWorkflow, Actor: f.a, TimeMs: ms, Spec: []byte("{}"), OwnerSig: []byte{1}}
}

func (f jobFixture) workflowCancel(t *testing.T, ms uint64) *types.JobEvent {
	key, _ := crypto.ToECDSA(f.ownerKey)
	h := types.CancelHash("t", testWorkflowID)
	sig, err := crypto.Sign(h[:], key)
	if err != nil {
		t.Fatal(err)
	}
	return &types.JobEvent{Job: testWorkflowID, Type: types.EvCancel, Actor: f.c, TimeMs: ms, OwnerSig: sig}
}

// tryEvents are the executor's claim, start and result of try (i, try).
func (f jobFixture) tryEvents(i, try uint32, result types.EventType, ms uint64) []*types.JobEvent {
	id := types.WorkflowJobID(testWorkflowID, i, try)
	mk := func(typ types.EventType, at uint64) *types.JobEvent {
		e := f.ev(typ, f.b, at)
		e.Job = id
		return e
	}
	out := []*types.JobEvent{mk(types.EvClaim, ms), mk(types.EvStart, ms+1), mk(result, ms+2)}
	if result == types.EvComplete {
		out[2].ForwardCID = "bafkforward" + string(rune('a'+i))
	}
	return out
}

func (f jobFixture) feed(p *Peer, evs ...*types.JobEvent) {
	for _, e := range evs {
		p.eventT(e, hashOf(e), f.proof(e))
	}
}

func newWorkflowPeer(t *testing.T) (jobFixture, *Peer, testGraph) {
	f := newFixture(t)
	p := NewPeer(f.c, PeerConfig{TTLMs: 10_000, SuspectMs: 5_000})
	// prepare -> train -> evaluate; train retries once; evaluate reads train.
	g := testGraph{nodes: nodesOf(nil, p0(), p1()), reads: [][]uint32{nil, {0}, {1}}, spec: f.spec}
	g.nodes[1].Retries = 1
	return f, p, g
}

func p0() []uint32 { return []uint32{0} }
func p1() []uint32 { return []uint32{1} }

func TestWorkflowTriesBecomeJobs(t *testing.T) {
	f, p, g := newWorkflowPeer(t)
	if r := p.eventT(f.workflowEvent(1000), common.Hash{1}, &EventProof{Workflow: g, Owner: f.owner}); !r.New {
		t.Fatalf("workflow not admitted: %q", r.Dropped)
	}
	root := p.Job(types.WorkflowJobID(testWorkflowID, 0, 0))
	if root == nil || root.State != Pending || root.Owner != f.owner || root.Submit.TimeMs != 1000 {
		t.Fatalf("the root's try is %+v, want a pending job of the owner dated by the workflow", root)
	}
	if p.Job(types.WorkflowJobID(testWorkflowID, 1, 0)) != nil {
		t.Fatal("train became a job before prepare ended")
	}
	if !p.Forwarded(root.ID) {
		t.Fatal("prepare's outputs are read by train, and are not forwarded")
	}
	f.feed(p, f.tryEvents(0, 0, types.EvComplete, 2000)...)
	train := p.Job(types.WorkflowJobID(testWorkflowID, 1, 0))
	if train == nil || train.State != Pending {
		t.Fatalf("train after prepare completed: %+v", train)
	}
	if train.Submit.TimeMs != 2002 {
		t.Fatalf("train is dated %d, want prepare's completion, 2002", train.Submit.TimeMs)
	}
	if !slices.Contains(train.Spec.InputCIDs, types.ForwardScheme+"bafkforwarda") {
		t.Fatalf("train's inputs %v lack prepare's forwarded outputs", train.Spec.InputCIDs)
	}
	// The forward counts for locality, and no node need list it to fit.
	if !slices.Equal(train.Req.Forwards, []string{"bafkforwarda"}) || len(train.Req.InputCIDs) != 0 {
		t.Fatalf("train's requirements: forwards %v, datasets %v", train.Req.Forwards, train.Req.InputCIDs)
	}
	adv := f.advertOf(f.b, 1, 2500)
	held := *adv
	held.CIDs = []string{"bafkforwarda"}
	if a, b := WeightInputsFor(train.Req, adv).Locality, WeightInputsFor(train.Req, &held).Locality; a != 0 || b != 1 {
		t.Fatalf("locality without and with the forward held: %d, %d", a, b)
	}
	// train fails once and is retried, as its own job.
	f.feed(p, f.tryEvents(1, 0, types.EvFail, 3000)...)
	retry := p.Job(types.WorkflowJobID(testWorkflowID, 1, 1))
	if retry == nil || retry.State != Pending || retry.Submit.TimeMs != 3002 {
		t.Fatalf("train's retry: %+v", retry)
	}
	f.feed(p, f.tryEvents(1, 1, types.EvComplete, 4000)...)
	eval := p.Job(types.WorkflowJobID(testWorkflowID, 2, 0))
	if eval == nil || !slices.Contains(eval.Spec.InputCIDs, types.ForwardScheme+"bafkforwardb") {
		t.Fatalf("evaluate after train's retry completed: %+v", eval)
	}
	if p.Forwarded(eval.ID) {
		t.Fatal("evaluate's outputs are read by no one, and are forwarded")
	}
	f.feed(p, f.tryEvents(2, 0, types.EvComplete, 5000)...)
	w := p.Workflow(testWorkflowID)
	if !w.Run.Done() || !w.Run.Succeeded() {
		t.Fatalf("workflow done %v succeeded %v", w.Run.Done(), w.Run.Succeeded())
	}
}

// TestWorkflowLateJoinerAgrees feeds a peer the same signed events in
// every order it could learn them (children's events before their parents'
// results, before the workflow itself): it must hold the same jobs in the
// same states, dated alike.
func TestWorkflowLateJoinerAgrees(t *testing.T) {
	f, _, g := newWorkflowPeer(t)
	wf := f.workflowEvent(1000)
	var evs []*types.JobEvent
	evs = append(evs, wf)
	evs = append(evs, f.tryEvents(0, 0, types.EvComplete, 2000)...)
	evs = append(evs, f.tryEvents(1, 0, types.EvComplete, 3000)...)
	type seen struct {
		state State
		at    uint64
	}
	var want map[common.Hash]seen
	permutations(evs, func(order []*types.JobEvent) {
		p := NewPeer(f.c, PeerConfig{TTLMs: 10_000, SuspectMs: 5_000})
		for _, e := range order {
			proof := f.proof(e)
			if e.Type == types.EvWorkflow {
				proof = &EventProof{Workflow: g, Owner: f.owner}
			}
			p.eventT(e, hashOf(e), proof)
		}
		got := map[common.Hash]seen{}
		for i := range uint32(3) {
			if j := p.Job(types.WorkflowJobID(testWorkflowID, i, 0)); j != nil && j.Submit != nil {
				got[j.ID] = seen{j.State, j.Submit.TimeMs}
			}
		}
		if want == nil {
			want = got
			if len(want) != 3 || want[types.WorkflowJobID(testWorkflowID, 1, 0)].state != Completed {
				t.Fatalf("in order: %v", want)
			}
			return
		}
		if len(got) != len(want) {
			t.Fatalf("order %v: jobs %v, want %v", types2(order), got, want)
		}
		for id, s := range want {
			if got[id] != s {
				t.Fatalf("order %v: job %s is %v, want %v", types2(order), id, got[id], s)
			}
		}
	})
}

func TestWorkflowCancelCancelsItsJobs(t *testing.T) {
	f, p, g := newWorkflowPeer(t)
	p.eventT(f.workflowEvent(1000), common.Hash{1}, &EventProof{Workflow: g, Owner: f.owner})
	f.feed(p, f.tryEvents(0, 0, types.EvComplete, 2000)...)
	claim := f.tryEvents(1, 0, types.EvComplete, 3000)[0]
	f.feed(p, claim)
	// A cancel signed by anyone else is refused.
	forged := f.workflowCancel(t, 3500)
	other, _ := crypto.ToECDSA(common.FromHex("0x0707070707070707070707070707070707070707070707070707070707070707"))
	h := types.CancelHash("t", testWorkflowID)
	forged.OwnerSig, _ = crypto.Sign(h[:], other)
	if r := p.eventT(forged, hashOf(forged), nil); r.New {
		t.Fatal("a cancel not signed by the owner was admitted")
	}
	c := f.workflowCancel(t, 4000)
	if r := p.eventT(c, hashOf(c), nil); !r.New {
		t.Fatalf("the owner's cancel was refused: %q", r.Dropped)
	}
	if j := p.Job(types.WorkflowJobID(testWorkflowID, 1, 0)); j.State != Cancelled {
		t.Fatalf("the running try is %v after the workflow's cancel", j.State)
	}
	w := p.Workflow(testWorkflowID)
	if !w.Run.Done() || w.Run.Succeeded() {
		t.Fatalf("cancelled workflow: done %v succeeded %v", w.Run.Done(), w.Run.Succeeded())
	}
	if s, _ := w.Run.State(2); s != InstanceCancelled {
		t.Fatalf("evaluate is %v", s)
	}
}

func TestWorkflowRefusedByEveryPeer(t *testing.T) {
	f, p, g := newWorkflowPeer(t)
	notHome := f.workflowEvent(1000)
	notHome.Actor = f.b
	if r := p.eventT(notHome, common.Hash{1}, &EventProof{Workflow: g, Owner: f.owner}); r.New {
		t.Fatal("a workflow announced by a peer other than its home was admitted")
	}
	cyclic := testGraph{nodes: nodesOf(p1(), p0()), spec: f.spec}
	if r := p.eventT(f.workflowEvent(1000), common.Hash{2}, &EventProof{Workflow: cyclic, Owner: f.owner}); r.New || r.Dropped == "" {
		t.Fatal("a cyclic workflow was admitted")
	}
	if r := p.eventT(f.workflowEvent(1000), common.Hash{3}, nil); r.New {
		t.Fatal("a workflow without its verified graph was admitted")
	}
	if len(p.Workflows()) != 0 || len(p.Jobs()) != 0 {
		t.Fatalf("a refused workflow left %d workflows and %d jobs", len(p.Workflows()), len(p.Jobs()))
	}
}

func TestWorkflowCancelBeforeTheWorkflow(t *testing.T) {
	f, p, g := newWorkflowPeer(t)
	c := f.workflowCancel(t, 4000)
	p.eventT(c, hashOf(c), nil) // held as a job event: the workflow is unknown yet
	if r := p.eventT(f.workflowEvent(1000), common.Hash{1}, &EventProof{Workflow: g, Owner: f.owner}); !r.New {
		t.Fatalf("workflow refused: %q", r.Dropped)
	}
	if j := p.Job(types.WorkflowJobID(testWorkflowID, 0, 0)); j == nil || j.State != Cancelled {
		t.Fatalf("the root try after an earlier cancel: %+v", j)
	}
	if p.Job(testWorkflowID) != nil {
		t.Fatal("the cancel is still held as a job of the workflow's id")
	}
	if w := p.Workflow(testWorkflowID); !w.Run.Done() || w.Cancel == nil {
		t.Fatal("the workflow did not end with the cancel")
	}
}
