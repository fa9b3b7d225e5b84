package node

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/binary"
	"encoding/json"
	"errors"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p/core/network"

	"github.com/skyops/skyops/api"
	"github.com/skyops/skyops/exec/result"
	"github.com/skyops/skyops/sched"
	"github.com/skyops/skyops/types"
)

const syncTestNet = "synctest"

// ownerSubmit makes a valid owner-signed submit of a new job, by actor n.
func ownerSubmit(t testing.TB, n *Node) (*types.JobEvent, []byte) {
	t.Helper()
	key, _ := crypto.GenerateKey()
	module := []byte("\x00asm\x01\x00\x00\x00")
	var nb [8]byte
	rand.Read(nb[:])
	spec := types.JobSpec{
		Network: n.cfg.Network, Home: n.key.PeerID().String(), Nonce: binary.BigEndian.Uint64(nb[:]), CreatedAt: uint64(time.Now().Unix()),
		Runtime: "wasm", Artifact: result.CIDOf(module), ArtifactSize: uint64(len(module)),
		Args: []string{}, Env: []string{}, Model: "demo", GPUModel: "H100", GPUCount: 1, // nobody here runs it
		RAMMiB: 16, DurationSec: 60, PriceCapWei: "0", InputCIDs: []string{},
	}
	sig, err := types.SignJobSpec(&spec, n.cfg.ChainID, types.KeySigner{Key: key})
	if err != nil {
		t.Fatal(err)
	}
	id, err := spec.Digest(n.cfg.ChainID)
	if err != nil {
		t.Fatal(err)
	}
	specJSON, _ := json.Marshal(&spec)
	e := &types.JobEvent{Job: id, Type: types.EvSubmit, Actor: n.key.PeerID(), TimeMs: uint64(time.Now().UnixMilli()),
		Spec: specJSON, OwnerSig: sig, ChainID: n.cfg.ChainID}
	raw, err := types.SealJobEvent(n.cfg.Network, e, n.key)
	if err != nil {
		t.Fatal(err)
	}
	return e, raw
}

func sealed(t testing.TB, n *Node, e *types.JobEvent) []byte {
	t.Helper()
	e.Actor = n.key.PeerID()
	if e.TimeMs == 0 {
		e.TimeMs = uint64(time.Now().UnixMilli())
	}
	raw, err := types.SealJobEvent(n.cfg.Network, e, n.key)
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

// claimFor seals a claim by n on the submitted job, carrying an advert of
// n that fits it (an H100, as ownerSubmit's specs want) and the score
// inputs every peer recomputes from that advert.
func claimFor(t testing.TB, n *Node, sub *types.JobEvent, attempt uint32) []byte {
	t.Helper()
	spec, err := sub.DecodeSpec()
	if err != nil {
		t.Fatal(err)
	}
	now := uint64(time.Now().UnixMilli())
	adv := &types.Advert{Node: n.key.PeerID(), Seq: now, TimeMs: now, CPUCores: 8, CPUFree: 8, RAMMiB: 1 << 14, RAMFreeMiB: 1 << 14,
		DiskMiB: 1 << 20, Runtimes: []string{"wasm"}, PriceWei: big.NewInt(0), Agent: "test",
		GPUs: []types.GPUGroup{{Model: "NVIDIA H100 80GB HBM3", MemoryMiB: 81559, Total: 1, Free: 1, Simulated: true}}}
	advRaw, err := types.SealAdvert(n.cfg.Network, adv, n.key)
	if err != nil {
		t.Fatal(err)
	}
	w := sched.WeightInputsFor(sched.RequirementsFor(sub.Job, spec), adv)
	w.Reputation = sched.NewcomerReputation // what the network measured for a new identity
	return sealed(t, n, &types.JobEvent{Job: sub.Job, Type: types.EvClaim, Attempt: attempt, TimeMs: now, AdvertSeq: adv.Seq,
		Reputation: w.Reputation, PriceWei: w.PriceWei, Locality: w.Locality, Fit: w.Fit, Advert: advRaw})
}

// twoNodes starts a and b (b bootstrapping from a), with sync rounds rare.
func twoNodes(t *testing.T, ctx context.Context) (*Node, *Node) {
	t.Helper()
	dir := tmp(t)
	a := startedNode(t, ctx, DataDir(filepath.Join(dir, "a")), Network(syncTestNet), quiet(), SimGPUs("none"), WithoutChain(), WithoutDocker(), SyncEvery(time.Hour))
	var boot []string
	for _, s := range a.Host().Addrs() {
		if bytes.Contains([]byte(s), []byte("/tcp/")) {
			boot = append(boot, s)
		}
	}
	b := startedNode(t, ctx, DataDir(filepath.Join(dir, "b")), Network(syncTestNet), quiet(), SimGPUs("none"), WithoutChain(), WithoutDocker(), SyncEvery(time.Hour), Bootstrap(boot...))
	return a, b
}

// A peer that answers sync with garbage, oversized answers or forged
// events: the asker drops what does not verify, keeps what does, and goes
// on working.
func TestSyncDropsBadAnswers(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	a, b := twoNodes(t, ctx)

	// b answers whatever the test scripts.
	var script atomic.Value
	b.Host().LibP2P().SetStreamHandler(SyncProtocol(syncTestNet), func(s network.Stream) {
		defer s.Close()
		_, _ = io.ReadAll(io.LimitReader(s, maxSyncRequestBytes+1))
		_, _ = s.Write(script.Load().([]byte))
	})
	answer := func(evs ...[]byte) []byte {
		out, err := encodeSyncAnswer(&syncAnswer{Version: syncVersion, Events: evs})
		if err != nil {
			t.Fatal(err)
		}
		return out
	}

	garbage := make([]byte, 4096)
	rand.Read(garbage)
	for name, resp := range map[string][]byte{
		"random bytes":      garbage,
		"empty":             {},
		"oversized":         append(answer(), make([]byte, maxSyncAnswerWire)...),
		"wrong version":     must(rlpEncode(&syncAnswer{Version: 9})),
		"trailing bytes":    append(answer(), 0),
		"oversized event":   answer(make([]byte, types.MaxJobEventSize+1)),
		"truncated message": answer(garbage)[:100],
	} {
		script.Store(resp)
		if _, err := a.syncWith(ctx, b.ID()); err == nil {
			t.Fatalf("%s: accepted", name)
		}
	}

	// Well-formed answers with forged events among good ones.
	sub, subRaw := ownerSubmit(t, b)
	claim := claimFor(t, b, sub, 1)
	forgedSigner, _ := crypto.GenerateKey()
	wrongSigner, err := types.Seal(syncTestNet, types.KindJobEvent,
		&types.JobEvent{Job: sub.Job, Type: types.EvComplete, Attempt: 1, Actor: b.ID(), TimeMs: 1}, types.KeySigner{Key: forgedSigner})
	if err != nil {
		t.Fatal(err)
	}
	flipped := bytes.Clone(claim)
	flipped[len(flipped)-40] ^= 1
	otherNet, err := types.SealJobEvent("othernet", &types.JobEvent{Job: sub.Job, Type: types.EvStart, Attempt: 1, Actor: b.ID(), TimeMs: 1}, b.key)
	if err != nil {
		t.Fatal(err)
	}
	// A submit whose spec the owner did not sign (another job's spec).
	sub2, _ := ownerSubmit(t, b)
	badSubmit := sealed(t, b, &types.JobEvent{Job: sub.Job, Type: types.EvSubmit, Spec: sub2.Spec, OwnerSig: sub2.OwnerSig, ChainID: sub2.ChainID})

	script.Store(answer(wrongSigner, subRaw, flipped, otherNet, garbage[:300], badSubmit, claim))
	res, err := a.syncWith(ctx, b.ID())
	if err != nil {
		t.Fatal(err)
	}
	if res.fresh != 2 || res.dropped != 5 {
		t.Fatalf("fresh %d, dropped %d; want 2 and 5", res.fresh, res.dropped)
	}
	a.mu.Lock()
	j := a.brain.Job(sub.Job)
	a.mu.Unlock()
	if j == nil || j.Submit == nil || !j.Has(eventHash(claim)) {
		t.Fatalf("the good events were not folded: %+v", j)
	}
	// Asking again brings nothing new and drops the same forgeries.
	res, err = a.syncWith(ctx, b.ID())
	if err != nil || res.fresh != 0 || res.dropped != 5 {
		t.Fatalf("second ask: %+v, %v", res, err)
	}
	if a.SyncStats().Dropped < 10 {
		t.Fatalf("stats: %+v", a.SyncStats())
	}

	// a still answers sync itself: b (with its real handler back) learns
	// the two good events from a.
	b.Host().LibP2P().SetStreamHandler(SyncProtocol(syncTestNet), b.serveSync)
	res, err = b.syncWith(ctx, a.ID())
	if err != nil {
		t.Fatal(err)
	}
	b.mu.Lock()
	bj := b.brain.Job(sub.Job)
	b.mu.Unlock()
	if bj == nil || bj.Submit == nil || !bj.Has(eventHash(claim)) {
		t.Fatalf("b did not learn the job from a: %+v (%+v)", bj, res)
	}
}

// Garbage sent to the handler is refused without harm; a good request
// is answered after it.
func TestSyncHandlerRefusesGarbage(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	a, b := twoNodes(t, ctx)
	_, subRaw := ownerSubmit(t, a)
	if ok, _ := a.applySynced(ctx, subRaw); !ok {
		t.Fatal("own submit did not fold")
	}
	ask := func(req []byte) ([]byte, error) {
		s, err := b.Host().LibP2P().NewStream(ctx, a.ID(), SyncProtocol(syncTestNet))
		if err != nil {
			return nil, err
		}
		defer s.Close()
		_, _ = s.Write(req)
		_ = s.CloseWrite()
		return io.ReadAll(io.LimitReader(s, maxSyncAnswerWire+1))
	}
	garbage := make([]byte, 2048)
	rand.Read(garbage)
	tooMany := &syncRequest{Version: syncVersion, Jobs: make([]syncJob, maxSyncJobs+1)}
	for name, req := range map[string][]byte{
		"random":    garbage,
		"empty":     {},
		"oversized": make([]byte, maxSyncRequestBytes+10),
		"too many":  must(rlpEncode(tooMany)),
		"version":   must(rlpEncode(&syncRequest{Version: 2})),
	} {
		out, _ := ask(req)
		if len(out) != 0 {
			t.Fatalf("%s: answered %d bytes", name, len(out))
		}
	}
	out, err := ask(must(rlpEncode(&syncRequest{Version: syncVersion})))
	if err != nil {
		t.Fatal(err)
	}
	ans, err := decodeSyncAnswer(out)
	if err != nil || len(ans.Events) != 1 || !bytes.Equal(ans.Events[0], subRaw) {
		t.Fatalf("answer to an empty request: %v, %v", ans, err)
	}
}

// A request lists what the asker holds; the answer holds what differs or
// is missing, and nothing once both hold the same.
func TestSyncDigestsAndHorizon(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	a, b := twoNodes(t, ctx)
	var subs []*types.JobEvent
	for i := 0; i < 3; i++ {
		e, raw := ownerSubmit(t, a)
		e.TimeMs = uint64(1000 * (i + 1))
		raw = sealed(t, a, e)
		if ok, _ := a.applySynced(ctx, raw); !ok {
			t.Fatal("submit did not fold")
		}
		subs = append(subs, e)
	}
	own, err := a.buildSyncRequest(ctx)
	if err != nil || len(own.Jobs) != 3 || own.HorizonMs != 0 {
		t.Fatalf("request: %+v, %v", own, err)
	}
	if ans, err := a.answerSync(ctx, own); err != nil || len(ans.Events) != 0 {
		t.Fatalf("answer to its own digest: %d events, %v", len(ans.Events), err)
	}
	// An asker that holds nothing gets all, newest first.
	ans, err := a.answerSync(ctx, &syncRequest{Version: syncVersion})
	if err != nil || len(ans.Events) != 3 {
		t.Fatalf("answer to nothing: %+v, %v", ans, err)
	}
	first, _ := types.OpenJobEvent(syncTestNet, ans.Events[0])
	if first.Job != subs[2].Job {
		t.Fatal("not newest first")
	}
	// A horizon: unlisted jobs older than it are not sent.
	ans, _ = a.answerSync(ctx, &syncRequest{Version: syncVersion, HorizonMs: 2000})
	if len(ans.Events) != 2 {
		t.Fatalf("with a horizon: %d events, want 2", len(ans.Events))
	}
	// A job with an event more: its events are sent.
	claim := claimFor(t, b, subs[0], 1)
	if ok, fresh := a.applySynced(ctx, claim); !ok || !fresh {
		t.Fatal("claim did not fold")
	}
	ans, _ = a.answerSync(ctx, own)
	if len(ans.Events) != 2 {
		t.Fatalf("after a new event: %d events, want the job's 2", len(ans.Events))
	}
	// b catches up from a through the protocol and then holds the same.
	if _, err := b.syncWith(ctx, a.ID()); err != nil {
		t.Fatal(err)
	}
	breq, _ := b.buildSyncRequest(ctx)
	areq, _ := a.buildSyncRequest(ctx)
	if len(breq.Jobs) != 3 {
		t.Fatalf("b holds %d jobs after sync", len(breq.Jobs))
	}
	for i := range areq.Jobs {
		if areq.Jobs[i] != breq.Jobs[i] {
			t.Fatalf("digests differ after sync: %+v vs %+v", areq.Jobs[i], breq.Jobs[i])
		}
	}
}

func must(b []byte, err error) []byte {
	if err != nil {
		panic(err)
	}
	return b
}

func rlpEncode(v any) ([]byte, error) {
	switch v := v.(type) {
	case *syncRequest:
		return encodeSyncRequest(v)
	case *syncAnswer:
		return encodeSyncAnswer(v)
	}
	panic("rlpEncode")
}

// FuzzSyncRequest feeds arbitrary bytes to the sync decoders (both
// directions) and to the event ordering: nothing may panic, and what
// decodes stays within the limits.
func FuzzSyncRequest(f *testing.F) {
	f.Add(must(encodeSyncRequest(&syncRequest{Version: syncVersion})))
	f.Add(must(encodeSyncRequest(&syncRequest{Version: syncVersion, HorizonMs: 7, Jobs: []syncJob{{ID: common.Hash{1}, Digest: common.Hash{2}, Count: 3}}})))
	f.Add(must(encodeSyncAnswer(&syncAnswer{Version: syncVersion, Truncated: true, Events: [][]byte{{1, 2, 3}, {}}})))
	f.Add([]byte{0xc0})
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		if r, err := decodeSyncRequest(data); err == nil {
			if len(r.Jobs) > maxSyncJobs || r.Version != syncVersion {
				t.Fatalf("request past the limits: %d jobs", len(r.Jobs))
			}
			again, err := encodeSyncRequest(r)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := decodeSyncRequest(again); err != nil {
				t.Fatalf("re-encoded request does not decode: %v", err)
			}
		}
		if a, err := decodeSyncAnswer(data); err == nil {
			if len(a.Events) > maxSyncAnswerEvents {
				t.Fatalf("answer past the limits: %d events", len(a.Events))
			}
			_ = byImportance(a.Events)
		}
		_ = byImportance([][]byte{data})
	})
}

// syncBenchNode is a node holding jobs jobs of two events each.
func syncBenchNode(b *testing.B, jobs int) *Node {
	dir, err := os.MkdirTemp("", "sknode")
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { os.RemoveAll(dir) })
	n, err := New(context.Background(), DataDir(filepath.Join(dir, "a")), Network(syncTestNet), quiet(), SimGPUs("none"), WithoutChain(), WithoutDocker())
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { n.Close() })
	for i := 0; i < jobs; i++ {
		e, raw := ownerSubmit(b, n)
		if _, err := n.receive(context.Background(), e, raw, false); err != nil {
			b.Fatal(err)
		}
		claim := claimFor(b, n, e, 1)
		ce, _ := types.OpenJobEvent(syncTestNet, claim)
		if _, err := n.receive(context.Background(), ce, claim, false); err != nil {
			b.Fatal(err)
		}
	}
	return n
}

// BenchmarkSyncDigest measures a sync round's local cost with 4096 jobs
// (8192 events): building the request (digests of every stored job) and
// answering a request that matches (nothing to send).
func BenchmarkSyncDigest(b *testing.B) {
	ctx := context.Background()
	const jobs = 4096
	n := syncBenchNode(b, jobs)
	b.ResetTimer()
	var size int
	for i := 0; i < b.N; i++ {
		req, err := n.buildSyncRequest(ctx)
		if err != nil || len(req.Jobs) != jobs {
			b.Fatalf("%d jobs, %v", len(req.Jobs), err)
		}
		enc, _ := encodeSyncRequest(req)
		size = len(enc)
		dec, err := decodeSyncRequest(enc)
		if err != nil {
			b.Fatal(err)
		}
		ans, err := n.answerSync(ctx, dec)
		if err != nil || len(ans.Events) != 0 {
			b.Fatalf("%d events, %v", len(ans.Events), err)
		}
	}
	b.ReportMetric(float64(size), "request-bytes")
}

// BenchmarkSyncAnswerAll measures answering a peer that holds nothing
// (4096 jobs, 8192 events, all sent), and verifying and folding the
// answer at a fresh node.
func BenchmarkSyncAnswerAll(b *testing.B) {
	ctx := context.Background()
	n := syncBenchNode(b, 4096)
	b.Run("answer", func(b *testing.B) {
		var size int
		for i := 0; i < b.N; i++ {
			ans, err := n.answerSync(ctx, &syncRequest{Version: syncVersion})
			if err != nil || len(ans.Events) != 8192 {
				b.Fatalf("%d events, %v", len(ans.Events), err)
			}
			enc, _ := encodeSyncAnswer(ans)
			size = len(enc)
		}
		b.ReportMetric(float64(size), "answer-bytes")
	})
	b.Run("fold", func(b *testing.B) {
		ans, _ := n.answerSync(ctx, &syncRequest{Version: syncVersion})
		for i := 0; i < b.N; i++ {
			b.StopTimer()
			m := syncBenchNode(b, 0)
			b.StartTimer()
			for _, raw := range ans.Events {
				if ok, fresh := m.applySynced(ctx, raw); !ok || !fresh {
					b.Fatal("did not fold")
				}
			}
		}
	})
}

// GET /v1/jobs filters by owner and state and pages newest first.
func TestJobListPagesAndFilters(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	a, _ := twoNodes(t, ctx)
	var ids []string
	var owners []string
	for i := 0; i < 3; i++ {
		e, raw := ownerSubmit(t, a)
		if _, err := a.receive(context.Background(), e, raw, false); err != nil {
			t.Fatal(err)
		}
		info, err := a.verifySubmit(e)
		if err != nil {
			t.Fatal(err)
		}
		ids = append([]string{e.Job.Hex()}, ids...) // newest first
		owners = append([]string{info.Owner.Hex()}, owners...)
		time.Sleep(5 * time.Millisecond) // distinct submit times
	}
	var paged []string
	q := api.JobQuery{Limit: 1}
	for {
		page, err := a.Jobs(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		if len(page) == 0 {
			break
		}
		if len(page) != 1 {
			t.Fatalf("page of %d jobs, limit 1", len(page))
		}
		paged = append(paged, page[0].ID)
		q.Before = page[0].ID
	}
	if strings.Join(paged, ",") != strings.Join(ids, ",") {
		t.Fatalf("pages gave %v, want newest first %v", paged, ids)
	}
	mine, err := a.Jobs(ctx, api.JobQuery{Owner: owners[1]})
	if err != nil || len(mine) != 1 || mine[0].ID != ids[1] {
		t.Fatalf("owner filter: %+v %v", mine, err)
	}
	if none, err := a.Jobs(ctx, api.JobQuery{State: "running"}); err != nil || len(none) != 0 {
		t.Fatalf("state filter: %d jobs, %v", len(none), err)
	}
	var ae *api.Error
	if _, err := a.Jobs(ctx, api.JobQuery{Before: "0x" + strings.Repeat("00", 32)}); !errors.As(err, &ae) || ae.Code != "not_found" {
		t.Fatalf("an unknown cursor: %v", err)
	}
}

// GET /v1/jobs/{id}/explain: every node of the view, with why it is where
// it is (here: no node has the job's H100, so each is rejected by the GPU
// model filter).
func TestExplainJob(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	a, b := twoNodes(t, ctx)
	e, raw := ownerSubmit(t, a)
	if _, err := a.receive(context.Background(), e, raw, false); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(10 * time.Second)
	for {
		x, err := a.Explain(ctx, e.Job.Hex())
		if err != nil {
			t.Fatal(err)
		}
		if len(x.Nodes) == 2 {
			for _, n := range x.Nodes {
				if n.Rank != -1 || n.Rejected != "GPU model" || (n.ID != a.ID().String() && n.ID != b.ID().String()) {
					t.Fatalf("node %+v", n)
				}
			}
			if !strings.Contains(x.Summary, "0/2 nodes fit: 2 GPU model") {
				t.Fatalf("summary %q", x.Summary)
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("explanation has %d nodes, want both", len(x.Nodes))
		}
		time.Sleep(100 * time.Millisecond)
	}
	var ae *api.Error
	if _, err := a.Explain(ctx, "0x"+strings.Repeat("01", 32)); !errors.As(err, &ae) || ae.Code != "not_found" {
		t.Fatalf("an unknown job: %v", err)
	}
}

// An ended job past its retention leaves the brain and the store, and its
// events coming back (a peer syncing them) are not stored again; a job
// still running is kept.
func TestPruneEndedJobs(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	a, b := twoNodes(t, ctx)
	fold := func(raw []byte) bool {
		t.Helper()
		e, err := types.OpenJobEvent(syncTestNet, raw)
		if err != nil {
			t.Fatal(err)
		}
		fresh, err := a.receive(context.Background(), e, raw, false)
		if err != nil {
			t.Fatal(err)
		}
		return fresh
	}
	done, doneRaw := ownerSubmit(t, a)
	running, runningRaw := ownerSubmit(t, a)
	for _, raw := range [][]byte{doneRaw, runningRaw, claimFor(t, b, done, 1), claimFor(t, b, running, 1)} {
		fold(raw)
	}
	fold(sealed(t, b, &types.JobEvent{Job: done.Job, Type: types.EvStart, Attempt: 1}))
	fold(sealed(t, b, &types.JobEvent{Job: running.Job, Type: types.EvStart, Attempt: 1}))
	fold(sealed(t, b, &types.JobEvent{Job: done.Job, Type: types.EvComplete, Attempt: 1, OutputCID: "bafkout"}))
	if j, _ := a.Job(ctx, done.Job.Hex()); j == nil || j.State != "completed" {
		t.Fatalf("the done job: %+v", j)
	}
	if n := a.pruneEnded(time.Now().Add(-time.Hour)); n != 0 {
		t.Fatalf("pruned %d jobs that ended within the retention", n)
	}
	if n := a.pruneEnded(time.Now().Add(time.Second)); n != 1 {
		t.Fatalf("pruned %d jobs, want the one that ended", n)
	}
	if _, err := a.Job(ctx, done.Job.Hex()); err == nil {
		t.Fatal("the pruned job is still listed")
	}
	if evs, err := a.store.JobEventsOf(done.Job.Hex()); err != nil || len(evs) != 0 {
		t.Fatalf("%d events of the pruned job still stored (%v)", len(evs), err)
	}
	if fold(doneRaw) {
		t.Fatal("the pruned job's submit was stored again")
	}
	if j, err := a.Job(ctx, running.Job.Hex()); err != nil || j.State != "running" {
		t.Fatalf("the running job: %+v %v", j, err)
	}
}
