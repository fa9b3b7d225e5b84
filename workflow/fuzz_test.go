package workflow

import (
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/ipfs/go-cid"
	"github.com/multiformats/go-multihash"

	"github.com/skyops/skyops/types"
)

// FuzzParse: Parse never panics; what it refuses it refuses with
// *Errors, and what it accepts expands within the limits, the same way
// every time, into instances whose specs types.JobSpec.Validate accepts.
func FuzzParse(f *testing.F) {
	for _, glob := range []string{"testdata/ok/*.yaml", "testdata/bad/*.yaml", "../examples/pipeline/*.yaml"} {
		files, _ := filepath.Glob(glob)
		for _, p := range files {
			b, err := os.ReadFile(p)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(b)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		file, err := Parse("fuzz.yaml", data)
		if err != nil {
			checkErrors(t, err)
			return
		}
		list := file.Instances()
		checkGraph(t, file, list)
		again, err := Parse("fuzz.yaml", data)
		if err != nil {
			t.Fatalf("a second parse fails: %v", err)
		}
		if !reflect.DeepEqual(again.Instances(), list) {
			t.Fatal("a second parse expands differently")
		}
		for i := range list {
			in := &list[i]
			spec := fuzzSpec(in)
			file.Apply(in, spec)
			finishSpec(in, spec)
			if err := spec.Validate(); err != nil {
				t.Fatalf("%s: accepted, and its spec is not valid: %v", in.Name, err)
			}
		}
	})
}

func checkErrors(t *testing.T, err error) {
	t.Helper()
	list := []error{err}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		list = j.Unwrap()
	}
	if len(list) > MaxErrors+1 {
		t.Fatalf("%d errors, at most %d and a count", len(list), MaxErrors)
	}
	for _, e := range list {
		var we *Error
		if !errors.As(e, &we) || we.Msg == "" || we.File != "fuzz.yaml" {
			t.Fatalf("error %v (%T) is not a *workflow.Error of fuzz.yaml", e, e)
		}
	}
}

// checkGraph holds the expanded graph to what Instances promises.
func checkGraph(t *testing.T, file *File, list []Instance) {
	t.Helper()
	if len(list) > MaxInstances || len(list) == 0 {
		t.Fatalf("%d instances", len(list))
	}
	links := 0
	names := map[string]bool{}
	for i, in := range list {
		if in.Index != i || names[in.Name] {
			t.Fatalf("instance %d: index %d, name %q (seen: %v)", i, in.Index, in.Name, names[in.Name])
		}
		names[in.Name] = true
		for k, p := range in.Parents {
			if p >= i || k > 0 && p <= in.Parents[k-1] {
				t.Fatalf("%s: parents %v: not ascending, or not before it", in.Name, in.Parents)
			}
		}
		links += len(in.Parents)
		for _, inp := range in.Inputs {
			if inp.Kind == InputFrom {
				links++
				if inp.From < 0 || inp.From >= i || list[inp.From].Job != inp.FromJob {
					t.Fatalf("%s: input from #%d %s", in.Name, inp.From, inp.FromJob)
				}
			}
		}
	}
	if links > MaxEdges {
		t.Fatalf("%d links, at most %d", links, MaxEdges)
	}
}

// fuzzSpec is what the caller starts an instance's spec from: for a model
// job, a template that leaves every choice to the workflow valid.
func fuzzSpec(in *Instance) *types.JobSpec {
	spec := baseSpec()
	if in.Def.Model != "" {
		spec.GPUModel, spec.GPUCount = "T4", 1
		if in.Def.AllowNetwork {
			spec.Runtime = types.RuntimeDocker
		}
	}
	return spec
}

// cidOf is a distinct stand-in CID of an uploaded file.
func cidOf(k int) string {
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], uint64(k))
	sum := sha256.Sum256(b[:])
	h, _ := multihash.Encode(sum[:], multihash.SHA2_256)
	return cid.NewCidV1(cid.Raw, h).String()
}
