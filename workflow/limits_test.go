package workflow

import (
	"fmt"
	"runtime"
	"strings"
	"testing"
)

// jobsYAML is a workflow of n plain jobs, then extra.
func jobsYAML(n int, extra string) string {
	var b strings.Builder
	b.WriteString("name: many\njobs:\n")
	for i := range n {
		fmt.Fprintf(&b, "  j%d:\n    wasm: j.wasm\n", i)
	}
	b.WriteString(extra)
	return b.String()
}

// The limits that need a file too large to keep in testdata, each refused
// at its line with its sentence.
func TestLimits(t *testing.T) {
	bigMatrix := "  sweep:\n    wasm: s.wasm\n    matrix:\n"
	for k := range MaxMatrixKeys {
		vals := make([]string, 100)
		for v := range vals {
			vals[v] = fmt.Sprint(v)
		}
		bigMatrix += fmt.Sprintf("      k%d: [%s]\n", k, strings.Join(vals, ", "))
	}
	manyArgs := "  a:\n    wasm: a.wasm\n    args:\n" + strings.Repeat("      - x\n", 257)
	longArgs := "  a:\n    wasm: a.wasm\n    args:\n" + strings.Repeat("      - "+strings.Repeat("<", 4000)+"\n", 30)
	for _, c := range []struct {
		name, yaml string
		line, col  int
		msg        string
	}{
		{"257 jobs", jobsYAML(MaxJobs+1, ""), 2, 1, "jobs: 257 jobs, at most 256: use count: or matrix: for many runs of one job"},
		{"256 jobs, 10,001 instances", jobsYAML(MaxJobs-1, "  big:\n    wasm: b.wasm\n    count: 9746\n"), 2, 1,
			"the workflow expands to 10001 job instances, at most 10000 (big: 9746, j0: 1, j1: 1)"},
		{"10,001 instances", "name: n\njobs:\n  a:\n    wasm: a.wasm\n    count: 10000\n  b:\n    wasm: b.wasm\n", 2, 1,
			"the workflow expands to 10001 job instances, at most 10000 (a: 10000, b: 1)"},
		{"a matrix of 10^32", "name: n\njobs:\n" + bigMatrix, 2, 1,
			"the workflow expands to 1" + strings.Repeat("0", 32) + " job instances, at most 10000 (sweep: 1" + strings.Repeat("0", 32) + ")"},
		{"17 matrix keys", "name: n\njobs:\n  a:\n    wasm: a.wasm\n    matrix: {" + strings.Repeat("", 0) + matrixKeys(17) + "}\n", 5, 13, "job a: matrix: 17 keys, at most 16"},
		{"an array needing an array", "name: n\njobs:\n  a:\n    wasm: a.wasm\n    count: 1000\n  b:\n    wasm: b.wasm\n    needs: a\n    count: 1000\n", 2, 1,
			"the workflow's instances would have 1000000 links between them, at most 100000: every instance of a job needs every instance of each job it needs, and reads each one's from: files (b needs a: 1000 × 1000)"},
		{"257 args", "name: n\njobs:\n" + manyArgs, 6, 7, "job a: args: 257 items, at most 256"},
		{"args too large for a spec", "name: n\njobs:\n" + longArgs, 3, 3, "job a: its args and env come to"},
		{"an empty file", "", 1, 1, "the file holds no workflow: write name: and jobs:"},
		{"only a comment", "# nothing yet\n", 1, 1, "the file holds no workflow"},
		{"a list", "- a\n- b\n", 1, 1, "the workflow: want a mapping (key: value), not a list"},
		{"a file over 1 MiB", "name: n\n#" + strings.Repeat("x", MaxFileBytes) + "\njobs: {a: {wasm: a.wasm}}\n", 0, 0,
			"the file is larger than 1024 KiB: a workflow names its input files, it does not hold them"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := Parse("w.yaml", []byte(c.yaml))
			if err == nil {
				t.Fatal("accepted")
			}
			got := errorsOf(t, err)
			if len(got) != 1 {
				t.Fatalf("%d errors, want 1: %v", len(got), err)
			}
			g := got[0]
			if g.Line != c.line || g.Col != c.col || !strings.Contains(g.Msg, c.msg) {
				t.Errorf("got %d:%d: %s\nwant %d:%d: …%s…", g.Line, g.Col, g.Msg, c.line, c.col, c.msg)
			}
		})
	}
}

func values(n int) string {
	vs := make([]string, n)
	for i := range vs {
		vs[i] = fmt.Sprint("v", i)
	}
	return strings.Join(vs, ", ")
}

func matrixKeys(n int) string {
	var keys []string
	for i := range n {
		keys = append(keys, fmt.Sprintf("k%d: [1]", i))
	}
	return strings.Join(keys, ", ")
}

// A workflow over MaxInstances is refused by multiplying, not expanding:
// a matrix of 10^32 combinations costs no more to refuse than its text.
func TestHugeMatrixNotExpanded(t *testing.T) {
	var b strings.Builder
	b.WriteString("name: n\njobs:\n  sweep:\n    wasm: s.wasm\n    args: [\"${{ matrix.k0 }}\"]\n    matrix:\n")
	for k := range MaxMatrixKeys {
		fmt.Fprintf(&b, "      k%d: [%s]\n", k, values(100))
	}
	data := []byte(b.String())
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	_, err := Parse("w.yaml", data)
	runtime.ReadMemStats(&after)
	if err == nil || !strings.Contains(err.Error(), "expands to 1"+strings.Repeat("0", 32)+" job instances") {
		t.Fatalf("got %v", err)
	}
	// yaml.v3's nodes for a few KiB of YAML are well under this; one
	// expanded instance per combination would be astronomically more.
	if used := after.TotalAlloc - before.TotalAlloc; used > 4<<20 {
		t.Errorf("refusing it allocated %d bytes", used)
	}
}

// Many errors are reported together, at most MaxErrors, sorted by line,
// and the rest counted.
func TestManyErrors(t *testing.T) {
	var b strings.Builder
	b.WriteString("name: n\njobs:\n")
	for i := range 30 {
		fmt.Fprintf(&b, "  j%d:\n    wasm: j.wasm\n    retries: 99\n", i)
	}
	_, err := Parse("w.yaml", []byte(b.String()))
	got := errorsOf(t, err)
	if len(got) != MaxErrors+1 {
		t.Fatalf("%d errors, want %d and a count: %v", len(got), MaxErrors+1, err)
	}
	for i := 1; i < MaxErrors; i++ {
		if got[i].Line <= got[i-1].Line {
			t.Errorf("errors out of order: %s before %s", got[i-1], got[i])
		}
	}
	if last := got[MaxErrors]; last.Msg != "and 10 more errors" || last.Error() != "w.yaml: and 10 more errors" {
		t.Errorf("last error %q", last)
	}
	if !strings.HasPrefix(err.Error(), "w.yaml:5:14: job j0: retries 99: want 0 to 10") {
		t.Errorf("first line of the error: %.80s", err)
	}
}
