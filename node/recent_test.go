package node

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/skyops/skyops/sched"
	"github.com/skyops/skyops/types"
)

// The memory of departed nodes is bounded in count (the oldest departures
// go first) and in age, forgets a node that came back, and is what makes
// a job for a node that left placeable, with a reason naming it.
func TestDepartedNodesAreBounded(t *testing.T) {
	ctx := context.Background()
	n, err := New(ctx, DataDir(filepath.Join(tmp(t), "d")), quiet(), SimGPUs("none"), WithoutChain(), WithoutDocker())
	if err != nil {
		t.Fatal(err)
	}
	defer n.Close()
	ttl := uint64(n.cfg.AdvertTTL.Milliseconds())
	advertOf := func(i int, seq uint64, model string) *types.Advert {
		return &types.Advert{Node: peer.ID(fmt.Sprintf("node-%04d", i)), Seq: seq, CPUCores: 8, RAMMiB: 8192, DiskMiB: 8192,
			Runtimes: []string{"wasm"}, GPUs: []types.GPUGroup{{Model: model, Total: 1, Free: 1, MemoryMiB: 81559}}}
	}
	advert := func(i int, seq uint64) *types.Advert { return advertOf(i, seq, "NVIDIA H100 80GB HBM3") }
	// Twice the bound leave, in two waves: the second wave stays.
	t0 := uint64(time.Now().UnixMilli())
	n.mu.Lock()
	defer n.mu.Unlock()
	for wave := 0; wave < 2; wave++ {
		at := t0 + uint64(wave)*10*ttl
		for i := wave * maxDeparted; i < (wave+1)*maxDeparted; i++ {
			n.brain.Step(sched.Msg{Type: sched.MsgAdvert, Advert: advert(i, 1), NowMs: at})
		}
		n.rememberDepartingLocked(at + ttl + 1)
		n.brain.Step(sched.Msg{Type: sched.MsgExpire, NowMs: at + ttl + 1})
	}
	if len(n.departed) != maxDeparted {
		t.Fatalf("%d departed nodes remembered, bound %d", len(n.departed), maxDeparted)
	}
	if _, ok := n.departed[advert(0, 1).Node]; ok {
		t.Fatal("the oldest departure was kept over newer ones")
	}
	now := t0 + 10*ttl + ttl + 2
	job := sched.RequirementsFor(common.Hash{1}, &types.JobSpec{GPUModel: "H100", GPUCount: 1, PriceCapWei: "0", RAMMiB: 16})
	n.mu.Unlock()
	ever := n.couldEverRun(job, now)
	n.mu.Lock()
	if len(ever.Ranked) != maxDeparted {
		t.Fatalf("%d departed nodes could run the job, want %d", len(ever.Ranked), maxDeparted)
	}

	// One comes back: it is live again, not departed.
	back := advert(maxDeparted, 2)
	n.brain.Step(sched.Msg{Type: sched.MsgAdvert, Advert: back, NowMs: now})
	n.rememberDepartingLocked(now)
	if _, ok := n.departed[back.Node]; ok {
		t.Fatal("a node that came back is still remembered as departed")
	}
	// Past the memory, a departure no longer counts.
	later := now + uint64(departedMemory.Milliseconds()) + 1
	n.brain.Step(sched.Msg{Type: sched.MsgAdvert, Advert: advert(maxDeparted, 3), NowMs: later}) // still live
	n.rememberDepartingLocked(later)
	if len(n.departed) != 0 {
		t.Fatalf("%d departures remembered past %s", len(n.departed), departedMemory)
	}

	// A pending job waiting for the one departed node that fits names it,
	// and when it was last heard from.
	d := advertOf(9999, 1, "NVIDIA A100-SXM4-80GB")
	n.brain.Step(sched.Msg{Type: sched.MsgAdvert, Advert: d, NowMs: later})
	n.rememberDepartingLocked(later + ttl + 1)
	n.brain.Step(sched.Msg{Type: sched.MsgExpire, NowMs: later + ttl + 1})
	j := sched.NewJob(common.Hash{2})
	j.Req = job
	j.Req.GPUModel = "A100"
	got := n.placementReasonLocked(j, later+ttl+5000)
	if !strings.Contains(got, "the only node that could run it, "+shortPeer(d.Node)+", is offline since") || !strings.Contains(got, fmt.Sprintf("(%s ago)", time.Duration(ttl+5000)*time.Millisecond)) {
		t.Fatalf("placement reason: %q", got)
	}
}
