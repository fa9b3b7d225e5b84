package sched

import (
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/skyops/skyops/types"
)

// How the brain runs workflows (docs/orchestration.md). The workflow's
// home gossips one event, EvWorkflow, carrying the owner-signed workflow;
// the shell verifies it and hands the brain its graph (WorkflowGraph).
// Every try the reducer makes due becomes a job here as if it had been
// submitted: the brain adds a derived submit event to the try's job id
// (types.WorkflowJobID), dated by the events that made it due, so every
// peer derives the same job at the same time from the same events, and
// no peer has to announce it. The owner's cancel of the workflow cancels
// each try's job the same way: a derived cancel carrying the workflow
// cancel's signature, which the job admits as its owner's.
//
// Derived events are not signed by anyone and never leave the brain: the
// shell stores and syncs the workflow's own events (the workflow, its
// cancel, and every try's signed events), and every peer derives the rest.

// WorkflowGraph is a verified workflow as the brain needs it.
type WorkflowGraph interface {
	// Nodes is the instance graph.
	Nodes() []WorkflowNode
	// InstanceSpec is the job spec of instance i's tries, fresh: its own
	// inputs only (the brain adds its parents' forwarded outputs).
	InstanceSpec(i uint32) *types.JobSpec
	// Reads are the parents whose forwarded outputs instance i reads,
	// ascending.
	Reads(i uint32) []uint32
}

// MaxWorkflows bounds the workflows a peer holds at once: a flood of
// signed workflows must not grow it without end.
const MaxWorkflows = 1024

// InstanceRef says which try of which workflow instance a job is.
type InstanceRef struct {
	Workflow common.Hash
	Index    uint32
	Try      uint32
}

// Workflow is one workflow as a peer holds it.
type Workflow struct {
	ID     common.Hash
	Event  *types.JobEvent // the home's signed workflow event
	Owner  common.Address
	Graph  WorkflowGraph
	Run    *WorkflowRun
	Cancel *types.JobEvent // the owner's cancel, once admitted
	jobs   int             // try jobs held (not yet forgotten)
}

// Workflow returns a held workflow.
func (p *Peer) Workflow(id common.Hash) *Workflow { return p.workflows[id] }

// Workflows returns the held workflows by id.
func (p *Peer) Workflows() []*Workflow {
	out := make([]*Workflow, 0, len(p.workflows))
	for _, w := range p.workflows {
		out = append(out, w)
	}
	slices.SortFunc(out, func(a, b *Workflow) int { return a.ID.Cmp(b.ID) })
	return out
}

// derivedHash names a derived event: what it is and of which job.
func derivedHash(what string, job common.Hash) common.Hash {
	return crypto.Keccak256Hash([]byte("skyops-derived-"+what), job[:])
}

// addWorkflow admits a verified workflow event.
func (p *Peer) addWorkflow(e *types.JobEvent, hash common.Hash, proof *EventProof) AddResult {
	if p.workflows[e.Job] != nil {
		return AddResult{}
	}
	if proof == nil || proof.Workflow == nil {
		return AddResult{Dropped: "workflow without its verified graph"}
	}
	if _, gone := p.forgotten[e.Job]; gone {
		return AddResult{Dropped: "the workflow ended and was pruned here"}
	}
	if len(p.workflows) >= MaxWorkflows {
		return AddResult{Dropped: "too many workflows held"}
	}
	g := proof.Workflow
	first := g.InstanceSpec(0)
	if first == nil {
		return AddResult{Dropped: "workflow without instances"}
	}
	if home, err := peer.Decode(first.Home); err != nil || home != e.Actor {
		return AddResult{Dropped: "a workflow is announced by its home alone"}
	}
	run, due, err := NewWorkflowRun(g.Nodes())
	if err != nil {
		return AddResult{Dropped: err.Error()}
	}
	w := &Workflow{ID: e.Job, Event: e, Owner: proof.Owner, Graph: g, Run: run}
	if p.workflows == nil {
		p.workflows = map[common.Hash]*Workflow{}
		p.instanceOf = map[common.Hash]InstanceRef{}
	}
	p.workflows[w.ID] = w
	res := AddResult{New: true, Changed: true}
	// A cancel that arrived first waits among the events of a job with
	// the workflow's id; it is the workflow's now.
	if j := p.jobs[w.ID]; j != nil && j.Spec == nil {
		for _, ev := range j.Events() {
			if ev.Type == types.EvCancel && w.Cancel == nil && types.VerifyCancel(first.Network, w.ID, w.Owner, ev.OwnerSig) == nil {
				w.Cancel = ev
			}
		}
		delete(p.jobs, w.ID)
		p.unplaced--
	}
	if w.Cancel != nil {
		run.Cancel()
	}
	p.releaseAll(w, due)
	return res
}

// cancelWorkflow admits the owner's cancel of a held workflow.
func (p *Peer) cancelWorkflow(w *Workflow, e *types.JobEvent) AddResult {
	if w.Cancel != nil {
		return AddResult{}
	}
	if types.VerifyCancel(w.Graph.InstanceSpec(0).Network, w.ID, w.Owner, e.OwnerSig) != nil {
		return AddResult{Dropped: "cancel not signed by the workflow's owner"}
	}
	w.Cancel = e
	for _, r := range w.Run.Cancel() {
		p.cancelTry(w, r)
	}
	p.settleAll(w)
	return AddResult{New: true, Changed: true}
}

// releaseAll makes every due try a job, and keeps folding until no try's
// job moves the workflow further (a job that arrives with its events
// already held may end at once).
func (p *Peer) releaseAll(w *Workflow, due []Release) {
	var moved []common.Hash
	for _, r := range due {
		if id, ok := p.release(w, r); ok {
			moved = append(moved, id)
		}
	}
	p.settleTries(w, moved)
}

// settleAll is settleTries of every try of w made a job so far.
func (p *Peer) settleAll(w *Workflow) {
	var ids []common.Hash
	for i := range uint32(w.Run.Len()) {
		_, tries := w.Run.State(i)
		for t := range tries {
			ids = append(ids, types.WorkflowJobID(w.ID, i, t))
		}
	}
	p.settleTries(w, ids)
}

// settleTries tells the reducer where each listed try's job stands and
// releases what follows, until nothing moves.
func (p *Peer) settleTries(w *Workflow, ids []common.Hash) {
	for len(ids) > 0 {
		id := ids[0]
		ids = ids[1:]
		ref, ok := p.instanceOf[id]
		j := p.jobs[id]
		if !ok || j == nil {
			continue
		}
		for _, r := range w.Run.SetTry(ref.Index, ref.Try, tryOutcome(j)) {
			if nid, ok := p.release(w, r); ok {
				ids = append(ids, nid)
			}
		}
	}
}

// tryOutcome is where a try's job stands, for the reducer.
func tryOutcome(j *Job) TryOutcome {
	switch j.State {
	case Completed:
		return TryCompleted
	case Failed:
		return TryFailed
	case Cancelled:
		return TryCancelled
	}
	return TryOpen
}

// release makes try r a job: a derived submit of its spec, dated by the
// latest end among its parents' counting tries and its own earlier try
// (the workflow's own time for a first try without parents), so that
// every peer dates it alike whatever order it learned those ends in.
func (p *Peer) release(w *Workflow, r Release) (common.Hash, bool) {
	id := types.WorkflowJobID(w.ID, r.Index, r.Try)
	if _, gone := p.forgotten[id]; gone {
		return id, false
	}
	spec := w.Graph.InstanceSpec(r.Index)
	if spec == nil {
		return id, false
	}
	at := w.Event.TimeMs
	for _, par := range w.Graph.Nodes()[r.Index].Parents {
		if j := p.countingTry(w, par); j != nil && j.Finished != nil {
			at = max(at, j.Finished.TimeMs)
		}
	}
	if r.Try > 0 {
		if j := p.jobs[types.WorkflowJobID(w.ID, r.Index, r.Try-1)]; j != nil && j.Finished != nil {
			at = max(at, j.Finished.TimeMs)
		}
	}
	for _, par := range w.Graph.Reads(r.Index) {
		if j := p.countingTry(w, par); j != nil && j.State == Completed && j.Finished.ForwardCID != "" {
			spec.InputCIDs = append(spec.InputCIDs, types.ForwardScheme+j.Finished.ForwardCID)
		}
	}
	ev := &types.JobEvent{Job: id, Type: types.EvSubmit, Actor: w.Event.Actor, TimeMs: at,
		ChainID: w.Event.ChainID, HomeCoord: w.Event.HomeCoord}
	ref := InstanceRef{Workflow: w.ID, Index: r.Index, Try: r.Try}
	j := p.jobs[id]
	if j == nil {
		// Made here rather than by addEvent, so that the job knows it is a
		// try before its submit is checked: the submit's recheck admits a
		// held cancel by the workflow cancel's signature.
		if p.unplaced >= MaxUnplacedJobs {
			return id, false
		}
		j = p.newJob(id)
		p.jobs[id] = j
		p.unplaced++
	}
	j.Instance = &ref
	p.instanceOf[id] = ref
	if p.addEvent(ev, derivedHash("submit", id), &EventProof{Spec: spec, Owner: w.Owner}).New {
		w.jobs++
	}
	if w.Cancel != nil {
		p.cancelTry(w, r)
	}
	return id, true
}

// countingTry is the job of instance i's try that decides its state (as
// WorkflowRun.derive reads them): the first that did not fail, or the
// last one it may have.
func (p *Peer) countingTry(w *Workflow, i uint32) *Job {
	_, tries := w.Run.State(i)
	retries := w.Graph.Nodes()[i].Retries
	for t := range tries {
		j := p.jobs[types.WorkflowJobID(w.ID, i, t)]
		if j == nil || j.State != Failed || t == retries {
			return j
		}
	}
	return nil
}

// cancelTry cancels try r's job with the workflow's cancel.
func (p *Peer) cancelTry(w *Workflow, r Release) {
	id := types.WorkflowJobID(w.ID, r.Index, r.Try)
	if p.jobs[id] == nil {
		return
	}
	ev := &types.JobEvent{Job: id, Type: types.EvCancel, Actor: w.Cancel.Actor, TimeMs: w.Cancel.TimeMs, OwnerSig: w.Cancel.OwnerSig}
	p.addEvent(ev, derivedHash("cancel", id), nil)
}

// workflowHolds reports whether j is a try of a workflow that has not
// ended: its children read its result, so it is not pruned yet.
func (p *Peer) workflowHolds(j *Job) bool {
	if j.Instance == nil {
		return false
	}
	w := p.workflows[j.Instance.Workflow]
	return w != nil && !w.Run.Done()
}

// forgetTry drops j's place in its workflow; the workflow goes with its
// last try, and is remembered as pruned.
func (p *Peer) forgetTry(j *Job) {
	if j.Instance == nil {
		return
	}
	delete(p.instanceOf, j.ID)
	w := p.workflows[j.Instance.Workflow]
	if w == nil {
		return
	}
	if w.jobs--; w.jobs <= 0 {
		delete(p.workflows, w.ID)
		p.remember(w.ID)
	}
}

// settleWorkflows tells every workflow where all its tries' jobs stand:
// after an input that rechecks every job's claims (bonds, params,
// measured standings), which may move any job.
func (p *Peer) settleWorkflows() {
	for _, w := range p.Workflows() {
		p.settleAll(w)
	}
}

// Forwarded reports whether job id is a try of a workflow instance whose
// outputs a child instance reads: its executor forwards them
// (types.JobEvent.ForwardCID).
func (p *Peer) Forwarded(id common.Hash) bool {
	ref, ok := p.instanceOf[id]
	if !ok {
		return false
	}
	w := p.workflows[ref.Workflow]
	if w == nil {
		return false
	}
	for _, c := range w.Run.children[ref.Index] {
		if slices.Contains(w.Graph.Reads(c), ref.Index) {
			return true
		}
	}
	return false
}

// ForwardOf is where instance i of workflow wf forwarded its outputs: the
// CID in its counting try's complete event and the executor that made
// it; ok is false while it has not completed with a forward.
func (p *Peer) ForwardOf(wf common.Hash, i uint32) (cid string, executor peer.ID, ok bool) {
	w := p.workflows[wf]
	if w == nil || int(i) >= w.Run.Len() {
		return "", "", false
	}
	j := p.countingTry(w, i)
	if j == nil || j.State != Completed || j.Finished == nil || j.Finished.ForwardCID == "" {
		return "", "", false
	}
	return j.Finished.ForwardCID, j.Finished.Actor, true
}
