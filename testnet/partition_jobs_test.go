package testnet

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/skyops/skyops/api"
)

// A partition splits a running network in two: each side keeps placing
// what it can see, so jobs running on the far side are declared lost and
// run again on the near one, and new jobs run on the side they were
// submitted to. After healing, every peer agrees on every job: completed,
// by one executor, with one output.
func TestPartitionHealEveryJobOnce(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs skyopsd in network namespaces")
	}
	if os.Geteuid() != 0 {
		netnsUnavailable(t, "network namespaces need root")
	}
	if _, err := exec.LookPath("ip"); err != nil {
		netnsUnavailable(t, "no ip(8) (iproute2)")
	}
	bin := buildBinaries(t)
	dir := procTempDir(t)
	procDownAtCleanup(t, dir)
	ctx := context.Background()
	m, err := Up(ctx, ProcessConfig{Peers: 4, Dir: dir, Network: "split", DaemonPath: filepath.Join(bin, "skyopsd"), Isolated: true, NoChain: true,
		Fleets: []string{"none", "H100:4", "none", "H100:4"}, ReadyTimeout: 90 * time.Second,
		ExtraArgs: []string{"--advert-interval", "200ms", "--advert-ttl", "2s", "--suspect", "1s", "--allow-process"}})
	if err != nil {
		t.Fatal(err)
	}
	skyops := cliFor(bin, m, "SKYOPS_KEYSTORE="+m.Wallet.Keystore, "SKYOPS_PASSWORD_FILE="+m.Wallet.PasswordFile)
	status := func(peer int, id string) (*api.Job, error) {
		out, err := skyops(peer, "status", id, "-o", "json")
		if err != nil {
			return nil, err
		}
		var j api.Job
		return &j, json.Unmarshal([]byte(out), &j)
	}
	submit := func(peer int, secs string) string {
		out, err := skyops(peer, "submit-task", "--process", "sh", "--gpu", "H100", "--ram", "1", "--duration", "5m", "-o", "json",
			"--", "-c", "sleep "+secs+"; echo done > \"$SKYOPS_OUTPUTS/ok\"")
		var resp api.SubmitResponse
		if err != nil || json.Unmarshal([]byte(out), &resp) != nil {
			t.Fatalf("submit at peer %d: %v\n%s", peer, err, out)
		}
		return resp.ID
	}
	// Before the split: jobs from both homes, running on both GPU peers.
	var ids []string
	for i := 0; i < 6; i++ {
		ids = append(ids, submit([]int{0, 2}[i%2], "8"))
	}
	deadline := time.Now().Add(60 * time.Second)
	for _, id := range ids {
		for {
			j, err := status(0, id)
			if err == nil && j.State == "running" {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("job %s never ran before the split: %+v %v", id[:10], j, err)
			}
			time.Sleep(100 * time.Millisecond)
		}
	}
	if err := Partition(ctx, dir, [][]int{{0, 1}, {2, 3}}); err != nil {
		t.Fatal(err)
	}
	// During the split: more jobs on each side.
	ids = append(ids, submit(0, "2"), submit(2, "2"))
	time.Sleep(12 * time.Second) // both sides detect, reschedule and finish what they see
	if err := Heal(ctx, dir); err != nil {
		t.Fatal(err)
	}
	// After healing: every peer agrees on every job's one result.
	deadline = time.Now().Add(90 * time.Second)
	for _, id := range ids {
		for {
			var first *api.Job
			agree := true
			for p := range m.Peers {
				j, err := status(p, id)
				if err != nil || j.State != "completed" {
					agree = false
					break
				}
				if first == nil {
					first = j
				} else if j.Node != first.Node || j.OutputCID != first.OutputCID || j.Attempts != first.Attempts {
					agree = false
					break
				}
			}
			if agree {
				break
			}
			if time.Now().After(deadline) {
				for p := range m.Peers {
					j, err := status(p, id)
					if j != nil {
						t.Logf("peer %d: %s on %s output %s attempt %d", p, j.State, j.Node, j.OutputCID, j.Attempts)
					} else {
						t.Logf("peer %d: %v", p, err)
					}
				}
				t.Fatalf("job %s: peers do not agree on one completed result after healing", id[:10])
			}
			time.Sleep(300 * time.Millisecond)
		}
	}
	// A job the other side ran again has a second attempt's start among
	// its events (whichever attempt's result the job ended with: the
	// earlier one, if both finished).
	rescheduled := 0
	for _, id := range ids {
		j, _ := status(0, id)
		for _, e := range j.Events {
			if e.Type == "start" && e.Attempt > 1 {
				rescheduled++
				break
			}
		}
	}
	t.Logf("%d jobs, %d run again on the other side during the split; every peer agrees on one result each", len(ids), rescheduled)
	if rescheduled == 0 {
		t.Fatal("no job was run on both sides: the split did not test duplicates")
	}
}
