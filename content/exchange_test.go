package content

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"sync/atomic"
	"testing"
	"time"

	blocks "github.com/ipfs/go-block-format"
	"github.com/ipfs/go-cid"
)

// Two real hosts on loopback: 64 MiB imported on one is fetched by CID on
// the other through bitswap, streamed to a file, and reads the same bytes.
func TestTransfer64MiB(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	a, b := startNode(t, ctx), startNode(t, ctx)
	const size = 64 << 20
	root, n, err := a.store.Import(ctx, stream(64, size))
	if err != nil || n != size {
		t.Fatalf("import: %d bytes, %v", n, err)
	}
	path := filepath.Join(t.TempDir(), "out")
	got, err := b.ex.FetchFile(ctx, root, path, 0, a.info())
	if err != nil || got != size {
		t.Fatalf("fetch: %d bytes, %v", got, err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	want, _ := digest(t, stream(64, size))
	if d, _ := digest(t, f); d != want {
		t.Fatal("fetched bytes differ")
	}
	// The fetcher now holds the DAG and can serve it on.
	if ok, err := b.store.Has(ctx, root); !ok || err != nil {
		t.Errorf("fetcher does not hold the DAG: %v %v", ok, err)
	}
	if roots, err := b.store.Roots(0); err != nil || len(roots) != 1 || roots[0].CID != root || roots[0].Size != size {
		t.Errorf("fetcher's roots: %v %v; want %s of %d bytes", roots, err, root, size)
	}
}

// The fetcher knows neither holder's address: it finds the provider of
// the root through the DHT (both know only a third, bootstrap peer).
func TestFetchFindsProviderThroughDHT(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	boot, a, b := startNode(t, ctx), startNode(t, ctx), startNode(t, ctx)
	connect(t, ctx, a, boot)
	connect(t, ctx, b, boot)
	root, _, err := a.store.Import(ctx, stream(5, 3<<20))
	if err != nil {
		t.Fatal(err)
	}
	// The DHT's routing tables fill as identify runs; retry the announce.
	for {
		if err := a.ex.Provide(ctx, root); err == nil {
			break
		} else if ctx.Err() != nil {
			t.Fatal(err)
		}
		time.Sleep(100 * time.Millisecond)
	}
	r, err := b.ex.Open(ctx, root)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := digest(t, stream(5, 3<<20))
	if got, _ := digest(t, r); got != want {
		t.Fatal("fetched bytes differ")
	}
}

// Peers connected before either exchange started (a daemon's DHT dials
// its bootstrap peers, and others dial it, before bitswap is up) still
// exchange blocks: bitswap is told of the connections already open.
func TestFetchOverAConnectionOlderThanBitswap(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	a, b := startHost(t, ctx), startHost(t, ctx)
	connect(t, ctx, b, a)
	a.startExchange(t, ctx)
	b.startExchange(t, ctx)
	root, _, err := a.store.Import(ctx, stream(11, 1<<20))
	if err != nil {
		t.Fatal(err)
	}
	// Well inside bitswap's 30 s rebroadcast, and the DHT is no help: b
	// already holds the only connection to a provider there is.
	fctx, fcancel := context.WithTimeout(ctx, 15*time.Second)
	defer fcancel()
	r, err := b.ex.Open(fctx, root)
	if err != nil {
		t.Fatalf("open over the older connection: %v", err)
	}
	defer r.Close()
	want, _ := digest(t, stream(11, 1<<20))
	if got, _ := digest(t, r); got != want {
		t.Fatal("fetched bytes differ")
	}
}

// corrupting serves every block with its bytes flipped, under the right CID.
type corrupting struct{ *Blockstore }

func (c corrupting) Get(ctx context.Context, k cid.Cid) (blocks.Block, error) {
	blk, err := c.Blockstore.Get(ctx, k)
	if err != nil {
		return nil, err
	}
	bad := bytes.Clone(blk.RawData())
	for i := range bad {
		bad[i] ^= 0xff
	}
	return blocks.NewBlockWithCid(bad, k)
}

// A hostile peer that claims the content and serves wrong bytes for every
// block does not corrupt a fetch: the bad blocks are dropped and the
// honest peer's are used.
func TestHostilePeerCannotCorruptFetch(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	good, b := startNode(t, ctx), startNode(t, ctx)
	evil := startNode(t, ctx)
	// Swap the evil node's bitswap for one serving corrupt bytes.
	evil.ex.Close()
	evil.ex = newExchange(ctx, evil.host.LibP2P(), nil, evil.store, corrupting{evil.store.bs}, WithLogger(quietLog()))
	const size = 8 << 20
	for _, n := range []*testNode{good, evil} {
		if _, _, err := n.store.Import(ctx, stream(6, size)); err != nil {
			t.Fatal(err)
		}
	}
	root, _, _ := good.store.Import(ctx, stream(6, size))
	// The hostile peer is connected first, so it is asked first.
	r, err := b.ex.Open(ctx, root, evil.info(), good.info())
	if err != nil {
		t.Fatal(err)
	}
	want, _ := digest(t, stream(6, size))
	if got, n := digest(t, r); got != want || n != size {
		t.Fatalf("fetch through a hostile peer read %d bytes, digest differs: %v", n, got != want)
	}
}

// heapPeak samples HeapInuse until stop is closed.
func heapPeak(stop <-chan struct{}) *atomic.Uint64 {
	var peak atomic.Uint64
	go func() {
		var ms runtime.MemStats
		for {
			runtime.ReadMemStats(&ms)
			if ms.HeapInuse > peak.Load() {
				peak.Store(ms.HeapInuse)
			}
			select {
			case <-stop:
				return
			case <-time.After(20 * time.Millisecond):
			}
		}
	}()
	return &peak
}

// Moving a stream four times the heap bound, import and fetch, keeps the
// heap bounded: nothing holds the whole content.
func TestHeapStaysBounded(t *testing.T) {
	if testing.Short() {
		t.Skip("moves 256 MiB")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	a, b := startNode(t, ctx), startNode(t, ctx)
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	base := ms.HeapInuse
	stop := make(chan struct{})
	peak := heapPeak(stop)
	const size = 256 << 20
	root, _, err := a.store.Import(ctx, stream(7, size))
	if err != nil {
		t.Fatal(err)
	}
	n, err := b.ex.FetchFile(ctx, root, filepath.Join(t.TempDir(), "out"), 0, a.info())
	close(stop)
	if err != nil || n != size {
		t.Fatalf("fetch: %d, %v", n, err)
	}
	grew := int64(peak.Load()) - int64(base)
	t.Logf("heap in use: base %d MiB, peak %d MiB while moving %d MiB", base>>20, peak.Load()>>20, size>>20)
	const bound = 64 << 20
	if grew > bound {
		t.Errorf("heap grew %d MiB moving %d MiB, bound %d MiB", grew>>20, size>>20, bound>>20)
	}
}

// A fetch cut at about half resumes: the blocks it stored stay, and the
// next fetch asks only for the rest. What FetchUnlisted brings is held
// whole but not recorded among the roots the node advertises.
func TestFetchResumesAfterCut(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	a, b := startNode(t, ctx), startNode(t, ctx)
	const size = 32 << 20
	root, _, err := a.store.ImportUnlisted(ctx, stream(77, size))
	if err != nil {
		t.Fatal(err)
	}
	if roots, _ := a.store.Roots(0); len(roots) != 0 {
		t.Fatalf("an unlisted import is listed: %v", roots)
	}
	total := countBlocks(t, a.store)
	cut, stop := context.WithCancel(ctx)
	go func() {
		for countBlocks(t, b.store) < total/2 && cut.Err() == nil {
			time.Sleep(5 * time.Millisecond)
		}
		stop()
	}()
	if err := b.ex.FetchUnlisted(cut, root, a.info()); err == nil {
		t.Skip("the whole DAG arrived before the cut could land")
	}
	had := countBlocks(t, b.store)
	if had == 0 || had >= total {
		t.Fatalf("after the cut %d of %d blocks are stored", had, total)
	}
	before := b.ex.bs.Stat
	s0, err := before()
	if err != nil {
		t.Fatal(err)
	}
	if err := b.ex.FetchUnlisted(ctx, root, a.info()); err != nil {
		t.Fatalf("resume: %v", err)
	}
	s1, _ := before()
	got := int(s1.BlocksReceived - s0.BlocksReceived)
	t.Logf("cut after %d of %d blocks; the resumed fetch received %d", had, total, got)
	// Blocks in flight when the first fetch was cut may arrive during the
	// second and count there; a fetch that started over would receive
	// every block again.
	if got >= total {
		t.Errorf("the resumed fetch received %d blocks, all %d again; %d were missing", got, total, total-had)
	}
	if ok, err := b.store.Has(ctx, root); !ok || err != nil {
		t.Fatalf("after the resume the DAG is not whole: %v %v", ok, err)
	}
	if roots, _ := b.store.Roots(0); len(roots) != 0 {
		t.Errorf("FetchUnlisted listed the root: %v", roots)
	}
}

// A fetch from a peer that has nothing gives up after its barren
// sessions instead of waiting out its context.
func TestFetchGivesUpWhenNobodyServes(t *testing.T) {
	if testing.Short() {
		t.Skip("waits out three stalled sessions")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	a, b := startNode(t, ctx), startNode(t, ctx)
	root, _, err := a.store.Import(ctx, stream(78, 1<<20))
	if err != nil {
		t.Fatal(err)
	}
	if err := a.store.Remove(ctx, root); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	err = b.ex.FetchUnlisted(ctx, root, a.info())
	if err == nil || !errors.Is(err, errStalled) {
		t.Fatalf("fetch of content nobody holds: %v", err)
	}
	if ctx.Err() != nil {
		t.Fatal("the fetch waited out its context")
	}
	t.Logf("gave up after %s: %v", time.Since(start).Round(time.Second), err)
}
