package workflow

import (
	"path"
	"slices"
	"strconv"
	"strings"
)

// Instances expands the workflow into its job instances, numbered in a
// fixed order: jobs after the jobs they need and otherwise in file order,
// each job's instances in index order. Parse has bounded the result
// (MaxInstances, MaxEdges); each call builds it afresh.
func (f *File) Instances() []Instance {
	out := make([]Instance, 0, f.instances)
	first := make(map[string]int, len(f.Jobs)) // a job's first instance
	byName := make(map[string]*Job, len(f.Jobs))
	for _, j := range f.Jobs {
		byName[j.Name] = j
	}
	for _, j := range f.order {
		first[j.Name] = len(out)
		// Every instance of every needed job. The order is topological,
		// so they all come before this job's.
		var parents []int
		for _, n := range j.Needs {
			for i := range byName[n].size {
				parents = append(parents, first[n]+i)
			}
		}
		slices.Sort(parents)
		inputs := f.instanceInputs(j, byName, first)
		combo := make([]int, len(j.Matrix))
		for i := range j.size {
			in := Instance{Index: len(out), Job: j.Name, Def: j, Name: j.Name}
			if j.isArray() {
				in.ArrayIndex, in.ArrayCount = i, j.size
			}
			if j.Matrix != nil {
				mixedRadix(i, j.Matrix, combo)
				in.Matrix = make([]KV, len(j.Matrix))
				for a, ax := range j.Matrix {
					in.Matrix[a] = KV{ax.Key, ax.Values[combo[a]]}
				}
			}
			in.Name = instanceName(j, i, in.Matrix)
			if parents != nil {
				in.Parents = append([]int(nil), parents...)
			}
			if j.HasArgs {
				in.Args = make([]string, len(j.args))
				for a, t := range j.args {
					in.Args[a] = t.render(i, j.size, j, combo)
				}
			}
			in.Env = f.env(j, i, combo, in.Matrix)
			in.Inputs = slices.Clone(inputs)
			out = append(out, in)
		}
	}
	return out
}

// mixedRadix sets combo to the value indexes of matrix combination i: the
// cross product in key order, the last key varying fastest.
func mixedRadix(i int, m []Axis, combo []int) {
	for a := len(m) - 1; a >= 0; a-- {
		n := len(m[a].Values)
		combo[a] = i % n
		i /= n
	}
}

// instanceName is "job" for a plain job, "job[i]" in an array and
// "job[k1=v1,k2=v2]" in a matrix (keys sorted).
func instanceName(j *Job, i int, kv []KV) string {
	switch {
	case kv != nil:
		var b strings.Builder
		b.WriteString(j.Name)
		b.WriteByte('[')
		for a, p := range kv {
			if a > 0 {
				b.WriteByte(',')
			}
			b.WriteString(p.Key)
			b.WriteByte('=')
			b.WriteString(p.Value)
		}
		b.WriteByte(']')
		return b.String()
	case j.isArray():
		return j.Name + "[" + strconv.Itoa(i) + "]"
	}
	return j.Name
}

// env is the job's env for instance i, substituted, then the workflow's
// own variables.
func (f *File) env(j *Job, i int, combo []int, kv []KV) []string {
	env := make([]string, 0, len(j.env)+4+len(kv))
	for _, t := range j.env {
		env = append(env, t.render(i, j.size, j, combo))
	}
	env = append(env, EnvWorkflow+"="+f.Name, EnvJob+"="+j.Name)
	if j.isArray() {
		env = append(env, EnvArrayIndex+"="+strconv.Itoa(i), EnvArrayCount+"="+strconv.Itoa(j.size))
	}
	for _, p := range kv {
		env = append(env, EnvMatrixPrefix+strings.ToUpper(p.Key)+"="+p.Value)
	}
	return env
}

// instanceInputs are where j's inputs land in each of its instances (the
// same for all of them). From an array parent, one per parent instance:
// /inputs/<as or job>/<parent's array index>/<what a single parent gives>.
func (f *File) instanceInputs(j *Job, byName map[string]*Job, first map[string]int) []InstanceInput {
	if len(j.Inputs) == 0 {
		return nil
	}
	var out []InstanceInput
	for _, in := range j.Inputs {
		parent := byName[in.FromJob]
		name := landing(in, parent)
		switch in.Kind {
		case InputFile:
			out = append(out, InstanceInput{Kind: InputFile, Local: in.Local, From: -1, Dest: "/inputs/" + name})
		case InputDataset:
			out = append(out, InstanceInput{Kind: InputDataset, Dataset: in.Dataset, From: -1, Dest: "/inputs/" + name})
		case InputFrom:
			if !parent.isArray() {
				dest := "/inputs/" + name
				if in.Dir {
					dest += "/"
				}
				out = append(out, InstanceInput{Kind: InputFrom, From: first[parent.Name], FromJob: parent.Name, FromPath: in.FromPath, Dest: dest})
				continue
			}
			// In the array's directory each instance's entry keeps its
			// own name, except the whole outputs, which are the entry.
			entry := ""
			if in.FromPath != "outputs/" {
				entry = path.Base(in.FromPath)
				if in.Dir {
					entry += "/"
				}
			}
			for k := range parent.size {
				out = append(out, InstanceInput{
					Kind: InputFrom, From: first[parent.Name] + k, FromJob: parent.Name, FromPath: in.FromPath,
					Dest: "/inputs/" + name + "/" + strconv.Itoa(k) + "/" + entry,
				})
			}
		}
	}
	return out
}
