package drive_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/cockroachdb/datadriven"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	p2pcrypto "github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/skyops/skyops/sched"
	"github.com/skyops/skyops/sched/drive"
	"github.com/skyops/skyops/types"
)

// TestScripts runs the brain of several peers, each behind the shared
// shell (drive.Driver), through the scripts in testdata: adverts, events
// and ticks in, each peer's Ready out. Delivery between peers is the
// script's to control (deliver), so a script can reorder, delay or
// withhold what gossip carries. Rewrite the expected output with
//
//	go test ./sched/drive -run TestScripts -rewrite
//
// and read the diff: it is the change in what the brain decides.
func TestScripts(t *testing.T) {
	datadriven.Walk(t, "testdata", func(t *testing.T, path string) {
		n := &network{}
		datadriven.RunTest(t, path, func(t *testing.T, td *datadriven.TestData) string {
			out, err := n.run(td)
			if err != nil {
				t.Fatalf("%s: %s: %v", td.Pos, td.Cmd, err)
			}
			return out
		})
	})
}

// network is the script's peers.
type network struct {
	names  []string
	peers  map[string]*tpeer
	byID   map[peer.ID]string
	jobs   map[string]common.Hash
	names2 map[common.Hash]string
	cfg    sched.PeerConfig
}

type tpeer struct {
	name   string
	id     peer.ID
	brain  *sched.Peer
	drive  *drive.Driver
	host   *thost
	res    sched.Resources
	seq    uint64
	hold   bool // hostile: claims, never starts its runs
	silent bool
}

// sent is one published event and the peers it reached.
type sent struct {
	ev      *types.JobEvent
	hash    common.Hash
	proof   *sched.EventProof
	reached map[string]bool
}

// thost is the script's drive.Host: it records what the shell does.
type thost struct {
	n      *network
	p      *tpeer
	outbox []*sent
	proofs map[common.Hash]*sched.EventProof
	log    []string
	now    uint64
}

func (h *thost) Seal(ev *types.JobEvent, proof *sched.EventProof) ([]byte, common.Hash, error) {
	if err := ev.Validate(); err != nil {
		return nil, common.Hash{}, err
	}
	hash := crypto.Keccak256Hash([]byte(fmt.Sprintf("%+v", *ev)))
	h.proofs[hash] = proof
	return nil, hash, nil
}
func (h *thost) Store(*types.JobEvent, []byte, common.Hash, bool) error { return nil }
func (h *thost) Forget(common.Hash, []common.Hash)                      {}
func (h *thost) Folded(*types.JobEvent)                                 {}
func (h *thost) Gossip(_ context.Context, ev *types.JobEvent, _ []byte) error {
	hash := crypto.Keccak256Hash([]byte(fmt.Sprintf("%+v", *ev)))
	h.outbox = append(h.outbox, &sent{ev: ev, hash: hash, proof: h.proofs[hash], reached: map[string]bool{h.p.name: true}})
	delete(h.proofs, hash)
	return nil
}
func (h *thost) Published(_ context.Context, o sched.Outgoing) {
	h.log = append(h.log, "publish "+h.n.describe(o.Event, true))
}
func (h *thost) Failed(o sched.Outgoing, err error) {
	h.log = append(h.log, fmt.Sprintf("failed %s: %v", h.n.describe(o.Event, false), err))
}

// Start: an honest peer's run starts at once (its start event); a holder
// never starts.
func (h *thost) Start(r sched.Run) {
	h.log = append(h.log, fmt.Sprintf("start %s attempt=%d%s", h.n.names2[r.Job], r.Attempt, gpusOf(r)))
	if h.p.hold {
		return
	}
	if err := h.p.drive.Publish(context.Background(), &types.JobEvent{Job: r.Job, Type: types.EvStart, Attempt: r.Attempt}, nil, h.now); err != nil {
		h.log = append(h.log, "failed start event: "+err.Error())
	}
}

// Stop: the run exits at once.
func (h *thost) Stop(r sched.Run) {
	h.log = append(h.log, fmt.Sprintf("stop %s attempt=%d", h.n.names2[r.Job], r.Attempt))
	h.p.drive.RunEnded(r.Job, r.Attempt)
}

func gpusOf(r sched.Run) string {
	if len(r.GPUs) == 0 {
		return ""
	}
	return fmt.Sprintf(" gpus=%v", r.GPUs)
}

func (n *network) describe(ev *types.JobEvent, withTime bool) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s %s", ev.Type, n.names2[ev.Job])
	if ev.Type != types.EvSubmit {
		fmt.Fprintf(&b, " attempt=%d", ev.Attempt)
	}
	if ev.Type == types.EvClaim {
		fmt.Fprintf(&b, " reputation=%d", ev.Reputation)
	}
	if ev.Reason != "" {
		fmt.Fprintf(&b, " (%s)", n.named(ev.Reason))
	}
	return b.String()
}

// named replaces peer ids in text by the script's names.
func (n *network) named(s string) string {
	for id, name := range n.byID {
		s = strings.ReplaceAll(s, id.String(), name)
	}
	return s
}

func scriptID(name string) (peer.ID, error) {
	seed := crypto.Keccak256([]byte("skyops-script-peer/" + name))
	priv, err := p2pcrypto.UnmarshalSecp256k1PrivateKey(seed)
	if err != nil {
		return "", err
	}
	return peer.IDFromPrivateKey(priv)
}

func (n *network) run(td *datadriven.TestData) (string, error) {
	switch td.Cmd {
	case "peers":
		return n.cmdPeers(td)
	}
	if n.peers == nil {
		return "", fmt.Errorf("no peers yet")
	}
	at, err := uintArg(td, "at", 0)
	if err != nil {
		return "", err
	}
	switch td.Cmd {
	case "advert":
		return n.cmdAdvert(td, at)
	case "submit":
		return n.cmdSubmit(td, at)
	case "deliver":
		return n.cmdDeliver(td, at)
	case "tick":
		return n.cmdTick(td, at)
	case "complete":
		return n.cmdComplete(td, at)
	case "event":
		return n.cmdEvent(td, at)
	case "restart", "caught-up":
		p, err := n.peerArg(td, "peer")
		if err != nil {
			return "", err
		}
		typ := sched.MsgStarted
		if td.Cmd == "caught-up" {
			typ = sched.MsgCaughtUp
		}
		p.drive.Step(sched.Msg{Type: typ, NowMs: at})
		return "ok", nil
	case "silence":
		p, err := n.peerArg(td, "peer")
		if err != nil {
			return "", err
		}
		p.silent = true
		return "ok", nil
	case "state":
		return n.cmdState(td)
	}
	return "", fmt.Errorf("unknown command %q", td.Cmd)
}

func uintArg(td *datadriven.TestData, key string, def uint64) (uint64, error) {
	a, ok := td.Arg(key)
	if !ok {
		return def, nil
	}
	if len(a.Vals) != 1 {
		return 0, fmt.Errorf("%s: one value", key)
	}
	return strconv.ParseUint(a.Vals[0], 10, 64)
}

func (n *network) peerArg(td *datadriven.TestData, key string) (*tpeer, error) {
	a, ok := td.Arg(key)
	if !ok || len(a.Vals) != 1 {
		return nil, fmt.Errorf("%s=<peer> needed", key)
	}
	p := n.peers[a.Vals[0]]
	if p == nil {
		return nil, fmt.Errorf("no peer %q", a.Vals[0])
	}
	return p, nil
}

// peersArg is the peers named by key, or all of them.
func (n *network) peersArg(td *datadriven.TestData, key string) ([]*tpeer, error) {
	a, ok := td.Arg(key)
	if !ok {
		var out []*tpeer
		for _, name := range n.names {
			out = append(out, n.peers[name])
		}
		return out, nil
	}
	var out []*tpeer
	for _, v := range a.Vals {
		p := n.peers[v]
		if p == nil {
			return nil, fmt.Errorf("no peer %q", v)
		}
		out = append(out, p)
	}
	return out, nil
}

func (n *network) jobArg(td *datadriven.TestData) (common.Hash, error) {
	a, ok := td.Arg("job")
	if !ok || len(a.Vals) != 1 {
		return common.Hash{}, fmt.Errorf("job=<name> needed")
	}
	id, ok := n.jobs[a.Vals[0]]
	if !ok {
		return common.Hash{}, fmt.Errorf("no job %q", a.Vals[0])
	}
	return id, nil
}

// peers a b c [ttl= delta= settle= suspect= epoch= cores= ram=] [hold=(h)]
// [gpus=N model=M]: every peer gets the same machine.
func (n *network) cmdPeers(td *datadriven.TestData) (string, error) {
	n.cfg = sched.PeerConfig{TTLMs: 10_000, DeltaMs: 500, SettleMs: 150, SuspectMs: 5000}
	var err error
	for _, f := range []struct {
		key string
		dst *uint64
	}{{"ttl", &n.cfg.TTLMs}, {"delta", &n.cfg.DeltaMs}, {"settle", &n.cfg.SettleMs}, {"suspect", &n.cfg.SuspectMs}, {"epoch", &n.cfg.EpochMs}} {
		if *f.dst, err = uintArg(td, f.key, *f.dst); err != nil {
			return "", err
		}
	}
	cores, err := uintArg(td, "cores", 8)
	if err != nil {
		return "", err
	}
	ram, err := uintArg(td, "ram", 16384)
	if err != nil {
		return "", err
	}
	gpus, err := uintArg(td, "gpus", 0)
	if err != nil {
		return "", err
	}
	model := "NVIDIA A100-SXM4-80GB"
	if a, ok := td.Arg("model"); ok {
		model = a.Vals[0]
	}
	var holders []string
	if a, ok := td.Arg("hold"); ok {
		holders = a.Vals
	}
	n.peers, n.byID, n.jobs, n.names2 = map[string]*tpeer{}, map[peer.ID]string{}, map[string]common.Hash{}, map[common.Hash]string{}
	n.names = nil
	for _, a := range td.CmdArgs {
		if len(a.Vals) != 0 {
			continue
		}
		id, err := scriptID(a.Key)
		if err != nil {
			return "", err
		}
		p := &tpeer{name: a.Key, id: id, hold: slices.Contains(holders, a.Key)}
		p.res = sched.Resources{Cores: uint32(cores), RAMMiB: ram}
		for i := range int(gpus) {
			p.res.GPUs = append(p.res.GPUs, sched.GPUDevice{Index: i, Model: model, MemoryMiB: 81920})
		}
		p.brain = sched.NewPeer(id, n.cfg)
		p.host = &thost{n: n, p: p, proofs: map[common.Hash]*sched.EventProof{}}
		p.drive = drive.New(p.brain, p.host, nil)
		p.drive.Step(sched.Msg{Type: sched.MsgResources, Resources: &p.res})
		n.peers[a.Key], n.byID[id] = p, a.Key
		n.names = append(n.names, a.Key)
	}
	// The rank order of the peers for a job depends on their ids: scripts
	// print it where it matters (state).
	return fmt.Sprintf("%d peers", len(n.names)), nil
}

// advert [peers=(a,b)] at=T [to=(…)]: each peer (not silenced) advertises
// what it has free, as its brain books it; the advert reaches itself and
// the peers in to (default all).
func (n *network) cmdAdvert(td *datadriven.TestData, at uint64) (string, error) {
	from, err := n.peersArg(td, "peers")
	if err != nil {
		return "", err
	}
	to, err := n.peersArg(td, "to")
	if err != nil {
		return "", err
	}
	var lines []string
	for _, p := range from {
		if p.silent {
			continue
		}
		p.seq++
		cores, ram, gpus := p.brain.Used()
		a := &types.Advert{Node: p.id, Seq: p.seq, TimeMs: at, CPUCores: p.res.Cores, RAMMiB: p.res.RAMMiB,
			CPUFree: p.res.Cores - cores, RAMFreeMiB: p.res.RAMMiB - ram, DiskMiB: 1 << 20,
			Runtimes: []string{"wasm"}, PriceWei: big.NewInt(0), Region: "eu-west"}
		if len(p.res.GPUs) > 0 {
			a.GPUs = []types.GPUGroup{{Model: p.res.GPUs[0].Model, MemoryMiB: p.res.GPUs[0].MemoryMiB,
				Total: uint32(len(p.res.GPUs)), Free: uint32(len(p.res.GPUs) - len(gpus))}}
		}
		raw, _ := json.Marshal(a) // stands for the sealed advert a claim carries
		p.drive.Step(sched.Msg{Type: sched.MsgAdvert, Advert: a, Raw: raw, NowMs: at})
		for _, q := range to {
			if q != p {
				q.drive.Step(sched.Msg{Type: sched.MsgAdvert, Advert: a, NowMs: at})
			}
		}
		if a.CPUFree != a.CPUCores || len(gpus) > 0 {
			lines = append(lines, fmt.Sprintf("%s: %d of %d cores free, %d of %d GPUs", p.name, a.CPUFree, a.CPUCores, len(p.res.GPUs)-len(gpus), len(p.res.GPUs)))
		}
	}
	if len(lines) == 0 {
		return "ok", nil
	}
	return strings.Join(lines, "\n"), nil
}

// submit job=J home=H at=T [cores=1] [gpus=N model=M] [min-reputation=R]:
// the owner's signed submit, published by its home daemon.
func (n *network) cmdSubmit(td *datadriven.TestData, at uint64) (string, error) {
	home, err := n.peerArg(td, "home")
	if err != nil {
		return "", err
	}
	a, ok := td.Arg("job")
	if !ok {
		return "", fmt.Errorf("job=<name> needed")
	}
	name := a.Vals[0]
	cores, err := uintArg(td, "cores", 1)
	if err != nil {
		return "", err
	}
	gpus, err := uintArg(td, "gpus", 0)
	if err != nil {
		return "", err
	}
	minRep, err := uintArg(td, "min-reputation", 0)
	if err != nil {
		return "", err
	}
	spec := &types.JobSpec{Network: "script", Home: home.id.String(), Runtime: "wasm", CPUCores: uint32(cores),
		GPUCount: uint32(gpus), PriceCapWei: "0", MinReputation: uint32(minRep)}
	if m, ok := td.Arg("model"); ok {
		spec.GPUModel = m.Vals[0]
	}
	raw, err := json.Marshal(spec)
	if err != nil {
		return "", err
	}
	id := common.Hash(crypto.Keccak256Hash([]byte("skyops-script-job/" + name)))
	n.jobs[name], n.names2[id] = id, name
	owner := common.BytesToAddress(crypto.Keccak256([]byte("owner")))
	ev := &types.JobEvent{Job: id, Type: types.EvSubmit, Spec: raw, OwnerSig: make([]byte, 65), ChainID: 1}
	home.host.now = at
	if err := home.drive.Publish(context.Background(), ev, &sched.EventProof{Spec: spec, Owner: owner}, at); err != nil {
		return "", err
	}
	return "ok", nil
}

// deliver [from=(…)] [to=(…)] at=T [types=(claim,…)]: what the from peers
// published reaches the to peers (default: everything to everyone), each
// event once, in the order it was published.
func (n *network) cmdDeliver(td *datadriven.TestData, at uint64) (string, error) {
	from, err := n.peersArg(td, "from")
	if err != nil {
		return "", err
	}
	to, err := n.peersArg(td, "to")
	if err != nil {
		return "", err
	}
	var only []string
	if a, ok := td.Arg("types"); ok {
		only = a.Vals
	}
	var lines []string
	for _, p := range from {
		for _, s := range p.host.outbox {
			if len(only) > 0 && !slices.Contains(only, s.ev.Type.String()) {
				continue
			}
			for _, q := range to {
				if s.reached[q.name] {
					continue
				}
				s.reached[q.name] = true
				fresh, err := q.drive.Receive(s.ev, nil, s.hash, s.proof, at, true)
				if err != nil {
					return "", err
				}
				if !fresh {
					lines = append(lines, fmt.Sprintf("%s: not kept: %s from %s", q.name, n.describe(s.ev, false), p.name))
				}
			}
		}
	}
	if len(lines) == 0 {
		return "ok", nil
	}
	return strings.Join(lines, "\n"), nil
}

// tick at=T [peers=(…)]: each peer's shell advances its brain; what it
// carried out is printed, peer by peer.
func (n *network) cmdTick(td *datadriven.TestData, at uint64) (string, error) {
	ps, err := n.peersArg(td, "peers")
	if err != nil {
		return "", err
	}
	var b bytes.Buffer
	for _, p := range ps {
		if p.silent {
			continue
		}
		p.host.now, p.host.log = at, nil
		rd := p.drive.Advance(context.Background(), at)
		for _, d := range rd.Declined {
			p.host.log = append(p.host.log, fmt.Sprintf("declined %s attempt=%d: %s", n.names2[d.Job], d.Attempt, d.Why))
		}
		for _, l := range p.host.log {
			fmt.Fprintf(&b, "%s: %s\n", p.name, l)
		}
		if td.HasArg("wake") && rd.WakeMs != 0 {
			fmt.Fprintf(&b, "%s: wake at %d\n", p.name, rd.WakeMs)
		}
	}
	if b.Len() == 0 {
		return "nothing", nil
	}
	return strings.TrimSuffix(b.String(), "\n"), nil
}

// complete peer=P job=J at=T: P's run ends and reports a result (if its
// claim still stands, as the daemon checks).
func (n *network) cmdComplete(td *datadriven.TestData, at uint64) (string, error) {
	p, err := n.peerArg(td, "peer")
	if err != nil {
		return "", err
	}
	id, err := n.jobArg(td)
	if err != nil {
		return "", err
	}
	j := p.brain.Job(id)
	if j == nil {
		return "", fmt.Errorf("%s does not know the job", p.name)
	}
	attempt := j.Attempt
	out := "withheld: the claim no longer stands"
	if p.brain.Standing(id, attempt) {
		ev := &types.JobEvent{Job: id, Type: types.EvComplete, Attempt: attempt, OutputCID: "bafyout", LogCID: "bafylog"}
		if err := p.drive.Publish(context.Background(), ev, nil, at); err != nil {
			return "", err
		}
		out = "published " + n.describe(ev, false)
	}
	p.drive.RunEnded(id, attempt)
	return out, nil
}

// event from=P type=T job=J attempt=A at=T [reputation=R] [reason=…]: an
// event P signs outside its brain's decisions (a hostile peer's).
func (n *network) cmdEvent(td *datadriven.TestData, at uint64) (string, error) {
	p, err := n.peerArg(td, "from")
	if err != nil {
		return "", err
	}
	id, err := n.jobArg(td)
	if err != nil {
		return "", err
	}
	attempt, err := uintArg(td, "attempt", 1)
	if err != nil {
		return "", err
	}
	a, ok := td.Arg("type")
	if !ok {
		return "", fmt.Errorf("type=<event type> needed")
	}
	ev := &types.JobEvent{Job: id, Attempt: uint32(attempt)}
	var proof *sched.EventProof
	switch a.Vals[0] {
	case "lost":
		ev.Type, ev.Reason = types.EvLost, "executor lost"
	case "alive":
		ev.Type = types.EvAlive
	case "claim":
		ev.Type = types.EvClaim
		e, ok := p.brain.View().Get(p.id)
		if !ok {
			return "", fmt.Errorf("%s has not advertised", p.name)
		}
		j := p.brain.Job(id)
		if j == nil {
			return "", fmt.Errorf("%s does not know the job", p.name)
		}
		ev = p.brain.ClaimFor(j, uint32(attempt), e.Advert, at)
		ev.Advert = []byte("advert")
		proof = &sched.EventProof{Advert: e.Advert}
		if r, err := uintArg(td, "reputation", uint64(ev.Reputation)); err != nil {
			return "", err
		} else {
			ev.Reputation = uint32(r)
		}
	default:
		return "", fmt.Errorf("event type %q: lost, alive or claim", a.Vals[0])
	}
	// Hostile code gossips what its own brain would refuse: it goes out
	// without being folded here.
	ev.Actor, ev.TimeMs = p.id, at
	if err := ev.Validate(); err != nil {
		return "", err
	}
	hash := crypto.Keccak256Hash([]byte(fmt.Sprintf("%+v", *ev)))
	p.host.outbox = append(p.host.outbox, &sent{ev: ev, hash: hash, proof: proof, reached: map[string]bool{p.name: true}})
	return "sent " + n.describe(ev, false), nil
}

// state job=J [peers=(…)]: the job as each peer's reducer has it, and the
// placement ranking as the first peer sees it.
func (n *network) cmdState(td *datadriven.TestData) (string, error) {
	id, err := n.jobArg(td)
	if err != nil {
		return "", err
	}
	ps, err := n.peersArg(td, "peers")
	if err != nil {
		return "", err
	}
	var b strings.Builder
	for _, p := range ps {
		j := p.brain.Job(id)
		if j == nil {
			fmt.Fprintf(&b, "%s: unknown\n", p.name)
			continue
		}
		fmt.Fprintf(&b, "%s: %s attempt=%d", p.name, j.State, j.Attempt)
		if j.Winner != nil {
			fmt.Fprintf(&b, " winner=%s", n.byID[j.Winner.Node])
		}
		fmt.Fprintln(&b)
	}
	if td.HasArg("rank") {
		p := ps[0]
		j := p.brain.Job(id)
		if j != nil {
			pl := sched.Rank(p.brain.RequirementsAt(j, 0), p.brain.View().Nodes(), nil, sched.FitEver, 0, 1<<62)
			var order []string
			for _, c := range pl.Ranked {
				order = append(order, n.byID[c.Node])
			}
			fmt.Fprintf(&b, "rank at %s: %s\n", p.name, strings.Join(order, " "))
		}
	}
	return strings.TrimSuffix(b.String(), "\n"), nil
}
