package node

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/skyops/skyops/api"
	"github.com/skyops/skyops/exec/result"
	"github.com/skyops/skyops/exec/wasm"
	"github.com/skyops/skyops/ledger/chain"
	"github.com/skyops/skyops/sched"
	"github.com/skyops/skyops/types"
	"github.com/skyops/skyops/workflow"
)

// Workflows, the daemon's side (docs/orchestration.md). The owner's
// daemon takes a signed workflow (SubmitWorkflow), keeps its blobs and its
// data key, and announces it once (EvWorkflow); every daemon opens the
// announced form into its graph (verifyWorkflow) and its brain makes each
// due try a job. The executor of a try stages its uploads, datasets and
// parents' forwarded outputs where the file says they land
// (stageWorkflowInputs), and forwards its own outputs when a child reads
// them (jobs.go).

var _ api.WorkflowBackend = (*Node)(nil)

// schedGraph is an opened workflow as the brain takes it.
type schedGraph struct {
	*workflow.Graph
	nodes []sched.WorkflowNode
}

func (g schedGraph) Nodes() []sched.WorkflowNode { return g.nodes }

func newSchedGraph(g *workflow.Graph) schedGraph {
	nodes := make([]sched.WorkflowNode, len(g.Nodes()))
	for i, nd := range g.Nodes() {
		nodes[i] = sched.WorkflowNode{Parents: nd.Parents, Retries: nd.Retries, ContinueOnError: nd.ContinueOnError}
	}
	return schedGraph{Graph: g, nodes: nodes}
}

// decodeSignedWorkflow reads a workflow event's signed form, strictly.
func decodeSignedWorkflow(raw []byte) (*types.SignedWorkflow, error) {
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	var sw types.SignedWorkflow
	if err := dec.Decode(&sw); err != nil {
		return nil, fmt.Errorf("%w: workflow: %v", types.ErrMalformed, err)
	}
	return &sw, nil
}

// verifyWorkflow checks a workflow event: its form opens, it is for this
// network, its owner signed it for the event's chain, and its id is the
// form's digest.
func (n *Node) verifyWorkflow(e *types.JobEvent) (*sched.EventProof, error) {
	sw, err := decodeSignedWorkflow(e.Spec)
	if err != nil {
		return nil, err
	}
	if sw.Network != n.cfg.Network {
		return nil, fmt.Errorf("workflow is for network %q, this is %q", sw.Network, n.cfg.Network)
	}
	owner, err := types.RecoverWorkflowOwner(sw, e.ChainID, e.OwnerSig)
	if err != nil {
		return nil, err
	}
	d, err := sw.Digest(e.ChainID)
	if err != nil {
		return nil, err
	}
	if d != e.Job {
		return nil, fmt.Errorf("workflow event for %s carries the workflow %s", short(e.Job), short(d))
	}
	g, err := workflow.Open(sw)
	if err != nil {
		return nil, fmt.Errorf("workflow %s: %w", short(d), err)
	}
	return &sched.EventProof{Owner: owner, Workflow: newSchedGraph(g)}, nil
}

// heldWorkflow is a workflow the brain holds, with its opened graph.
func (n *Node) heldWorkflow(id common.Hash) (*sched.Workflow, *workflow.Graph) {
	n.mu.Lock()
	defer n.mu.Unlock()
	w := n.brain.Workflow(id)
	if w == nil {
		return nil, nil
	}
	g, _ := w.Graph.(schedGraph)
	return w, g.Graph
}

// ownerKeyOf is the key a job's results are sealed to: its owner's, as
// its own spec's signature or, for a workflow's try, the workflow's
// recovers it; the spec's results key when it names one.
func (n *Node) ownerKeyOf(j *sched.Job) (*ecdsa.PublicKey, error) {
	n.mu.Lock()
	spec, submit, inst := j.Spec, j.Submit, j.Instance
	var wf *types.JobEvent
	if inst != nil {
		if w := n.brain.Workflow(inst.Workflow); w != nil {
			wf = w.Event
		}
	}
	n.mu.Unlock()
	var pub *ecdsa.PublicKey
	var err error
	switch {
	case inst == nil:
		pub, err = types.RecoverJobOwnerKey(spec, submit.ChainID, submit.OwnerSig)
	case wf == nil:
		return nil, errors.New("its workflow is no longer held here")
	default:
		var sw *types.SignedWorkflow
		if sw, err = decodeSignedWorkflow(wf.Spec); err == nil {
			pub, err = types.RecoverWorkflowOwnerKey(sw, wf.ChainID, wf.OwnerSig)
		}
	}
	if err != nil {
		return nil, err
	}
	return spec.SealKey(pub)
}

// SubmitWorkflow answers POST /v1/workflows: the owner's own daemon
// checks the signed form as every peer will, keeps its blobs and data
// key, and announces it.
func (n *Node) SubmitWorkflow(ctx context.Context, req *api.WorkflowSubmitRequest) (*api.WorkflowSubmitResponse, error) {
	sw := &req.Workflow
	if sw.Network != n.cfg.Network {
		return nil, api.Errorf("bad_request", "the workflow is for network %q, this daemon is on %q: sign it again with --network %s", sw.Network, n.cfg.Network, n.cfg.Network)
	}
	if self := n.key.PeerID().String(); sw.Home != self {
		return nil, api.Errorf("bad_request", "the workflow names daemon %s as its home, this is %s: submit it there, or sign it again for this daemon (--home %s)", sw.Home, self, self)
	}
	sig, err := types.ParseSignatureHex(req.Signature)
	if err != nil {
		return nil, api.Errorf("bad_request", "signature: %v", err)
	}
	owner, err := types.RecoverWorkflowOwner(sw, n.cfg.ChainID, sig)
	if err != nil {
		return nil, api.Errorf("bad_request", "the signature does not verify for this workflow on chain %d: %v", n.cfg.ChainID, err)
	}
	if req.Owner != "" && (!common.IsHexAddress(req.Owner) || common.HexToAddress(req.Owner) != owner) {
		return nil, api.Errorf("bad_request", "the signature is by %s, not by the owner %s: the workflow was changed after it was signed, or another wallet signed it", owner.Hex(), req.Owner)
	}
	id, err := sw.Digest(n.cfg.ChainID)
	if err != nil {
		return nil, api.Errorf("bad_request", "workflow: %v", err)
	}
	g, err := workflow.Open(sw)
	if err != nil {
		return nil, api.Errorf("bad_request", "workflow: %v", err)
	}
	resp := &api.WorkflowSubmitResponse{ID: id.Hex(), Owner: owner.Hex(), Name: sw.Name, Instances: len(g.Instances)}
	if w, _ := n.heldWorkflow(id); w != nil {
		return resp, nil // the same signed workflow again
	}
	if n.cfg.RequireDeposit {
		n.depositMu.Lock()
		defer n.depositMu.Unlock()
		if err := n.checkWorkflowDeposit(ctx, owner, g); err != nil {
			return nil, err
		}
	}
	key, err := n.workflowBlobs(ctx, req, g)
	if err != nil {
		return nil, err
	}
	if err := n.store.PutJobKey(id.Hex(), key); err != nil {
		return nil, api.Errorf("unavailable", "store the workflow's data key: %v", err)
	}
	form, err := json.Marshal(sw)
	if err != nil {
		return nil, fmt.Errorf("encode the workflow: %w", err)
	}
	ev := &types.JobEvent{Job: id, Type: types.EvWorkflow, Spec: form, OwnerSig: sig, ChainID: n.cfg.ChainID, HomeCoord: n.coords.forAdvert()}
	// Checked above as every peer will check it: the graph opened here is
	// the event's proof (publishEvent would open the form again).
	proof := &sched.EventProof{Owner: owner, Workflow: newSchedGraph(g)}
	if err := n.drive.Publish(ctx, ev, proof, uint64(time.Now().UnixMilli())); err != nil {
		return nil, api.Errorf("unavailable", "announce the workflow: %v", err)
	}
	n.step(ctx)
	n.log.Info("workflow submitted", "workflow", short(id), "name", sw.Name, "instances", len(g.Instances), "owner", owner.Hex())
	return resp, nil
}

// workflowBlobs checks and keeps what a workflow's jobs need from the
// submitter: every module a wasm job runs (a valid module, its CID its
// content) and every uploaded file (its CID its ciphertext, which opens
// with the workflow's data key). It returns the data key.
func (n *Node) workflowBlobs(ctx context.Context, req *api.WorkflowSubmitRequest, g *workflow.Graph) ([]byte, error) {
	blobs := make(map[string][]byte, len(req.Blobs))
	for _, b := range req.Blobs {
		if err := result.VerifyCID(b.CID, b.Data); err != nil {
			return nil, api.Errorf("bad_request", "blob %s: %v", b.CID, err)
		}
		blobs[b.CID] = b.Data
	}
	// The submitter's key, or a fresh one (as for a job).
	key, err := dataKeyFor(&api.SubmitRequest{DataKey: req.DataKey})
	if err != nil {
		return nil, err
	}
	modules, uploads := map[string]string{}, map[string]string{} // CID -> whose, for the messages
	for i := range g.Instances {
		spec := g.InstanceSpec(uint32(i))
		if spec.Runtime == types.RuntimeWasm {
			modules[spec.Artifact] = g.Instances[i].Job
		}
		for _, u := range g.Uploads(uint32(i)) {
			uploads[u.CID] = g.Instances[i].Job
		}
	}
	for _, need := range []struct {
		what string
		cids map[string]string
	}{{"the module", modules}, {"an upload", uploads}} {
		for c, job := range need.cids {
			if _, ok := blobs[c]; !ok && !n.blobs.Has(c) {
				return nil, api.Errorf("bad_request", "%s of %s (%s) is not among the blobs sent", need.what, job, c)
			}
		}
	}
	for c, data := range blobs {
		if _, ok := uploads[c]; ok {
			if _, err := types.OpenWithKey(key, data); err != nil {
				return nil, api.Errorf("bad_request", "upload %s is not encrypted with the workflow's data key", c)
			}
		} else if job, ok := modules[c]; ok {
			if err := wasm.Validate(ctx, data); err != nil {
				return nil, api.Errorf("bad_request", "the module of %s is not a runnable wasm module: %v", job, err)
			}
		} else {
			return nil, api.Errorf("bad_request", "blob %s is neither a module nor an upload of the workflow", c)
		}
	}
	for c, data := range blobs {
		if err := n.blobs.Put(c, data); err != nil {
			return nil, api.Errorf("unavailable", "store blob %s: %v", c, err)
		}
	}
	return key, nil
}

// checkWorkflowDeposit refuses a workflow whose owner's free balance
// cannot cover every instance's most, retries included.
func (n *Node) checkWorkflowDeposit(ctx context.Context, owner common.Address, g *workflow.Graph) error {
	need := new(big.Int)
	tok := chain.Token(g.Signed.PaymentToken)
	if g.Signed.PaymentToken == "" {
		tok = chain.ETH
	}
	for i, nd := range g.Nodes() {
		cost := MaxCost(g.InstanceSpec(uint32(i)))
		if cost.Sign() == 0 {
			return api.Errorf("bad_request", "this daemon takes only work paid from a deposit, and a workflow without a price cap has no most it can cost: name one (price-cap: in the file)")
		}
		need.Add(need, cost.Mul(cost, big.NewInt(int64(nd.Retries)+1)))
	}
	free, err := n.freeDeposit(ctx, owner, tok)
	if err != nil || free.Cmp(need) >= 0 {
		return err
	}
	amount := types.FormatETH(new(big.Int).Sub(need, free))
	return api.Errorf("payment_required", "the workflow may cost up to %s %s (each instance's price cap × its GPUs or cores × its run time, retries included) and %s has %s %s free at the escrow: deposit at least %s %s more: skyops deposit %s %s",
		types.FormatETH(need), tok, owner.Hex(), types.FormatETH(free), tok, amount, tok, amount, tok)
}

// findWorkflow resolves a full workflow id or a unique prefix.
func (n *Node) findWorkflow(ref string) (*sched.Workflow, error) {
	ref = strings.ToLower(strings.TrimSpace(ref))
	if !strings.HasPrefix(ref, "0x") {
		ref = "0x" + ref
	}
	if len(ref) < 8 {
		return nil, api.Errorf("bad_request", "workflow id %q is too short: give at least 6 hex digits", ref)
	}
	n.mu.Lock()
	defer n.mu.Unlock()
	var found *sched.Workflow
	for _, w := range n.brain.Workflows() {
		if !strings.HasPrefix(strings.ToLower(w.ID.Hex()), ref) {
			continue
		}
		if found != nil {
			return nil, api.Errorf("bad_request", "workflow id %s is ambiguous: give more digits", ref)
		}
		found = w
	}
	if found == nil {
		return nil, api.Errorf("not_found", "no workflow %s here (it ended and was pruned, or its announcement has not reached this daemon)", ref)
	}
	return found, nil
}

// Workflows answers GET /v1/workflows.
func (n *Node) Workflows(ctx context.Context, owner string) ([]api.Workflow, error) {
	if owner != "" && !common.IsHexAddress(owner) {
		return nil, api.Errorf("bad_request", "owner %q is not an address", owner)
	}
	n.mu.Lock()
	ws := n.brain.Workflows()
	n.mu.Unlock()
	var out []api.Workflow
	for _, w := range ws {
		if owner != "" && w.Owner != common.HexToAddress(owner) {
			continue
		}
		out = append(out, n.workflowReport(w, false))
	}
	return out, nil
}

// Workflow answers GET /v1/workflows/{id}.
func (n *Node) Workflow(ctx context.Context, ref string) (*api.Workflow, error) {
	w, err := n.findWorkflow(ref)
	if err != nil {
		return nil, err
	}
	r := n.workflowReport(w, true)
	return &r, nil
}

// workflowReport is w in the API's words, instance by instance if asked.
func (n *Node) workflowReport(w *sched.Workflow, instances bool) api.Workflow {
	n.mu.Lock()
	defer n.mu.Unlock()
	g, _ := w.Graph.(schedGraph)
	r := api.Workflow{ID: w.ID.Hex(), Owner: w.Owner.Hex(), Home: w.Event.Actor.String(),
		CreatedAt: time.UnixMilli(int64(w.Event.TimeMs)).UTC(), Counts: map[string]int{}}
	if g.Graph != nil {
		r.Name, r.Network = g.Signed.Name, g.Signed.Network
	}
	switch {
	case !w.Run.Done():
		r.State = "running"
	case w.Run.Succeeded():
		r.State = "succeeded"
	case w.Cancel != nil:
		r.State = "cancelled"
	default:
		r.State = "failed"
	}
	for s, c := range w.Run.Counts() {
		if c > 0 {
			r.Counts[sched.InstanceState(s).String()] = c
		}
	}
	if !instances || g.Graph == nil {
		return r
	}
	for i, in := range g.Instances {
		s, tries := w.Run.State(uint32(i))
		wi := api.WorkflowInstance{Index: i, Name: in.Name, Job: in.Job, State: s.String(), Parents: in.Parents}
		for t := range tries {
			wi.Tries = append(wi.Tries, types.WorkflowJobID(w.ID, uint32(i), t).Hex())
		}
		if tries > 0 {
			if j := n.brain.Job(types.WorkflowJobID(w.ID, uint32(i), tries-1)); j != nil {
				wi.JobState = string(j.State)
				if j.Winner != nil {
					wi.Executor = j.Winner.Node.String()
				}
				if j.State == sched.Completed && j.Finished != nil {
					wi.OutputCID = j.Finished.OutputCID
				}
			}
		}
		r.Instances = append(r.Instances, wi)
	}
	return r
}

// CancelWorkflow answers POST /v1/workflows/{id}/cancel.
func (n *Node) CancelWorkflow(ctx context.Context, ref string, req *api.CancelRequest) (*api.Workflow, error) {
	w, err := n.findWorkflow(ref)
	if err != nil {
		return nil, err
	}
	sig, err := types.ParseSignatureHex(req.Signature)
	if err != nil {
		return nil, api.Errorf("bad_request", "signature: %v", err)
	}
	if err := types.VerifyCancel(n.cfg.Network, w.ID, w.Owner, sig); errors.Is(err, types.ErrWrongSigner) {
		return nil, api.Errorf("forbidden", "only the workflow's owner %s can cancel it: %v", w.Owner.Hex(), err)
	} else if err != nil {
		return nil, api.Errorf("bad_request", "the cancel signature does not verify: %v", err)
	}
	n.mu.Lock()
	done := w.Run.Done() || w.Cancel != nil
	n.mu.Unlock()
	if !done {
		if err := n.publishEvent(ctx, &types.JobEvent{Job: w.ID, Type: types.EvCancel, OwnerSig: sig}); err != nil {
			return nil, api.Errorf("unavailable", "record the cancel: %v", err)
		}
		n.step(ctx)
	}
	r := n.workflowReport(w, true)
	return &r, nil
}
