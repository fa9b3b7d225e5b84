package workflow

import (
	"fmt"
	"strings"
)

// Limits of a workflow file. They bound what Parse and Instances allocate
// whatever the file says, and what one workflow makes a daemon submit.
const (
	// MaxFileBytes is the largest file Parse reads.
	MaxFileBytes = 1 << 20
	// MaxJobs is the most jobs a workflow may define.
	MaxJobs = 256
	// MaxInstances is the most job instances a workflow may expand to, all
	// jobs together (each array element and matrix combination is one).
	MaxInstances = 10000
	// MaxEdges bounds the expanded graph: the sum, over every job and each
	// job it needs, of its instances times the parent's instances (every
	// instance of a child needs every instance of a parent), plus as much
	// again for each from: input, which yields one file per parent
	// instance. It keeps an array needing an array from asking for
	// millions of links.
	MaxEdges = 100000
	// MaxRetries is the most re-runs a job may ask for a failed instance.
	MaxRetries = 10
	// MaxMatrixKeys is the most keys (axes) of one matrix.
	MaxMatrixKeys = 16
	// MaxErrors is the most errors one Parse reports; the rest are counted.
	MaxErrors = 20
)

// Error is a problem with a workflow file, at a place in it. Line and Col
// are 1-based; 0 when the problem has no one place (the file is too
// large) or YAML gave no column.
type Error struct {
	File      string
	Line, Col int
	Msg       string
}

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
		if e.Col > 0 {
			fmt.Fprintf(&b, ":%d", e.Col)
		}
	}
	b.WriteString(": ")
	b.WriteString(e.Msg)
	return b.String()
}

// File is a parsed, valid workflow.
type File struct {
	Path string // the name Parse was given
	Dir  string // the directory relative paths are taken from
	Name string
	// PriceCap is the price cap every job is signed with, as written
	// ("0.5"; "0" when absent), and PriceCapWei the same in wei (18
	// decimals, in the Pay token), as JobSpec.PriceCapWei wants it.
	PriceCap    string
	PriceCapWei string
	Pay         string // types.PayETH or types.PaySKYOPS
	Jobs        []*Job // in file order

	order     []*Job // topological, file order breaking ties
	instances int    // how many Instances returns
}

// Job is one job of a workflow, as written (its instances are what runs).
type Job struct {
	Name      string
	Line, Col int // of its key under jobs:

	// What it runs: exactly one is set.
	Wasm    string // path of the wasm module, joined to File.Dir when relative
	Image   string // Docker image reference, as written (submit pins a tag to its digest)
	Process string // program the executor runs as a plain process
	Model   string // model template name (skyops models)

	Framework string
	// Args are as written, before ${{ }} substitution (Instance.Args are
	// after). HasArgs says args: was given at all: then, even empty, they
	// replace a model template's arguments.
	Args    []string
	HasArgs bool
	Env     []string // KEY=VALUE, as written, before substitution
	// Secrets are KEY=VALUE lines the job gets in its environment,
	// encrypted with its data key like submit-task's --secret: never in
	// the signed spec, never in an error message.
	Secrets      []string
	Inputs       []Input
	Resources    Resources
	Placement    Placement
	AllowNetwork bool

	// Needs are the jobs this one runs after: those of needs:, then those
	// only from: inputs name, each once.
	Needs []string
	// Count > 0 makes the job an array of Count instances; Matrix, when
	// set, makes it one instance per combination of values. At most one
	// of the two is set.
	Count           int
	Matrix          []Axis
	Retries         int
	ContinueOnError bool

	args, env []template // compiled Args and Env values
	// arrayBroken: count: or matrix: had an error, so ${{ }} expressions
	// are not checked against them (the error is enough).
	arrayBroken bool
	needLines   []pos // where each of Needs is said (needs: item or from:)
	size        int   // number of instances
	index       int   // position in File.Jobs
}

// Axis is one key of a matrix and its values, in file order.
type Axis struct {
	Key    string
	Values []string
}

// Resources are what a job asks of its node, in the units of
// types.JobSpec. Zero (nil for GPUs) is "not given": the model template's
// value, or no minimum.
type Resources struct {
	GPUModel    string
	GPUs        *uint32
	GPUMemMiB   uint64
	CPUCores    uint32
	RAMMiB      uint64
	DiskMiB     uint64
	DurationSec uint64 // maximum run time; 0 = the template's, else an hour
}

// Placement are the job's placement filters, as submit-task's flags.
type Placement struct {
	Region        string
	MinReputation uint32
	MinUptimePct  uint32
	MaxLatencyMs  uint32
	DataLocal     bool
}

// InputKind says where an input comes from.
type InputKind int

const (
	// InputFile is a local file uploaded with the job (--input-file).
	InputFile InputKind = iota + 1
	// InputDataset is public content fetched from the network (--input
	// ipfs://CID).
	InputDataset
	// InputFrom is a file or directory of a parent job's outputs.
	InputFrom
)

func (k InputKind) String() string {
	switch k {
	case InputFile:
		return "file"
	case InputDataset:
		return "dataset"
	case InputFrom:
		return "from"
	}
	return fmt.Sprintf("InputKind(%d)", int(k))
}

// MarshalText writes the kind as its name, so that JSON of an Instance
// reads "file", "dataset" or "from".
func (k InputKind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// Input is one item of a job's inputs:, as written.
type Input struct {
	Kind      InputKind
	Line, Col int
	// File: Local is the path joined to File.Dir when relative.
	Local string
	// Dataset: "ipfs://CID".
	Dataset string
	// From: the parent job and the path in its result, "outputs/..."
	// ("outputs/" for the whole directory; Dir says it ends in a slash).
	FromJob, FromPath string
	Dir               bool
	// As renames what lands under /inputs (see docs/workflow.md); "" is
	// the default name.
	As string
}

// Instance is one run of a job: a plain job has one, an array or a matrix
// one per element.
type Instance struct {
	Index int    // its number in the workflow: 0, 1, ... in Instances order
	Name  string // "train", "train[2]", "train[batch=32,lr=0.1]"
	Job   string // its job's name
	Def   *Job   // its job
	// ArrayIndex and ArrayCount are its position in its array or matrix
	// and their size; both 0 for a plain job.
	ArrayIndex, ArrayCount int
	Matrix                 []KV // its matrix values, by key
	// Parents are the numbers of the instances it runs after, ascending:
	// every instance of every job its job needs.
	Parents []int
	// Args are the job's args with ${{ }} substituted. Env is the job's
	// env, substituted, then SKYOPS_WORKFLOW, SKYOPS_JOB and, for an array
	// or matrix, SKYOPS_ARRAY_INDEX, SKYOPS_ARRAY_COUNT and
	// SKYOPS_MATRIX_<KEY> per matrix key.
	Args   []string
	Env    []string
	Inputs []InstanceInput
}

// KV is one matrix value of an instance.
type KV struct{ Key, Value string }

// InstanceInput is one thing an instance finds under /inputs.
type InstanceInput struct {
	Kind    InputKind
	Local   string // InputFile: the local path
	Dataset string // InputDataset: "ipfs://CID"
	// InputFrom: the parent instance's number and job, and the path in its
	// result ("outputs/model.bin", or "outputs/" for its outputs).
	From     int
	FromJob  string
	FromPath string
	// Dest is where it lands in the job's sandbox, an absolute path under
	// /inputs; a directory's ends in "/".
	Dest string
}
