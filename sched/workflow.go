package sched

import (
	"cmp"
	"fmt"
	"slices"
)

// Workflows (docs/workflow.md). A workflow is a graph of job instances
// signed once by its owner; every peer folds it with the reducer here,
// so every peer releases the same instance at the same event, and no
// peer coordinates. An instance is released (becomes a job the usual
// placement rule places) when every parent has ended well: completed, or
// failed under continue-on-error. A failed instance runs again while it
// has retries left, each try a job of its own; one that fails for good
// skips its descendants, which then never run. Cancelling the workflow
// cancels the job of every try due, and so ends every instance.
//
// The reducer is a function of the jobs' states, not a fold of their
// transitions: a job's state is a function of its event set, which a late
// event can still move (a cancel crossed by its result, say), so every
// peer must reach the same workflow state from the same job states in
// whatever order it learned them. The brain tells the reducer each try's
// current outcome (SetTry) whenever its job's state changes; the reducer
// keeps each instance's derived state and, so that a fan-in of 10,000 is
// not recounted at every parent's change, how many parents of each
// instance are in each state, and it propagates a change only as far as
// it changes something.

// Workflow limits: what a signed workflow may expand to. A graph over
// them is refused whole, so a hostile owner cannot make every peer hold
// a graph it cannot bound.
const (
	MaxWorkflowInstances = 10_000
	// MaxWorkflowEdges bounds the parent links of all instances together:
	// a fan-in from a 10,000-instance array is 10,000 edges, but two
	// arrays wired all-to-all would be 10^8.
	MaxWorkflowEdges = 100_000
	// MaxWorkflowRetries bounds one instance's tries after its first.
	MaxWorkflowRetries = 10
)

// WorkflowNode is one instance of a workflow's graph.
type WorkflowNode struct {
	// Parents are the instances it needs, by index; each lower than its own
	// would not be required, but each must be another instance.
	Parents []uint32
	// Retries is how many times a failed try runs again.
	Retries uint32
	// ContinueOnError lets its children run when it fails for good.
	ContinueOnError bool
}

// InstanceState is where one instance of a workflow stands.
type InstanceState uint8

const (
	InstanceWaiting   InstanceState = iota // a parent has not ended yet
	InstanceReleased                       // a try is a job: pending, placed or running
	InstanceCompleted                      // its last try completed
	InstanceFailed                         // its last try failed, no retries left
	InstanceSkipped                        // a parent failed for good: it never runs
	InstanceCancelled                      // the workflow, or its try's job, was cancelled
)

func (s InstanceState) String() string {
	switch s {
	case InstanceWaiting:
		return "waiting"
	case InstanceReleased:
		return "released"
	case InstanceCompleted:
		return "completed"
	case InstanceFailed:
		return "failed"
	case InstanceSkipped:
		return "skipped"
	case InstanceCancelled:
		return "cancelled"
	}
	return fmt.Sprintf("instance-state(%d)", uint8(s))
}

// Ended reports whether nothing more happens to an instance in s.
func (s InstanceState) Ended() bool { return s >= InstanceCompleted }

// TryOutcome is where one try's job stands, as the job reducer says.
type TryOutcome uint8

const (
	TryOpen      TryOutcome = iota // not ended (or not released yet)
	TryCompleted                   // its job completed
	TryFailed                      // its job failed
	TryCancelled                   // its job was cancelled
)

// Release is one try of an instance that is due: the job the shell
// derives from the signed workflow (instance Index, try Try: 0 first).
type Release struct {
	Index uint32
	Try   uint32
}

// parentClass is how an instance counts for its children.
type parentClass uint8

const (
	pending parentClass = iota // not ended
	well                       // completed, or failed under continue-on-error
	bad                        // failed, skipped or cancelled: its children never run
)

// WorkflowRun is the reducer of one workflow's instances.
type WorkflowRun struct {
	nodes     []WorkflowNode
	children  [][]uint32 // by parent, ascending
	state     []InstanceState
	outcomes  [][]TryOutcome // by instance, by try: as last told
	released  []uint32       // tries due so far, by instance
	nWell     []uint32       // parents that ended well
	nBad      []uint32       // parents that ended badly
	cancelled bool
}

// NewWorkflowRun checks the graph (indexes in range, no self-loop, no
// duplicate parent, no cycle, within the limits) and returns its reducer
// with the first tries due: every instance without parents.
func NewWorkflowRun(nodes []WorkflowNode) (*WorkflowRun, []Release, error) {
	n := len(nodes)
	if n == 0 {
		return nil, nil, fmt.Errorf("workflow: no instances")
	}
	if n > MaxWorkflowInstances {
		return nil, nil, fmt.Errorf("workflow: %d instances, at most %d", n, MaxWorkflowInstances)
	}
	w := &WorkflowRun{
		nodes:    nodes,
		children: make([][]uint32, n),
		state:    make([]InstanceState, n),
		outcomes: make([][]TryOutcome, n),
		released: make([]uint32, n),
		nWell:    make([]uint32, n),
		nBad:     make([]uint32, n),
	}
	edges := 0
	for i, nd := range nodes {
		if nd.Retries > MaxWorkflowRetries {
			return nil, nil, fmt.Errorf("workflow: instance %d has %d retries, at most %d", i, nd.Retries, MaxWorkflowRetries)
		}
		edges += len(nd.Parents)
		if edges > MaxWorkflowEdges {
			return nil, nil, fmt.Errorf("workflow: more than %d parent links", MaxWorkflowEdges)
		}
		for k, p := range nd.Parents {
			switch {
			case int(p) >= n:
				return nil, nil, fmt.Errorf("workflow: instance %d needs instance %d, of %d", i, p, n)
			case int(p) == i:
				return nil, nil, fmt.Errorf("workflow: instance %d needs itself", i)
			case slices.Contains(nd.Parents[:k], p):
				return nil, nil, fmt.Errorf("workflow: instance %d needs instance %d twice", i, p)
			}
			w.children[p] = append(w.children[p], uint32(i))
		}
	}
	if cyc := findCycle(w.children); cyc != nil {
		return nil, nil, fmt.Errorf("workflow: instances form a cycle: %v", cyc)
	}
	var due []Release
	for i := range nodes {
		if len(nodes[i].Parents) == 0 {
			due = w.update(uint32(i), due)
		}
	}
	slices.SortFunc(due, compareRelease)
	return w, due, nil
}

func compareRelease(a, b Release) int {
	if a.Index != b.Index {
		return cmp.Compare(a.Index, b.Index)
	}
	return cmp.Compare(a.Try, b.Try)
}

// findCycle returns a cycle of the graph (instance indexes, the first
// repeated at the end), or nil; iterative, so a deep chain cannot
// overflow the stack.
func findCycle(children [][]uint32) []uint32 {
	const (
		unseen = iota
		onPath
		done
	)
	mark := make([]uint8, len(children))
	type frame struct{ node, next uint32 }
	for root := range children {
		if mark[root] != unseen {
			continue
		}
		stack := []frame{{node: uint32(root)}}
		mark[root] = onPath
		for len(stack) > 0 {
			top := &stack[len(stack)-1]
			if int(top.next) == len(children[top.node]) {
				mark[top.node] = done
				stack = stack[:len(stack)-1]
				continue
			}
			c := children[top.node][top.next]
			top.next++
			switch mark[c] {
			case onPath:
				var cyc []uint32
				for k := len(stack) - 1; k >= 0; k-- {
					cyc = append(cyc, stack[k].node)
					if stack[k].node == c {
						break
					}
				}
				slices.Reverse(cyc)
				return append(cyc, c)
			case unseen:
				mark[c] = onPath
				stack = append(stack, frame{node: c})
			}
		}
	}
	return nil
}

// Len is the number of instances.
func (w *WorkflowRun) Len() int { return len(w.nodes) }

// State is instance i's state and how many of its tries were due so far.
func (w *WorkflowRun) State(i uint32) (InstanceState, uint32) {
	if int(i) >= len(w.state) {
		return InstanceWaiting, 0
	}
	return w.state[i], w.released[i]
}

// Done reports whether every instance has ended.
func (w *WorkflowRun) Done() bool {
	for _, s := range w.state {
		if !s.Ended() {
			return false
		}
	}
	return true
}

// Succeeded reports whether the workflow ended well: every instance
// completed, or failed under continue-on-error.
func (w *WorkflowRun) Succeeded() bool {
	for i := range w.state {
		if w.class(uint32(i)) != well {
			return false
		}
	}
	return true
}

// Counts are how many instances are in each state, by InstanceState.
func (w *WorkflowRun) Counts() [InstanceCancelled + 1]int {
	var c [InstanceCancelled + 1]int
	for _, s := range w.state {
		c[s]++
	}
	return c
}

// SetTry records where try `try` of instance i stands now and returns the
// tries that became due, in instance order. A try that was never due (a
// made-up one) changes nothing; a try that is no longer the one that
// counts (an earlier try's late event after a retry) is recorded and
// counts again only if the tries before it come to count again.
func (w *WorkflowRun) SetTry(i, try uint32, how TryOutcome) []Release {
	if int(i) >= len(w.state) || try >= w.released[i] || how > TryCancelled {
		return nil
	}
	if w.outcomes[i][try] == how {
		return nil
	}
	w.outcomes[i][try] = how
	due := w.update(i, nil)
	slices.SortFunc(due, compareRelease)
	return due
}

// Cancel records the owner's cancel of the workflow and returns the due
// tries whose jobs are open, in instance order. The shell cancels their
// jobs, and the job of every try due from now on as it creates it: the
// instances end as those jobs' states say (a result that crossed the
// cancel still counts, as the job reducer counts it), so that a peer that
// learns the cancel before a try is due reaches the state of one that
// learns it after.
func (w *WorkflowRun) Cancel() []Release {
	if w.cancelled {
		return nil
	}
	w.cancelled = true
	var open []Release
	for i := range w.state {
		if w.state[i] == InstanceReleased {
			open = append(open, Release{Index: uint32(i), Try: w.released[i] - 1})
		}
	}
	for i := range w.state {
		if w.state[i] == InstanceSkipped {
			w.state[i] = InstanceCancelled // the same class: no count moves
		}
	}
	return open
}

// derive is instance i's state from its parents' counts and its tries'
// outcomes, and the try that is due if one is (ok false: none).
func (w *WorkflowRun) derive(i uint32) (s InstanceState, due uint32, ok bool) {
	nd := &w.nodes[i]
	switch {
	case w.nBad[i] > 0:
		if w.cancelled {
			return InstanceCancelled, 0, false // not run because of the cancel
		}
		return InstanceSkipped, 0, false
	case int(w.nWell[i]) < len(nd.Parents):
		return InstanceWaiting, 0, false
	}
	for k := uint32(0); ; k++ {
		how := TryOpen
		if k < uint32(len(w.outcomes[i])) {
			how = w.outcomes[i][k]
		}
		switch how {
		case TryCompleted:
			return InstanceCompleted, 0, false
		case TryCancelled:
			return InstanceCancelled, 0, false
		case TryFailed:
			if k < nd.Retries {
				continue
			}
			return InstanceFailed, 0, false
		}
		return InstanceReleased, k, k >= w.released[i]
	}
}

// class is how instance i counts for its children.
func (w *WorkflowRun) class(i uint32) parentClass {
	switch w.state[i] {
	case InstanceCompleted:
		return well
	case InstanceFailed:
		if w.nodes[i].ContinueOnError {
			return well
		}
		return bad
	case InstanceSkipped, InstanceCancelled:
		return bad
	}
	return pending
}

// update re-derives instance i and, while states change, its
// descendants (iteratively: a chain of 10,000 must not recurse), and
// appends the tries that became due.
func (w *WorkflowRun) update(i uint32, due []Release) []Release {
	stack := []uint32{i}
	for len(stack) > 0 {
		x := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		before := w.class(x)
		s, try, isDue := w.derive(x)
		w.state[x] = s
		if isDue {
			// Tries are due in order: every try below this one ended
			// failed, so they were due before it.
			w.released[x] = try + 1
			w.outcomes[x] = append(w.outcomes[x], TryOpen)
			due = append(due, Release{Index: x, Try: try})
		}
		after := w.class(x)
		if after == before {
			continue
		}
		for _, c := range w.children[x] {
			w.count(c, before, -1)
			w.count(c, after, +1)
			stack = append(stack, c)
		}
	}
	return due
}

// count moves one parent of c into or out of class k.
func (w *WorkflowRun) count(c uint32, k parentClass, d int) {
	switch k {
	case well:
		w.nWell[c] = uint32(int(w.nWell[c]) + d)
	case bad:
		w.nBad[c] = uint32(int(w.nBad[c]) + d)
	}
}
