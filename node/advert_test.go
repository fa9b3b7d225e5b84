package node

import (
	"context"
	"math/big"
	"path/filepath"
	"reflect"
	"sync"
	"testing"
	"time"

	"github.com/skyops/skyops/p2p"
	"github.com/skyops/skyops/types"
)

// sameOffer tells adverts apart by every field but the sequence and the
// time: a field added to Advert later counts without anyone listing it.
func TestSameOfferSeesEveryField(t *testing.T) {
	base := func() *types.Advert {
		return &types.Advert{Node: "n", Seq: 1, TimeMs: 1, Addrs: []string{"/a"},
			GPUs: []types.GPUGroup{{Model: "H100", MemoryMiB: 1, Total: 2, Free: 2}}, CPUCores: 4, RAMMiB: 8,
			CPUFree: 4, RAMFreeMiB: 8, DiskMiB: 1024, Runtimes: []string{"wasm"}, PriceWei: big.NewInt(5),
			Region: "r", Jobs: []string{}, CIDs: []string{}, Agent: "skyopsd", Images: []string{"img"}}
	}
	a, b := base(), base()
	b.Seq, b.TimeMs = 2, 2
	if !sameOffer(a, b) {
		t.Fatal("adverts that differ only in sequence and time differ")
	}
	b.Jobs, b.CIDs = nil, nil // nil and empty encode alike: no change
	if !sameOffer(a, b) {
		t.Fatal("nil and empty lists differ")
	}
	typ := reflect.TypeOf(types.Advert{})
	for i := 0; i < typ.NumField(); i++ {
		f := typ.Field(i)
		if f.Name == "Seq" || f.Name == "TimeMs" {
			continue
		}
		b := base()
		v := reflect.ValueOf(b).Elem().Field(i)
		switch f.Name {
		case "Node":
			b.Node = "m"
		case "GPUs":
			b.GPUs[0].Free = 1
		case "PriceWei":
			b.PriceWei = big.NewInt(6)
		case "CPUPriceWei":
			b.CPUPriceWei = big.NewInt(7)
		case "Coord":
			b.Coord = &types.Coordinate{Vec: make([]uint64, types.CoordDims)}
		default:
			switch v.Kind() {
			case reflect.String:
				v.SetString(v.String() + "x")
			case reflect.Uint32, reflect.Uint64:
				v.SetUint(v.Uint() + 1)
			case reflect.Slice:
				v.Set(reflect.Append(v, reflect.ValueOf("x")))
			default:
				t.Fatalf("field %s (%s): teach this test to change it", f.Name, v.Kind())
			}
		}
		if sameOffer(base(), b) {
			t.Errorf("a change of %s is not a change", f.Name)
		}
	}
}

// An idle daemon advertises on its heartbeat, not every check; a change
// goes out at once; the heartbeat defaults to a third of the TTL.
func TestAdvertsOnChangeAndHeartbeat(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	var mu sync.Mutex
	var seen []*types.Advert
	var at []time.Time
	n := startedNode(t, ctx, DataDir(filepath.Join(tmp(t), "d")), SimGPUs("H100:2"), quiet(), WithoutDocker(),
		AdvertTTL(6*time.Second), OnAdvert(func(a *types.Advert, _ string, now time.Time) {
			mu.Lock()
			seen, at = append(seen, a), append(at, now)
			mu.Unlock()
		}))
	if n.cfg.AdvertInterval != 2*time.Second {
		t.Fatalf("heartbeat with a 6s TTL: %s, want 2s", n.cfg.AdvertInterval)
	}
	count := func() int { mu.Lock(); defer mu.Unlock(); return len(seen) }
	// Idle for two and a half heartbeats. An advert that says what the one
	// before it said is a heartbeat, so it comes a heartbeat after it,
	// though the loop looks every second; one that says something new (its
	// addresses, images or whole GiB of free disk moved: other tests share
	// the machine) may come at any time.
	time.Sleep(5 * time.Second)
	mu.Lock()
	idle := append([]*types.Advert(nil), seen...)
	idleAt := append([]time.Time(nil), at...)
	mu.Unlock()
	beats := 0
	for i := 1; i < len(idle); i++ {
		if !sameOffer(idle[i-1], idle[i]) {
			continue
		}
		beats++
		if gap := idleAt[i].Sub(idleAt[i-1]); gap < 1900*time.Millisecond {
			t.Fatalf("advert %d said nothing new %s after the one before it, with a 2 s heartbeat", i, gap)
		}
	}
	// Alive: a heartbeat, or a change, well within the 5 s (a machine busy
	// with other tests may move the free disk every second, and then
	// every advert is a change: the heartbeat restarts at each).
	if len(idle) < 2 {
		t.Fatalf("%d adverts in 5 s of idling with a 2 s heartbeat", len(idle))
	}
	t.Logf("%d adverts in 5 s of idling, %d of them heartbeats", len(idle), beats)
	before := count()
	t0 := time.Now()
	if err := n.SetGPUsAllocated([]int{0}, true); err != nil {
		t.Fatal(err)
	}
	for count() == before {
		if time.Since(t0) > time.Second {
			t.Fatal("a change was not advertised within a second")
		}
		time.Sleep(5 * time.Millisecond)
	}
	mu.Lock()
	last := seen[len(seen)-1]
	mu.Unlock()
	if _, free := last.GPUTotals(); free != 1 {
		t.Fatalf("the advert after the change shows %d free GPUs, want 1", free)
	}
	// Kicks with nothing new publish nothing.
	before = count()
	n.Kick()
	n.Kick()
	time.Sleep(300 * time.Millisecond)
	if c := count(); c != before {
		t.Fatalf("%d adverts for kicks that changed nothing", c-before)
	}
}

// Changes that come faster than peers' validators allow go out together,
// as the newest state: what a node sends always passes their rate limit.
func TestAdvertsArePaced(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	var mu sync.Mutex
	var at []time.Time
	var last *types.Advert
	n := startedNode(t, ctx, DataDir(filepath.Join(tmp(t), "d")), SimGPUs("H100:8"), quiet(),
		OnAdvert(func(a *types.Advert, _ string, now time.Time) {
			mu.Lock()
			at, last = append(at, now), a
			mu.Unlock()
		}))
	// 41 changes 5 ms apart: unpaced, 41 adverts in 200 ms, twice the rate.
	const changes = 41
	t0 := time.Now()
	for i := 0; i < changes; i++ {
		if err := n.SetGPUsAllocated([]int{0}, i%2 == 0); err != nil {
			t.Fatal(err)
		}
		time.Sleep(5 * time.Millisecond)
	}
	elapsed := time.Since(t0)
	time.Sleep(time.Second) // what is held back goes out
	mu.Lock()
	defer mu.Unlock()
	if _, free := last.GPUTotals(); free != 7 {
		t.Fatalf("the last advert shows %d free GPUs: the last change never went out", free)
	}
	sent := len(at) - 1 // the first is Start's
	t.Logf("%d adverts for %d changes in %s", sent, changes, elapsed.Round(time.Millisecond))
	if most := advertPaceBurst + int(elapsed/p2p.MinAdvertGap) + 2; sent > most {
		t.Fatalf("%d adverts for %d changes in %s: more than the pace allows (%d)", sent, changes, elapsed, most)
	}
	// A validator's bucket, fed the receive times, lets every one through.
	tokens := float64(p2p.AdvertBurst)
	for i, now := range at {
		if i > 0 {
			tokens = min(p2p.AdvertBurst, tokens+float64(now.Sub(at[i-1]))/float64(p2p.MinAdvertGap))
		}
		if tokens < 1 {
			t.Fatalf("advert %d of %d would be ignored by peers as too fast", i, len(at))
		}
		tokens--
	}
}

// The registry credentials are the pull's alone: the job's environment
// keeps every other secret.
func TestSplitRegistryAuth(t *testing.T) {
	env, auth := splitRegistryAuth([]string{"A=1", types.RegistryAuthSecret + "=eyJ1c2VybmFtZSI6InUifQ==", "B=2"})
	if auth != "eyJ1c2VybmFtZSI6InUifQ==" || len(env) != 2 || env[0] != "A=1" || env[1] != "B=2" {
		t.Fatalf("split = %v, %q", env, auth)
	}
}
