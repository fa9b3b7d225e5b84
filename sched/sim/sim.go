package sim

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"math/big"
	"math/rand/v2"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	p2pcrypto "github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/skyops/skyops/sched"
	"github.com/skyops/skyops/sched/drive"
	"github.com/skyops/skyops/types"
)

// Config is one simulation run. Zero values take the defaults noted.
type Config struct {
	Peers int // simulated peers (default 100)
	Jobs  int // jobs submitted (default 100)
	// ArrivalPerSec is the Poisson arrival rate of jobs; 0 submits them all
	// at once (a burst).
	ArrivalPerSec float64
	// Profile is the gossip delay distribution: "wan" (default; median
	// ~60 ms, p99 ~400 ms) or "lan" (median ~1 ms).
	Profile string
	// Loss is the probability that one delivery (of a job event to a peer,
	// or of an advert to a view) is lost and repaired 1-3 s later, as
	// gossipsub's IHAVE/IWANT would: delayed, never lost for good.
	Loss float64
	// Churn is the fraction of peers that crash during the submission
	// window; half of them rejoin 5-30 s later. 0 = none.
	Churn float64
	// ViewReplicas is how many sched.Views the peers share (peer i uses
	// replica i mod V). Default: one view per peer when Peers <= ExactPeers,
	// else 16.
	ViewReplicas int
	// Candidates is K: above ExactPeers, only a job's top-K nodes (by the
	// simulator's true view) tick for its events (default 64).
	Candidates int
	// ActiveRanks is R: of a job's candidates, the top R tick from its
	// submit on (and when their view changes while it is pending); the rest
	// join only if the job is still unclaimed somewhere after R·Δ, before
	// which they could not claim (default 8; R = K ticks all K from the
	// submit on).
	ActiveRanks int
	// DeltaMs, SettleMs, TTLMs are sched.PeerConfig (defaults 500, 25,
	// 10000: the daemon's). Δ and the settle window are floors: like the
	// daemon (node.observeDelay), each peer stretches them to 4 and 3 times
	// the job-event delay it observes, unless FixedTiming.
	DeltaMs, SettleMs, TTLMs uint64
	// SuspectMs is sched.PeerConfig.SuspectMs, the suspicion step of
	// failure detection (default 5000, the daemon's).
	SuspectMs uint64
	// FixedTiming keeps Δ and the settle window at DeltaMs and SettleMs.
	FixedTiming bool
	// Seed seeds every random choice of the simulator.
	Seed uint64
	// MaxVirtualMs caps the virtual run time (default 30 minutes).
	MaxVirtualMs uint64

	// AdvertIntervalMs is the advert heartbeat (default 1000).
	AdvertIntervalMs uint64
	// PollMs is the daemon's periodic tick (PlaceInterval, default 50),
	// simulated where it can change a decision (see doc.go).
	PollMs uint64
	// ExactPeers: at or below this many peers there is no candidate filter
	// (default 100).
	ExactPeers int
	// MinRunMs, MaxRunMs bound a job's run time, uniform (default 2-10 s).
	MinRunMs, MaxRunMs uint64

	// Hostile is the share of peers (0 to 0.5, drawn by the seed; never
	// the anchor boxes) that attack as Attack says:
	//   - "hold": claim by the rule and never start, while advertising
	//     (claim-and-hold); the rule's start deadline must end each hold;
	//   - "lie": run jobs honestly, and sign a lost event about every job
	//     an honest peer runs, 3 s after it starts; the executor must
	//     rebut it and keep the job.
	Hostile float64
	Attack  string
	// RequireBonds: only bonded nodes are placed, and only honest peers
	// bonded (sched.Peer.SetBonds).
	RequireBonds bool
	// EpochMs is sched.PeerConfig.EpochMs: reputation and uptime are
	// measured in epochs of it; 0 measures nothing (every node neutral).
	EpochMs uint64
}

func (c *Config) fill() error {
	if c.Peers == 0 {
		c.Peers = 100
	}
	if c.Jobs == 0 {
		c.Jobs = 100
	}
	if c.Peers < 2 || c.Jobs < 0 {
		return fmt.Errorf("sim: need at least 2 peers and no negative job count, got %d peers, %d jobs", c.Peers, c.Jobs)
	}
	if c.Profile == "" {
		c.Profile = "wan"
	}
	if c.Profile != "wan" && c.Profile != "lan" {
		return fmt.Errorf("sim: unknown profile %q (want wan or lan)", c.Profile)
	}
	if c.Loss < 0 || c.Loss >= 1 || c.Churn < 0 || c.Churn > 1 || c.ArrivalPerSec < 0 ||
		math.IsNaN(c.Loss) || math.IsNaN(c.Churn) || math.IsNaN(c.ArrivalPerSec) {
		return errors.New("sim: loss must be in [0,1), churn in [0,1], arrival rate >= 0")
	}
	if c.ExactPeers == 0 {
		c.ExactPeers = 100
	}
	if c.ViewReplicas <= 0 {
		if c.Peers <= c.ExactPeers {
			c.ViewReplicas = c.Peers
		} else {
			c.ViewReplicas = 16
		}
	}
	c.ViewReplicas = min(c.ViewReplicas, c.Peers)
	if c.Candidates <= 0 {
		c.Candidates = 64
	}
	if c.ActiveRanks <= 0 {
		c.ActiveRanks = 8
	}
	c.ActiveRanks = min(c.ActiveRanks, c.Candidates)
	if c.DeltaMs == 0 {
		c.DeltaMs = 500
	}
	if c.SettleMs == 0 {
		c.SettleMs = 25
	}
	if c.TTLMs == 0 {
		c.TTLMs = 10_000
	}
	if c.SuspectMs == 0 {
		c.SuspectMs = 5000
	}
	if c.MaxVirtualMs == 0 {
		c.MaxVirtualMs = 30 * 60 * 1000
	}
	if c.AdvertIntervalMs == 0 {
		c.AdvertIntervalMs = 1000
	}
	if c.PollMs == 0 {
		c.PollMs = 50
	}
	if c.MinRunMs == 0 {
		c.MinRunMs = 2000
	}
	if c.MaxRunMs == 0 {
		c.MaxRunMs = 10_000
	}
	if c.MaxRunMs < c.MinRunMs {
		return fmt.Errorf("sim: MaxRunMs %d < MinRunMs %d", c.MaxRunMs, c.MinRunMs)
	}
	if c.Hostile < 0 || c.Hostile > 0.5 || math.IsNaN(c.Hostile) {
		return fmt.Errorf("sim: hostile share %v, want 0 to 0.5", c.Hostile)
	}
	if c.Attack != "" && c.Attack != "hold" && c.Attack != "lie" || (c.Attack == "") != (c.Hostile == 0) {
		return fmt.Errorf("sim: attack %q with hostile share %v: want hold or lie with a share > 0, or neither", c.Attack, c.Hostile)
	}
	return nil
}

// Report is what a run measured. Every field but WallMs is a function of the
// Config alone.
type Report struct {
	Peers, Jobs   int
	Profile       string
	ArrivalPerSec float64
	Loss, Churn   float64
	FixedTiming   bool
	ViewReplicas  int
	Candidates    int  // K (0 when Exact)
	ActiveRanks   int  // R (0 when Exact)
	Exact         bool // every peer ticked for every event (no candidate filter)

	// Outcome, judged at the end by a reference peer that never went down.
	Completed int // jobs whose final state is completed
	Stranded  int // not completed, with churn > 0 (every executor it got was lost, or it is still being rescheduled)
	// Rescheduled: jobs that needed more than one attempt (an executor
	// lost mid-run); Attempts is the sum of attempts over all jobs.
	Rescheduled int
	// Orphans: lost events a peer signed about its own claim after a
	// restart (its run ended with the old process).
	Orphans  int
	Attempts int
	Lost     int // not completed and no churn to blame: a bug
	Diverged int // jobs on which live peers' reducers disagree at the end (state or winner)
	TimedOut bool

	// Agreement is, averaged over jobs, the fraction of peers whose first
	// claim seen (folded) for the job was by the job's final winner.
	Agreement float64
	// FirstClaimWon is the fraction of jobs whose earliest claim (by
	// emission time) was by the final winner.
	FirstClaimWon float64
	// Claims is the number of claim events; Conflicts the jobs with more
	// than one claimant for an attempt.
	Claims, Conflicts int
	// DoubleStarts: jobs where more than one peer started the same attempt
	// (a loser that started before the better claim reached it).
	DoubleStarts int
	// DoubleCompletions: jobs for which more than one peer reported a
	// result (must be 0).
	DoubleCompletions int
	// Stops are ActStops carried out (a claim fell); StopsAfterStart those
	// of runs already started. Withheld counts runs that ended after their
	// claim fell but before a tick said stop: Standing kept them silent.
	Stops, StopsAfterStart, Withheld int
	// ClaimsRefused: claims the rule gave a peer that its own resources
	// did not allow (sched.Ready.Declined).
	ClaimsRefused int
	// HorizonExceeded: jobs (candidate mode) first claimed later than K·Δ
	// after submit, where a peer outside the top K could have acted.
	HorizonExceeded int
	// Escalated: jobs (candidate mode) still pending somewhere after R·Δ,
	// whose candidates beyond the top R were then brought in.
	Escalated int
	// OutsideClaims: claims (candidate mode) by peers that were not
	// candidates of the job (ticking for another reason, they found their
	// turn had come): the candidate filter missed someone.
	OutsideClaims int

	// Placement latency: submit → the final winner's claim folded at every
	// live peer. Claim latency: submit → the winner's claim emitted.
	PlacementP50Ms, PlacementP99Ms, PlacementMaxMs float64
	ClaimP50Ms, ClaimP99Ms                         float64
	StartP50Ms, StartP99Ms                         float64 // submit → the winner started the run
	MaxPending                                     int     // most jobs submitted but not yet claimed, at once
	// Queued: jobs first claimed at least MinRunMs after submit, which
	// (loss aside) means they waited for a run to end.
	Queued int

	// Δ and the settle window the claimants had in force when they
	// claimed (they adapt to the observed gossip delay), median and p99.
	DeltaP50Ms, DeltaP99Ms, SettleP50Ms, SettleP99Ms float64

	Ticks      int    // sched.Peer.Tick calls
	Folds      int    // sched.Peer.AddEvent calls
	Deliveries int    // job-event and advert deliveries
	VirtualMs  uint64 // simulated time from the first submit to the end
	WallMs     int64  // real time the run took

	// Hostile peers (Config.Hostile, Config.Attack).
	HostilePeers int
	Attack       string
	// HostileWins: attempts a hostile peer won (its claim stood to its
	// start), and how many of those were a job's first attempt, in the
	// first and the second half of the jobs (by submit order).
	HostileWins, HostileFirstWinsEarly, HostileFirstWinsLate int
	// HostileRepeatWins: attempts a hostile peer won with a claim made three
	// epochs or more after one of its holds hit its start deadline, when
	// every peer's reputation counts the hold (must be 0 with EpochMs set).
	HostileRepeatWins int
	// HostileWinsAfterHold: attempts a hostile peer won with a claim made
	// after one of its holds hit its start deadline (any time after).
	HostileWinsAfterHold int
	// Lies: lost events hostile peers signed about honest executors;
	// Rebuttals: alive events honest executors answered with.
	Lies, Rebuttals int
	// HonestLost: attempts of honest executors closed by a lost event
	// while they were up (must be 0 under "lie").
	HonestLost int
}

// String renders the report for people.
func (r *Report) String() string {
	var b strings.Builder
	mode := fmt.Sprintf("candidates: top %d, top %d active from submit", r.Candidates, r.ActiveRanks)
	if r.Exact {
		mode = "exact (every peer ticks)"
	}
	arr := "burst"
	if r.ArrivalPerSec > 0 {
		arr = fmt.Sprintf("%.1f jobs/s", r.ArrivalPerSec)
	}
	fmt.Fprintf(&b, "sim: %d peers, %d jobs (%s, %s, loss %.3g, churn %.3g); %d view replicas; %s\n",
		r.Peers, r.Jobs, r.Profile, arr, r.Loss, r.Churn, r.ViewReplicas, mode)
	fmt.Fprintf(&b, "  jobs:       %d completed, %d stranded by churn, %d lost, %d diverged; %d rescheduled (%d attempts in all), %d orphaned claims released", r.Completed, r.Stranded, r.Lost, r.Diverged, r.Rescheduled, r.Attempts, r.Orphans)
	if r.TimedOut {
		b.WriteString(" (TIMED OUT)")
	}
	fmt.Fprintf(&b, "; %d queued for capacity, at most %d waiting for a claim at once\n", r.Queued, r.MaxPending)
	fmt.Fprintf(&b, "  claims:     %d for %d jobs; %d jobs in conflict; %d refused by capacity\n", r.Claims, r.Jobs, r.Conflicts, r.ClaimsRefused)
	fmt.Fprintf(&b, "  agreement:  %.4f (first claim a peer saw was the final winner's); first claim won %.4f\n", r.Agreement, r.FirstClaimWon)
	fmt.Fprintf(&b, "  safety:     %d double starts, %d double completions; %d stops (%d after start), %d results withheld\n",
		r.DoubleStarts, r.DoubleCompletions, r.Stops, r.StopsAfterStart, r.Withheld)
	fmt.Fprintf(&b, "  placement:  p50 %.0f ms, p99 %.0f ms, max %.0f ms (submit → winner's claim at every live peer)\n",
		r.PlacementP50Ms, r.PlacementP99Ms, r.PlacementMaxMs)
	fmt.Fprintf(&b, "  latency:    submit → winner's claim p50 %.0f ms, p99 %.0f ms; → its start p50 %.0f ms, p99 %.0f ms\n",
		r.ClaimP50Ms, r.ClaimP99Ms, r.StartP50Ms, r.StartP99Ms)
	if r.HostilePeers > 0 {
		fmt.Fprintf(&b, "  hostile:    %d peers (%s): won %d attempts (first attempts: %d of the first half of jobs, %d of the second; %d after a hold of theirs ended, %d after it counted); %d lies, %d rebuttals; %d honest attempts lost while up\n",
			r.HostilePeers, r.Attack, r.HostileWins, r.HostileFirstWinsEarly, r.HostileFirstWinsLate, r.HostileWinsAfterHold, r.HostileRepeatWins, r.Lies, r.Rebuttals, r.HonestLost)
	}
	timing := "adaptive"
	if r.FixedTiming {
		timing = "fixed"
	}
	fmt.Fprintf(&b, "  timing:     %s; at claims Δ p50 %.0f ms, p99 %.0f ms; settle p50 %.0f ms, p99 %.0f ms\n",
		timing, r.DeltaP50Ms, r.DeltaP99Ms, r.SettleP50Ms, r.SettleP99Ms)
	if !r.Exact {
		fmt.Fprintf(&b, "  candidates: %d jobs first claimed after K·Δ, %d escalated past the top R after R·Δ, %d claims from outside the candidates\n",
			r.HorizonExceeded, r.Escalated, r.OutsideClaims)
	}
	fmt.Fprintf(&b, "  work:       %d ticks, %d folds, %d deliveries; %.1f s virtual in %d ms wall\n",
		r.Ticks, r.Folds, r.Deliveries, float64(r.VirtualMs)/1000, r.WallMs)
	return b.String()
}

// Run simulates one network and reports what it measured.
func Run(cfg Config) (*Report, error) {
	if err := cfg.fill(); err != nil {
		return nil, err
	}
	start := time.Now()
	s, err := newSim(cfg)
	if err != nil {
		return nil, err
	}
	if err := s.run(); err != nil {
		return nil, err
	}
	r := s.report()
	r.WallMs = time.Since(start).Milliseconds()
	return r, nil
}

// epoch is virtual time zero, in ms. It is not 0 because sched reads 0 as
// "nothing scheduled".
const epoch uint64 = 1_000_000

// warmupMs: the network runs this long before the first job.
const warmupMs = 1000

type kind uint8

const (
	kFanJob    kind = iota + 1 // a job event reaching peers, in delivery order
	kFanAdvert                 // an advert reaching view replicas
	kHeartbeat                 // a peer re-advertises
	kExpire                    // views drop silent nodes
	kSubmit                    // a job arrives
	kWake                      // a peer's Ready.WakeMs
	kPoll                      // a peer's periodic tick, when it can matter
	kRunDone                   // a run ends
	kLeave                     // churn: a peer crashes
	kRejoin                    // churn: it comes back
	kRefresh                   // candidate mode: widen unclaimed jobs' candidates
	kEscalate                  // candidate mode: a job still pending after R·Δ
	kDeadline                  // a hostile hold reaches its start deadline: the job's peers tick
	kLie                       // a hostile peer signs a lost event about a running job
)

// foreground kinds keep the run going; background ones (adverts, expiry)
// go on forever.
func (k kind) foreground() bool {
	return k != kFanAdvert && k != kHeartbeat && k != kExpire && k != kRefresh
}

type item struct {
	at   uint64
	seq  uint64
	kind kind
	peer int32
	fan  *fanout
	run  *runRec
	job  *jobRec
}

// queue is a binary min-heap by (at, seq): equal times in the order they
// were scheduled.
type queue []item

func itemLess(a, b *item) bool {
	if a.at != b.at {
		return a.at < b.at
	}
	return a.seq < b.seq
}

func (q *queue) push(it item) {
	*q = append(*q, it)
	h := *q
	i := len(h) - 1
	for i > 0 {
		p := (i - 1) / 2
		if !itemLess(&h[i], &h[p]) {
			break
		}
		h[i], h[p] = h[p], h[i]
		i = p
	}
}

func (q *queue) pop() item {
	h := *q
	top := h[0]
	n := len(h) - 1
	h[0] = h[n]
	h[n] = item{}
	h = h[:n]
	i := 0
	for {
		l := 2*i + 1
		if l >= n {
			break
		}
		m := l
		if r := l + 1; r < n && itemLess(&h[r], &h[l]) {
			m = r
		}
		if !itemLess(&h[m], &h[i]) {
			break
		}
		h[i], h[m] = h[m], h[i]
		i = m
	}
	*q = h
	return top
}

// target is one delivery of a fan-out: to a peer (job events) or a view
// replica (adverts).
type target struct {
	at uint64
	to int32
}

type fanout struct {
	ev  *emitted
	adv *types.Advert
	to  []target // by time, then index
	i   int
}

// emitted is one job event as the wire would carry it.
type emitted struct {
	ev    *types.JobEvent
	hash  common.Hash
	info  *sched.EventProof
	job   *jobRec
	claim *claimRec
}

type claimRec struct {
	actor     int32
	emitAt    uint64
	lastFolds uint64 // when the last live peer folded it
}

type jobRec struct {
	idx      int
	id       common.Hash
	spec     *types.JobSpec
	info     *sched.EventProof
	req      sched.Requirements
	runMs    uint64
	submitAt uint64

	cand      []uint64 // bitset: candidate peers (candidate mode)
	active    []uint64 // bitset: candidates that tick for it now
	escalated bool
	unclaimed bool // submitted, no claim emitted yet

	claims     []*claimRec // attempt 1, by emission
	starters   []int32
	startedN   []uint32 // the attempt each starter started
	startAt    []uint64 // when each starter started
	completers []int32
	seen       []uint64        // bitset: peers that folded a claim
	firstBy    map[int32]int32 // claimant → peers whose first claim was theirs
	firstSeen  int32
	log        []*emitted // every event of the job, for a rejoining peer's catch-up sync
}

type gpuGroup struct {
	model string
	mem   uint64
	total uint32
	base  int // index of its first device in the peer's sched.Resources
}

// runRec is one claim or run of a peer, as the simulator follows it; what
// it holds is the brain's (sched.Run).
type runRec struct {
	job     *jobRec
	attempt uint32
	started bool
	done    bool
}

type speer struct {
	idx     int32
	id      peer.ID
	brain   *sched.Peer
	drive   *drive.Driver // the daemon's shell code, with simHost as its Host
	replica int32

	gpus       []gpuGroup // sorted by model, then memory
	cores      uint32
	ram        uint64
	disk       uint64
	price      *big.Int
	seq        uint64
	lastAdv    *types.Advert
	runs       map[common.Hash]*runRec
	up         bool
	everDown   bool
	pendCand   int32  // jobs pending here for which this peer is a candidate
	pendActive int32  // ... an active candidate
	wakeAt     uint64 // the wake pushed last
	nextWake   uint64 // the brain's WakeMs as of its last Ready
	pollAt     uint64
	pollPhase  uint64
	due        bool
	holdsEnded []uint64 // a hostile holder's: when each of its holds hit its start deadline
	hostile    bool
}

type replica struct {
	view       *sched.View
	interested []int32 // peers of this replica with pendActive > 0, sorted
}

type sim struct {
	cfg   Config
	rng   *rand.Rand
	now   uint64
	seq   uint64
	q     queue
	exact bool

	peers    []*speer
	hostiles []int32 // indices of hostile peers (Config.Hostile)
	byID     map[peer.ID]int32
	replicas []*replica
	truth    *sched.View // every node's latest advert, as published
	jobs     []*jobRec
	jobByID  map[common.Hash]*jobRec
	pcfg     sched.PeerConfig
	owner    common.Address
	runtimes []string

	due        []int32
	hashCtr    uint64
	inflight   int // job-event fan-outs not yet fully delivered
	activeRuns int
	fg         int // foreground items queued
	lastFg     uint64
	submitted  int
	unclaimed  int
	withResult int
	refreshing bool
	firstAt    uint64
	deltas     []float64 // Δ in force at each claim
	settles    []float64 // settle window in force at each claim
	err        error

	delayMu, delaySigma, delayShift float64

	r Report
}

func newSim(cfg Config) (*sim, error) {
	s := &sim{
		cfg:     cfg,
		rng:     rand.New(rand.NewPCG(cfg.Seed, 0x736b796f70732d73)),
		exact:   cfg.Peers <= cfg.ExactPeers,
		byID:    make(map[peer.ID]int32, cfg.Peers),
		jobByID: make(map[common.Hash]*jobRec, cfg.Jobs),
		truth:   sched.NewView(cfg.TTLMs),
		pcfg: sched.PeerConfig{TTLMs: cfg.TTLMs, DeltaMs: cfg.DeltaMs, SettleMs: cfg.SettleMs, SuspectMs: cfg.SuspectMs,
			EpochMs: cfg.EpochMs, FixedTiming: cfg.FixedTiming},
		runtimes: []string{"wasm"},
		now:      epoch,
	}
	s.owner = common.BytesToAddress(crypto.Keccak256([]byte("skyops/sim/owner")))
	switch cfg.Profile {
	case "wan": // 10 ms + lognormal(median 50 ms): median ~60 ms, p99 ~400 ms
		s.delayShift, s.delayMu, s.delaySigma = 10, math.Log(50), 0.883
	case "lan": // 0.2 ms + lognormal(median 0.8 ms): median ~1 ms, p99 ~5 ms
		s.delayShift, s.delayMu, s.delaySigma = 0.2, math.Log(0.8), 0.77
	}
	ids, err := PeerIDs(cfg.Peers)
	if err != nil {
		return nil, err
	}
	s.replicas = make([]*replica, cfg.ViewReplicas)
	for i := range s.replicas {
		s.replicas[i] = &replica{view: sched.NewView(cfg.TTLMs)}
	}
	s.peers = make([]*speer, cfg.Peers)
	for i := range s.peers {
		p := &speer{idx: int32(i), id: ids[i], replica: int32(i % cfg.ViewReplicas), runs: map[common.Hash]*runRec{}, up: true}
		p.brain = sched.NewPeerWithView(p.id, s.pcfg, s.replicas[p.replica].view)
		p.drive = drive.New(p.brain, &simHost{s: s, p: p}, noLock{})
		s.fleet(p)
		p.drive.Step(sched.Msg{Type: sched.MsgResources, Resources: p.resources()})
		p.pollPhase = s.rng.Uint64N(cfg.PollMs)
		s.peers[i] = p
		s.byID[p.id] = int32(i)
	}
	if cfg.Hostile > 0 {
		for _, p := range s.peers[anchors:] {
			if s.rng.Float64() < cfg.Hostile {
				p.hostile = true
				s.hostiles = append(s.hostiles, p.idx)
			}
		}
		s.r.HostilePeers, s.r.Attack = len(s.hostiles), cfg.Attack
	}
	if cfg.RequireBonds {
		// Honest peers bonded their ids in the registry; hostile ones did
		// not (identities that cost nothing).
		var bonded []peer.ID
		for _, p := range s.peers {
			if !p.hostile {
				bonded = append(bonded, p.id)
			}
		}
		for _, p := range s.peers {
			p.drive.Step(sched.Msg{Type: sched.MsgBonds, BondRequired: true, Bonded: bonded})
		}
	}
	// A network already running: every view holds every node's advert.
	for _, p := range s.peers {
		a := s.advert(p)
		s.truth.Observe(a, s.now)
		for _, r := range s.replicas {
			r.view.Observe(a, s.now)
		}
		s.push(item{at: s.now + 1 + s.rng.Uint64N(cfg.AdvertIntervalMs), kind: kHeartbeat, peer: p.idx})
	}
	s.push(item{at: s.now + cfg.AdvertIntervalMs, kind: kExpire})
	s.planJobs()
	s.planChurn()
	return s, nil
}

// fleetKinds is the mix of machines: weight, GPU groups (model, memory per
// GPU, possible counts).
var fleetKinds = []struct {
	weight int
	groups []gpuGroup
	counts []uint32
}{
	{20, nil, nil}, // CPU only
	{25, []gpuGroup{{model: "NVIDIA A100-SXM4-80GB", mem: 81920}}, []uint32{1, 2, 4, 8}},
	{15, []gpuGroup{{model: "NVIDIA A100-SXM4-40GB", mem: 40960}}, []uint32{1, 2, 4}},
	{20, []gpuGroup{{model: "NVIDIA H100 80GB HBM3", mem: 81920}}, []uint32{2, 4, 8}},
	{10, []gpuGroup{{model: "NVIDIA GeForce RTX 4090", mem: 24564}}, []uint32{1, 2}},
	{10, []gpuGroup{{model: "NVIDIA A100-SXM4-40GB", mem: 40960}, {model: "NVIDIA GeForce RTX 4090", mem: 24564}}, []uint32{2}},
}

const gib = 1024

// anchors: peers 0 and 1 are 8×H100 and 8×A100-80GB boxes, so that every
// job kind fits somewhere in any network.
const anchors = 2

// fleet gives a peer its machine (see anchors).
func (s *sim) fleet(p *speer) {
	k := 0
	switch p.idx {
	case 0:
		k = 3
	case 1:
		k = 1
	default:
		w := s.rng.IntN(100)
		for k = 0; w >= fleetKinds[k].weight; k++ {
			w -= fleetKinds[k].weight
		}
	}
	fk := fleetKinds[k]
	var count uint32
	if len(fk.counts) > 0 {
		count = fk.counts[s.rng.IntN(len(fk.counts))]
		if p.idx < 2 {
			count = 8
		}
	}
	for _, g := range fk.groups {
		g.total, g.base = count, len(p.gpus)*int(count)
		p.gpus = append(p.gpus, g)
	}
	gpus := count * uint32(len(fk.groups))
	if gpus == 0 {
		p.cores = []uint32{16, 32, 64}[s.rng.IntN(3)]
		p.ram = []uint64{64, 128, 256}[s.rng.IntN(3)] * gib
	} else {
		p.cores = max(16, 16*gpus)
		p.ram = uint64(max(128, 128*gpus)) * gib
	}
	p.disk = 2048 * gib
	// 0.2 to 1.5 ETH per GPU-hour, in steps of 0.1.
	p.price = new(big.Int).Mul(big.NewInt(int64(2+s.rng.IntN(14))), big.NewInt(1e17))
}

// jobKinds is the mix of jobs: weight and requirements (cores and RAM in
// GiB for GPU kinds; CPU jobs draw theirs).
var jobKinds = []struct {
	weight int
	name   string
	model  string
	count  uint32
	mem    uint64
	cores  uint32
	ramGiB uint64
}{
	{35, "cpu", "", 0, 0, 0, 0},
	{20, "1xA100", "A100", 1, 40000, 4, 32},
	{15, "1xany", "", 1, 0, 2, 16},
	{15, "2xH100", "H100", 2, 0, 8, 64},
	{10, "4xany-80GB", "", 4, 80000, 16, 128},
	{5, "8xany", "", 8, 0, 32, 256},
}

// planJobs draws every job and schedules its arrival.
func (s *sim) planJobs() {
	at := s.now + warmupMs
	s.firstAt = at
	for i := 0; i < s.cfg.Jobs; i++ {
		if s.cfg.ArrivalPerSec > 0 && i > 0 {
			at += uint64(math.Round(s.rng.ExpFloat64() / s.cfg.ArrivalPerSec * 1000))
		}
		w := s.rng.IntN(100)
		k := 0
		for ; w >= jobKinds[k].weight; k++ {
			w -= jobKinds[k].weight
		}
		jk := jobKinds[k]
		runMs := s.cfg.MinRunMs + s.rng.Uint64N(s.cfg.MaxRunMs-s.cfg.MinRunMs+1)
		spec := &types.JobSpec{
			Network: "sim", Nonce: uint64(i), CreatedAt: at / 1000, Runtime: "wasm",
			Artifact: "bafysimulatedmodule", ArtifactSize: 1,
			GPUModel: jk.model, GPUCount: jk.count, GPUMemMiB: jk.mem,
			CPUCores: jk.cores, RAMMiB: jk.ramGiB * gib, DiskMiB: gib,
			DurationSec: (runMs + 999) / 1000, PriceCapWei: "0",
		}
		if jk.count == 0 {
			spec.CPUCores = 1 + uint32(s.rng.IntN(8))
			spec.RAMMiB = uint64(1+s.rng.IntN(16)) * gib
		}
		var seed [16]byte
		binary.BigEndian.PutUint64(seed[:8], s.cfg.Seed)
		binary.BigEndian.PutUint64(seed[8:], uint64(i))
		id := crypto.Keccak256Hash([]byte("skyops/sim/job"), seed[:])
		j := &jobRec{idx: i, id: id, spec: spec, runMs: runMs, firstBy: map[int32]int32{},
			info: &sched.EventProof{Spec: spec, Owner: s.owner}, seen: make([]uint64, (s.cfg.Peers+63)/64)}
		j.req = sched.RequirementsFor(id, spec)
		s.jobs = append(s.jobs, j)
		s.jobByID[id] = j
		s.push(item{at: at, kind: kSubmit, job: j})
	}
}

// planChurn picks the peers that crash, when, and which come back. The
// two anchor boxes (peers 0 and 1) never crash, so that every job still
// fits somewhere.
func (s *sim) planChurn() {
	n := min(int(math.Round(s.cfg.Churn*float64(s.cfg.Peers))), s.cfg.Peers-anchors)
	if n <= 0 {
		return
	}
	window := uint64(10_000)
	if s.cfg.ArrivalPerSec > 0 {
		window = max(window, uint64(float64(s.cfg.Jobs)/s.cfg.ArrivalPerSec*1000))
	}
	for _, i := range s.rng.Perm(s.cfg.Peers - anchors)[:n] {
		i += anchors
		at := s.now + warmupMs + s.rng.Uint64N(window)
		s.push(item{at: at, kind: kLeave, peer: int32(i)})
		if s.rng.IntN(2) == 0 {
			s.push(item{at: at + 5000 + s.rng.Uint64N(25_001), kind: kRejoin, peer: int32(i)})
		}
	}
}

func (s *sim) push(it item) {
	s.seq++
	it.seq = s.seq
	if it.kind.foreground() {
		s.fg++
	}
	s.q.push(it)
}

// delay draws one gossip delivery delay, in ms (at least 1).
func (s *sim) delay() uint64 {
	d := s.delayShift + math.Exp(s.delayMu+s.delaySigma*s.rng.NormFloat64())
	d = min(math.Round(d), 5000)
	ms := uint64(max(d, 1))
	if s.cfg.Loss > 0 && s.rng.Float64() < s.cfg.Loss {
		ms += 1000 + s.rng.Uint64N(2001) // repaired by IHAVE/IWANT
	}
	return ms
}

func (s *sim) run() error {
	limit := epoch + s.cfg.MaxVirtualMs
	stallMs := max64(2*s.cfg.TTLMs, 4*s.cfg.AdvertIntervalMs) + 10*s.cfg.DeltaMs
	for {
		if len(s.q) > 0 && s.q[0].at == s.now {
			it := s.q.pop()
			if it.kind.foreground() {
				s.fg--
				s.lastFg = s.now
			}
			if err := s.handle(it); err != nil {
				return err
			}
			if s.err != nil {
				return s.err
			}
			continue
		}
		if len(s.due) > 0 {
			s.flush()
			continue
		}
		if s.finished() {
			return nil
		}
		if s.submitted == len(s.jobs) && s.fg == 0 && s.inflight == 0 && s.activeRuns == 0 && s.now > s.lastFg+stallMs {
			return nil // nothing can move any more: the rest is stranded (or lost)
		}
		if len(s.q) == 0 {
			return nil
		}
		if s.q[0].at > limit {
			s.r.TimedOut = true
			return nil
		}
		s.now = s.q[0].at
	}
}

func max64(a, b uint64) uint64 { return max(a, b) }

// finished: every job has a result, every event has reached every live
// peer, and nothing runs.
func (s *sim) finished() bool {
	return s.submitted == len(s.jobs) && s.withResult == len(s.jobs) && s.inflight == 0 && s.activeRuns == 0
}

func (s *sim) handle(it item) error {
	switch it.kind {
	case kFanJob, kFanAdvert:
		f := it.fan
		for f.i < len(f.to) && f.to[f.i].at == s.now {
			t := f.to[f.i]
			f.i++
			s.r.Deliveries++
			if f.ev != nil {
				if q := s.peers[t.to]; q.up {
					s.fold(q, f.ev, true)
				}
			} else {
				s.observe(s.replicas[t.to], f.adv)
			}
		}
		if f.i < len(f.to) {
			s.push(item{at: f.to[f.i].at, kind: it.kind, fan: f})
		} else if f.ev != nil {
			s.inflight--
		}
	case kHeartbeat:
		p := s.peers[it.peer]
		if p.up {
			s.publishAdvert(p)
		}
		s.push(item{at: s.now + s.cfg.AdvertIntervalMs, kind: kHeartbeat, peer: p.idx})
	case kExpire:
		for i, r := range s.replicas {
			var gone []peer.ID
			if s.cfg.ViewReplicas == s.cfg.Peers {
				gone = s.peers[i].drive.Step(sched.Msg{Type: sched.MsgExpire, NowMs: s.now}).Left
			} else {
				gone = r.view.Expire(s.now, "")
			}
			if len(gone) > 0 {
				s.viewChanged(r)
			}
		}
		s.truth.Expire(s.now, "")
		s.push(item{at: s.now + s.cfg.AdvertIntervalMs, kind: kExpire})
	case kSubmit:
		return s.submit(it.job)
	case kWake:
		p := s.peers[it.peer]
		if p.up && p.nextWake == s.now && (s.exact || p.pendCand > 0 || p.unstarted()) {
			s.markDue(p)
		}
	case kPoll:
		p := s.peers[it.peer]
		if p.pollAt == s.now {
			p.pollAt = 0
			if p.up {
				s.markDue(p)
			}
		}
	case kRunDone:
		return s.runDone(s.peers[it.peer], it.run)
	case kLeave:
		s.leave(s.peers[it.peer])
	case kRejoin:
		s.rejoin(s.peers[it.peer])
	case kRefresh:
		s.refresh()
	case kEscalate:
		s.escalate(it.job)
	case kDeadline:
		for _, p := range s.peers {
			if p.up && (s.exact || s.isCand(p, it.job)) {
				s.markDue(p)
			}
		}
	case kLie:
		s.lie(s.peers[it.peer], it.job, it.run)
	}
	return nil
}

// markDue asks for a tick of p at the current time; ticks due at one
// instant run once, after every delivery of that instant.
func (s *sim) markDue(p *speer) {
	if !p.due && p.up {
		p.due = true
		s.due = append(s.due, p.idx)
	}
}

func (s *sim) flush() {
	due := s.due
	s.due = nil
	slices.Sort(due)
	for _, i := range due {
		p := s.peers[i]
		p.due = false
		s.tick(p)
	}
}

// unstarted: the peer holds a claim still in its settle window.
func (p *speer) unstarted() bool {
	for _, r := range p.runs {
		if !r.started {
			return true
		}
	}
	return false
}

// schedulePoll stands for the daemon's next periodic tick (every PollMs,
// at the peer's own phase), for when something that tick would see has
// changed.
func (s *sim) schedulePoll(p *speer) {
	if !p.up || p.pollAt > s.now {
		return
	}
	at := s.now - s.now%s.cfg.PollMs + p.pollPhase
	for at <= s.now {
		at += s.cfg.PollMs
	}
	p.pollAt = at
	s.push(item{at: at, kind: kPoll, peer: p.idx})
}

// tick is node.step: the shared shell (package drive) ticks the brain
// and carries out its Ready through simHost.
func (s *sim) tick(p *speer) {
	if !p.up {
		return
	}
	rd := p.drive.Advance(context.Background(), s.now)
	s.r.Ticks++
	s.r.ClaimsRefused += len(rd.Declined)
	if !rd.Empty() {
		s.schedulePoll(p) // the daemon's next tick sees what these did
	}
	p.nextWake = rd.WakeMs
	if w := rd.WakeMs; w > s.now && w != p.wakeAt {
		p.wakeAt = w
		s.push(item{at: w, kind: kWake, peer: p.idx})
	}
}

// started is node.execute's head, when the shell starts a run: a hostile
// holder keeps it unstarted; an honest run ends RunMs later.
func (s *sim) started(p *speer, run sched.Run) {
	r := p.runs[run.Job]
	if r == nil || r.attempt != run.Attempt || r.started {
		return
	}
	if !p.brain.Standing(run.Job, run.Attempt) {
		s.finish(p, run.Job) // "a better claim won; stepping back"
		return
	}
	if p.hostile {
		claimAt := s.now
		if j := p.brain.Job(run.Job); j != nil && j.Winner != nil {
			claimAt = j.Winner.TimeMs
		}
		if slices.ContainsFunc(p.holdsEnded, func(d uint64) bool { return d <= claimAt }) {
			s.r.HostileWinsAfterHold++
		}
		if e := s.cfg.EpochMs; e > 0 && slices.ContainsFunc(p.holdsEnded, func(d uint64) bool { return d/e+3 <= claimAt/e }) {
			s.r.HostileRepeatWins++
		}
		s.r.HostileWins++
		if run.Attempt == 1 {
			if r.job.idx < s.cfg.Jobs/2 {
				s.r.HostileFirstWinsEarly++
			} else {
				s.r.HostileFirstWinsLate++
			}
		}
		if s.cfg.Attack == "hold" {
			// Hold it: never start, keep advertising. Every peer's rule
			// must end it at the start deadline; the daemon ticks then
			// anyway (its periodic tick), so the job's peers do here.
			r.started = true // not to be started again
			p.holdsEnded = append(p.holdsEnded, claimAt+sched.StartDeadlineMs)
			s.push(item{at: claimAt + sched.StartDeadlineMs + 1, kind: kDeadline, job: r.job})
			return
		}
	}
	r.started = true
	if s.cfg.Attack == "lie" && !p.hostile && len(s.hostiles) > 0 {
		liar := s.hostiles[r.job.idx%len(s.hostiles)]
		s.push(item{at: s.now + 3000, kind: kLie, peer: liar, job: r.job, run: r})
	}
	if !slices.Contains(r.job.starters, p.idx) {
		r.job.starters = append(r.job.starters, p.idx)
		r.job.startedN = append(r.job.startedN, run.Attempt)
		r.job.startAt = append(r.job.startAt, s.now)
	}
	if err := s.publish(p, &types.JobEvent{Job: run.Job, Type: types.EvStart, Attempt: run.Attempt}, nil); err != nil {
		s.err = err
		return
	}
	s.push(item{at: s.now + r.job.runMs, kind: kRunDone, peer: p.idx, run: r})
}

// lie is a hostile peer's false attestation: a lost event about the run
// r of an honest executor, while that run is going.
func (s *sim) lie(h *speer, jr *jobRec, r *runRec) {
	if !h.up || r.done || !r.started {
		return
	}
	s.r.Lies++
	if err := s.publish(h, &types.JobEvent{Job: jr.id, Type: types.EvLost, Attempt: r.attempt, Reason: "executor lost (a lie)"}, nil); err != nil {
		s.err = err
	}
}

// stopped is node's shell Stop: the claim fell; stop, free, report
// nothing.
func (s *sim) stopped(p *speer, a sched.Run) {
	r := p.runs[a.Job]
	if r == nil || r.attempt != a.Attempt {
		return
	}
	s.r.Stops++
	if r.started {
		s.r.StopsAfterStart++
	}
	if j := p.brain.Job(a.Job); !p.hostile && j != nil && int(a.Attempt) <= len(j.History) && j.Attempt > a.Attempt {
		if l := j.History[a.Attempt-1].Ended; l != nil && l.Type == types.EvLost && l.Actor != p.id && j.History[a.Attempt-1].Node == p.id {
			s.r.HonestLost++ // said to be lost while up
		}
	}
	r.done = true
	s.finish(p, a.Job)
}

// runDone is the tail of node.execute: report only while the claim stands.
func (s *sim) runDone(p *speer, r *runRec) error {
	if r.done || p.runs[r.job.id] != r {
		return nil // stopped, or vanished with a crash
	}
	r.done = true
	if p.brain.Standing(r.job.id, r.attempt) {
		if !slices.Contains(r.job.completers, p.idx) {
			if len(r.job.completers) == 0 {
				s.withResult++
			}
			r.job.completers = append(r.job.completers, p.idx)
		}
		if err := s.publish(p, &types.JobEvent{Job: r.job.id, Type: types.EvComplete, Attempt: r.attempt,
			OutputCID: "bafysimoutput", LogCID: "bafysimlog"}, nil); err != nil {
			return err
		}
	} else {
		s.r.Withheld++
	}
	s.finish(p, r.job.id)
	return nil
}

// finish is node.finish: free the capacity, release the claim, advertise.
func (s *sim) finish(p *speer, id common.Hash) {
	r, ok := p.runs[id]
	if !ok {
		return
	}
	delete(p.runs, id)
	s.activeRuns--
	r.done = true
	p.drive.RunEnded(id, r.attempt)
	s.publishAdvert(p)
	s.freed(p)
}

// advert is the peer's current advert, with a new sequence number.
func (s *sim) advert(p *speer) *types.Advert {
	p.seq++
	cores, ram, gpus := p.brain.Used()
	a := &types.Advert{
		Node: p.id, Seq: p.seq, TimeMs: s.now,
		CPUCores: p.cores, RAMMiB: p.ram, CPUFree: p.cores - min(cores, p.cores), RAMFreeMiB: p.ram - min(ram, p.ram),
		DiskMiB: p.disk, Runtimes: s.runtimes, PriceWei: p.price, Agent: "skyops-sim",
	}
	if len(p.gpus) > 0 {
		a.GPUs = make([]types.GPUGroup, len(p.gpus))
		for i, g := range p.gpus {
			used := uint32(0)
			for _, d := range gpus {
				if d >= g.base && d < g.base+int(g.total) {
					used++
				}
			}
			a.GPUs[i] = types.GPUGroup{Model: g.model, MemoryMiB: g.mem, Total: g.total, Free: g.total - used, Simulated: true}
		}
	}
	p.lastAdv = a
	return a
}

// publishAdvert publishes the peer's advert: its own view (replica) has it
// at once, the other replicas after a gossip delay each.
func (s *sim) publishAdvert(p *speer) {
	a := s.advert(p)
	s.truth.Observe(a, s.now)
	s.observe(s.replicas[p.replica], a)
	p.drive.Step(sched.Msg{Type: sched.MsgAdvert, Advert: a, NowMs: s.now}) // already in its view: records its own advert's time
	if len(s.replicas) == 1 {
		return
	}
	f := &fanout{adv: a, to: make([]target, 0, len(s.replicas)-1)}
	for i := range s.replicas {
		if int32(i) != p.replica {
			f.to = append(f.to, target{at: s.now + s.delay(), to: int32(i)})
		}
	}
	s.launch(f, kFanAdvert)
}

func (s *sim) launch(f *fanout, k kind) {
	slices.SortFunc(f.to, func(a, b target) int {
		if a.at != b.at {
			if a.at < b.at {
				return -1
			}
			return 1
		}
		return int(a.to - b.to)
	})
	if len(f.to) == 0 {
		return
	}
	if f.ev != nil {
		s.inflight++
	}
	s.push(item{at: f.to[0].at, kind: k, fan: f})
}

// observe folds an advert into a view replica; a change of what the node
// offers makes the replica's interested peers tick at their next poll.
func (s *sim) observe(r *replica, a *types.Advert) {
	old, had := r.view.Get(a.Node)
	out := r.view.Observe(a, s.now)
	if out == sched.Added || out == sched.Updated && (!had || capacityDiffers(old.Advert, a)) {
		s.viewChanged(r)
	}
}

func capacityDiffers(a, b *types.Advert) bool {
	if a.CPUFree != b.CPUFree || a.RAMFreeMiB != b.RAMFreeMiB || a.CPUCores != b.CPUCores || a.RAMMiB != b.RAMMiB ||
		a.DiskMiB != b.DiskMiB || len(a.GPUs) != len(b.GPUs) {
		return true
	}
	for i := range a.GPUs {
		if a.GPUs[i].Free != b.GPUs[i].Free || a.GPUs[i].Total != b.GPUs[i].Total {
			return true
		}
	}
	return false
}

func (s *sim) viewChanged(r *replica) {
	for _, i := range r.interested {
		s.schedulePoll(s.peers[i])
	}
}

// publish is node.publishEvent for the events of a peer's runs (and a
// liar's lies): the shared shell seals (simHost.Seal), folds and gossips
// it, as it does the brain's own.
func (s *sim) publish(p *speer, ev *types.JobEvent, info *sched.EventProof) error {
	return p.drive.Publish(context.Background(), ev, info, s.now)
}

// simHost is the simulator's drive.Host for one peer: sealing is a
// numbered record, storing is nothing, gossip is a fan-out with a delay
// per peer, runs are timers.
type simHost struct {
	s *sim
	p *speer
	// The own event being published: Seal makes it, Gossip sends it.
	pend  *emitted
	track bool
	st0   sched.State
	w0    peer.ID
}

// noLock: the simulator is one goroutine.
type noLock struct{}

func (noLock) Lock()   {}
func (noLock) Unlock() {}

func (h *simHost) Seal(ev *types.JobEvent, proof *sched.EventProof) ([]byte, common.Hash, error) {
	s, p := h.s, h.p
	if err := ev.Validate(); err != nil { // as types.SealJobEvent does (it also fills a nil price with 0)
		return nil, common.Hash{}, fmt.Errorf("sim: built an invalid %s event: %w", ev.Type, err)
	}
	jr := s.jobByID[ev.Job]
	if jr == nil {
		return nil, common.Hash{}, fmt.Errorf("sim: %s event for an unknown job", ev.Type)
	}
	s.hashCtr++
	var hash common.Hash
	binary.BigEndian.PutUint64(hash[:8], s.hashCtr)
	copy(hash[8:], jr.id[:24])
	e := &emitted{ev: ev, hash: hash, job: jr, info: proof}
	jr.log = append(jr.log, e)
	if ev.Type == types.EvClaim {
		c := &claimRec{actor: p.idx, emitAt: s.now, lastFolds: s.now}
		e.claim = c
		if ev.Attempt == 1 {
			if len(jr.claims) == 0 {
				jr.unclaimed = false
				s.unclaimed--
				if !s.exact && s.now-jr.submitAt > uint64(s.cfg.Candidates)*s.cfg.DeltaMs {
					s.r.HorizonExceeded++
				}
				if s.now-jr.submitAt >= s.cfg.MinRunMs {
					s.r.Queued++
				}
			}
			jr.claims = append(jr.claims, c)
		}
		s.r.Claims++
		if !s.isCand(p, jr) {
			s.r.OutsideClaims++
		}
	}
	h.pend = e
	h.track, h.st0, h.w0 = s.before(p, jr)
	s.r.Folds++
	return nil, hash, nil
}

func (h *simHost) Store(*types.JobEvent, []byte, common.Hash, bool) error { return nil }
func (h *simHost) Forget(common.Hash, []common.Hash)                      {}
func (h *simHost) Folded(*types.JobEvent)                                 {}

// Gossip: the actor folded its own event at once; gossip carries it to
// every other peer after an independent delay.
func (h *simHost) Gossip(_ context.Context, _ *types.JobEvent, _ []byte) error {
	s, p, e := h.s, h.p, h.pend
	h.pend = nil
	s.after(p, e, h.track, h.st0, h.w0)
	f := &fanout{ev: e, to: make([]target, 0, len(s.peers)-1)}
	for _, q := range s.peers {
		if q != p {
			f.to = append(f.to, target{at: s.now + s.delay(), to: q.idx})
		}
	}
	s.launch(f, kFanJob)
	return nil
}

// Published is the rest of node's shell: a claim holds capacity (the
// advert changes), a rebuttal is counted.
func (h *simHost) Published(_ context.Context, o sched.Outgoing) {
	s, p := h.s, h.p
	switch {
	case o.Claim != nil:
		jr := s.jobByID[o.Event.Job]
		p.runs[jr.id] = &runRec{job: jr, attempt: o.Claim.Attempt}
		s.activeRuns++
		delta, settle := p.brain.Timing()
		s.deltas = append(s.deltas, float64(delta))
		s.settles = append(s.settles, float64(settle))
		s.publishAdvert(p) // node.Kick: the capacity changed
	case o.Event.Type == types.EvAlive:
		s.r.Rebuttals++
	case o.Event.Type == types.EvLost && o.Lost == p.id:
		s.r.Orphans++
	}
}

func (h *simHost) Failed(_ sched.Outgoing, err error) { h.s.err = err }
func (h *simHost) Start(r sched.Run)                  { h.s.started(h.p, r) }
func (h *simHost) Stop(r sched.Run)                   { h.s.stopped(h.p, r) }

// resources is what the peer's machine offers, for its brain: GPU group
// g's devices are indices g.base up.
func (p *speer) resources() *sched.Resources {
	res := &sched.Resources{Cores: p.cores, RAMMiB: p.ram}
	for _, g := range p.gpus {
		for i := range int(g.total) {
			res.GPUs = append(res.GPUs, sched.GPUDevice{Index: g.base + i, Model: g.model, MemoryMiB: g.mem})
		}
	}
	return res
}

func (s *sim) isCand(p *speer, jr *jobRec) bool {
	return s.exact || jr.cand[p.idx/64]&(1<<(p.idx%64)) != 0
}

func (s *sim) isActive(p *speer, jr *jobRec) bool {
	return s.exact || jr.active[p.idx/64]&(1<<(p.idx%64)) != 0
}

// fold is node.receive for an event of another peer (live: by gossip
// now; else by catch-up sync), plus the simulator's bookkeeping, plus the
// decision whether this delivery makes the peer tick (see doc.go).
func (s *sim) fold(q *speer, e *emitted, live bool) {
	jr := e.job
	track, st0, w0 := s.before(q, jr)
	s.r.Folds++
	if fresh, _ := q.drive.Receive(e.ev, nil, e.hash, e.info, s.now, live); !fresh {
		return
	}
	st1, w1 := s.after(q, e, track, st0, w0)
	switch {
	case e.ev.Type == types.EvSubmit && s.isActive(q, jr):
		s.markDue(q) // jobLoop: a fresh event steps at once
	case q.brain.Mine(jr.id):
		s.markDue(q)
	case (w0 != w1 || st0.Terminal() != st1.Terminal()) && q.pendActive > 0:
		// The standing claims changed, and with them the reservations its
		// pending jobs rank against. The daemon would step at once; its
		// next periodic tick (under 50 ms away) sees the same, at a
		// fraction of the cost here.
		s.schedulePoll(q)
	}
}

// before notes a job's state at q before a fold, where it matters: only
// candidates, and peers polling for a pending job, need it (most peers, at
// 10,000, are neither).
func (s *sim) before(q *speer, jr *jobRec) (track bool, st sched.State, w peer.ID) {
	if track = s.isCand(q, jr) || q.pendActive > 0; track {
		st, w = stateOf(q.brain.Job(jr.id))
	}
	return
}

// after is the bookkeeping of a new fold of e at q: pending counts, and
// whose claim q saw first.
func (s *sim) after(q *speer, e *emitted, track bool, st0 sched.State, w0 peer.ID) (st1 sched.State, w1 peer.ID) {
	jr := e.job
	if track {
		st1, w1 = stateOf(q.brain.Job(jr.id))
	}
	if d := pendDelta(st0, st1); d != 0 {
		if s.isCand(q, jr) {
			q.pendCand += d
		}
		if s.isActive(q, jr) {
			s.pendActive(q, d)
		}
	}
	if e.claim != nil {
		e.claim.lastFolds = max(e.claim.lastFolds, s.now)
		if e.ev.Attempt == 1 && jr.seen[q.idx/64]&(1<<(q.idx%64)) == 0 {
			jr.seen[q.idx/64] |= 1 << (q.idx % 64)
			jr.firstBy[e.claim.actor]++
			jr.firstSeen++
		}
	}
	return st1, w1
}

func stateOf(j *sched.Job) (sched.State, peer.ID) {
	if j == nil {
		return sched.Unknown, ""
	}
	if j.Winner == nil {
		return j.State, ""
	}
	return j.State, j.Winner.Node
}

func pendDelta(before, after sched.State) int32 {
	switch {
	case before != sched.Pending && after == sched.Pending:
		return 1
	case before == sched.Pending && after != sched.Pending:
		return -1
	}
	return 0
}

// pendActive counts a job pending at p for which p is an active
// candidate; p's replica polls p on view changes while any is.
func (s *sim) pendActive(p *speer, d int32) {
	p.pendActive += d
	r := s.replicas[p.replica]
	i, found := slices.BinarySearch(r.interested, p.idx)
	switch {
	case p.pendActive > 0 && !found:
		r.interested = slices.Insert(r.interested, i, p.idx)
	case p.pendActive == 0 && found:
		r.interested = slices.Delete(r.interested, i, i+1)
	}
}

// submit is a job's arrival at a random live peer (its home daemon).
func (s *sim) submit(jr *jobRec) error {
	var home *speer
	for home == nil || !home.up {
		home = s.peers[s.rng.IntN(len(s.peers))]
	}
	jr.spec.Home = home.id.String() // the owner signs it with the spec
	entries := s.truth.Nodes()
	if ever := sched.Rank(jr.req, entries, nil, sched.FitEver, s.now, s.cfg.TTLMs); len(ever.Ranked) == 0 {
		return fmt.Errorf("sim: job %d (%s×%d %q) fits no node even with every GPU free: %s",
			jr.idx, jr.spec.GPUModel, jr.spec.GPUCount, jr.spec.Runtime, ever.Summary())
	}
	jr.submitAt = s.now
	jr.unclaimed = true
	s.unclaimed++
	s.submitted++
	if !s.exact {
		jr.cand = make([]uint64, (len(s.peers)+63)/64)
		jr.active = make([]uint64, (len(s.peers)+63)/64)
		s.widen(jr, sched.Rank(s.ranked(jr), entries, nil, sched.FitNow, s.now, s.cfg.TTLMs))
		s.startRefresh()
		s.push(item{at: s.now + uint64(s.cfg.ActiveRanks)*s.cfg.DeltaMs, kind: kEscalate, job: jr})
	}
	spec, err := json.Marshal(jr.spec)
	if err != nil {
		return err
	}
	ev := &types.JobEvent{Job: jr.id, Type: types.EvSubmit, Spec: spec, OwnerSig: make([]byte, 65), ChainID: 1}
	if err := s.publish(home, ev, jr.info); err != nil {
		return err
	}
	if s.isActive(home, jr) {
		s.schedulePoll(home) // the API does not step; the next periodic tick does
	}
	s.r.MaxPending = max(s.r.MaxPending, s.unclaimed)
	return nil
}

// widen adds the job's top K nodes by the true view, as of now, to its
// candidates, the top R of them (all, once escalated) as active ones.
func (s *sim) widen(jr *jobRec, pl sched.Placement) {
	for i, c := range pl.Ranked {
		if i == s.cfg.Candidates {
			break
		}
		s.addCand(jr, s.peers[s.byID[c.Node]], jr.escalated || i < s.cfg.ActiveRanks)
	}
}

// addCand makes p a candidate of the job, and an active one if asked. A
// peer that becomes active while the job is pending at it ticks soon.
func (s *sim) addCand(jr *jobRec, p *speer, active bool) {
	w, bit := p.idx/64, uint64(1)<<(p.idx%64)
	pending := false
	if j := p.brain.Job(jr.id); j != nil && j.State == sched.Pending {
		pending = true
	}
	if jr.cand[w]&bit == 0 {
		jr.cand[w] |= bit
		if pending {
			p.pendCand++
		}
	}
	if !active || jr.active[w]&bit != 0 {
		return
	}
	jr.active[w] |= bit
	if pending {
		s.pendActive(p, 1)
		s.schedulePoll(p)
	}
}

// escalate: R·Δ after the submit, if the job is unclaimed or still pending
// at one of its candidates, every candidate becomes active and ticks now.
// Before this, candidates below the top R could not have claimed (their
// turn is at rank·Δ >= R·Δ); their claim clocks start now instead of at
// the submit, so if one of them does claim, it is up to R·Δ late.
func (s *sim) escalate(jr *jobRec) {
	pendingAt := func(p *speer) bool {
		j := p.brain.Job(jr.id)
		return p.up && j != nil && j.State == sched.Pending
	}
	need := jr.unclaimed
	for i := 0; i < len(s.peers) && !need; i++ {
		p := s.peers[i]
		need = s.isCand(p, jr) && !s.isActive(p, jr) && pendingAt(p)
	}
	if !need {
		return
	}
	jr.escalated = true
	s.r.Escalated++
	for _, p := range s.peers {
		if s.isCand(p, jr) && !s.isActive(p, jr) {
			s.addCand(jr, p, true)
			if pendingAt(p) {
				s.markDue(p)
			}
		}
	}
}

// ranked is a job's requirements with the standings of an honest anchor
// peer (honest peers agree on them), so that the candidates are the nodes
// the brains rank.
func (s *sim) ranked(jr *jobRec) sched.Requirements {
	req := jr.req
	req.Standings = s.peers[0].brain.StandingsAt(s.now)
	return req
}

// freed: in candidate mode, a node whose capacity grew joins the
// candidates of every unclaimed job it now fits.
func (s *sim) freed(p *speer) {
	if s.exact || s.unclaimed == 0 || !p.up {
		return
	}
	e := sched.Entry{Advert: p.lastAdv, SeenMs: s.now}
	for _, jr := range s.jobs {
		if !jr.unclaimed || s.isActive(p, jr) {
			continue
		}
		if _, ok := sched.Check(s.ranked(jr), e, nil, sched.FitNow, s.now, s.cfg.TTLMs); ok {
			s.addCand(jr, p, true)
		}
	}
}

func (s *sim) startRefresh() {
	if !s.refreshing {
		s.refreshing = true
		s.push(item{at: s.now + 1000, kind: kRefresh})
	}
}

// refresh re-ranks, once a second, the jobs still unclaimed after a
// second, and widens their candidates to the current top K.
func (s *sim) refresh() {
	s.refreshing = false
	if s.unclaimed == 0 {
		return
	}
	var entries []sched.Entry
	for _, jr := range s.jobs {
		if jr.unclaimed && s.now >= jr.submitAt+1000 {
			if entries == nil {
				entries = s.truth.Nodes()
			}
			s.widen(jr, sched.Rank(s.ranked(jr), entries, nil, sched.FitNow, s.now, s.cfg.TTLMs))
		}
	}
	s.startRefresh()
}

// leave: the peer crashes. Its runs vanish, it stops advertising, and what
// is gossiped while it is down never reaches it.
func (s *sim) leave(p *speer) {
	if !p.up {
		return
	}
	p.up, p.everDown = false, true
	ids := make([]common.Hash, 0, len(p.runs))
	for id := range p.runs {
		ids = append(ids, id)
	}
	slices.SortFunc(ids, func(a, b common.Hash) int { return strings.Compare(a.Hex(), b.Hex()) })
	for _, id := range ids {
		p.runs[id].done = true
		delete(p.runs, id)
		s.activeRuns--
	}
	if p.due {
		p.due = false
		s.due = slices.DeleteFunc(s.due, func(i int32) bool { return i == p.idx })
	}
}

// rejoin: the daemon restarts with its stored events (the brain keeps its
// jobs) but no runs, and advertises again.
func (s *sim) rejoin(p *speer) {
	if p.up {
		return
	}
	p.up = true
	// A fresh process with the events it stored: its runs ended with the
	// old one (the brain says so once it caught up: MsgStarted).
	p.drive.Step(sched.Msg{Type: sched.MsgStarted, NowMs: s.now})
	// The daemon's catch-up sync: what was gossiped while it was down
	// comes from its peers as soon as it is back.
	for _, jr := range s.jobs {
		for _, e := range jr.log {
			s.fold(p, e, false)
		}
	}
	p.drive.Step(sched.Msg{Type: sched.MsgCaughtUp, NowMs: s.now})
	s.publishAdvert(p)
	s.freed(p)
	s.schedulePoll(p)
}

// report judges the run from a reference peer that never went down.
func (s *sim) report() *Report {
	r := s.r
	c := s.cfg
	r.Peers, r.Jobs, r.Profile, r.ArrivalPerSec, r.Loss, r.Churn = c.Peers, c.Jobs, c.Profile, c.ArrivalPerSec, c.Loss, c.Churn
	r.ViewReplicas, r.Exact, r.FixedTiming = c.ViewReplicas, s.exact, c.FixedTiming
	if !s.exact {
		r.Candidates, r.ActiveRanks = c.Candidates, c.ActiveRanks
	}
	r.VirtualMs = s.now - s.firstAt
	var ref *speer
	for _, p := range s.peers {
		if !p.everDown {
			ref = p
			break
		}
	}
	var place, claim, start []float64
	var agree float64
	agreeN, firstWon := 0, 0
	for _, jr := range s.jobs {
		if len(jr.claims) > 1 {
			r.Conflicts++
		}
		// Two starts of one attempt is the rule failing; a start per
		// attempt after a lost executor is rescheduling working.
		perAttempt := map[uint32]int{}
		for _, n := range jr.startedN {
			perAttempt[n]++
		}
		for _, c := range perAttempt {
			if c > 1 {
				r.DoubleStarts++
				break
			}
		}
		if len(jr.completers) > 1 {
			r.DoubleCompletions++
		}
		var j *sched.Job
		if ref != nil {
			j = ref.brain.Job(jr.id)
		}
		if j != nil {
			r.Attempts += int(j.Attempt)
			if j.Attempt > 1 {
				r.Rescheduled++
			}
		}
		switch {
		case j != nil && j.State == sched.Completed:
			r.Completed++
		case c.Churn > 0:
			r.Stranded++
		default:
			r.Lost++
		}
		if j == nil || j.Winner == nil {
			continue
		}
		st, win := stateOf(j)
		for _, q := range s.peers {
			if q.everDown || q == ref {
				continue
			}
			if st2, win2 := stateOf(q.brain.Job(jr.id)); st2 != st || win2 != win {
				r.Diverged++
				break
			}
		}
		wi := s.byID[win]
		if jr.firstSeen > 0 {
			agree += float64(jr.firstBy[wi]) / float64(jr.firstSeen)
			agreeN++
		}
		if len(jr.claims) > 0 && jr.claims[0].actor == wi {
			firstWon++
		}
		for _, cl := range jr.claims {
			if cl.actor == wi {
				place = append(place, float64(cl.lastFolds-jr.submitAt))
				claim = append(claim, float64(cl.emitAt-jr.submitAt))
				break
			}
		}
		if i := slices.Index(jr.starters, wi); i >= 0 {
			start = append(start, float64(jr.startAt[i]-jr.submitAt))
		}
	}
	if agreeN > 0 {
		r.Agreement = agree / float64(agreeN)
		r.FirstClaimWon = float64(firstWon) / float64(agreeN)
	}
	r.PlacementP50Ms, r.PlacementP99Ms, r.PlacementMaxMs = pct(place, 50), pct(place, 99), pct(place, 100)
	r.ClaimP50Ms, r.ClaimP99Ms = pct(claim, 50), pct(claim, 99)
	r.StartP50Ms, r.StartP99Ms = pct(start, 50), pct(start, 99)
	r.DeltaP50Ms, r.DeltaP99Ms = pct(s.deltas, 50), pct(s.deltas, 99)
	r.SettleP50Ms, r.SettleP99Ms = pct(s.settles, 50), pct(s.settles, 99)
	return &r
}

// pct is the nearest-rank percentile.
func pct(xs []float64, p float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	xs = slices.Clone(xs)
	sort.Float64s(xs)
	k := int(math.Ceil(p/100*float64(len(xs)))) - 1
	return xs[min(max(k, 0), len(xs)-1)]
}

var keyCache struct {
	sync.Mutex
	ids []peer.ID
}

// PeerIDs returns the ids of the simulator's nodes: secp256k1 keys derived
// from fixed seeds (keccak256("skyops/sim/node-key" || i)), the same for
// every run, cached.
func PeerIDs(n int) ([]peer.ID, error) {
	keyCache.Lock()
	defer keyCache.Unlock()
	for i := len(keyCache.ids); i < n; i++ {
		var idx [8]byte
		binary.BigEndian.PutUint64(idx[:], uint64(i))
		seed := crypto.Keccak256([]byte("skyops/sim/node-key"), idx[:])
		k, err := p2pcrypto.UnmarshalSecp256k1PrivateKey(seed)
		if err != nil {
			return nil, fmt.Errorf("sim: node key %d: %w", i, err)
		}
		id, err := peer.IDFromPrivateKey(k)
		if err != nil {
			return nil, fmt.Errorf("sim: node id %d: %w", i, err)
		}
		keyCache.ids = append(keyCache.ids, id)
	}
	return slices.Clone(keyCache.ids[:n]), nil
}
