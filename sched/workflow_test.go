package sched

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

func nodesOf(parents ...[]uint32) []WorkflowNode {
	out := make([]WorkflowNode, len(parents))
	for i, p := range parents {
		out[i].Parents = p
	}
	return out
}

func p(xs ...uint32) []uint32 { return xs }

func TestWorkflowChainReleasesInOrder(t *testing.T) {
	// prepare -> train -> evaluate
	w, rel, err := NewWorkflowRun(nodesOf(nil, p(0), p(1)))
	if err != nil {
		t.Fatal(err)
	}
	want := func(got, want []Release) {
		t.Helper()
		if !slices.Equal(got, want) {
			t.Fatalf("released %v, want %v", got, want)
		}
	}
	want(rel, []Release{{0, 0}})
	want(w.SetTry(0, 0, TryCompleted), []Release{{1, 0}})
	want(w.SetTry(0, 0, TryCompleted), nil) // a duplicate event
	if w.Done() {
		t.Fatal("done with evaluate still to run")
	}
	want(w.SetTry(1, 0, TryCompleted), []Release{{2, 0}})
	want(w.SetTry(2, 0, TryCompleted), nil)
	if !w.Done() || !w.Succeeded() {
		t.Fatalf("done %v succeeded %v, want both", w.Done(), w.Succeeded())
	}
}

func TestWorkflowFanOutFanIn(t *testing.T) {
	// 0 -> 1..50 -> 51
	const n = 50
	nodes := make([]WorkflowNode, n+2)
	var all []uint32
	for i := 1; i <= n; i++ {
		nodes[i].Parents = p(0)
		all = append(all, uint32(i))
	}
	nodes[n+1].Parents = all
	w, rel, err := NewWorkflowRun(nodes)
	if err != nil {
		t.Fatal(err)
	}
	if len(rel) != 1 || rel[0].Index != 0 {
		t.Fatalf("first releases %v, want only 0", rel)
	}
	rel = w.SetTry(0, 0, TryCompleted)
	if len(rel) != n {
		t.Fatalf("released %d of the array, want %d", len(rel), n)
	}
	// Ended in reverse order: the fan-in waits for the last one.
	for i := n; i >= 1; i-- {
		got := w.SetTry(uint32(i), 0, TryCompleted)
		if i > 1 && got != nil {
			t.Fatalf("after %d of %d ended, released %v", n-i+1, n, got)
		}
		if i == 1 && !slices.Equal(got, []Release{{n + 1, 0}}) {
			t.Fatalf("after the last ended, released %v, want the fan-in", got)
		}
	}
}

func TestWorkflowRetriesThenFailsDescendants(t *testing.T) {
	nodes := nodesOf(nil, p(0), p(1), nil)
	nodes[0].Retries = 2
	w, _, err := NewWorkflowRun(nodes)
	if err != nil {
		t.Fatal(err)
	}
	if got := w.SetTry(0, 0, TryFailed); !slices.Equal(got, []Release{{0, 1}}) {
		t.Fatalf("first failure released %v, want try 1", got)
	}
	if got := w.SetTry(0, 0, TryFailed); got != nil {
		t.Fatalf("a late failure of try 0 released %v", got)
	}
	if got := w.SetTry(0, 1, TryFailed); !slices.Equal(got, []Release{{0, 2}}) {
		t.Fatalf("second failure released %v, want try 2", got)
	}
	if got := w.SetTry(0, 2, TryFailed); got != nil {
		t.Fatalf("the last failure released %v", got)
	}
	for i, want := range []InstanceState{InstanceFailed, InstanceSkipped, InstanceSkipped, InstanceReleased} {
		if s, _ := w.State(uint32(i)); s != want {
			t.Errorf("instance %d is %v, want %v", i, s, want)
		}
	}
	if _, tries := w.State(0); tries != 3 {
		t.Errorf("instance 0 had %d tries, want 3", tries)
	}
	w.SetTry(3, 0, TryCompleted)
	if !w.Done() || w.Succeeded() {
		t.Fatalf("done %v succeeded %v, want done and failed", w.Done(), w.Succeeded())
	}
}

func TestWorkflowContinueOnError(t *testing.T) {
	nodes := nodesOf(nil, nil, p(0, 1))
	nodes[0].ContinueOnError = true
	w, rel, err := NewWorkflowRun(nodes)
	if err != nil {
		t.Fatal(err)
	}
	if len(rel) != 2 {
		t.Fatalf("released %v, want both roots", rel)
	}
	if got := w.SetTry(0, 0, TryFailed); got != nil {
		t.Fatalf("released %v while instance 1 runs", got)
	}
	if got := w.SetTry(1, 0, TryCompleted); !slices.Equal(got, []Release{{2, 0}}) {
		t.Fatalf("released %v, want the child despite its parent's failure", got)
	}
	w.SetTry(2, 0, TryCompleted)
	if !w.Succeeded() {
		t.Fatal("a failure under continue-on-error failed the workflow")
	}
}

func TestWorkflowCancel(t *testing.T) {
	w, _, err := NewWorkflowRun(nodesOf(nil, nil, p(0), p(2)))
	if err != nil {
		t.Fatal(err)
	}
	w.SetTry(0, 0, TryCompleted) // 2 is due
	open := w.Cancel()
	if !slices.Equal(open, []Release{{1, 0}, {2, 0}}) {
		t.Fatalf("cancel returned %v, want the open 1 and 2", open)
	}
	if w.Done() {
		t.Fatal("done before the open jobs' cancels were told")
	}
	// The shell cancels their jobs.
	w.SetTry(1, 0, TryCancelled)
	w.SetTry(2, 0, TryCancelled)
	if !w.Done() || w.Succeeded() {
		t.Fatalf("done %v succeeded %v, want done and not succeeded", w.Done(), w.Succeeded())
	}
	if s, _ := w.State(3); s != InstanceCancelled {
		t.Fatalf("a waiting instance is %v after the cancel", s)
	}
	// A result that crossed the cancel counts, as the job reducer counts
	// it: its child is due, and the shell cancels the new job at once.
	if got := w.SetTry(2, 0, TryCompleted); !slices.Equal(got, []Release{{3, 0}}) {
		t.Fatalf("the crossing result made %v due, want instance 3", got)
	}
	w.SetTry(3, 0, TryCancelled)
	c := w.Counts()
	if c[InstanceCompleted] != 2 || c[InstanceCancelled] != 2 || !w.Done() {
		t.Fatalf("counts %v, done %v", c, w.Done())
	}
}

func TestWorkflowJobCancelSkipsDescendants(t *testing.T) {
	nodes := nodesOf(nil, p(0))
	nodes[0].Retries = 3
	nodes[0].ContinueOnError = true
	w, _, _ := NewWorkflowRun(nodes)
	if got := w.SetTry(0, 0, TryCancelled); got != nil {
		t.Fatalf("a cancelled job was retried or released %v", got)
	}
	if s, _ := w.State(1); s != InstanceSkipped {
		t.Fatalf("its child is %v, want skipped", s)
	}
}

func TestWorkflowGraphRefused(t *testing.T) {
	big := make([]WorkflowNode, MaxWorkflowInstances+1)
	wide := make([]WorkflowNode, 2001)
	for i := 1; i < len(wide); i++ { // 2,000 x 51 > MaxWorkflowEdges
		for k := range uint32(51) {
			if int(k) != i {
				wide[i].Parents = append(wide[i].Parents, k)
			}
		}
	}
	for _, c := range []struct {
		name  string
		nodes []WorkflowNode
		want  string
	}{
		{"empty", nil, "no instances"},
		{"too many", big, "10001 instances"},
		{"too many edges", wide, "parent links"},
		{"out of range", nodesOf(nil, p(7)), "needs instance 7, of 2"},
		{"self", nodesOf(p(0)), "needs itself"},
		{"twice", nodesOf(nil, p(0, 0)), "twice"},
		{"cycle", nodesOf(nil, p(0, 3), p(1), p(2)), "cycle: [1 2 3 1]"},
		{"retries", []WorkflowNode{{Retries: MaxWorkflowRetries + 1}}, "retries"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, _, err := NewWorkflowRun(c.nodes)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("error %v, want one saying %q", err, c.want)
			}
		})
	}
}

func TestWorkflowStaleOrHostileOutcomes(t *testing.T) {
	w, _, _ := NewWorkflowRun(nodesOf(nil, p(0)))
	for _, c := range []struct {
		i, try uint32
		how    TryOutcome
	}{
		{1, 0, TryCompleted},  // not released yet
		{0, 5, TryCompleted},  // a try never released
		{99, 0, TryCompleted}, // no such instance
		{0, 0, 0},             // no such outcome
	} {
		if got := w.SetTry(c.i, c.try, c.how); got != nil {
			t.Errorf("TryEnded(%d, %d, %d) released %v", c.i, c.try, c.how, got)
		}
	}
	if s, _ := w.State(0); s != InstanceReleased {
		t.Fatalf("instance 0 is %v after stale outcomes, want released", s)
	}
}

// referenceStates derives every instance's state from scratch, in
// topological order, from the final outcomes of its tries (missing: open):
// the definition the incremental reducer must agree with.
func referenceStates(nodes []WorkflowNode, outcomes [][]TryOutcome, cancelled bool) []InstanceState {
	out := make([]InstanceState, len(nodes))
	done := make([]bool, len(nodes))
	var visit func(i int)
	visit = func(i int) {
		if done[i] {
			return
		}
		nWell, nBad := 0, 0
		for _, par := range nodes[i].Parents {
			visit(int(par))
			switch s := out[par]; {
			case s == InstanceCompleted, s == InstanceFailed && nodes[par].ContinueOnError:
				nWell++
			case s.Ended():
				nBad++
			}
		}
		done[i] = true
		switch {
		case nBad > 0 && cancelled:
			out[i] = InstanceCancelled
			return
		case nBad > 0:
			out[i] = InstanceSkipped
			return
		case nWell < len(nodes[i].Parents):
			out[i] = InstanceWaiting
			return
		}
		for k := 0; ; k++ {
			how := TryOpen
			if k < len(outcomes[i]) {
				how = outcomes[i][k]
			}
			switch {
			case how == TryCompleted:
				out[i] = InstanceCompleted
			case how == TryCancelled:
				out[i] = InstanceCancelled
			case how == TryFailed && uint32(k) < nodes[i].Retries:
				continue
			case how == TryFailed:
				out[i] = InstanceFailed
			default:
				out[i] = InstanceReleased
			}
			return
		}
	}
	for i := range nodes {
		visit(i)
	}
	return out
}

// TestWorkflowRandomGraphs runs random graphs against a random world:
// each try's job has a final state (its event set's), which a peer
// learns in a random order, some tries through an intermediate state
// first (a late event can move a job's state), and the owner may cancel
// the workflow, which every peer learns at a random point. It checks that
// a try is due only while every parent ended well and every earlier try
// failed, that the states are always the reference's for what the peer
// was told, and that peers that learned the same world in different
// orders end in the same states.
func TestWorkflowRandomGraphs(t *testing.T) {
	for seed := range uint64(400) {
		r := rand.New(rand.NewPCG(seed, 1))
		n := 1 + r.IntN(40)
		nodes := make([]WorkflowNode, n)
		perm := r.Perm(n) // so that parents are not always lower
		for i := range n {
			nd := &nodes[perm[i]]
			for k := range i {
				if r.IntN(5) == 0 {
					nd.Parents = append(nd.Parents, uint32(perm[k]))
				}
			}
			nd.Retries = uint32(r.IntN(3))
			nd.ContinueOnError = r.IntN(3) == 0
		}
		world := make([][]TryOutcome, n) // each try's job's final state
		for i := range world {
			for range nodes[i].Retries + 1 {
				world[i] = append(world[i], []TryOutcome{TryCompleted, TryCompleted, TryFailed, TryFailed, TryCancelled, TryOpen}[r.IntN(6)])
			}
		}
		cancel := r.IntN(4) == 0
		var final []InstanceState
		for peer := range 3 {
			pr := rand.New(rand.NewPCG(seed, uint64(2+peer)))
			w, due, err := NewWorkflowRun(nodes)
			if err != nil {
				t.Fatalf("seed %d: %v", seed, err)
			}
			told := make([][]TryOutcome, n)
			cancelled := false
			jobState := func(x Release) TryOutcome {
				if how := world[x.Index][x.Try]; how != TryOpen || !cancelled {
					return how
				}
				return TryCancelled // the shell's cancel of the job
			}
			tell := func(x Release, how TryOutcome) {
				for int(x.Try) >= len(told[x.Index]) {
					told[x.Index] = append(told[x.Index], TryOpen)
				}
				told[x.Index][x.Try] = how
				got := w.SetTry(x.Index, x.Try, how)
				for _, rel := range got {
					if s, _ := w.State(rel.Index); s != InstanceReleased {
						t.Fatalf("seed %d: %v due while its instance is %v", seed, rel, s)
					}
					for _, par := range nodes[rel.Index].Parents {
						s, _ := w.State(par)
						if s != InstanceCompleted && (s != InstanceFailed || !nodes[par].ContinueOnError) {
							t.Fatalf("seed %d: %v due while parent %d is %v", seed, rel, par, s)
						}
					}
				}
				due = append(due, got...)
				want := referenceStates(nodes, told, cancelled)
				for i := range n {
					if s, _ := w.State(uint32(i)); s != want[i] {
						t.Fatalf("seed %d peer %d: instance %d is %v, the reference says %v", seed, peer, i, s, want[i])
					}
				}
			}
			for len(due) > 0 {
				if cancel && !cancelled && pr.IntN(8) == 0 {
					w.Cancel()
					cancelled = true
					for i := range told { // the shell cancels the open jobs
						for k, how := range told[i] {
							if how == TryOpen {
								tell(Release{uint32(i), uint32(k)}, jobState(Release{uint32(i), uint32(k)}))
							}
						}
					}
				}
				k := pr.IntN(len(due))
				x := due[k]
				due = slices.Delete(due, k, k+1)
				if pr.IntN(4) == 0 { // an intermediate state first
					tell(x, []TryOutcome{TryCompleted, TryFailed, TryCancelled, TryOpen}[pr.IntN(4)])
				}
				tell(x, jobState(x))
				if len(due) == 0 && cancel && !cancelled {
					w.Cancel()
					cancelled = true
					for i := range told {
						for k, how := range told[i] {
							if how == TryOpen {
								tell(Release{uint32(i), uint32(k)}, jobState(Release{uint32(i), uint32(k)}))
							}
						}
					}
				}
			}
			got := make([]InstanceState, n)
			for i := range n {
				got[i], _ = w.State(uint32(i))
			}
			if final == nil {
				final = got
			} else if !slices.Equal(got, final) {
				t.Fatalf("seed %d: peers disagree:\n%v\n%v", seed, final, got)
			}
		}
	}
}
