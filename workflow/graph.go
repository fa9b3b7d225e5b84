package workflow

import (
	"fmt"
	"math/big"
	"path"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/skyops/skyops/types"
)

// graph checks what ties jobs together, once every job reads well: needs
// and from: name jobs of the file, the needs form no cycle, no two inputs
// of a job land at one place, and the expanded graph fits the limits. It
// orders the jobs, and sizes them by multiplying, never by expanding.
func (p *parser) graph(f *File) {
	byName := make(map[string]*Job, len(f.Jobs))
	names := make([]string, len(f.Jobs))
	for i, j := range f.Jobs {
		byName[j.Name] = j
		names[i] = j.Name
	}
	known := func(name string) string {
		list := names
		if len(list) > 12 {
			list = append(slices.Clone(list[:12]), "…")
		}
		return fmt.Sprintf("no job of that name%s (jobs: %s)", suggest(name, names), strings.Join(list, ", "))
	}
	for _, j := range f.Jobs {
		for i, need := range j.Needs {
			switch {
			case need == j.Name:
				p.atPos(j.needLines[i], "job %s needs itself: a job runs after the jobs it needs", j.Name)
			case byName[need] == nil:
				p.atPos(j.needLines[i], "job %s needs %q: %s", j.Name, clip(need), known(need))
			}
		}
		for _, in := range j.Inputs {
			if in.Kind != InputFrom {
				continue
			}
			switch {
			case in.FromJob == j.Name:
				p.atPos(pos{in.Line, in.Col}, "job %s: from %s: a job cannot read its own outputs", j.Name, in.FromJob)
			case byName[in.FromJob] == nil:
				p.atPos(pos{in.Line, in.Col}, "job %s: from %s: %s", j.Name, in.FromJob, known(in.FromJob))
			case !slices.Contains(j.Needs, in.FromJob):
				// Reading a job's outputs is needing it.
				j.Needs = append(j.Needs, in.FromJob)
				j.needLines = append(j.needLines, pos{in.Line, in.Col})
			}
		}
	}
	if len(p.errs) > 0 {
		return
	}
	if cyc := findCycle(f, byName); cyc != nil {
		first := cyc[0]
		at := first.needLines[slices.Index(first.Needs, cyc[1].Name)]
		names := make([]string, len(cyc))
		for i, j := range cyc {
			names[i] = j.Name
		}
		p.atPos(at, "the needs form a cycle, %s (each needs the next): no job of it could ever start; remove one of these needs", strings.Join(names, " -> "))
		return
	}
	f.order = topoOrder(f, byName)
	for _, j := range f.Jobs {
		p.landings(j, byName)
	}
	if len(p.errs) == 0 {
		p.sizes(f, byName)
	}
}

// findCycle is the first cycle of needs met walking the jobs in file
// order, starting at its job that comes first in the file and ending with
// it again; nil when there is none.
func findCycle(f *File, byName map[string]*Job) []*Job {
	const (
		unseen = iota
		onPath
		done
	)
	state := make([]int, len(f.Jobs))
	var stack []*Job
	var found []*Job
	var visit func(j *Job) bool
	visit = func(j *Job) bool {
		state[j.index] = onPath
		stack = append(stack, j)
		for _, n := range j.Needs {
			c := byName[n]
			switch state[c.index] {
			case onPath:
				found = slices.Clone(stack[slices.Index(stack, c):])
				return true
			case unseen:
				if visit(c) {
					return true
				}
			}
		}
		stack = stack[:len(stack)-1]
		state[j.index] = done
		return false
	}
	for _, j := range f.Jobs {
		if state[j.index] == unseen && visit(j) {
			break
		}
	}
	if found == nil {
		return nil
	}
	// Start at the job first in the file, so the message does not depend
	// on where the walk entered the cycle.
	lo := 0
	for i, j := range found {
		if j.index < found[lo].index {
			lo = i
		}
	}
	cyc := append(slices.Clone(found[lo:]), found[:lo]...)
	return append(cyc, cyc[0])
}

// topoOrder puts every job after the jobs it needs, and otherwise in file
// order: of the jobs whose needs are all placed, the first in the file
// goes next.
func topoOrder(f *File, byName map[string]*Job) []*Job {
	waiting := make([]int, len(f.Jobs))    // needs not yet placed
	children := make([][]int, len(f.Jobs)) // jobs that need it
	for _, j := range f.Jobs {
		waiting[j.index] = len(j.Needs)
		for _, n := range j.Needs {
			children[byName[n].index] = append(children[byName[n].index], j.index)
		}
	}
	placed := make([]bool, len(f.Jobs))
	order := make([]*Job, 0, len(f.Jobs))
	for len(order) < len(f.Jobs) {
		next := -1
		for i := range f.Jobs {
			if !placed[i] && waiting[i] == 0 {
				next = i
				break
			}
		}
		if next < 0 {
			panic("workflow: topoOrder on a graph with a cycle") // findCycle ran first
		}
		placed[next] = true
		order = append(order, f.Jobs[next])
		for _, c := range children[next] {
			waiting[c]--
		}
	}
	return order
}

// isArray says j's instances are an array (count: or matrix:), whose
// outputs a child finds one directory per instance.
func (j *Job) isArray() bool { return j.Count > 0 || j.Matrix != nil }

// landing is the name under /inputs that an input takes (a file, or the
// directory of a directory or of an array's files); see docs/workflow.md.
func landing(in Input, parent *Job) string {
	switch in.Kind {
	case InputFile:
		if in.As != "" {
			return in.As
		}
		return path.Base(filepath.ToSlash(in.Local))
	case InputDataset:
		c, _ := types.DatasetCID(in.Dataset)
		return c
	}
	switch {
	case in.As != "":
		return in.As
	case parent.isArray(), in.FromPath == "outputs/":
		return in.FromJob
	}
	return path.Base(in.FromPath)
}

// landingPath is where an input lands, as path components under /inputs:
// "*" stands for the parent's instance index of an array's files, and dir
// says the last component is a directory (of many files) rather than a
// file.
func landingPath(in Input, parent *Job) (comps []string, dir bool) {
	name := landing(in, parent)
	if in.Kind != InputFrom || !parent.isArray() {
		return []string{name}, in.Dir
	}
	if in.FromPath == "outputs/" {
		return []string{name, "*"}, true
	}
	return []string{name, "*", path.Base(in.FromPath)}, in.Dir
}

func showLanding(comps []string, dir bool) string {
	s := "/inputs/" + strings.ReplaceAll(strings.Join(comps, "/"), "*", "<i>")
	if dir {
		s += "/"
	}
	return s
}

// landings refuses two inputs of a job that land at one place, or one
// inside the other: an array's files from two paths may share its
// directory (/inputs/work/<i>/a and /inputs/work/<i>/b), nothing else.
func (p *parser) landings(j *Job, byName map[string]*Job) {
	type landed struct {
		in    Input
		comps []string
		dir   bool
	}
	var seen []landed
	for _, in := range j.Inputs {
		comps, dir := landingPath(in, byName[in.FromJob])
		for _, prev := range seen {
			n := min(len(comps), len(prev.comps))
			if !slices.Equal(comps[:n], prev.comps[:n]) {
				continue
			}
			here := showLanding(comps, dir)
			if len(comps) == len(prev.comps) {
				p.atPos(pos{in.Line, in.Col}, "job %s: this input and the one at line %d both land at %s: give one of them an as: name", j.Name, prev.in.Line, here)
			} else {
				p.atPos(pos{in.Line, in.Col}, "job %s: this input lands at %s and the one at line %d at %s, one inside the other: give one of them an as: name", j.Name, here, prev.in.Line, showLanding(prev.comps, prev.dir))
			}
			break
		}
		seen = append(seen, landed{in, comps, dir})
	}
}

// sizes counts each job's instances by multiplying, refuses a workflow over
// MaxInstances or MaxEdges, and records the counts for Instances.
func (p *parser) sizes(f *File, byName map[string]*Job) {
	total := new(big.Int)
	counts := make([]*big.Int, len(f.Jobs))
	for _, j := range f.Jobs {
		n := big1()
		switch {
		case j.Count > 0:
			n.SetInt64(int64(j.Count))
		default:
			for _, ax := range j.Matrix {
				n.Mul(n, bigInt(len(ax.Values)))
			}
		}
		counts[j.index] = n
		total.Add(total, n)
	}
	if total.Cmp(bigInt(MaxInstances)) > 0 {
		largest := slices.Clone(f.Jobs)
		sort.SliceStable(largest, func(a, b int) bool { return counts[largest[a].index].Cmp(counts[largest[b].index]) > 0 })
		var parts []string
		for _, j := range largest[:min(3, len(largest))] {
			parts = append(parts, fmt.Sprintf("%s: %s", j.Name, counts[j.index]))
		}
		p.atPos(p.jobsAt, "the workflow expands to %s job instances, at most %d (%s): use fewer array elements or matrix values", total, MaxInstances, strings.Join(parts, ", "))
		return
	}
	for _, j := range f.Jobs {
		j.size = int(counts[j.index].Int64())
	}
	f.instances = int(total.Int64())

	// Every instance of a child needs every instance of a parent, and a
	// from: input adds a file per parent instance.
	var links, worst int64
	var worstJob, worstParent *Job
	add := func(j, parent *Job) {
		n := int64(j.size) * int64(parent.size)
		links += n
		if n > worst {
			worst, worstJob, worstParent = n, j, parent
		}
	}
	for _, j := range f.Jobs {
		for _, n := range j.Needs {
			add(j, byName[n])
		}
		for _, in := range j.Inputs {
			if in.Kind == InputFrom {
				add(j, byName[in.FromJob])
			}
		}
	}
	if links > MaxEdges {
		p.atPos(p.jobsAt, "the workflow's instances would have %d links between them, at most %d: every instance of a job needs every instance of each job it needs, and reads each one's from: files (%s needs %s: %d × %d); use smaller arrays, or a job in between that gathers them",
			links, MaxEdges, worstJob.Name, worstParent.Name, worstJob.size, worstParent.size)
	}
}

func big1() *big.Int        { return big.NewInt(1) }
func bigInt(n int) *big.Int { return big.NewInt(int64(n)) }
