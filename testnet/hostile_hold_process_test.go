package testnet

import (
	"encoding/json"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/skyops/skyops/api"
	"github.com/skyops/skyops/sched"
	"github.com/skyops/skyops/types"
)

// A holder against skyopsd processes (2 s reputation epochs): it claims a
// job it ranks first for and never starts it. Every peer ends the hold at
// its start deadline and the job completes on an honest node; two epochs
// later every daemon shows the holder under the reputation floor
// (`skyops nodes`), refuses its claim on the next job it ranks first for,
// and that job completes at once on an honest node.
func TestHostileHolderAgainstProcesses(t *testing.T) {
	const network = "hostile-hold-procs"
	ctx, bin, m, boot := hostileProcNet(t, network, []string{"none", "none", "none"}, true, "--suspect", "1s", "--allow-process", "--epoch", "2s")
	var honest []peer.ID
	for _, p := range m.Peers {
		id, err := peer.Decode(p.ID)
		if err != nil {
			t.Fatal(err)
		}
		honest = append(honest, id)
	}
	h, err := NewHostile(ctx, network, boot)
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	adv := h.Advert(64, "", 0, big.NewInt(0))
	advRaw, err := h.Advertise(ctx, adv)
	if err != nil {
		t.Fatal(err)
	}
	h.KeepAdvertising(ctx, func() *types.Advert { return h.Advert(64, "", 0, big.NewInt(0)) }) // it stays alive
	skyops := cliFor(bin, m)
	nodes := func(p int) []api.Node {
		out, err := skyops(p, "nodes", "-o", "json")
		var ns []api.Node
		if err != nil || json.Unmarshal([]byte(out), &ns) != nil {
			t.Fatalf("nodes at peer %d: %v\n%s", p, err, out)
		}
		return ns
	}
	holderAt := func(p int) *api.Node {
		for _, n := range nodes(p) {
			if n.ID == h.ID().String() {
				return &n
			}
		}
		return nil
	}
	for p := range m.Peers {
		for holderAt(p) == nil {
			if ctx.Err() != nil {
				t.Fatalf("peer %d never saw the holder", p)
			}
			time.Sleep(200 * time.Millisecond)
		}
	}
	key, _ := crypto.GenerateKey()
	owner := types.KeySigner{Key: key}
	home := api.NewClient(m.Peers[0].Socket)
	// A CPU-only job on GPU-less nodes of equal reputation: equal weights,
	// so the hash alone ranks; take one the holder ranks first for.
	holderFirst := func() api.SubmitRequest {
		w := sched.WeightInputs{Reputation: sched.NewcomerReputation}
		for tries := 0; tries < 500; tries++ {
			req := sleepJob(t, network, honest[0], owner, "1")
			id, err := req.Spec.Digest(1337)
			if err != nil {
				t.Fatal(err)
			}
			best := sched.ScoreFor(id, h.ID(), w)
			first := true
			for _, n := range honest {
				first = first && best.Cmp(sched.ScoreFor(id, n, w)) > 0
			}
			if first {
				return req
			}
		}
		t.Fatal("no job the holder ranks first for")
		return api.SubmitRequest{}
	}
	// claim signs the holder's claim once and publishes it, again every
	// 250 ms until stood says so or for 1 s (its gossip mesh may not have
	// formed, and it answers no catch-up sync).
	claim := func(req api.SubmitRequest, stood func() bool) {
		id, _ := req.Spec.Digest(1337)
		w := sched.WeightInputsFor(sched.RequirementsFor(id, &req.Spec), adv)
		raw, err := h.Sign(&types.JobEvent{Job: id, Type: types.EvClaim, Attempt: 1, AdvertSeq: adv.Seq, Reputation: sched.NewcomerReputation,
			Locality: w.Locality, Fit: w.Fit, Advert: advRaw})
		if err != nil {
			t.Fatal(err)
		}
		for tries := 0; tries < 4 || stood != nil && !stood(); tries++ {
			if err := h.PublishRaw(ctx, raw); err != nil {
				t.Fatal(err)
			}
			if ctx.Err() != nil {
				t.Fatal("the holder's claim never stood")
			}
			time.Sleep(250 * time.Millisecond)
		}
	}
	req := holderFirst()
	resp, err := home.Submit(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	claim(req, func() bool { j, err := home.Job(ctx, resp.ID); return err == nil && j.Node == h.ID().String() })
	j := waitJob(t, ctx, home, resp.ID)
	if j.State != "completed" || j.Attempts != 2 || j.History[0].Node != h.ID().String() || j.Node == h.ID().String() || j.History[0].EndedAt == nil {
		t.Fatalf("the held job: %s on %s after %d attempts, history %+v; want the holder's attempt lost and an honest node's completed", j.State, j.Node, j.Attempts, j.History)
	}

	// Two epochs after the hold ended, every daemon has the holder under
	// the floor.
	time.Sleep(time.Until(j.History[0].EndedAt.Add(3 * hostileEpoch)))
	for p := range m.Peers {
		if n := holderAt(p); n == nil || n.Reputation >= sched.FloorReputation {
			t.Fatalf("peer %d shows the holder at %+v: want its reputation under %d", p, n, sched.FloorReputation)
		} else {
			t.Logf("peer %d: the holder's reputation is %d", p, n.Reputation)
		}
	}
	req = holderFirst()
	if resp, err = home.Submit(ctx, req); err != nil {
		t.Fatal(err)
	}
	claim(req, nil)
	j = waitJob(t, ctx, home, resp.ID)
	if j.State != "completed" || j.Attempts != 1 || j.Node == h.ID().String() {
		t.Fatalf("the next job: %s on %s after %d attempts; want completed by an honest node at once", j.State, j.Node, j.Attempts)
	}
	for p := range m.Peers {
		out, err := skyops(p, "status", resp.ID, "-o", "json")
		var pj api.Job
		if err != nil || json.Unmarshal([]byte(out), &pj) != nil {
			t.Fatalf("status at peer %d: %v\n%s", p, err, out)
		}
		if pj.State != "completed" || pj.Node != j.Node || pj.Attempts != 1 {
			t.Fatalf("peer %d: %s on %s after %d attempts; want %s on %s, one attempt", p, pj.State, pj.Node, pj.Attempts, j.State, j.Node)
		}
		for _, e := range pj.Events {
			if e.Actor == h.ID().String() {
				t.Fatalf("peer %d holds the holder's %s: its claim should have been refused", p, e.Type)
			}
		}
	}
}
