package sched

import (
	"fmt"
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

// The placement share of a dataset's holder, the measure: eight
// identical nodes, one holding the job's dataset, 20,000 jobs (each its own
// rendezvous draw). Locality weighs the holder 1.25, so its expected share
// is 1.25/8.25 = 15.2 % against 12.5 % for each other node; the standard
// error over 20,000 draws is 0.25 points, so the share exceeds 13.5 %, and
// stays below 17 %, for any job ids. With dataLocal it is 100 %.
func TestDatasetHolderShare(t *testing.T) {
	var view []Entry
	for i := range 8 {
		a := node(testID(i+1), 1)
		if i == 3 {
			a.CIDs = []string{"bafydataset"}
		}
		view = append(view, Entry{Advert: a, SeenMs: 1000})
	}
	holder := view[3].Advert.Node
	const jobs = 20_000
	won, local := 0, 0
	for k := range jobs {
		req := Requirements{JobID: jobID(fmt.Sprint("share/", k)), InputCIDs: []string{"bafydataset"}}
		if p := Rank(req, view, nil, FitNow, 1000, 10_000); len(p.Ranked) == 8 && p.Ranked[0].Node == holder {
			won++
		}
		req.DataLocal = true
		if p := Rank(req, view, nil, FitNow, 1000, 10_000); len(p.Ranked) == 1 && p.Ranked[0].Node == holder {
			local++
		}
	}
	share := float64(won) / jobs
	t.Logf("holder of the dataset wins %.1f %% of %d jobs (uniform: 12.5 %%, expected 15.2 %%); with dataLocal %d of %d", 100*share, jobs, local, jobs)
	if share < 0.135 || share > 0.17 {
		t.Errorf("holder's share %.3f, want about 0.152", share)
	}
	if local != jobs {
		t.Errorf("with dataLocal the holder won %d of %d", local, jobs)
	}
}

// A dataset no live node advertises leaves the job with no node now, the
// reason naming it, though the job could run once one does (FitEver still
// fits, so the submit is kept, not refused). A node whose advert expired
// provides nothing; the first live node that lists it makes every node fit
// again (the job is not data-local), the holder weighing more.
func TestDatasetNobodyProvidesWaits(t *testing.T) {
	const now, ttl = 100_000, 30_000
	req := Requirements{JobID: [32]byte{7}, InputCIDs: []string{"bafyset1"}}
	var view []Entry
	for i := 1; i <= 4; i++ {
		view = append(view, Entry{Advert: node(testID(i), 1), SeenMs: now})
	}
	expired := node(testID(9), 1)
	expired.CIDs = []string{"bafyset1"}
	view = append(view, Entry{Advert: expired, SeenMs: now - ttl - 1})

	p := Rank(req, view, nil, FitNow, now, ttl)
	if p.Fits() != 0 || p.Unprovided != "bafyset1" {
		t.Fatalf("nobody provides it: %d fit, unprovided %q", p.Fits(), p.Unprovided)
	}
	if s := p.Summary(); !strings.Contains(s, "4 data (no provider of bafyset1 found") || !strings.Contains(s, "1 alive") {
		t.Errorf("summary %q", s)
	}
	if got := Unprovided(req, view, now, ttl); got != "bafyset1" {
		t.Errorf("Unprovided = %q", got)
	}
	if top := RankTop(req, view, nil, FitNow, now, ttl, 3, testID(1)); top.Fits() != 0 {
		t.Errorf("RankTop finds %d nodes for it", top.Fits())
	}
	if ever := Rank(req, view, nil, FitEver, now, ttl); ever.Fits() != 4 {
		t.Errorf("FitEver: %d nodes could ever run it, want 4", ever.Fits())
	}

	view[2].Advert.CIDs = []string{"bafyset1"}
	p = Rank(req, view, nil, FitNow, now, ttl)
	if p.Fits() != 4 || p.Unprovided != "" {
		t.Fatalf("with a provider: %d fit (want 4), unprovided %q", p.Fits(), p.Unprovided)
	}
	for _, c := range p.Ranked {
		if want := uint32(map[bool]int{true: 1}[c.Node == testID(3)]); c.Weights.Locality != want {
			t.Errorf("node %s: locality %d, want %d", c.Node, c.Weights.Locality, want)
		}
	}
	if got := Unprovided(req, view, now, ttl); got != "" {
		t.Errorf("Unprovided = %q with a provider", got)
	}
}
