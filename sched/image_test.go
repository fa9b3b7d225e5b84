package sched

import (
	"fmt"
	"strings"
	"testing"

	"github.com/skyops/skyops/types"
)

// A node that holds a Docker job's image counts it like one held input:
// locality +1 (factor 1.25 with no inputs held), for that image only.
func TestWeightInputsCountsHeldImage(t *testing.T) {
	spec := &types.JobSpec{Runtime: types.RuntimeDocker, Artifact: "localhost/trainer:1", InputCIDs: []string{"ipfs://bafyin1", "ipfs://bafyin2"}, PriceCapWei: "0"}
	req := RequirementsFor(jobID("img"), spec)
	if req.Image != "localhost/trainer:1" {
		t.Fatalf("RequirementsFor: image %q", req.Image)
	}
	holder, other := node(testID(1), 1), node(testID(2), 1)
	holder.CIDs, other.CIDs = []string{"bafyin1"}, []string{"bafyin1"}
	holder.Images = []string{"alpine:latest", "localhost/trainer:1"}
	other.Images = []string{"localhost/trainer:2"}
	if w := WeightInputsFor(req, holder); w.Locality != 2 {
		t.Errorf("holder of one input and the image: locality %d, want 2", w.Locality)
	}
	if w := WeightInputsFor(req, other); w.Locality != 1 {
		t.Errorf("holder of one input and another tag: locality %d, want 1", w.Locality)
	}
	// A reference without a tag is its :latest.
	for image, want := range map[string]uint32{"alpine": 1, "alpine:latest": 1, "alpine:3": 0, "localhost:5000/alpine": 0} {
		r := Requirements{Image: image}
		if got := WeightInputsFor(r, holder).Locality; got != want {
			t.Errorf("image %q against %q: locality %d, want %d", image, holder.Images, got, want)
		}
	}
	// A pinned image is held under repo@digest, as nodes advertise it,
	// whatever tag the spec names with it.
	d := "@sha256:" + strings.Repeat("ab", 32)
	pinned := node(testID(3), 1)
	pinned.Images = []string{"127.0.0.1:5000/trainer" + d}
	for image, want := range map[string]uint32{
		"127.0.0.1:5000/trainer:1" + d: 1, "127.0.0.1:5000/trainer" + d: 1,
		"127.0.0.1:5000/other:1" + d: 0, "127.0.0.1:5000/trainer:1@sha256:" + strings.Repeat("cd", 32): 0,
	} {
		if got := WeightInputsFor(Requirements{Image: image}, pinned).Locality; got != want {
			t.Errorf("image %q against %q: locality %d, want %d", image, pinned.Images, got, want)
		}
	}
	// Not a Docker job: images do not count.
	wasm := RequirementsFor(jobID("wasm"), &types.JobSpec{Runtime: types.RuntimeWasm, Artifact: "localhost/trainer:1", PriceCapWei: "0"})
	if w := WeightInputsFor(wasm, holder); wasm.Image != "" || w.Locality != 0 {
		t.Errorf("wasm job: image %q, locality %d; want none", wasm.Image, w.Locality)
	}
	// Placement prefers the holder: with weights 1.25 against 1, it wins
	// 1.25/2.25 of jobs (556 of 1000).
	holder.CIDs, other.CIDs = nil, nil
	wins := 0
	for i := 0; i < 1000; i++ {
		id := jobID(fmt.Sprintf("pref%d", i))
		r := Requirements{Image: "localhost/trainer:1", CPUCores: 1}
		sh := ScoreFor(id, holder.Node, WeightInputsFor(r, holder))
		so := ScoreFor(id, other.Node, WeightInputsFor(r, other))
		if sh.Cmp(so) > 0 {
			wins++
		}
	}
	if wins < 520 || wins > 600 {
		t.Errorf("the image holder won %d of 1000 jobs; want about 556", wins)
	}
}

// Every peer recomputes a claim's locality from the claimant's advert, the
// image included: a claim that counts the image its advert holds stands,
// one that counts an image its advert does not hold does not.
func TestClaimLocalityCountsTheAdvertsImage(t *testing.T) {
	spec := &types.JobSpec{Runtime: types.RuntimeDocker, Artifact: "localhost/trainer:1", CPUCores: 1, PriceCapWei: "0"}
	req := RequirementsFor(jobID("claim"), spec)
	adv := node(testID(1), 3)
	adv.TimeMs = 1000
	claim := &types.JobEvent{Type: types.EvClaim, Actor: adv.Node, Attempt: 1, TimeMs: 1000, AdvertSeq: 3,
		Reputation: NeutralReputation, Fit: 0, Locality: 1}
	adv.Images = []string{"localhost/trainer:1"}
	if err := CheckClaim(req, claim, adv); err != nil {
		t.Fatalf("claim counting the image its advert holds: %v", err)
	}
	adv.Images = nil
	if err := CheckClaim(req, claim, adv); err == nil {
		t.Fatal("claim counting an image its advert does not hold stood")
	}
	claim.Locality = 0
	if err := CheckClaim(req, claim, adv); err != nil {
		t.Fatalf("claim without the image: %v", err)
	}
}
