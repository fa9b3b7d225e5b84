package workflow

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"

	"github.com/skyops/skyops/types"
)

// The signed form (docs/orchestration.md): the owner signs the workflow
// file as written together with a base spec per job — what the owner's
// side resolved of it (the module's CID and size, the image pinned to its
// digest, the model template's values, the uploaded files' CIDs in the
// order of the job's file: inputs). Every peer opens the same signed form
// into the same graph: Open parses the file with Parse, checks the bases
// against it, and derives each instance's spec as base + Apply.

// Signing is what a signed form says besides the file and the bases.
type Signing struct {
	Network    string
	Home       string
	Nonce      uint64
	CreatedAt  uint64 // unix seconds
	ResultsKey string
}

// Compile makes the signed form of f with the given base specs, one per
// job (by name). A base's network, home, nonce, time, cap, token and
// results key are the workflow's, whatever it says.
func Compile(f *File, source []byte, bases map[string]types.JobSpec, s Signing) (*types.SignedWorkflow, error) {
	for _, j := range f.Jobs {
		b, ok := bases[j.Name]
		if !ok {
			return nil, fmt.Errorf("workflow %s: no base spec for job %s", f.Name, j.Name)
		}
		if n := fileInputs(j); len(b.InputCIDs) != n {
			return nil, fmt.Errorf("workflow %s: job %s uploads %d files, its base names %d", f.Name, j.Name, n, len(b.InputCIDs))
		}
	}
	if len(bases) != len(f.Jobs) {
		return nil, fmt.Errorf("workflow %s: %d base specs for %d jobs", f.Name, len(bases), len(f.Jobs))
	}
	clean := make(map[string]types.JobSpec, len(bases))
	for name, b := range bases {
		clean[name] = baseOf(b)
	}
	enc, err := json.Marshal(clean) // map keys sorted: one form per content
	if err != nil {
		return nil, fmt.Errorf("workflow %s: encode the bases: %w", f.Name, err)
	}
	return &types.SignedWorkflow{
		Network: s.Network, Home: s.Home, Nonce: s.Nonce, CreatedAt: s.CreatedAt,
		Name: f.Name, PriceCapWei: f.PriceCapWei, PaymentToken: f.Pay, ResultsKey: s.ResultsKey,
		Instances: uint32(f.instances), File: string(source), Bases: string(enc),
	}, nil
}

// baseOf is b without what the workflow sets for every instance.
func baseOf(b types.JobSpec) types.JobSpec {
	b.Network, b.Home, b.Nonce, b.CreatedAt, b.ResultsKey = "", "", 0, 0, ""
	b.PriceCapWei, b.PaymentToken = "0", ""
	return b
}

func fileInputs(j *Job) int {
	n := 0
	for _, in := range j.Inputs {
		if in.Kind == InputFile {
			n++
		}
	}
	return n
}

// Graph is an opened signed workflow: its file, instances and each
// instance's spec. It is what the scheduler folds (sched.WorkflowGraph).
type Graph struct {
	Signed    *types.SignedWorkflow
	File      *File
	Instances []Instance
	specs     []types.JobSpec
	nodes     []GraphNode
}

// GraphNode mirrors sched.WorkflowNode (this package does not import the
// scheduler; the daemon converts).
type GraphNode struct {
	Parents         []uint32
	Retries         uint32
	ContinueOnError bool
}

// Open checks a signed workflow and derives its graph: the file parses,
// says what the signed words say (name, cap, token, instances), every job
// has a base that names as many uploads as the job has file: inputs, and
// every instance's spec is a valid job spec. A hostile owner's form is
// refused whole here, before any peer holds any of it.
func Open(sw *types.SignedWorkflow) (*Graph, error) {
	if err := sw.Check(); err != nil {
		return nil, err
	}
	f, err := Parse(sw.Name+".yaml", []byte(sw.File))
	if err != nil {
		return nil, err
	}
	switch {
	case f.Name != sw.Name:
		return nil, fmt.Errorf("the signed name is %q, the file's %q", sw.Name, f.Name)
	case f.PriceCapWei != sw.PriceCapWei:
		return nil, fmt.Errorf("the signed price cap is %s wei, the file's %s", sw.PriceCapWei, f.PriceCapWei)
	case f.Pay != sw.PaymentToken:
		return nil, fmt.Errorf("the signed token is %q, the file's %q", sw.PaymentToken, f.Pay)
	case f.instances != int(sw.Instances):
		return nil, fmt.Errorf("the signed form says %d instances, the file expands to %d", sw.Instances, f.instances)
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal([]byte(sw.Bases), &raw); err != nil {
		return nil, fmt.Errorf("bases: %v", err)
	}
	bases := make(map[string]types.JobSpec, len(raw))
	for _, j := range f.Jobs {
		r, ok := raw[j.Name]
		if !ok {
			return nil, fmt.Errorf("bases: no base spec for job %s", j.Name)
		}
		dec := json.NewDecoder(bytes.NewReader(r))
		dec.DisallowUnknownFields()
		var b types.JobSpec
		if err := dec.Decode(&b); err != nil {
			return nil, fmt.Errorf("bases: job %s: %v", j.Name, err)
		}
		if b.Network != "" || b.Home != "" || b.Nonce != 0 || b.CreatedAt != 0 || b.ResultsKey != "" || b.PaymentToken != "" || b.PriceCapWei != "0" {
			return nil, fmt.Errorf("bases: job %s sets what the workflow sets for every job (network, home, nonce, time, cap, token, results key)", j.Name)
		}
		if n := fileInputs(j); len(b.InputCIDs) != n {
			return nil, fmt.Errorf("bases: job %s uploads %d files, its base names %d", j.Name, n, len(b.InputCIDs))
		}
		bases[j.Name] = b
	}
	if len(raw) != len(f.Jobs) {
		return nil, fmt.Errorf("bases: %d base specs for %d jobs", len(raw), len(f.Jobs))
	}
	g := &Graph{Signed: sw, File: f, Instances: f.Instances()}
	g.specs = make([]types.JobSpec, len(g.Instances))
	g.nodes = make([]GraphNode, len(g.Instances))
	for i := range g.Instances {
		in := &g.Instances[i]
		s := bases[in.Job]
		s.Args, s.Env, s.InputCIDs = slices.Clone(s.Args), slices.Clone(s.Env), slices.Clone(s.InputCIDs)
		f.Apply(in, &s)
		s.Network, s.Home, s.Nonce, s.CreatedAt, s.ResultsKey = sw.Network, sw.Home, sw.Nonce, sw.CreatedAt, sw.ResultsKey
		if err := s.Validate(); err != nil {
			return nil, fmt.Errorf("instance %s: %v", in.Name, err)
		}
		g.specs[i] = s
		nd := GraphNode{Retries: uint32(in.Def.Retries), ContinueOnError: in.Def.ContinueOnError}
		for _, p := range in.Parents {
			nd.Parents = append(nd.Parents, uint32(p))
		}
		g.nodes[i] = nd
	}
	return g, nil
}

// Nodes is the instance graph.
func (g *Graph) Nodes() []GraphNode { return g.nodes }

// InstanceSpec is instance i's spec, fresh (nil if there is no such
// instance).
func (g *Graph) InstanceSpec(i uint32) *types.JobSpec {
	if int(i) >= len(g.specs) {
		return nil
	}
	s := g.specs[i]
	s.Args, s.Env, s.InputCIDs = slices.Clone(s.Args), slices.Clone(s.Env), slices.Clone(s.InputCIDs)
	return &s
}

// Reads are the parents whose outputs instance i takes (from: inputs),
// ascending.
func (g *Graph) Reads(i uint32) []uint32 {
	if int(i) >= len(g.Instances) {
		return nil
	}
	var out []uint32
	for _, in := range g.Instances[i].Inputs {
		if in.Kind == InputFrom && !slices.Contains(out, uint32(in.From)) {
			out = append(out, uint32(in.From))
		}
	}
	slices.Sort(out)
	return out
}

// Upload is one uploaded file of an instance: its CID (sealed with the
// workflow's data key) and where it lands.
type Upload struct {
	CID  string
	Dest string
}

// Uploads are instance i's uploaded files, in the order of its job's
// file: inputs, which is the order of its base's CIDs.
func (g *Graph) Uploads(i uint32) []Upload {
	if int(i) >= len(g.Instances) {
		return nil
	}
	in := &g.Instances[i]
	var out []Upload
	k := 0
	for _, x := range in.Inputs {
		if x.Kind == InputFile {
			out = append(out, Upload{CID: g.specs[i].InputCIDs[k], Dest: x.Dest})
			k++
		}
	}
	return out
}
