package testnet

import (
	"context"
	"os"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/skyops/skyops/api"
	"github.com/skyops/skyops/node"
	"github.com/skyops/skyops/types"
)

// noopModule is the smallest WASI command: an exported _start that returns
// and a memory. It measures the network's overhead, not the job's.
var noopModule = []byte{
	0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, // \0asm, version 1
	0x01, 0x04, 0x01, 0x60, 0x00, 0x00, // type section: () -> ()
	0x03, 0x02, 0x01, 0x00, // function section: one func of type 0
	0x05, 0x03, 0x01, 0x00, 0x01, // memory section: one memory, min 1 page
	0x07, 0x13, 0x02, // export section: 2 exports
	0x06, '_', 's', 't', 'a', 'r', 't', 0x00, 0x00, // "_start" func 0
	0x06, 'm', 'e', 'm', 'o', 'r', 'y', 0x02, 0x00, // "memory" memory 0
	0x0a, 0x04, 0x01, 0x02, 0x00, 0x0b, // code section: empty body
}

// placementTracker follows every job's events at every peer.
type placementTracker struct {
	mu        sync.Mutex
	peers     int
	submitted map[common.Hash]time.Time
	firstSeen map[common.Hash]map[int]peer.ID // the first claim each peer saw
	claimAt   map[common.Hash]map[peer.ID]map[int]time.Time
	starts    map[common.Hash]map[peer.ID]bool
	completes map[common.Hash]map[peer.ID]bool
	ended     map[common.Hash]time.Time // the first fold of its result anywhere
	done      map[common.Hash]chan struct{}
}

func newTracker(peers int) *placementTracker {
	return &placementTracker{peers: peers, submitted: map[common.Hash]time.Time{}, firstSeen: map[common.Hash]map[int]peer.ID{},
		claimAt: map[common.Hash]map[peer.ID]map[int]time.Time{}, starts: map[common.Hash]map[peer.ID]bool{},
		completes: map[common.Hash]map[peer.ID]bool{}, ended: map[common.Hash]time.Time{}, done: map[common.Hash]chan struct{}{}}
}

func (t *placementTracker) hook(p int, e *types.JobEvent, at time.Time) {
	t.mu.Lock()
	defer t.mu.Unlock()
	switch e.Type {
	case types.EvClaim:
		if t.firstSeen[e.Job] == nil {
			t.firstSeen[e.Job] = map[int]peer.ID{}
			t.claimAt[e.Job] = map[peer.ID]map[int]time.Time{}
		}
		if _, ok := t.firstSeen[e.Job][p]; !ok {
			t.firstSeen[e.Job][p] = e.Actor
		}
		if t.claimAt[e.Job][e.Actor] == nil {
			t.claimAt[e.Job][e.Actor] = map[int]time.Time{}
		}
		t.claimAt[e.Job][e.Actor][p] = at
	case types.EvStart:
		if t.starts[e.Job] == nil {
			t.starts[e.Job] = map[peer.ID]bool{}
		}
		t.starts[e.Job][e.Actor] = true
	case types.EvComplete, types.EvFail:
		if _, ok := t.ended[e.Job]; !ok {
			t.ended[e.Job] = at
		}
		if t.completes[e.Job] == nil {
			t.completes[e.Job] = map[peer.ID]bool{}
		}
		t.completes[e.Job][e.Actor] = true
		if ch, ok := t.done[e.Job]; ok {
			delete(t.done, e.Job)
			close(ch)
		}
	}
}

// BenchmarkPlacement16 runs no-op wasm jobs on a 16-peer in-process testnet
// and reports, in one run: one advert gossip round (a capacity change until
// all 15 other peers' views show it: the floor any placement needs), then
// placement latency one job at a time (submit accepted → the winning claim
// folded at every peer) and its ratio to the advert round, agreement (the
// first claim each peer saw was the final winner's), conflicts and double
// starts, and a burst from every peer at once: placements per second (the
// winning claim of every burst job made), completions per second, and
// submits refused. Each peer offers 64 job slots (cores), so the burst
// measures the scheduler, not the two cores' capacity to run jobs.
//
//	go test ./testnet -run '^$' -bench Placement16 -benchtime 1x
func BenchmarkPlacement16(b *testing.B) {
	const peers = 16
	latencyJobs, burstJobs, advertRounds := benchJobs(100), benchJobs(1000), benchJobs(50)
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Minute)
	defer cancel()
	tr := newTracker(peers)
	adv := newAdvertRounds(peers)
	cl, err := StartInProcess(ctx, InProcessConfig{Peers: peers, Network: "place16", OnJobEvent: tr.hook, OnAdvert: adv.hook,
		Options: func(int) []node.Option { return []node.Option{node.OfferCapacity(64, 64<<10)} }})
	if err != nil {
		b.Fatal(err)
	}
	defer cl.Close()
	if err := cl.WaitConverged(ctx); err != nil {
		b.Fatal(err)
	}
	time.Sleep(2 * time.Second)
	key, _ := crypto.GenerateKey()
	owner := types.KeySigner{Key: key}
	clients := make([]*api.Client, peers)
	for i, n := range cl.Nodes {
		clients[i] = api.NewClient(n.SocketPath())
	}
	submit := func(i int) (common.Hash, chan struct{}, error) {
		req := signedJob(b, "place16", cl.Nodes[i%peers].ID(), owner, noopModule, "", 0)
		req.Spec.RAMMiB = 16
		resign(b, &req, owner)
		resp, err := clients[i%peers].Submit(ctx, req)
		if err != nil {
			return common.Hash{}, nil, err
		}
		id := common.HexToHash(resp.ID)
		tr.mu.Lock()
		tr.submitted[id] = time.Now()
		ch := make(chan struct{})
		if _, ok := tr.completes[id]; ok {
			close(ch)
		} else {
			tr.done[id] = ch
		}
		tr.mu.Unlock()
		return id, ch, nil
	}
	b.ResetTimer()
	for iter := 0; iter < b.N; iter++ {
		rounds := adv.measure(b, ctx, cl, advertRounds)
		var latency []time.Duration
		for i := 0; i < latencyJobs; i++ {
			id, ch, err := submit(i)
			if err != nil {
				b.Fatal(err)
			}
			select {
			case <-ch:
			case <-ctx.Done():
				b.Fatal("job did not complete")
			}
			// The winning claim's arrival at the last of the 16 peers.
			deadline := time.Now().Add(10 * time.Second)
			for {
				tr.mu.Lock()
				w := winnerOf(tr, id)
				at := tr.claimAt[id][w]
				n := len(at)
				var last time.Time
				for _, t := range at {
					if t.After(last) {
						last = t
					}
				}
				sub := tr.submitted[id]
				tr.mu.Unlock()
				if n == peers {
					latency = append(latency, last.Sub(sub))
					break
				}
				if time.Now().After(deadline) {
					b.Fatalf("claim of %s reached %d peers", id.Hex()[:10], n)
				}
				time.Sleep(5 * time.Millisecond)
			}
		}
		start := time.Now()
		var chans []chan struct{}
		var ids []common.Hash
		var wg sync.WaitGroup
		var mu sync.Mutex
		refused := 0
		var calls []time.Duration // each submit call, as its client saw it
		for p := 0; p < peers; p++ {
			wg.Add(1)
			go func(p int) {
				defer wg.Done()
				for i := p; i < burstJobs; i += peers {
					t0 := time.Now()
					id, ch, err := submit(i)
					mu.Lock()
					calls = append(calls, time.Since(t0))
					if err != nil {
						refused++
					} else {
						chans = append(chans, ch)
						ids = append(ids, id)
					}
					mu.Unlock()
				}
			}(p)
		}
		wg.Wait()
		submitted := time.Since(start)
		for _, ch := range chans {
			select {
			case <-ch:
			case <-ctx.Done():
				b.Fatal("burst did not complete")
			}
		}
		burst := time.Since(start)
		b.StopTimer()
		tr.mu.Lock()
		var placedBy time.Time // when the last burst job's winning claim was made
		var waitClaim, claimToEnd []time.Duration
		for _, id := range ids {
			w := winnerOf(tr, id)
			first := time.Time{}
			for _, t := range tr.claimAt[id][w] {
				if first.IsZero() || t.Before(first) {
					first = t
				}
			}
			if first.After(placedBy) {
				placedBy = first
			}
			waitClaim = append(waitClaim, first.Sub(tr.submitted[id]))
			claimToEnd = append(claimToEnd, tr.ended[id].Sub(first))
		}
		agree, seen, conflicts, doubleStarts, doubleCompletes := 0, 0, 0, 0, 0
		for id := range tr.submitted {
			w := winnerOf(tr, id)
			for _, first := range tr.firstSeen[id] {
				seen++
				if first == w {
					agree++
				}
			}
			if len(tr.claimAt[id]) > 1 {
				conflicts++
			}
			if len(tr.starts[id]) > 1 {
				doubleStarts++
			}
			if len(tr.completes[id]) > 1 {
				doubleCompletes++
			}
		}
		jobs := len(tr.submitted)
		tr.mu.Unlock()
		p50 := pct(latency, 50)
		b.ReportMetric(ms(pct(rounds, 50)), "p50-advert-round-ms")
		b.ReportMetric(ms(p50), "p50-place-ms")
		b.ReportMetric(ms(pct(latency, 99)), "p99-place-ms")
		b.ReportMetric(float64(p50)/float64(pct(rounds, 50)), "place/advert-p50")
		b.ReportMetric(float64(len(ids))/placedBy.Sub(start).Seconds(), "burst-placements/s")
		b.ReportMetric(float64(len(ids))/burst.Seconds(), "burst-completions/s")
		b.ReportMetric(float64(refused), "refused")
		b.ReportMetric(float64(len(calls))/submitted.Seconds(), "burst-submits/s")
		b.ReportMetric(ms(pct(calls, 50)), "burst-submit-call-p50-ms")
		b.ReportMetric(ms(pct(waitClaim, 50)), "burst-submit-to-claim-p50-ms")
		b.ReportMetric(ms(pct(claimToEnd, 50)), "burst-claim-to-result-p50-ms")
		b.ReportMetric(float64(agree)/float64(seen)*100, "agreement-%")
		b.ReportMetric(float64(conflicts), "conflicts")
		b.ReportMetric(float64(doubleStarts), "double-starts")
		// Executions that ran to the end although another claim won: their
		// results are never accepted (the reducer takes only the winner's).
		b.ReportMetric(float64(doubleCompletes), "wasted-runs")
		b.ReportMetric(float64(jobs), "jobs")
		b.ReportMetric(0, "ns/op")
	}
}

// advertRounds measures gossip rounds of adverts: a peer's capacity
// change until every other peer's view shows it (as
// BenchmarkAdvertPropagation16 does, in the run it is compared with).
type advertRounds struct {
	mu    sync.Mutex
	peers int
	cur   *advertChange
}

type advertChange struct {
	src      peer.ID
	srcIdx   int
	wantFree uint32
	t0       time.Time
	seen     map[int]bool
	last     time.Time
	done     chan struct{}
}

func newAdvertRounds(peers int) *advertRounds { return &advertRounds{peers: peers} }

func (r *advertRounds) hook(p int, a *types.Advert, _ string, at time.Time) {
	r.mu.Lock()
	defer r.mu.Unlock()
	c := r.cur
	if c == nil || a.Node != c.src || p == c.srcIdx || c.seen[p] {
		return
	}
	if _, free := a.GPUTotals(); free != c.wantFree {
		return
	}
	c.seen[p] = true
	c.last = at
	if len(c.seen) == r.peers-1 {
		close(c.done)
	}
}

// measure makes n capacity changes, round-robin over the peers, one at a
// time, and returns how long each took to reach every other peer.
func (r *advertRounds) measure(b *testing.B, ctx context.Context, cl *Cluster, n int) []time.Duration {
	var out []time.Duration
	for i := 0; i < n; i++ {
		src := i % r.peers
		nd := cl.Nodes[src]
		_, free := totalsOf(nd.Nodes(), nd.ID())
		c := &advertChange{src: nd.ID(), srcIdx: src, wantFree: free - 1, seen: map[int]bool{}, done: make(chan struct{})}
		r.mu.Lock()
		r.cur = c
		c.t0 = time.Now()
		r.mu.Unlock()
		if err := nd.SetGPUsAllocated([]int{0}, true); err != nil {
			b.Fatal(err)
		}
		select {
		case <-c.done:
		case <-ctx.Done():
			b.Fatalf("advert change from peer %d reached %d peers", src, len(c.seen))
		}
		r.mu.Lock()
		out = append(out, c.last.Sub(c.t0))
		r.cur = nil
		r.mu.Unlock()
		if err := nd.SetGPUsAllocated([]int{0}, false); err != nil { // and back, unmeasured
			b.Fatal(err)
		}
		time.Sleep(50 * time.Millisecond)
	}
	return out
}

// winnerOf is the claimant whose result was accepted (else the best-scored
// claim any peer holds): the one every peer must end up agreeing on.
func winnerOf(tr *placementTracker, id common.Hash) peer.ID {
	for p := range tr.completes[id] {
		return p
	}
	for p := range tr.claimAt[id] {
		return p
	}
	return ""
}

// benchJobs scales a job count by SKYOPS_BENCH_SCALE (default 1).
func benchJobs(n int) int {
	if s, err := strconv.Atoi(os.Getenv("SKYOPS_BENCH_SCALE")); err == nil && s > 0 {
		return n * s
	}
	return n
}
