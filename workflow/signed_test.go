package workflow

import (
	"strings"
	"testing"

	"github.com/skyops/skyops/types"
)

const chainSource = `name: chain
price-cap: "0.5"
jobs:
  prepare:
    wasm: ./prepare.wasm
    inputs: [{file: ./raw.csv}]
    resources: {cpus: 1, ram: 1, duration: 10m}
  train:
    wasm: ./train.wasm
    count: 3
    inputs: [{from: prepare/outputs/clean.csv}]
    retries: 2
    resources: {cpus: 1, ram: 1, duration: 10m}
  evaluate:
    process: /bin/evaluate
    continue-on-error: true
    inputs: [{from: train/outputs/model.bin}]
`

const (
	testModule = "bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy"
	testUpload = "bafkreidivzimqfqtoqxkrpge6bjyhlvxqs3rhe73owtmholjxuuv6deoem"
)

func chainBases() map[string]types.JobSpec {
	wasm := types.JobSpec{Artifact: testModule, ArtifactSize: 100, PriceCapWei: "0"}
	prep := wasm
	prep.InputCIDs = []string{testUpload}
	return map[string]types.JobSpec{"prepare": prep, "train": wasm, "evaluate": {PriceCapWei: "0", DurationSec: 3600}}
}

func signedChain(t *testing.T) *types.SignedWorkflow {
	t.Helper()
	f, err := Parse("chain.yaml", []byte(chainSource))
	if err != nil {
		t.Fatal(err)
	}
	sw, err := Compile(f, []byte(chainSource), chainBases(), Signing{Network: "t", Home: "12D3KooWHome", Nonce: 9, CreatedAt: 1_700_000_000})
	if err != nil {
		t.Fatal(err)
	}
	return sw
}

func TestOpenDerivesEveryInstance(t *testing.T) {
	sw := signedChain(t)
	if sw.Instances != 5 || sw.PriceCapWei != "500000000000000000" {
		t.Fatalf("signed form: %d instances, cap %s", sw.Instances, sw.PriceCapWei)
	}
	g, err := Open(sw)
	if err != nil {
		t.Fatal(err)
	}
	nodes := g.Nodes()
	if len(nodes) != 5 || len(nodes[1].Parents) != 1 || nodes[1].Retries != 2 || len(nodes[4].Parents) != 3 || !nodes[4].ContinueOnError {
		t.Fatalf("nodes %+v", nodes)
	}
	prep := g.InstanceSpec(0)
	if prep.Runtime != types.RuntimeWasm || prep.Artifact != testModule || prep.Home != "12D3KooWHome" || prep.Nonce != 9 ||
		prep.PriceCapWei != "500000000000000000" || len(prep.InputCIDs) != 1 {
		t.Fatalf("prepare's spec: %+v", prep)
	}
	if up := g.Uploads(0); len(up) != 1 || up[0].CID != testUpload || up[0].Dest != "/inputs/raw.csv" {
		t.Fatalf("prepare's uploads: %+v", up)
	}
	train2 := g.InstanceSpec(3)
	if !slicesContain(train2.Env, "SKYOPS_ARRAY_INDEX=2") {
		t.Fatalf("train[2]'s env: %v", train2.Env)
	}
	if eval := g.InstanceSpec(4); eval.Runtime != types.RuntimeProcess || eval.Artifact != "/bin/evaluate" {
		t.Fatalf("evaluate's spec: %+v", eval)
	}
	if r := g.Reads(4); len(r) != 3 || r[0] != 1 || r[2] != 3 {
		t.Fatalf("evaluate reads %v, want the three trains", r)
	}
	if g.InstanceSpec(5) != nil {
		t.Fatal("an instance past the last has a spec")
	}
	// Specs handed out are copies: changing one changes nothing held.
	prep.InputCIDs[0] = "x"
	if g.InstanceSpec(0).InputCIDs[0] != testUpload {
		t.Fatal("a caller changed the graph's spec")
	}
}

func slicesContain(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// TestOpenRefusesATamperedForm: a hostile owner (or relay: though a
// relay cannot re-sign) hands peers a signed form whose parts disagree;
// each is refused with why, before any graph is held.
func TestOpenRefusesATamperedForm(t *testing.T) {
	for name, c := range map[string]struct {
		change func(*types.SignedWorkflow)
		want   string
	}{
		"name":      {func(w *types.SignedWorkflow) { w.Name = "other" }, "signed name"},
		"cap":       {func(w *types.SignedWorkflow) { w.PriceCapWei = "1" }, "signed price cap"},
		"token":     {func(w *types.SignedWorkflow) { w.PaymentToken = types.PaySKYOPS }, "signed token"},
		"instances": {func(w *types.SignedWorkflow) { w.Instances = 4 }, "expands to 5"},
		"a cycle": {func(w *types.SignedWorkflow) {
			w.File = strings.Replace(w.File, "  prepare:\n", "  prepare:\n    needs: [evaluate]\n", 1)
		}, "cycle"},
		"no base": {func(w *types.SignedWorkflow) { w.Bases = strings.Replace(w.Bases, `"evaluate"`, `"evaluat"`, 1) }, "no base spec for job evaluate"},
		"extra base": {func(w *types.SignedWorkflow) {
			w.Bases = strings.Replace(w.Bases, `{"evaluate"`, `{"x":{},"evaluate"`, 1)
		}, "4 base specs for 3 jobs"},
		"unknown": {func(w *types.SignedWorkflow) {
			w.Bases = strings.Replace(w.Bases, `"artifactSize"`, `"bogus":1,"artifactSize"`, 1)
		}, "unknown field"},
		"sets home": {func(w *types.SignedWorkflow) {
			w.Bases = strings.Replace(w.Bases, `"home":""`, `"home":"12D3KooWElse"`, 1)
		}, "sets what the workflow sets"},
		"uploads": {func(w *types.SignedWorkflow) {
			w.Bases = strings.Replace(w.Bases, `"inputCids":["`+testUpload+`"]`, `"inputCids":[]`, 1)
		}, "uploads 1 files"},
		"bad spec": {func(w *types.SignedWorkflow) { w.Bases = strings.Replace(w.Bases, testModule, "not-a-cid", 1) }, "instance prepare"},
		"not JSON": {func(w *types.SignedWorkflow) { w.Bases = "{" }, "bases"},
	} {
		sw := signedChain(t)
		c.change(sw)
		_, err := Open(sw)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, want an error saying %q", name, err, c.want)
		}
	}
}
