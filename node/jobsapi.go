package node

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/go-cid"

	"github.com/skyops/skyops/api"
	"github.com/skyops/skyops/exec/result"
	"github.com/skyops/skyops/exec/wasm"
	"github.com/skyops/skyops/ledger"
	"github.com/skyops/skyops/sched"
	"github.com/skyops/skyops/types"
)

// Submit answers POST /v1/jobs: verify the owner's signature and the
// module, refuse a job that no node could ever run, store the module and the
// submit event durably, then gossip it.
func (n *Node) Submit(ctx context.Context, req *api.SubmitRequest) (*api.SubmitResponse, error) {
	spec := req.Spec
	if spec.Network != n.cfg.Network {
		return nil, api.Errorf("bad_request", "the spec is for network %q, this daemon is on %q: sign it for %q", spec.Network, n.cfg.Network, n.cfg.Network)
	}
	if err := spec.Validate(); err != nil {
		return nil, api.Errorf("bad_request", "invalid job spec: %v", err)
	}
	if self := n.key.PeerID().String(); spec.Home != self {
		// The home keeps the job's data key and checkpoints; the owner
		// chose it by signing it.
		return nil, api.Errorf("bad_request", "the spec names daemon %s as the job's home, this is %s: submit it there, or sign it again for this daemon (--home %s)", spec.Home, self, self)
	}
	sig, err := types.ParseSignatureHex(req.Signature)
	if err != nil {
		return nil, api.Errorf("bad_request", "signature: %v", err)
	}
	owner, err := types.RecoverJobOwner(&spec, n.cfg.ChainID, sig)
	if err != nil {
		return nil, api.Errorf("bad_request", "the signature does not verify for this spec on chain %d: %v", n.cfg.ChainID, err)
	}
	if req.Owner != "" {
		if !common.IsHexAddress(req.Owner) {
			return nil, api.Errorf("bad_request", "owner %q is not an Ethereum address", req.Owner)
		}
		if want := common.HexToAddress(req.Owner); want != owner {
			return nil, api.Errorf("bad_request", "the signature is by %s, not by the owner %s: the spec was changed after it was signed, or another wallet signed it", owner.Hex(), want.Hex())
		}
	}
	id, err := spec.Digest(n.cfg.ChainID)
	if err != nil {
		return nil, api.Errorf("bad_request", "job spec: %v", err)
	}
	if j := n.jobByID(id); j != nil && j.Submit != nil && j.Submit.Actor == n.key.PeerID() {
		return n.submitResponse(j), nil // the same signed job again: idempotent
	}
	if n.cfg.RequireDeposit {
		n.depositMu.Lock()
		defer n.depositMu.Unlock()
		if err := n.checkDeposit(ctx, owner, &spec); err != nil {
			return nil, err
		}
	}
	// The job's reference point for its latency bound: this daemon's
	// coordinate as its adverts state it, signed into the submit.
	home := n.coords.forAdvert()
	if spec.MaxLatencyMs > 0 && home == nil {
		return nil, api.Errorf("unavailable", "the job bounds its latency to %d ms from this daemon, which has no network coordinate yet: it fits one from round trips to its peers within a minute of joining; submit again shortly, or without --max-latency", spec.MaxLatencyMs)
	}
	// A dataset no node advertises keeps the job pending (the brain's
	// data filter) while this daemon looks for it (datasets.go).
	for _, in := range spec.InputCIDs {
		if id, ok := types.DatasetCID(in); ok {
			if _, err := cid.Decode(id); err != nil {
				return nil, api.Errorf("bad_request", "dataset %q is not a CID: %v", id, err)
			}
		}
	}
	defer nudge(n.wantData)
	// (A job this daemon knows only from a relay's submit is still its to
	// accept: it is the spec's home, and it has no data key for it yet.)
	if spec.Runtime == "wasm" {
		if uint64(len(req.Artifact)) != spec.ArtifactSize {
			return nil, api.Errorf("bad_request", "the module is %d bytes, the spec says %d", len(req.Artifact), spec.ArtifactSize)
		}
		if err := result.VerifyCID(spec.Artifact, req.Artifact); err != nil {
			return nil, api.Errorf("bad_request", "the module does not match the spec's artifact: %v", err)
		}
		if err := wasm.Validate(ctx, req.Artifact); err != nil {
			return nil, api.Errorf("bad_request", "the artifact is not a runnable wasm module: %v", err)
		}
	}
	// Refuse only what could never run: with every GPU free, would any node
	// this daemon knows fit, live or seen lately (a node restarting, or cut
	// off for a while)? What fits in principle but not now is queued.
	everReq := sched.RequirementsFor(id, &spec)
	everReq.HomeCoord = home // as the submit below will state it
	if ever := n.couldEverRun(everReq, uint64(time.Now().UnixMilli())); len(ever.Ranked) == 0 {
		return nil, api.Errorf("unplaceable", "no node in the network (nor any seen in the last %d h) could ever run this job: %s", int(departedMemory.Hours()), ever.Summary())
	}
	specJSON, err := json.Marshal(&spec)
	if err != nil {
		return nil, fmt.Errorf("encode spec: %w", err)
	}
	if spec.Runtime == "wasm" {
		if err := n.blobs.Put(spec.Artifact, req.Artifact); err != nil {
			return nil, api.Errorf("unavailable", "store the module: %v", err)
		}
	}
	key, err := dataKeyFor(req)
	if err != nil {
		return nil, err
	}
	listed := map[string]bool{}
	for _, c := range spec.InputCIDs {
		listed[c] = true
	}
	for _, in := range req.Inputs {
		if !listed[in.CID] {
			return nil, api.Errorf("bad_request", "input %s is not one of the spec's inputCids", in.CID)
		}
		if err := result.VerifyCID(in.CID, in.Data); err != nil {
			return nil, api.Errorf("bad_request", "input %s: %v", in.CID, err)
		}
		if _, err := types.OpenWithKey(key, in.Data); err != nil {
			return nil, api.Errorf("bad_request", "input %s is not encrypted with the job's data key", in.CID)
		}
	}
	for _, in := range req.Inputs {
		if err := n.blobs.Put(in.CID, in.Data); err != nil {
			return nil, api.Errorf("unavailable", "store input %s: %v", in.CID, err)
		}
	}
	if err := n.store.PutJobKey(id.Hex(), key); err != nil {
		return nil, api.Errorf("unavailable", "record the job: %v", err)
	}
	ev := &types.JobEvent{Job: id, Type: types.EvSubmit, Spec: specJSON, OwnerSig: sig, ChainID: n.cfg.ChainID, HomeCoord: home}
	if err := n.publishEvent(ctx, ev); err != nil {
		return nil, api.Errorf("unavailable", "record the job: %v", err)
	}
	go n.provide(spec.Artifact)
	for _, in := range req.Inputs {
		go n.provide(in.CID)
	}
	n.log.Info("job submitted", "job", short(id), "owner", owner.Hex())
	return n.submitResponse(n.jobByID(id)), nil
}

func (n *Node) submitResponse(j *sched.Job) *api.SubmitResponse {
	n.mu.Lock()
	defer n.mu.Unlock()
	summary := ""
	if j.State == sched.Pending {
		summary = n.placementReasonLocked(j, uint64(time.Now().UnixMilli()))
	}
	return &api.SubmitResponse{ID: j.ID.Hex(), Owner: j.Owner.Hex(), State: string(j.State), Placement: summary}
}

func (n *Node) jobByID(id common.Hash) *sched.Job {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.brain.Job(id)
}

// findJob resolves a full id or a unique prefix of at least 6 hex digits.
func (n *Node) findJob(ref string) (*sched.Job, error) {
	ref = strings.ToLower(strings.TrimSpace(ref))
	if !strings.HasPrefix(ref, "0x") {
		ref = "0x" + ref
	}
	if len(ref) < 8 {
		return nil, api.Errorf("bad_request", "job id %q is too short: give at least 6 hex digits", ref)
	}
	for _, c := range ref[2:] {
		if !strings.ContainsRune("0123456789abcdef", c) {
			return nil, api.Errorf("bad_request", "job id %q is not hex", ref)
		}
	}
	n.mu.Lock()
	defer n.mu.Unlock()
	var found *sched.Job
	for _, j := range n.brain.Jobs() {
		if j.Submit == nil || !strings.HasPrefix(strings.ToLower(j.ID.Hex()), ref) {
			continue
		}
		if found != nil {
			return nil, api.Errorf("bad_request", "job id %s is ambiguous: give more digits", ref)
		}
		found = j
	}
	if found == nil {
		return nil, api.Errorf("not_found", "no job %s known to this daemon (skyops jobs lists them)", ref)
	}
	return found, nil
}

// Jobs answers GET /v1/jobs, newest first.
func (n *Node) Jobs(ctx context.Context, q api.JobQuery) ([]api.Job, error) {
	var owner common.Address
	if q.Owner != "" {
		owner = common.HexToAddress(q.Owner)
	}
	limit := q.Limit
	if limit <= 0 || limit > api.MaxJobsLimit {
		limit = api.DefaultJobsLimit
	}
	n.mu.Lock()
	jobs := n.brain.Jobs()
	picked := make([]*sched.Job, 0, len(jobs))
	for _, j := range jobs {
		if j.Submit == nil || q.Owner != "" && j.Owner != owner || q.State != "" && string(j.State) != q.State {
			continue
		}
		picked = append(picked, j)
	}
	// Newest first (by submit time, then id): the order pages follow.
	sort.Slice(picked, func(a, b int) bool {
		if ta, tb := picked[a].Submit.TimeMs, picked[b].Submit.TimeMs; ta != tb {
			return ta > tb
		}
		return picked[a].ID.Hex() < picked[b].ID.Hex()
	})
	if q.Before != "" {
		i := slices.IndexFunc(picked, func(j *sched.Job) bool { return strings.EqualFold(j.ID.Hex(), q.Before) })
		if i < 0 {
			n.mu.Unlock()
			return nil, api.Errorf("not_found", "job %s (before=) is not in this list: pass the last id of the previous page, with the same owner and state", q.Before)
		}
		picked = picked[i+1:]
	}
	if len(picked) > limit {
		picked = picked[:limit]
	}
	out := make([]api.Job, 0, len(picked))
	for _, j := range picked {
		out = append(out, n.jobInfoLocked(j, false))
	}
	n.mu.Unlock()
	return out, nil
}

// Job answers GET /v1/jobs/{id}.
func (n *Node) Job(ctx context.Context, ref string) (*api.Job, error) {
	j, err := n.findJob(ref)
	if err != nil {
		return nil, err
	}
	n.mu.Lock()
	info := n.jobInfoLocked(j, true)
	n.mu.Unlock()
	info.Deliveries = n.deliveriesOf(ctx, info.ID)
	return &info, nil
}

func msTime(ms uint64) *api.Time {
	t := api.At(time.UnixMilli(int64(ms)))
	return &t
}

func (n *Node) jobInfoLocked(j *sched.Job, withEvents bool) api.Job {
	out := api.Job{
		ID:          j.ID.Hex(),
		Owner:       j.Owner.Hex(),
		State:       string(j.State),
		Attempts:    int(j.Attempt),
		SubmittedAt: *msTime(j.Submit.TimeMs),
		Spec:        *j.Spec,
	}
	if j.State == sched.Pending {
		if withEvents { // one job: say why it waits (a list takes the last ranking, which is cheap)
			out.Placement = n.placementReasonLocked(j, uint64(time.Now().UnixMilli()))
		} else {
			out.Placement = n.brain.Placement(j.ID)
		}
	}
	out.Notes = j.Notes
	out.Home = j.Home.String()
	if j.Winner != nil {
		out.Node = j.Winner.Node.String()
		out.ClaimedAt = msTime(j.Winner.TimeMs)
	}
	if j.Started != nil {
		out.StartedAt = msTime(j.Started.TimeMs)
	}
	if pr := j.Progress; pr != nil && j.Finished == nil {
		out.GPUs = pr.Telemetry
	}
	if f := j.Finished; f != nil {
		out.TelemetryCID = f.TelemetryCID
		if f.Type != types.EvCancel {
			m := f.Meter
			out.Meter = &m
		}
	}
	if c := j.Checkpoint; c != nil {
		out.CheckpointCID, out.CheckpointAt = c.CheckpointCID, msTime(c.TimeMs)
	}
	// A progress event with no report yet (telemetry only) says nothing of
	// progress.
	if pr := j.Progress; pr != nil && j.Started != nil && pr.TimeMs >= j.Started.TimeMs && pr.ProgressPPM > 0 {
		p := float64(pr.ProgressPPM) / types.ProgressScale
		out.Progress = &p
		if pr.ProgressPPM > 0 && j.Finished == nil {
			// Integer milliseconds: elapsed × (1 − p) / p, from the
			// executor's own clock at its last report.
			elapsed := pr.TimeMs - j.Started.TimeMs
			rem := int64(elapsed*(types.ProgressScale-uint64(pr.ProgressPPM))/uint64(pr.ProgressPPM)) / 1000
			out.TimeRemainingSec = &rem
		}
	}
	if j.State == sched.Completed {
		one := 1.0
		out.Progress = &one
	}
	if f := j.Finished; f != nil {
		out.FinishedAt = msTime(f.TimeMs)
		switch f.Type {
		case types.EvComplete, types.EvFail:
			if code := f.Exit(); code != types.ExitNone {
				out.ExitCode = &code
			}
			out.OutputCID = f.OutputCID
			out.Error = f.Reason
		case types.EvCancel:
			out.Error = "cancelled by its owner"
		case types.EvLost:
			out.Error = fmt.Sprintf("failed: lost its executor %d times (%s)", sched.MaxAttempts, f.Reason)
		case types.EvWithdraw:
			// The give-back that made the job fail (sched.MaxPullGiveBacks).
			out.Error = fmt.Sprintf("failed: %d nodes could not pull its image (last: %s)", sched.MaxPullGiveBacks, strings.TrimPrefix(f.Reason, sched.PullGiveBackPrefix))
		}
	}
	out.History = attemptHistory(j)
	if withEvents {
		for _, e := range j.Events() {
			ev := api.JobEvent{Type: e.Type.String(), Actor: e.Actor.String(), Attempt: int(e.Attempt), At: *msTime(e.TimeMs)}
			switch e.Type {
			case types.EvClaim:
				ev.Detail = fmt.Sprintf("advert seq %d, price %s ETH/GPU-h", e.AdvertSeq, types.FormatETH(e.PriceWei))
			case types.EvComplete:
				ev.Detail = "output " + e.OutputCID
			case types.EvCheckpoint:
				ev.Detail = "checkpoint " + e.CheckpointCID
			case types.EvProgress:
				ev.Detail = fmt.Sprintf("%d.%d%%", e.ProgressPPM/10_000, e.ProgressPPM/1000%10)
				if ledger.IsStopReport(e) {
					ev.Detail = fmt.Sprintf("stopped, %s: ran %s on %d GPU(s), metered for its receipt", e.Reason, time.Duration(e.Meter.WallMs)*time.Millisecond, e.Meter.GPUs)
				}
			case types.EvFail:
				if e.Exit() == types.ExitNone {
					ev.Detail = "never started: " + e.Reason
				} else {
					ev.Detail = fmt.Sprintf("exit %d: %s", e.Exit(), e.Reason)
				}
			case types.EvWithdraw:
				ev.Detail = "gave the attempt back: " + e.Reason
			case types.EvLost:
				ev.Detail = e.Reason
			}
			out.Events = append(out.Events, ev)
		}
	}
	return out
}

// attemptHistory renders the reducer's attempts.
func attemptHistory(j *sched.Job) []api.Attempt {
	out := make([]api.Attempt, 0, len(j.History))
	for i, a := range j.History {
		h := api.Attempt{Attempt: int(a.N), Node: a.Node.String()}
		if a.Started != nil {
			h.StartedAt = msTime(a.Started.TimeMs)
		}
		if r := a.ResumedFrom; r != nil {
			h.ResumedFrom, h.ResumedFromAt = r.CheckpointCID, msTime(r.TimeMs)
		}
		switch e := a.Ended; {
		case e != nil:
			h.EndedAt, h.Reason = msTime(e.TimeMs), e.Reason
			switch e.Type {
			case types.EvComplete:
				h.Outcome = "completed"
			case types.EvFail:
				h.Outcome = "failed"
			case types.EvLost:
				h.Outcome = "lost"
			}
		case i == len(j.History)-1 && j.State == sched.Cancelled:
			h.Outcome, h.Reason = "cancelled", "cancelled by its owner"
		case a.Started != nil:
			h.Outcome = "running"
		case a.Node != "":
			h.Outcome = "claimed"
		default:
			h.Outcome = "pending"
		}
		out = append(out, h)
	}
	return out
}

// finishedContent returns a CID of a finished job's record (its log or its
// output) and the executor to ask for it.
func (n *Node) finishedContent(ref string, output bool) (string, *sched.Job, error) {
	j, err := n.findJob(ref)
	if err != nil {
		return "", nil, err
	}
	n.mu.Lock()
	defer n.mu.Unlock()
	f := j.Finished
	if f == nil || f.Type == types.EvCancel {
		return "", nil, api.Errorf("conflict", "job %s is %s: its logs and output exist once it completes or fails", short(j.ID), j.State)
	}
	c := f.LogCID
	if output {
		c = f.OutputCID
		if c == "" {
			return "", nil, api.Errorf("not_found", "job %s ended without an output package (%s)", short(j.ID), f.Reason)
		}
	}
	if c == "" {
		return "", nil, api.Errorf("not_found", "job %s has no logs recorded", short(j.ID))
	}
	return c, j, nil
}

// JobLogs answers GET /v1/jobs/{id}/logs.
func (n *Node) JobLogs(ctx context.Context, ref string) ([]byte, error) {
	c, j, err := n.finishedContent(ref, false)
	if err != nil {
		return nil, err
	}
	return n.fetchFor(ctx, c, j)
}

// JobTelemetry answers GET /v1/jobs/{id}/telemetry.
func (n *Node) JobTelemetry(ctx context.Context, ref string) ([]byte, error) {
	j, err := n.findJob(ref)
	if err != nil {
		return nil, err
	}
	n.mu.Lock()
	f := j.Finished
	n.mu.Unlock()
	if f == nil {
		return nil, api.Errorf("conflict", "job %s has not ended: its live GPU readings are in skyops status, the whole series comes when it ends", short(j.ID))
	}
	if f.TelemetryCID == "" {
		return nil, api.Errorf("not_found", "job %s recorded no GPU telemetry (it used no GPU)", short(j.ID))
	}
	return n.fetchFor(ctx, f.TelemetryCID, j)
}

func (n *Node) fetchFor(ctx context.Context, c string, j *sched.Job) ([]byte, error) {
	n.mu.Lock()
	hint := j.Finished.Actor
	n.mu.Unlock()
	data, err := n.fetchBlob(ctx, c, hint, 0)
	if err != nil {
		return nil, api.Errorf("unavailable", "fetch %s: %v", c, err)
	}
	return data, nil
}

// Cancel answers POST /v1/jobs/{id}/cancel: the owner's signature of the
// cancel (EIP-712, or the older prefixed hash) is checked here and by
// every peer (types.VerifyCancel).
func (n *Node) Cancel(ctx context.Context, ref string, req *api.CancelRequest) (*api.Job, error) {
	j, err := n.findJob(ref)
	if err != nil {
		return nil, err
	}
	sig, err := types.ParseSignatureHex(req.Signature)
	if err != nil {
		return nil, api.Errorf("bad_request", "signature: %v", err)
	}
	n.mu.Lock()
	owner, state, id := j.Owner, j.State, j.ID
	n.mu.Unlock()
	// The check every peer makes on the gossiped cancel (sched), made
	// here first so that the owner hears why at once.
	if err := types.VerifyCancel(n.cfg.Network, id, owner, sig); errors.Is(err, types.ErrWrongSigner) {
		return nil, api.Errorf("forbidden", "only the job's owner %s can cancel it: %v (sign the typed data of GET /v1/jobs/%s/cancel/typed-data)", owner.Hex(), err, id.Hex())
	} else if err != nil {
		return nil, api.Errorf("bad_request", "the cancel signature does not verify: %v", err)
	}
	if state.Terminal() {
		return n.Job(ctx, id.Hex())
	}
	if err := n.publishEvent(ctx, &types.JobEvent{Job: id, Type: types.EvCancel, OwnerSig: sig}); err != nil {
		return nil, api.Errorf("unavailable", "record the cancel: %v", err)
	}
	n.step(ctx)
	return n.Job(ctx, id.Hex())
}

var _ api.CancelTypedDataBackend = (*Node)(nil)

// CancelTypedData answers GET /v1/jobs/{id}/cancel/typed-data: the job's
// EIP-712 cancel, as eth_signTypedData_v4 takes it; its signature is what
// Cancel takes.
func (n *Node) CancelTypedData(ctx context.Context, ref string) (json.RawMessage, error) {
	j, err := n.findJob(ref)
	if err != nil {
		return nil, err
	}
	n.mu.Lock()
	id := j.ID
	n.mu.Unlock()
	td, err := types.CancelTypedDataJSON(n.cfg.Network, id)
	if err != nil {
		return nil, api.Errorf("internal", "%v", err)
	}
	return td, nil
}

// dataKeyFor is the submitter's data key, or a new one.
func dataKeyFor(req *api.SubmitRequest) ([]byte, error) {
	if req.DataKey == "" {
		if len(req.Inputs) > 0 {
			return nil, api.Errorf("bad_request", "encrypted inputs came without their data key")
		}
		k, err := types.NewDataKey()
		if err != nil {
			return nil, err
		}
		return k, nil
	}
	k, err := hex.DecodeString(strings.TrimPrefix(req.DataKey, "0x"))
	if err != nil || len(k) != types.DataKeySize {
		return nil, api.Errorf("bad_request", "dataKey must be %d bytes of hex", types.DataKeySize)
	}
	return k, nil
}

// Explain answers GET /v1/jobs/{id}/explain: how this daemon ranks the job
// now (sched.Peer.Explain), in the API's words.
func (n *Node) Explain(ctx context.Context, ref string) (*api.Explanation, error) {
	j, err := n.findJob(ref)
	if err != nil {
		return nil, err
	}
	n.mu.Lock()
	x, ok := n.brain.Explain(j.ID, uint64(time.Now().UnixMilli()))
	n.mu.Unlock()
	if !ok {
		return nil, api.Errorf("not_found", "job %s: its submit has not reached this daemon", short(j.ID))
	}
	out := &api.Explanation{Job: x.Job.Hex(), Attempt: int(x.Attempt), Summary: x.Summary, Excluded: []string{}, Nodes: []api.ExplainedNode{}}
	for _, id := range x.Excluded {
		out.Excluded = append(out.Excluded, id.String())
	}
	q16 := func(v uint64, frac int) string { // exact: v / 2^frac, 4 decimals
		whole := v >> frac
		rest := (v & (1<<frac - 1)) * 10000 >> frac
		return fmt.Sprintf("%d.%04d", whole, rest)
	}
	for _, e := range x.Nodes {
		en := api.ExplainedNode{ID: e.Node.String(), Rank: e.Rank, Rejected: e.Rejected, Why: e.Why}
		if e.Rank >= 0 {
			en.Score = e.Score.String()
			en.Reputation, en.Price = q16(e.Factors.Reputation, 16), q16(e.Factors.Price, 16)
			en.Locality, en.Fit, en.Weight = q16(e.Factors.Locality, 16), q16(e.Factors.Fit, 16), q16(e.Factors.Weight, 32)
			en.ReputationScore, en.InputsHeld, en.GPUsLeftIdle = e.Inputs.Reputation, e.Inputs.Locality, e.Inputs.Fit
			en.Latency, en.RTTEstimateUs = q16(e.Factors.Latency, 16), uint32(min(e.Inputs.RTTMicros, math.MaxUint32))
			if e.Inputs.PriceWei != nil {
				en.PriceWei = e.Inputs.PriceWei.String()
				ref := e.Inputs.RefPriceWei
				if ref == 0 {
					ref = sched.RefPriceWei().Uint64()
				}
				en.RefPriceWei = strconv.FormatUint(ref, 10)
			}
		}
		out.Nodes = append(out.Nodes, en)
	}
	return out, nil
}
