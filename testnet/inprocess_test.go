package testnet

import (
	"context"
	"testing"
	"time"

	"github.com/skyops/skyops/exec/gpu"
)

// Eight peers, each with its own simulated fleet, converge on one view: each
// peer sees all eight adverts with the right GPU counts, marked simulated.
func TestEightPeersSeeEachOther(t *testing.T) {
	if testing.Short() {
		t.Skip("starts 8 daemons")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	c := startCluster(t, ctx, InProcessConfig{Peers: 8, Network: "eight"})
	want := map[string]uint32{} // node id -> GPU count its fleet has
	for i, n := range c.Nodes {
		lib, err := gpu.ParseFleet(c.Fleets[i])
		if err != nil {
			t.Fatal(err)
		}
		inv, err := gpu.Read(lib, true)
		if err != nil {
			t.Fatal(err)
		}
		want[n.ID().String()] = uint32(len(inv.Devices))
		inv.Close()
	}
	for i, n := range c.Nodes {
		nodes := n.Nodes()
		if len(nodes) != 8 {
			t.Fatalf("peer %d sees %d nodes, want 8", i, len(nodes))
		}
		for _, v := range nodes {
			w, ok := want[v.ID]
			if !ok {
				t.Fatalf("peer %d sees unknown node %s", i, v.ID)
			}
			if v.GPUTotal != w || v.GPUFree != w {
				t.Errorf("peer %d sees node %s with %d/%d GPUs free, want %d/%d", i, v.ID, v.GPUFree, v.GPUTotal, w, w)
			}
			if !v.Simulated {
				t.Errorf("peer %d: node %s not marked simulated", i, v.ID)
			}
			if v.Self != (v.ID == n.ID().String()) {
				t.Errorf("peer %d: self flag wrong for %s", i, v.ID)
			}
		}
	}
}

// A capacity change reaches every other peer, and a stopped peer leaves
// every view after the TTL.
func TestCapacityChangeAndExpiry(t *testing.T) {
	if testing.Short() {
		t.Skip("starts daemons")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	c := startCluster(t, ctx, InProcessConfig{Peers: 3, Network: "change", Fleets: []string{"dgxh100", "A30:4", "none"},
		AdvertInterval: 200 * time.Millisecond, AdvertTTL: 2 * time.Second})
	src := c.Nodes[0]
	if err := src.SetGPUsAllocated([]int{0, 1, 2}, true); err != nil {
		t.Fatal(err)
	}
	if err := src.SetGPUsAllocated([]int{8}, true); err == nil {
		t.Fatal("allocating a GPU the node does not have must fail")
	}
	for _, n := range c.Nodes[1:] {
		for {
			var free uint32 = 99
			for _, v := range n.Nodes() {
				if v.ID == src.ID().String() {
					free = v.GPUFree
				}
			}
			if free == 5 {
				break
			}
			if ctx.Err() != nil {
				t.Fatalf("peer never saw the capacity change (free=%d)", free)
			}
			time.Sleep(20 * time.Millisecond)
		}
	}
	// The CPU-only peer advertises no GPUs.
	for _, v := range c.Nodes[0].Nodes() {
		if v.ID == c.Nodes[2].ID().String() && (v.GPUTotal != 0 || len(v.GPUs) != 0 || v.Simulated) {
			t.Fatalf("cpu-only node advertised GPUs: %+v", v)
		}
	}
	gone := c.Nodes[2].ID().String()
	c.Nodes[2].Close()
	deadline := time.Now().Add(10 * time.Second)
	for _, n := range c.Nodes[:2] {
		for {
			present := false
			for _, v := range n.Nodes() {
				present = present || v.ID == gone
			}
			if !present {
				break
			}
			if time.Now().After(deadline) {
				t.Fatal("stopped peer still in the view after TTL")
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
}
