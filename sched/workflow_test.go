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
	want(w.TryEnded(0, 0, TryCompleted), []Release{{1, 0}})
	want(w.TryEnded(0, 0, TryCompleted), nil) // a duplicate event
	if w.Done() {
		t.Fatal("done with evaluate still to run")
	}
	want(w.TryEnded(1, 0, TryCompleted), []Release{{2, 0}})
	want(w.TryEnded(2, 0, TryCompleted), nil)
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
	rel = w.TryEnded(0, 0, TryCompleted)
	if len(rel) != n {
		t.Fatalf("released %d of the array, want %d", len(rel), n)
	}
	// Ended in reverse order: the fan-in waits for the last one.
	for i := n; i >= 1; i-- {
		got := w.TryEnded(uint32(i), 0, TryCompleted)
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
	if got := w.TryEnded(0, 0, TryFailed); !slices.Equal(got, []Release{{0, 1}}) {
		t.Fatalf("first failure released %v, want try 1", got)
	}
	if got := w.TryEnded(0, 0, TryFailed); got != nil {
		t.Fatalf("a late failure of try 0 released %v", got)
	}
	if got := w.TryEnded(0, 1, TryFailed); !slices.Equal(got, []Release{{0, 2}}) {
		t.Fatalf("second failure released %v, want try 2", got)
	}
	if got := w.TryEnded(0, 2, TryFailed); got != nil {
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
	w.TryEnded(3, 0, TryCompleted)
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
	if got := w.TryEnded(0, 0, TryFailed); got != nil {
		t.Fatalf("released %v while instance 1 runs", got)
	}
	if got := w.TryEnded(1, 0, TryCompleted); !slices.Equal(got, []Release{{2, 0}}) {
		t.Fatalf("released %v, want the child despite its parent's failure", got)
	}
	w.TryEnded(2, 0, TryCompleted)
	if !w.Succeeded() {
		t.Fatal("a failure under continue-on-error failed the workflow")
	}
}

func TestWorkflowCancel(t *testing.T) {
	w, _, err := NewWorkflowRun(nodesOf(nil, nil, p(0), p(2)))
	if err != nil {
		t.Fatal(err)
	}
	w.TryEnded(0, 0, TryCompleted) // releases 2
	running := w.Cancel()
	if !slices.Equal(running, []Release{{1, 0}, {2, 0}}) {
		t.Fatalf("cancel returned %v, want the running 1 and 2", running)
	}
	if !w.Done() || w.Succeeded() {
		t.Fatal("a cancelled workflow is not done, or succeeded")
	}
	if got := w.TryEnded(2, 0, TryCompleted); got != nil {
		t.Fatalf("a try ending after the cancel released %v", got)
	}
	if s, _ := w.State(3); s != InstanceCancelled {
		t.Fatalf("a waiting instance is %v after the cancel", s)
	}
	c := w.Counts()
	if c[InstanceCompleted] != 1 || c[InstanceCancelled] != 3 {
		t.Fatalf("counts %v", c)
	}
}

func TestWorkflowJobCancelSkipsDescendants(t *testing.T) {
	nodes := nodesOf(nil, p(0))
	nodes[0].Retries = 3
	nodes[0].ContinueOnError = true
	w, _, _ := NewWorkflowRun(nodes)
	if got := w.TryEnded(0, 0, TryCancelled); got != nil {
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
		if got := w.TryEnded(c.i, c.try, c.how); got != nil {
			t.Errorf("TryEnded(%d, %d, %d) released %v", c.i, c.try, c.how, got)
		}
	}
	if s, _ := w.State(0); s != InstanceReleased {
		t.Fatalf("instance 0 is %v after stale outcomes, want released", s)
	}
}

// TestWorkflowRandomGraphs folds random graphs with random outcomes and
// checks the reducer's promises: an instance is released only once every
// parent ended well; it ends exactly once; the run always ends; two runs
// fed the same outcomes agree.
func TestWorkflowRandomGraphs(t *testing.T) {
	for seed := range uint64(300) {
		r := rand.New(rand.NewPCG(seed, 1))
		n := 1 + r.IntN(40)
		nodes := make([]WorkflowNode, n)
		for i := range nodes {
			for k := range i {
				if r.IntN(4) == 0 {
					nodes[i].Parents = append(nodes[i].Parents, uint32(k))
				}
			}
			nodes[i].Retries = uint32(r.IntN(3))
			nodes[i].ContinueOnError = r.IntN(3) == 0
		}
		a, relA, err := NewWorkflowRun(nodes)
		if err != nil {
			t.Fatalf("seed %d: %v", seed, err)
		}
		b, relB, _ := NewWorkflowRun(nodes)
		queue := slices.Clone(relA)
		if !slices.Equal(relA, relB) {
			t.Fatalf("seed %d: two runs released %v and %v", seed, relA, relB)
		}
		cancelAt := -1
		if r.IntN(5) == 0 {
			cancelAt = r.IntN(n + 1)
		}
		for step := 0; len(queue) > 0; step++ {
			if step == cancelAt {
				ca, cb := a.Cancel(), b.Cancel()
				if !slices.Equal(ca, cb) {
					t.Fatalf("seed %d: cancels differ", seed)
				}
				break
			}
			k := r.IntN(len(queue))
			x := queue[k]
			queue = slices.Delete(queue, k, k+1)
			how := []TryOutcome{TryCompleted, TryCompleted, TryFailed, TryCancelled}[r.IntN(4)]
			ra, rb := a.TryEnded(x.Index, x.Try, how), b.TryEnded(x.Index, x.Try, how)
			if !slices.Equal(ra, rb) {
				t.Fatalf("seed %d: runs disagree: %v and %v", seed, ra, rb)
			}
			for _, rel := range ra {
				if rel.Try == 0 {
					for _, par := range nodes[rel.Index].Parents {
						s, _ := a.State(par)
						if s != InstanceCompleted && (s != InstanceFailed || !nodes[par].ContinueOnError) {
							t.Fatalf("seed %d: %d released while parent %d is %v", seed, rel.Index, par, s)
						}
					}
				}
			}
			queue = append(queue, ra...)
		}
		if !a.Done() {
			t.Fatalf("seed %d: the run did not end: %v", seed, a.Counts())
		}
		c := a.Counts()
		if c[InstanceWaiting] != 0 || c[InstanceReleased] != 0 {
			t.Fatalf("seed %d: instances left open: %v", seed, c)
		}
	}
}
