package workflow

import (
	"fmt"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/skyops/skyops/types"
)

// matrixKeyRE is the shape of a matrix key: it becomes part of an env
// name (SKYOPS_MATRIX_<KEY>) and of ${{ matrix.KEY }}.
var matrixKeyRE = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]{0,62}$`)

// maxMatrixValueBytes bounds one matrix value: values name instances.
const maxMatrixValueBytes = 256

// maxSpecArgsEnvBytes bounds a job's args and env, JSON-encoded as the
// signed spec carries them, leaving room under types.MaxJobSpecBytes for
// the rest of the spec.
const maxSpecArgsEnvBytes = 96 << 10

// Env names the workflow sets in every instance; a job may not set them.
const (
	EnvWorkflow     = "SKYOPS_WORKFLOW"
	EnvJob          = "SKYOPS_JOB"
	EnvArrayIndex   = "SKYOPS_ARRAY_INDEX"
	EnvArrayCount   = "SKYOPS_ARRAY_COUNT"
	EnvMatrixPrefix = "SKYOPS_MATRIX_"
)

// job reads one job. It returns nil when the job is too broken to take
// part in the graph checks (they are not run while any error stands).
func (p *parser) job(name string, k, v *yaml.Node) *Job {
	j := &Job{Name: name, Line: k.Line, Col: k.Column}
	what := "job " + name
	vals := map[string]*yaml.Node{}
	keys := map[string]*yaml.Node{}
	if !p.fields(v, what, jobKeys, func(key string, kn, vn *yaml.Node) { vals[key], keys[key] = vn, kn }) {
		return nil
	}

	var runs []string
	for _, key := range runKeys {
		if vals[key] != nil {
			runs = append(runs, key)
		}
	}
	switch len(runs) {
	case 0:
		p.at(k, "%s says nothing to run: give it one of wasm: FILE, image: REF, process: PROGRAM or model: TEMPLATE", what)
	case 1:
		p.runs(j, runs[0], vals[runs[0]])
	default:
		p.at(keys[runs[1]], "%s has both %s and %s: give it exactly one of wasm, image, process and model", what, runs[0], runs[1])
	}
	if n := vals["framework"]; n != nil {
		j.Framework, _ = p.str(n, what+": framework", types.MaxJobStringBytes)
	}

	// The matrix first: args and env refer to its keys.
	before := len(p.errs)
	if vals["count"] != nil && vals["matrix"] != nil {
		p.at(keys["matrix"], "%s has both count and matrix: an array is one or the other (a matrix of one key is an array of its values)", what)
	} else if n := vals["count"]; n != nil {
		if c, ok := p.integer(n, what+": count", 1, MaxInstances, "the number of instances of this job array"); ok {
			j.Count = int(c)
		}
	} else if n := vals["matrix"]; n != nil {
		p.matrix(j, n)
	}
	j.arrayBroken = len(p.errs) > before
	if n := vals["args"]; n != nil {
		j.HasArgs = true
		p.args(j, n)
	}
	if n := vals["env"]; n != nil {
		j.Env, j.env = p.env(j, n, "env", true)
	}
	if n := vals["secrets"]; n != nil {
		j.Secrets, _ = p.env(j, n, "secrets", false)
	}
	if n := vals["inputs"]; n != nil {
		p.inputs(j, n)
	}
	if n := vals["resources"]; n != nil {
		p.resources(j, n)
	}
	if n := vals["placement"]; n != nil {
		p.placement(j, n)
	}
	if n := vals["allow-network"]; n != nil {
		if b, ok := p.boolean(n, what+": allow-network"); ok && b {
			switch {
			case j.Wasm != "":
				p.at(n, "%s: allow-network is for Docker jobs (image:): a wasm module has no sockets to use a network", what)
			case j.Process != "":
				p.at(n, "%s: allow-network is for Docker jobs (image:): a process job is not sandboxed and already has the provider's network", what)
			}
			j.AllowNetwork = true
		}
	}
	if n := vals["needs"]; n != nil {
		p.needs(j, n)
	}
	if n := vals["retries"]; n != nil {
		if r, ok := p.integer(n, what+": retries", 0, MaxRetries, "how many times to re-run a failed instance"); ok {
			j.Retries = int(r)
		}
	}
	if n := vals["continue-on-error"]; n != nil {
		j.ContinueOnError, _ = p.boolean(n, what+": continue-on-error")
	}
	if j.Placement.DataLocal && !slices.ContainsFunc(j.Inputs, func(in Input) bool { return in.Kind == InputDataset }) {
		p.at(vals["placement"], "%s: data-local asks for a node that holds the job's datasets, and it has none: add an input dataset: ipfs://CID, or drop data-local", what)
	}
	p.specSize(j, k)
	return j
}

// runs reads the one of wasm, image, process and model the job has.
func (p *parser) runs(j *Job, key string, n *yaml.Node) {
	what := "job " + j.Name + ": " + key
	s, ok := p.str(n, what, 4096)
	if !ok {
		return
	}
	switch key {
	case "wasm":
		if s == "" {
			p.at(n, "%s is empty: give the path of the module, relative to this file", what)
			return
		}
		j.Wasm = p.local(s)
	case "image":
		if !imageShape(s) {
			p.at(n, "%s %q is not a Docker image reference: want repo[:tag][@sha256:<64 hex>], e.g. ghcr.io/acme/trainer:1", what, clip(s))
			return
		}
		j.Image = s
	case "process":
		if s == "" || strings.ContainsAny(s, " \t\n\x00") || len(s) > types.MaxJobStringBytes {
			p.at(n, "%s %q: give one program, a name or an absolute path on the executor, and its arguments in args:", what, clip(s))
			return
		}
		j.Process = s
	case "model":
		if s == "" || len(s) > types.MaxJobStringBytes {
			p.at(n, "%s: name a model template (skyops models)", what)
			return
		}
		j.Model = s
	}
}

// local is a path of the workflow, taken from the file's directory.
func (p *parser) local(s string) string {
	if filepath.IsAbs(s) {
		return filepath.Clean(s)
	}
	return filepath.Join(p.dir, s)
}

// imageShape says s looks like an image reference; submit pins a tag to
// its digest, so a tag alone is fine here. types.ParseImageRef holds the
// grammar: an unpinned reference is tried with a stand-in digest.
func imageShape(s string) bool {
	if _, err := types.ParseImageRef(s); err == nil {
		return true
	}
	if strings.Contains(s, "@") {
		return false
	}
	_, err := types.ParseImageRef(s + "@sha256:" + strings.Repeat("0", 64))
	return err == nil
}

func (p *parser) matrix(j *Job, n *yaml.Node) {
	what := "job " + j.Name + ": matrix"
	var axes []Axis
	upper := map[string]string{}
	p.fields(n, what, nil, func(key string, k, v *yaml.Node) {
		if key == "include" || key == "exclude" {
			p.at(k, "%s: %s: is not supported: a matrix is the cross product of its keys' values", what, key)
			return
		}
		if !matrixKeyRE.MatchString(key) {
			p.at(k, "%s: key %q: use letters, digits and _, not starting with a digit (it becomes %s<KEY>)", what, clip(key), EnvMatrixPrefix)
			return
		}
		if other, dup := upper[strings.ToUpper(key)]; dup {
			p.at(k, "%s: keys %s and %s are both %s%s in the environment: rename one", what, other, key, EnvMatrixPrefix, strings.ToUpper(key))
			return
		}
		upper[strings.ToUpper(key)] = key
		items, ok := p.list(v, what+"."+key, `["0.1", "0.01"]`)
		if !ok {
			return
		}
		if len(items) == 0 {
			p.at(v, "%s.%s is an empty list: give it at least one value", what, key)
			return
		}
		ax := Axis{Key: key, Values: make([]string, 0, len(items))}
		seen := map[string]bool{}
		for i, it := range items {
			w := fmt.Sprintf("%s.%s[%d]", what, key, i)
			if it.Kind != yaml.ScalarNode {
				p.at(it, "%s: want a plain value (a string or number), not %s", w, describe(it))
				return
			}
			s, ok := p.str(it, w, maxMatrixValueBytes)
			if !ok {
				return
			}
			if strings.ContainsAny(s, ",=[]") {
				p.at(it, "%s %q: a matrix value names instances (job[key=value,...]), so it may not hold , = [ or ]", w, clip(s))
				return
			}
			if seen[s] {
				p.at(it, "%s: %q is given twice: two instances would be the same", w, clip(s))
				return
			}
			seen[s] = true
			ax.Values = append(ax.Values, s)
		}
		axes = append(axes, ax)
	})
	if n.Kind == yaml.MappingNode && len(n.Content) == 0 {
		p.at(n, "%s is empty: give it at least one key and its list of values", what)
		return
	}
	if len(axes) > MaxMatrixKeys {
		p.at(n, "%s: %d keys, at most %d", what, len(axes), MaxMatrixKeys)
		return
	}
	sort.Slice(axes, func(a, b int) bool { return axes[a].Key < axes[b].Key })
	j.Matrix = axes
}

func (p *parser) args(j *Job, n *yaml.Node) {
	what := "job " + j.Name + ": args"
	items, ok := p.list(n, what, `[--rows, "1000"]`)
	if !ok {
		return
	}
	if len(items) > types.MaxJobArgs {
		p.at(n, "%s: %d items, at most %d", what, len(items), types.MaxJobArgs)
		return
	}
	j.Args = make([]string, 0, len(items))
	for i, it := range items {
		w := fmt.Sprintf("%s[%d]", what, i)
		if it.Kind != yaml.ScalarNode || it.ShortTag() == "!!null" {
			p.at(it, "%s: want a string, not %s", w, describe(it))
			continue
		}
		s := it.Value
		if !p.text(it, w, s, types.MaxJobArgBytes, true) {
			continue
		}
		t, err := compile(s, j)
		if err != "" {
			p.at(it, "%s: %s", w, err)
			continue
		}
		if l := t.maxLen(j); l > types.MaxJobArgBytes {
			p.at(it, "%s comes to %d bytes once substituted, at most %d", w, l, types.MaxJobArgBytes)
			continue
		}
		j.Args = append(j.Args, s)
		j.args = append(j.args, t)
	}
}

// env reads env: or secrets:, a mapping or a list of KEY=VALUE. Values of
// env are templates; secrets are taken as written, and never shown.
func (p *parser) env(j *Job, n *yaml.Node, key string, templates bool) ([]string, []template) {
	what := "job " + j.Name + ": " + key
	type item struct {
		n    *yaml.Node
		k, v string
	}
	var items []item
	switch {
	case n.Kind == yaml.MappingNode:
		p.fields(n, what, nil, func(k string, _, v *yaml.Node) {
			if v.Kind != yaml.ScalarNode || v.ShortTag() == "!!null" {
				p.at(v, "%s.%s: want a value (a string or number; \"\" for empty), not %s", what, clip(k), describe(v))
				return
			}
			items = append(items, item{v, k, v.Value})
		})
	case n.Kind == yaml.SequenceNode:
		for i, it := range n.Content {
			if it.Kind != yaml.ScalarNode || it.ShortTag() == "!!null" {
				p.at(it, "%s[%d]: want KEY=VALUE, not %s", what, i, describe(it))
				continue
			}
			k, v, found := strings.Cut(it.Value, "=")
			if !found {
				p.at(it, "%s[%d]: want KEY=VALUE", what, i)
				continue
			}
			items = append(items, item{it, k, v})
		}
	case n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null":
	default:
		p.at(n, "%s: want a mapping (KEY: VALUE) or a list of KEY=VALUE, not %s", what, describe(n))
	}
	limit := types.MaxJobEnv - 4 - len(j.Matrix)
	if len(items) > limit {
		p.at(n, "%s: %d variables, at most %d", what, len(items), limit)
		return nil, nil
	}
	var (
		out  []string
		tmpl []template
		seen = map[string]bool{}
	)
	for _, it := range items {
		w := what + "." + clip(it.k)
		switch {
		case !types.IsEnvKey(it.k):
			p.at(it.n, "%s: %q is not a variable name: use letters, digits and _, not starting with a digit", what, clip(it.k))
			continue
		case seen[it.k]:
			p.at(it.n, "%s: %s is given twice", what, it.k)
			continue
		case templates && reservedEnv(it.k):
			p.at(it.n, "%s: %s is set by the workflow (%s, %s, %s, %s and %s<KEY> are reserved): rename it", what, it.k, EnvWorkflow, EnvJob, EnvArrayIndex, EnvArrayCount, EnvMatrixPrefix)
			continue
		}
		seen[it.k] = true
		line := it.k + "=" + it.v
		// A secret is one line of the secrets file: no newline in it.
		if !p.text(it.n, w, line, types.MaxJobArgBytes, templates) {
			continue
		}
		if !templates {
			out = append(out, line)
			continue
		}
		t, err := compile(line, j)
		if err != "" {
			p.at(it.n, "%s: %s", w, err)
			continue
		}
		if l := t.maxLen(j); l > types.MaxJobArgBytes {
			p.at(it.n, "%s comes to %d bytes once substituted, at most %d", w, l, types.MaxJobArgBytes)
			continue
		}
		out = append(out, line)
		tmpl = append(tmpl, t)
	}
	return out, tmpl
}

func reservedEnv(k string) bool {
	switch k {
	case EnvWorkflow, EnvJob, EnvArrayIndex, EnvArrayCount:
		return true
	}
	return strings.HasPrefix(k, EnvMatrixPrefix)
}

func (p *parser) needs(j *Job, n *yaml.Node) {
	what := "job " + j.Name + ": needs"
	items := []*yaml.Node{n}
	if n.Kind != yaml.ScalarNode || n.ShortTag() == "!!null" {
		var ok bool
		if items, ok = p.list(n, what, "[prepare]"); !ok {
			return
		}
	}
	for _, it := range items {
		s, ok := p.str(it, what, 256)
		if !ok {
			continue
		}
		if slices.Contains(j.Needs, s) {
			p.at(it, "%s: %s is given twice", what, clip(s))
			continue
		}
		j.Needs = append(j.Needs, s)
		j.needLines = append(j.needLines, posOf(it))
	}
}

// specSize refuses a job whose args and env the signed spec could not
// carry, whatever its matrix values: each counted JSON-encoded, as
// types.JobSpec.Validate measures the spec.
func (p *parser) specSize(j *Job, k *yaml.Node) {
	total := 0
	for _, t := range j.args {
		total += t.maxJSONLen(j) + 1
	}
	for _, t := range j.env {
		total += t.maxJSONLen(j) + 1
	}
	// SKYOPS_* variables: names, the workflow's name, the job's, indexes
	// and matrix values.
	total += 4*(len(EnvArrayCount)+16) + 2*64
	for _, ax := range j.Matrix {
		total += len(EnvMatrixPrefix) + len(ax.Key) + 8 + maxJSON(ax.Values)
	}
	if total > maxSpecArgsEnvBytes {
		p.at(k, "job %s: its args and env come to %d bytes in the signed spec, at most %d KiB: shorten them, or pass large values as an input file", j.Name, total, maxSpecArgsEnvBytes>>10)
	}
}
