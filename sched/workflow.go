package sched

import (
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
// ends every instance not yet ended.
//
// The reducer knows the graph's shape only: which instance a job is and
// how its try ended come from the events the shell folds, and it returns
// what follows, in instance order.

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
	InstanceCancelled                      // the workflow or its job was cancelled
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

// TryOutcome is how one try of an instance ended, as its job's events say.
type TryOutcome uint8

const (
	TryCompleted TryOutcome = iota + 1
	TryFailed
	TryCancelled // its job was cancelled: no retry, as the workflow's cancel
)

// Release is one try of an instance to run: the job the shell derives
// from the signed workflow (instance Index, try Try: 0 first).
type Release struct {
	Index uint32
	Try   uint32
}

// WorkflowRun is the reducer of one workflow's instances.
type WorkflowRun struct {
	nodes    []WorkflowNode
	children [][]uint32 // by parent, ascending
	state    []InstanceState
	tries    []uint32 // tries released so far
	waiting  []uint32 // parents not yet ended well
	open     int      // instances not ended
}

// NewWorkflowRun checks the graph (indexes in range, no self-loop, no
// duplicate parent, no cycle, within the limits) and returns its reducer
// with the first releases: every instance without parents.
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
		tries:    make([]uint32, n),
		waiting:  make([]uint32, n),
		open:     n,
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
		w.waiting[i] = uint32(len(nd.Parents))
	}
	if cyc := findCycle(w.children); cyc != nil {
		return nil, nil, fmt.Errorf("workflow: instances form a cycle: %v", cyc)
	}
	var out []Release
	for i := range nodes {
		if w.waiting[i] == 0 {
			out = append(out, w.release(uint32(i)))
		}
	}
	return w, out, nil
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

// State is instance i's state and how many of its tries were released.
func (w *WorkflowRun) State(i uint32) (InstanceState, uint32) {
	if int(i) >= len(w.state) {
		return InstanceWaiting, 0
	}
	return w.state[i], w.tries[i]
}

// Done reports whether every instance has ended.
func (w *WorkflowRun) Done() bool { return w.open == 0 }

// Succeeded reports whether the workflow ended well: every instance
// completed, or failed under continue-on-error.
func (w *WorkflowRun) Succeeded() bool {
	if w.open != 0 {
		return false
	}
	for i, s := range w.state {
		if s != InstanceCompleted && !(s == InstanceFailed && w.nodes[i].ContinueOnError) {
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

// TryEnded folds how try `try` of instance i ended and returns what to
// release next, in instance order. An outcome for a try that is not the
// instance's current one, or for an instance that is not running, is
// stale (a duplicate event, a late one after a retry, a hostile one) and
// changes nothing.
func (w *WorkflowRun) TryEnded(i, try uint32, how TryOutcome) []Release {
	if int(i) >= len(w.state) || w.state[i] != InstanceReleased || try+1 != w.tries[i] {
		return nil
	}
	switch how {
	case TryCompleted:
		w.end(i, InstanceCompleted)
		return w.releaseChildren(i)
	case TryFailed:
		if w.tries[i] <= w.nodes[i].Retries {
			return []Release{w.release(i)}
		}
		w.end(i, InstanceFailed)
		if w.nodes[i].ContinueOnError {
			return w.releaseChildren(i)
		}
		w.skipDescendants(i)
		return nil
	case TryCancelled:
		w.end(i, InstanceCancelled)
		w.skipDescendants(i)
		return nil
	}
	return nil
}

// Cancel ends every instance not yet ended and returns the released ones,
// whose current tries' jobs the shell cancels, in instance order.
func (w *WorkflowRun) Cancel() []Release {
	var running []Release
	for i, s := range w.state {
		switch s {
		case InstanceReleased:
			running = append(running, Release{Index: uint32(i), Try: w.tries[i] - 1})
			w.end(uint32(i), InstanceCancelled)
		case InstanceWaiting:
			w.end(uint32(i), InstanceCancelled)
		}
	}
	return running
}

// release starts instance i's next try.
func (w *WorkflowRun) release(i uint32) Release {
	w.state[i] = InstanceReleased
	w.tries[i]++
	return Release{Index: i, Try: w.tries[i] - 1}
}

func (w *WorkflowRun) end(i uint32, s InstanceState) {
	if !w.state[i].Ended() {
		w.open--
	}
	w.state[i] = s
}

// releaseChildren counts instance i as ended well for its children and
// releases those it was the last waited-for parent of.
func (w *WorkflowRun) releaseChildren(i uint32) []Release {
	var out []Release
	for _, c := range w.children[i] {
		w.waiting[c]--
		if w.waiting[c] == 0 && w.state[c] == InstanceWaiting {
			out = append(out, w.release(c))
		}
	}
	return out
}

// skipDescendants skips every waiting instance below i (iteratively: a
// chain of 10,000 must not recurse 10,000 deep).
func (w *WorkflowRun) skipDescendants(i uint32) {
	stack := slices.Clone(w.children[i])
	for len(stack) > 0 {
		c := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if w.state[c] != InstanceWaiting {
			continue
		}
		w.end(c, InstanceSkipped)
		stack = append(stack, w.children[c]...)
	}
}
