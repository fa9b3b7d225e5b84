package workflow

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"gopkg.in/yaml.v3"

	"github.com/skyops/skyops/types"
)

// The keys allowed at each level of the file. schema.json must list the
// same (a test holds them to it).
var (
	topKeys = []string{"name", "price-cap", "pay", "jobs"}
	jobKeys = []string{
		"wasm", "image", "process", "model", "framework", "args", "env", "secrets",
		"inputs", "resources", "placement", "allow-network",
		"needs", "count", "matrix", "retries", "continue-on-error",
	}
	runKeys       = []string{"wasm", "image", "process", "model"}
	inputKeys     = []string{"file", "dataset", "from", "as"}
	resourceKeys  = []string{"gpus", "gpu", "gpu-mem", "cpus", "ram", "disk", "duration"}
	placementKeys = []string{"region", "min-reputation", "min-uptime", "max-latency", "data-local"}
)

// nameRE is the shape of a workflow's and a job's name: it appears in
// instance names, from: paths and env values, so it is kept plain.
var nameRE = regexp.MustCompile(`^[a-z0-9][a-z0-9_-]{0,62}$`)

const nameRule = "lowercase letters, digits, - and _, starting with a letter or digit, at most 63 characters"

// yamlLineRE finds the line in one of yaml.v3's syntax errors.
var yamlLineRE = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

type pos struct{ line, col int }

func posOf(n *yaml.Node) pos { return pos{n.Line, n.Column} }

// parser collects the errors of one Parse.
type parser struct {
	file   string
	dir    string
	errs   []*Error
	jobsAt pos // the jobs: key, where whole-workflow limits are reported
}

func (p *parser) at(n *yaml.Node, format string, a ...any) {
	p.atPos(posOf(n), format, a...)
}

func (p *parser) atPos(ps pos, format string, a ...any) {
	p.errs = append(p.errs, &Error{File: p.file, Line: ps.line, Col: ps.col, Msg: fmt.Sprintf(format, a...)})
}

// err is the errors found, sorted by place, or nil. One error is returned
// as itself; several are joined, at most MaxErrors of them.
func (p *parser) err() error {
	if len(p.errs) == 0 {
		return nil
	}
	sort.SliceStable(p.errs, func(a, b int) bool {
		x, y := p.errs[a], p.errs[b]
		if x.Line != y.Line {
			return x.Line < y.Line
		}
		return x.Col < y.Col
	})
	if len(p.errs) == 1 {
		return p.errs[0]
	}
	shown := p.errs[:min(len(p.errs), MaxErrors)]
	errs := make([]error, 0, len(shown)+1)
	for _, e := range shown {
		errs = append(errs, e)
	}
	if n := len(p.errs) - len(shown); n > 0 {
		errs = append(errs, &Error{File: p.file, Msg: fmt.Sprintf("and %d more errors", n)})
	}
	return errors.Join(errs...)
}

// ParseFile reads and parses the workflow file at path.
func ParseFile(path string) (*File, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, &Error{File: path, Msg: fmt.Sprintf("cannot read the workflow: %v", err)}
	}
	defer f.Close()
	// Read one byte past the limit, so that Parse says the file is too
	// large without this holding more of it.
	data, err := io.ReadAll(io.LimitReader(f, MaxFileBytes+1))
	if err != nil {
		return nil, &Error{File: path, Msg: fmt.Sprintf("cannot read the workflow: %v", err)}
	}
	return Parse(path, data)
}

// Parse parses and checks the workflow in data; filename names it in
// errors, and relative paths in it are taken from its directory. Every
// error is an *Error; when there are several (at most MaxErrors, sorted by
// line) they are joined with errors.Join, and errors.As finds the first.
func Parse(filename string, data []byte) (*File, error) {
	p := &parser{file: filename, dir: filepath.Dir(filename)}
	if len(data) > MaxFileBytes {
		return nil, &Error{File: filename, Msg: fmt.Sprintf("the file is larger than %d KiB: a workflow names its input files, it does not hold them", MaxFileBytes>>10)}
	}
	root, err := decodeYAML(data)
	if err != nil {
		return nil, p.yamlErr(err)
	}
	if root == nil {
		p.atPos(pos{1, 1}, "the file holds no workflow: write name: and jobs: (see docs/workflow.md)")
		return nil, p.err()
	}
	noAliases(p, root)
	if len(p.errs) > 0 {
		return nil, p.err()
	}
	f := &File{Path: filename, Dir: p.dir, PriceCap: "0", PriceCapWei: "0", Pay: types.PayETH}
	p.top(f, root)
	if len(p.errs) == 0 {
		p.graph(f)
	}
	if err := p.err(); err != nil {
		return nil, err
	}
	return f, nil
}

// decodeYAML decodes the one YAML document in data; nil when it is empty.
func decodeYAML(data []byte) (root *yaml.Node, err error) {
	// yaml.v3 reports syntax errors by panicking inside and recovering;
	// anything else it panics with must not escape a parser of untrusted
	// files either.
	defer func() {
		if r := recover(); r != nil {
			root, err = nil, fmt.Errorf("yaml: the YAML parser failed (%v)", r)
		}
	}()
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, nil
		}
		return nil, err
	}
	var next yaml.Node
	if err := dec.Decode(&next); !errors.Is(err, io.EOF) {
		if err != nil {
			return nil, err
		}
		return nil, &Error{Line: next.Line, Col: next.Column, Msg: "a workflow file is one YAML document: remove this second one (after ---) or move it to a file of its own"}
	}
	if doc.Kind != yaml.DocumentNode || len(doc.Content) != 1 {
		return nil, nil
	}
	return doc.Content[0], nil
}

func (p *parser) yamlErr(err error) error {
	if e, ok := err.(*Error); ok {
		e.File = p.file
		return e
	}
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	line := 0
	if m := yamlLineRE.FindStringSubmatch(err.Error()); m != nil {
		line, _ = strconv.Atoi(m[1])
		msg = m[2]
	}
	if strings.HasPrefix(msg, "did not find expected") && line > 0 {
		// yaml.v3 gives the line of the block it was in, not of the
		// line that broke it.
		msg += fmt.Sprintf(" (in the block that starts at line %d: check the indentation of the lines in it)", line)
	}
	return &Error{File: p.file, Line: line, Msg: "not valid YAML: " + msg}
}

// noAliases refuses YAML aliases (*name): following them would let a few
// lines stand for an exponential tree, and a workflow is short enough to
// write out.
func noAliases(p *parser, n *yaml.Node) {
	if n.Kind == yaml.AliasNode {
		p.at(n, "aliases (*%s) are not supported: write the value out", n.Value)
		return
	}
	for _, c := range n.Content {
		noAliases(p, c)
	}
}

// describe says what a node is, for "want X, not Y" errors.
func describe(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		switch n.ShortTag() {
		case "!!null":
			return "nothing (null)"
		case "!!bool":
			return "true/false"
		case "!!int", "!!float":
			return "a number (" + clip(n.Value) + ")"
		case "!!str":
			return fmt.Sprintf("the string %q", clip(n.Value))
		}
		return "a " + n.ShortTag() + " value"
	}
	return "something else"
}

// fields walks mapping n in file order, calling fn for each key that is
// allowed and given once. what names n in errors.
func (p *parser) fields(n *yaml.Node, what string, allowed []string, fn func(key string, k, v *yaml.Node)) bool {
	if n.Kind != yaml.MappingNode {
		p.at(n, "%s: want a mapping (key: value), not %s", what, describe(n))
		return false
	}
	seen := make(map[string]*yaml.Node, len(n.Content)/2)
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			p.at(k, "%s: a key must be a plain name, not %s", what, describe(k))
			continue
		}
		if first, dup := seen[k.Value]; dup {
			p.at(k, "%s: %q is given twice (first at line %d): keep one", what, clip(k.Value), first.Line)
			continue
		}
		seen[k.Value] = k
		if allowed != nil && !slices.Contains(allowed, k.Value) {
			p.at(k, "%s: unknown key %q%s; allowed here: %s", what, clip(k.Value), suggest(k.Value, allowed), strings.Join(allowed, ", "))
			continue
		}
		fn(k.Value, k, v)
	}
	return true
}

// suggest names the allowed key closest to a misspelt one.
func suggest(key string, allowed []string) string {
	norm := strings.ToLower(strings.ReplaceAll(key, "_", "-"))
	best, bestD := "", 3
	for _, a := range allowed {
		if d := distance(norm, a); d < bestD {
			best, bestD = a, d
		}
	}
	if best == "" {
		return ""
	}
	return fmt.Sprintf(" (did you mean %s?)", best)
}

// distance is the Levenshtein distance of two short strings (keys are
// checked against it only when at most 64 bytes).
func distance(a, b string) int {
	if len(a) > 64 {
		return len(a)
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// str is a string-valued scalar: any plain or quoted scalar but null, as
// written, so that region: 1 is "1" and a date stays a date. It refuses invalid UTF-8, control characters
// and more than limit bytes.
func (p *parser) str(n *yaml.Node, what string, limit int) (string, bool) {
	if n.Kind != yaml.ScalarNode {
		p.at(n, "%s: want a string, not %s", what, describe(n))
		return "", false
	}
	if n.ShortTag() == "!!null" {
		p.at(n, "%s is empty: give it a value, or leave the key out", what)
		return "", false
	}
	return n.Value, p.text(n, what, n.Value, limit, false)
}

// text checks a string the spec will carry: valid UTF-8, no control
// characters (but tab and newlines where multiline), at most limit bytes.
// The error never shows the value: it may be a secret.
func (p *parser) text(n *yaml.Node, what, s string, limit int, multiline bool) bool {
	if len(s) > limit {
		p.at(n, "%s is %d bytes, at most %d", what, len(s), limit)
		return false
	}
	if !utf8.ValidString(s) {
		p.at(n, "%s is not valid UTF-8", what)
		return false
	}
	for _, r := range s {
		if r == 0 || unicode.IsControl(r) && !(multiline && (r == '\t' || r == '\n' || r == '\r')) {
			p.at(n, "%s holds control character %U: take it out", what, r)
			return false
		}
	}
	return true
}

// integer is a whole number from lo to hi.
func (p *parser) integer(n *yaml.Node, what string, lo, hi int64, hint string) (int64, bool) {
	if n.Kind != yaml.ScalarNode || n.ShortTag() != "!!int" {
		p.at(n, "%s: want a whole number (%s), not %s", what, hint, describe(n))
		return 0, false
	}
	var v int64
	if err := n.Decode(&v); err != nil || v < lo || v > hi {
		p.at(n, "%s %s: want %d to %d (%s)", what, clip(n.Value), lo, hi, hint)
		return 0, false
	}
	return v, true
}

func (p *parser) boolean(n *yaml.Node, what string) (bool, bool) {
	if n.Kind != yaml.ScalarNode || n.ShortTag() != "!!bool" {
		p.at(n, "%s: want true or false, not %s", what, describe(n))
		return false, false
	}
	var v bool
	if err := n.Decode(&v); err != nil {
		p.at(n, "%s: want true or false, not %s", what, describe(n))
		return false, false
	}
	return v, true
}

// list is the items of a sequence; null is an empty one.
func (p *parser) list(n *yaml.Node, what, example string) ([]*yaml.Node, bool) {
	if n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null" {
		return nil, true
	}
	if n.Kind != yaml.SequenceNode {
		p.at(n, "%s: want a list, e.g. %s, not %s", what, example, describe(n))
		return nil, false
	}
	return n.Content, true
}

func clip(s string) string {
	if len(s) > 40 {
		s = s[:40]
		for !utf8.ValidString(s) && len(s) > 0 {
			s = s[:len(s)-1]
		}
		return s + "…"
	}
	return s
}

// top reads the workflow's own keys and its jobs.
func (p *parser) top(f *File, root *yaml.Node) {
	var jobs, name *yaml.Node
	ok := p.fields(root, "the workflow", topKeys, func(key string, k, v *yaml.Node) {
		switch key {
		case "name":
			name = v
			if s, ok := p.str(v, "name", 256); ok {
				if !nameRE.MatchString(s) {
					p.at(v, "name %q: use %s", clip(s), nameRule)
				}
				f.Name = s
			}
		case "price-cap":
			if s, ok := p.str(v, "price-cap", 80); ok {
				wei, err := types.ParseETH(s)
				if err != nil {
					p.at(v, "price-cap %q: give the highest price per GPU-hour (core-hour for CPU-only jobs) as a decimal in the pay token, e.g. \"0.5\", or 0 for no cap", clip(s))
					return
				}
				f.PriceCap, f.PriceCapWei = s, wei.String()
			}
		case "pay":
			if s, ok := p.str(v, "pay", 80); ok {
				if s != types.PayETH && s != types.PaySKYOPS {
					p.at(v, "pay %q: pay in %s or %s (as written, upper case)", clip(s), types.PayETH, types.PaySKYOPS)
					return
				}
				f.Pay = s
			}
		case "jobs":
			jobs, p.jobsAt = v, posOf(k)
		}
	})
	if !ok {
		return
	}
	if name == nil {
		p.at(root, "the workflow has no name: add name: NAME (%s)", nameRule)
	}
	if jobs == nil {
		p.at(root, "the workflow has no jobs: add jobs:, a mapping of job names to jobs (see docs/workflow.md)")
		return
	}
	if jobs.Kind == yaml.MappingNode && len(jobs.Content) == 0 || jobs.Kind == yaml.ScalarNode && jobs.ShortTag() == "!!null" {
		p.at(jobs, "jobs is empty: define at least one job")
		return
	}
	if jobs.Kind == yaml.MappingNode && len(jobs.Content)/2 > MaxJobs {
		p.atPos(p.jobsAt, "jobs: %d jobs, at most %d: use count: or matrix: for many runs of one job", len(jobs.Content)/2, MaxJobs)
		return
	}
	p.fields(jobs, "jobs", nil, func(name string, k, v *yaml.Node) {
		if !nameRE.MatchString(name) {
			p.at(k, "job name %q: use %s", clip(name), nameRule)
			return
		}
		if j := p.job(name, k, v); j != nil {
			j.index = len(f.Jobs)
			f.Jobs = append(f.Jobs, j)
		}
	})
}
