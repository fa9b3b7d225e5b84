package sched

import (
	"strings"
	"testing"

	"github.com/skyops/skyops/types"
)

// The data filter: a job that runs only where its data is fits a node
// that lists every dataset, and no other; a job without DataLocal fits
// anywhere (its datasets only weigh, through locality).
func TestFilterData(t *testing.T) {
	holder, partial, none := node(testID(1), 1), node(testID(2), 1), node(testID(3), 1)
	holder.CIDs = []string{"bafyother", "bafyset2", "bafyset1"}
	partial.CIDs = []string{"bafyset1"}
	local := Requirements{InputCIDs: []string{"bafyset1", "bafyset2"}, DataLocal: true}
	runFilterCases(t, dataFilter{}, []filterCase{
		{name: "holds both", a: holder, req: local, want: true},
		{name: "holds one", a: partial, req: local, want: false},
		{name: "holds none", a: none, req: local, want: false},
		{name: "not data-local", a: none, req: Requirements{InputCIDs: local.InputCIDs}, want: true},
	})
	if why := DataWhy(local, partial); !strings.Contains(why, "holds 1 of its 2 datasets (not bafyset2)") {
		t.Errorf("DataWhy = %q", why)
	}
	if why := DataWhy(local, holder); why != "" {
		t.Errorf("DataWhy for the holder = %q", why)
	}
}

// A spec's dataset inputs (ipfs://CID) are what the brain counts; inputs
// the owner uploaded (bare CIDs, kept by the home) are not.
func TestRequirementsForDatasets(t *testing.T) {
	spec := &types.JobSpec{Runtime: types.RuntimeWasm, PriceCapWei: "0", DataLocal: true,
		InputCIDs: []string{"bafkreiupload", "ipfs://bafyset1"}}
	req := RequirementsFor(jobID("data"), spec)
	if len(req.InputCIDs) != 1 || req.InputCIDs[0] != "bafyset1" || !req.DataLocal {
		t.Fatalf("requirements %q data-local %v; want [bafyset1], true", req.InputCIDs, req.DataLocal)
	}
	holder := node(testID(1), 1)
	holder.CIDs = []string{"bafkreiupload", "bafyset1"}
	if w := WeightInputsFor(req, holder); w.Locality != 1 {
		t.Errorf("locality %d, want 1 (the dataset, not the upload)", w.Locality)
	}
}

// A claim by a node whose advert does not list the data-local job's
// dataset is refused by every peer, with the reason.
func TestCheckClaimDataLocal(t *testing.T) {
	req := Requirements{InputCIDs: []string{"bafyset1"}, DataLocal: true}
	a := node(testID(4), 1)
	e := &types.JobEvent{Type: types.EvClaim, Actor: a.Node, AdvertSeq: a.Seq, TimeMs: a.TimeMs, Fit: WeightInputsFor(req, a).Fit, Reputation: NewcomerReputation}
	err := CheckClaim(req, e, a)
	if err == nil || !strings.Contains(err.Error(), "data: the job runs only where its data is") {
		t.Fatalf("claim by a node without the data: %v", err)
	}
	a.CIDs = []string{"bafyset1"}
	e.Locality = WeightInputsFor(req, a).Locality
	if err := CheckClaim(req, e, a); err != nil {
		t.Fatalf("claim by the holder: %v", err)
	}
}

// A give-back for a dataset counts as a pull failure (the data, like the
// image, comes from elsewhere); other reasons do not.
func TestDatasetGiveBackCounts(t *testing.T) {
	for reason, want := range map[string]bool{
		DatasetGiveBackPrefix + "no provider of bafy… found in 1m0s": true,
		PullGiveBackPrefix + "registry down":                         true,
		"stage inputs: disk full":                                    false,
		"dataset":                                                    false,
	} {
		if got := IsPullGiveBack(reason); got != want {
			t.Errorf("IsPullGiveBack(%q) = %v, want %v", reason, got, want)
		}
	}
}
