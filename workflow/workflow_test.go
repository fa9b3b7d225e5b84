package workflow

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/skyops/skyops/types"
)

var update = flag.Bool("update", false, "rewrite testdata/golden")

// describe is a workflow's instances as the golden files hold them.
func describeInstances(list []Instance) string {
	var b strings.Builder
	for _, in := range list {
		fmt.Fprintf(&b, "#%d %s (job %s", in.Index, in.Name, in.Job)
		if in.ArrayCount > 0 {
			fmt.Fprintf(&b, ", %d of %d", in.ArrayIndex, in.ArrayCount)
		}
		b.WriteString(")\n")
		if len(in.Parents) > 0 {
			fmt.Fprintf(&b, "  parents: %v\n", in.Parents)
		}
		for _, kv := range in.Matrix {
			fmt.Fprintf(&b, "  matrix %s=%s\n", kv.Key, kv.Value)
		}
		if in.Def.HasArgs {
			fmt.Fprintf(&b, "  args: %q\n", in.Args)
		}
		fmt.Fprintf(&b, "  env: %q\n", in.Env)
		for _, i := range in.Inputs {
			switch i.Kind {
			case InputFile:
				fmt.Fprintf(&b, "  file %s -> %s\n", filepath.ToSlash(i.Local), i.Dest)
			case InputDataset:
				fmt.Fprintf(&b, "  dataset %s -> %s\n", i.Dataset, i.Dest)
			case InputFrom:
				fmt.Fprintf(&b, "  from #%d %s %s -> %s\n", i.From, i.FromJob, i.FromPath, i.Dest)
			}
		}
	}
	return b.String()
}

// The expanded graph of a chain, a fan-out/fan-in array and a matrix,
// against testdata/golden (go test -update rewrites them).
func TestInstancesGolden(t *testing.T) {
	for _, name := range []string{"chain", "fanout", "matrix", "full"} {
		t.Run(name, func(t *testing.T) {
			f, err := ParseFile("testdata/ok/" + name + ".yaml")
			if err != nil {
				t.Fatal(err)
			}
			got := describeInstances(f.Instances())
			golden := filepath.Join("testdata", "golden", name+".txt")
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if got != string(want) {
				t.Errorf("instances of %s:\n%s\nwant (%s):\n%s", name, got, golden, want)
			}
			// The same file gives the same graph, however often.
			again, _ := ParseFile("testdata/ok/" + name + ".yaml")
			if !reflect.DeepEqual(again.Instances(), f.Instances()) {
				t.Error("a second parse expands differently")
			}
		})
	}
}

// full.yaml says every key; each lands in the field it names.
func TestFullFile(t *testing.T) {
	f, err := ParseFile("testdata/ok/full.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if f.Name != "full_1" || f.PriceCap != "0.5" || f.PriceCapWei != "500000000000000000" || f.Pay != types.PayETH || f.Dir != "testdata/ok" {
		t.Errorf("file: %+v", f)
	}
	prep, train, eval := f.Jobs[0], f.Jobs[1], f.Jobs[2]
	two := uint32(2)
	zero := uint32(0)
	for _, c := range []struct {
		name      string
		got, want any
	}{
		{"prepare.Wasm", prep.Wasm, filepath.Join("testdata", "ok", "prepare.wasm")},
		{"prepare.Framework", prep.Framework, "none"},
		{"prepare.Args", prep.Args, []string{"--rows", "1000", "--verbose", "true"}},
		{"prepare.Env", prep.Env, []string{"SEED=7", "MODE=fast"}},
		{"prepare.Secrets", prep.Secrets, []string{"TOKEN=s3cret"}},
		{"prepare.Inputs", prep.Inputs, []Input{
			{Kind: InputFile, Line: 13, Col: 9, Local: filepath.Join("testdata", "ok", "raw.csv")},
			{Kind: InputFile, Line: 14, Col: 9, Local: filepath.Join("testdata", "ok", "data", "extra.csv"), As: "more.csv"},
			{Kind: InputDataset, Line: 16, Col: 9, Dataset: "ipfs://bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy"},
		}},
		{"prepare.Resources", prep.Resources, Resources{GPUs: &zero, CPUCores: 1, RAMMiB: 1024, DiskMiB: 1024, DurationSec: 600}},
		{"prepare.Placement", prep.Placement, Placement{Region: "eu-west", MaxLatencyMs: 30, DataLocal: true}},
		{"train.Model", train.Model, "gpt2"},
		{"train.Resources", train.Resources, Resources{GPUModel: "A100", GPUs: &two, GPUMemMiB: 16 << 10, DurationSec: 4 * 3600}},
		{"train.HasArgs", train.HasArgs, true},
		{"train.Args", len(train.Args), 0},
		{"train.Retries", train.Retries, 10},
		{"train.Needs", train.Needs, []string{"prepare"}},
		{"evaluate.Process", eval.Process, "/usr/bin/evaluate"},
		{"evaluate.Env", eval.Env, []string{"A=1", "B=x=y"}},
		{"evaluate.Needs", eval.Needs, []string{"train", "prepare"}},
		{"evaluate.Inputs[1]", eval.Inputs[1], Input{Kind: InputFrom, Line: 35, Col: 47, FromJob: "prepare", FromPath: "outputs/logs/", Dir: true}},
	} {
		if !reflect.DeepEqual(c.got, c.want) {
			t.Errorf("%s = %#v, want %#v", c.name, c.got, c.want)
		}
	}
}

// Apply makes of each instance a spec that types.JobSpec.Validate takes,
// once the caller adds what Apply leaves to it.
func TestApply(t *testing.T) {
	for _, name := range []string{"chain", "fanout", "matrix", "full"} {
		f, err := ParseFile("testdata/ok/" + name + ".yaml")
		if err != nil {
			t.Fatal(err)
		}
		for _, in := range f.Instances() {
			spec := baseSpec()
			f.Apply(&in, spec)
			finishSpec(&in, spec)
			if err := spec.Validate(); err != nil {
				t.Errorf("%s: %s: %v", name, in.Name, err)
			}
		}
	}
	f, _ := ParseFile("testdata/ok/full.yaml")
	list := f.Instances()
	spec := baseSpec()
	// A template's GPU and args: gpus 0 and args: [] clear them.
	spec.GPUModel, spec.GPUCount, spec.GPUMemMiB, spec.Args = "H100", 8, 80<<10, []string{"--template"}
	f.Apply(&list[0], spec)
	if spec.GPUModel != "" || spec.GPUCount != 0 || spec.GPUMemMiB != 0 || spec.Runtime != types.RuntimeWasm ||
		!reflect.DeepEqual(spec.Args, []string{"--rows", "1000", "--verbose", "true"}) ||
		spec.PriceCapWei != "500000000000000000" || spec.PaymentToken != "ETH" || spec.Region != "eu-west" || !spec.DataLocal ||
		!reflect.DeepEqual(spec.InputCIDs, []string{"ipfs://bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy"}) ||
		spec.DurationSec != 600 || spec.RAMMiB != 1024 {
		t.Errorf("prepare: %+v", spec)
	}
	spec = baseSpec()
	spec.Runtime, spec.Args = types.RuntimeDocker, []string{"--template"}
	f.Apply(&list[1], spec) // model: gpt2, args: []
	if spec.Runtime != types.RuntimeDocker || spec.Model != "gpt2" || spec.Args != nil || spec.GPUCount != 2 || spec.GPUModel != "A100" {
		t.Errorf("train: %+v", spec)
	}
}

// baseSpec is what submit-task starts a spec from.
func baseSpec() *types.JobSpec {
	return &types.JobSpec{Runtime: types.RuntimeWasm, DurationSec: 3600, PriceCapWei: "0"}
}

// finishSpec adds what Apply leaves to its caller, with stand-ins.
func finishSpec(in *Instance, spec *types.JobSpec) {
	spec.Network, spec.Home, spec.CreatedAt = "test", "12D3KooWGzh6Wzo7XWVNt1iPczR6a8JUo2Q8AtwPZFmXsK1UbGqP", 1
	switch spec.Runtime {
	case types.RuntimeWasm:
		spec.Artifact, spec.ArtifactSize = "bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy", 1
	case types.RuntimeDocker:
		spec.Artifact = "ghcr.io/acme/x@sha256:" + strings.Repeat("0", 64)
	}
	for k, i := range in.Inputs {
		if i.Kind == InputFile {
			spec.InputCIDs = append(spec.InputCIDs, cidOf(k))
		}
	}
	if len(in.Def.Secrets) > 0 {
		spec.InputCIDs = append(spec.InputCIDs, cidOf(-1))
	}
}
