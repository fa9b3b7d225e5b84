package testnet

import (
	"context"
	"encoding/json"
	"math/big"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/skyops/skyops/api"
	"github.com/skyops/skyops/sched"
	"github.com/skyops/skyops/types"
)

// The hostile peer against a testnet of real skyopsd processes, driven
// through the CLI as a user would: while a job runs it says, every half
// second, that the executor was lost (and claims the next attempt), floods
// 5,000 progress reports and forged claims; once the job completed it
// signs a lost event dated between the job's start and its result, and
// claims, starts and completes a second attempt of its own. Every peer
// must end with the one result of the first attempt, on the executor that
// ran it; no daemon's memory may grow by more than a bound.
func TestHostilePeerAgainstProcesses(t *testing.T) {
	const network = "hostile-procs"
	ctx, bin, m, boot := hostileProcNet(t, network, []string{"none", "none", "none"}, true, "--suspect", "1s", "--allow-process")
	h, err := NewHostile(ctx, network, boot)
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	skyops := cliFor(bin, m, "SKYOPS_KEYSTORE="+m.Wallet.Keystore, "SKYOPS_PASSWORD_FILE="+m.Wallet.PasswordFile)
	status := func(peer int, id string) *api.Job {
		out, err := skyops(peer, "status", id, "-o", "json")
		var j api.Job
		if err != nil || json.Unmarshal([]byte(out), &j) != nil {
			t.Fatalf("status at peer %d: %v\n%s", peer, err, out)
		}
		return &j
	}
	out, err := skyops(0, "submit-task", "--process", "sh", "--ram", "1", "--duration", "5m", "-o", "json", "--", "-c",
		`sleep 6; echo done > "$SKYOPS_OUTPUTS/ok"`)
	var resp api.SubmitResponse
	if err != nil || json.Unmarshal([]byte(out), &resp) != nil {
		t.Fatalf("submit: %v\n%s", err, out)
	}
	job := common.HexToHash(resp.ID)
	var running *api.Job
	for running == nil || running.State != "running" {
		if ctx.Err() != nil {
			t.Fatalf("job never ran: %+v", running)
		}
		time.Sleep(100 * time.Millisecond)
		running = status(0, resp.ID)
	}
	var rssBefore []int64
	for _, p := range m.Peers {
		rssBefore = append(rssBefore, int64(rssKiB(t, p.PID)))
	}
	adv := h.Advert(64, "", 0, big.NewInt(0))
	advRaw, err := h.Advertise(ctx, adv)
	if err != nil {
		t.Fatal(err)
	}
	w := sched.WeightInputsFor(sched.RequirementsFor(job, &running.Spec), adv)
	w.Reputation = sched.NewcomerReputation // what the network measured for a new identity
	claim := func(attempt uint32, fit uint32, ms uint64) *types.JobEvent {
		return &types.JobEvent{Job: job, Type: types.EvClaim, Attempt: attempt, TimeMs: ms, AdvertSeq: adv.Seq, Reputation: w.Reputation,
			PriceWei: w.PriceWei, Locality: w.Locality, Fit: fit, Advert: advRaw}
	}
	// While it runs: lies, forged claims, a flood.
	for i := 0; i < 8; i++ {
		_ = h.Publish(ctx, &types.JobEvent{Job: job, Type: types.EvLost, Attempt: 1, Reason: "executor lost: no advert for 15s"})
		_ = h.Publish(ctx, claim(2, w.Fit, 0))
		_ = h.Publish(ctx, claim(1, w.Fit+1+uint32(i), 0)) // a fit its advert does not give
		for k := 0; k < 625; k++ {
			_ = h.Publish(ctx, &types.JobEvent{Job: job, Type: types.EvProgress, Attempt: 1, ProgressPPM: uint32(i*625 + k)})
		}
		time.Sleep(500 * time.Millisecond)
	}
	var done *api.Job
	for done == nil || done.State != "completed" {
		if ctx.Err() != nil || done != nil && (done.State == "failed" || done.State == "cancelled") {
			t.Fatalf("job did not complete: %+v", done)
		}
		time.Sleep(200 * time.Millisecond)
		done = status(0, resp.ID)
	}
	// After it completed: a lost event dated inside its run, and a second
	// attempt of the hostile peer's own.
	between := uint64(done.StartedAt.UnixMilli()+done.FinishedAt.UnixMilli()) / 2
	now := uint64(time.Now().UnixMilli())
	for _, e := range []*types.JobEvent{
		{Job: job, Type: types.EvLost, Attempt: 1, TimeMs: between, Reason: "executor lost"},
		claim(2, w.Fit, now),
		{Job: job, Type: types.EvStart, Attempt: 2, TimeMs: now + 1},
		{Job: job, Type: types.EvComplete, Attempt: 2, TimeMs: now + 2, OutputCID: done.OutputCID},
	} {
		if err := h.Publish(ctx, e); err != nil {
			t.Fatal(err)
		}
	}
	time.Sleep(3 * time.Second) // let the last lies reach every peer
	// status --explain: every node of the view, ranked with its factors.
	if out, err := skyops(1, "status", resp.ID, "--explain", "-o", "json"); err != nil {
		t.Fatalf("status --explain: %v\n%s", err, out)
	} else {
		var x api.Explanation
		if err := json.Unmarshal([]byte(out), &x); err != nil || len(x.Nodes) < len(m.Peers) || x.Nodes[0].Rank != 0 || x.Nodes[0].Weight == "" {
			t.Fatalf("explanation: %v\n%s", err, out)
		}
	}
	if out, err := skyops(1, "status", resp.ID, "--explain"); err != nil || !strings.Contains(out, "REPUTATION") {
		t.Fatalf("status --explain: %v\n%s", err, out)
	}
	for i, p := range m.Peers {
		j := status(i, resp.ID)
		results, byHostile := 0, 0
		for _, e := range j.Events {
			if e.Type == "complete" && e.Actor == running.Node {
				results++
			}
			if e.Actor == h.ID().String() {
				byHostile++
			}
		}
		if j.State != "completed" || j.Node != running.Node || j.Attempts != 1 || len(j.History) != 1 || results != 1 {
			t.Errorf("peer %d: %s on %s after %d attempts (%d results); want completed on %s, one attempt, one result", i, j.State, j.Node, j.Attempts, results, running.Node)
		}
		// Held of the hostile peer's: at most one event per slot (its
		// lost, its attempt-2 claim, start and result, its latest progress).
		if byHostile > 5 {
			t.Errorf("peer %d holds %d of the hostile peer's %d events", i, byHostile, 8*628+4)
		}
		if grew := int64(rssKiB(t, p.PID)) - rssBefore[i]; grew > 64<<10 {
			t.Errorf("peer %d grew by %d MiB of RSS during the attack", i, grew>>10)
		}
		t.Logf("peer %d: completed on %s in one attempt; holds %d of the hostile peer's events; RSS %d → %d MiB",
			i, short8(running.Node), byHostile, rssBefore[i]>>10, int64(rssKiB(t, p.PID))>>10)
	}
}

// hostileProcNet starts a testnet of three skyopsd processes with the
// given fleets (and a shared dev chain unless noChain) for a hostile peer
// to attack: fast adverts, extra flags. It returns a context bounding the
// test, the binaries' dir, the manifest and the peers' addresses.
func hostileProcNet(t *testing.T, network string, fleets []string, noChain bool, extra ...string) (context.Context, string, *Manifest, []string) {
	t.Helper()
	if testing.Short() {
		t.Skip("builds and runs skyopsd")
	}
	bin := buildBinaries(t)
	dir := procTempDir(t)
	procDownAtCleanup(t, dir)
	m, err := Up(context.Background(), ProcessConfig{Peers: len(fleets), Dir: dir, Network: network, DaemonPath: filepath.Join(bin, "skyopsd"),
		Fleets: fleets, ReadyTimeout: 90 * time.Second, NoChain: noChain,
		ExtraArgs: append([]string{"--advert-interval", "500ms", "--advert-ttl", "3s"}, extra...)})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	t.Cleanup(cancel)
	var boot []string
	for _, p := range m.Peers {
		boot = append(boot, p.Addrs...)
	}
	return ctx, bin, m, boot
}

func short8(id string) string {
	if len(id) > 8 {
		return id[len(id)-8:]
	}
	return id
}
