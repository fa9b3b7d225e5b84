package testnet

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/skyops/skyops/api"
)

// A process testnet with three H100 peers and a home peer without GPUs,
// driven through the CLI: kill -9 of a job's executor ends with the job
// completed on another node, resumed from a checkpoint of the first
// attempt; a paused (SIGSTOP) executor is declared lost and its job
// rescheduled, and after SIGCONT it stops, its result never accepted.
func TestProcessExecutorFaults(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs skyopsd")
	}
	bin := buildBinaries(t)
	dir := procTempDir(t)
	procDownAtCleanup(t, dir)
	m, err := Up(context.Background(), ProcessConfig{Peers: 4, Dir: dir, Network: "faults", DaemonPath: filepath.Join(bin, "skyopsd"),
		Fleets: []string{"none", "H100:1", "H100:1", "H100:1"}, ReadyTimeout: 90 * time.Second, NoChain: true,
		ExtraArgs: []string{"--advert-interval", "200ms", "--advert-ttl", "2s", "--suspect", "1s", "--checkpoint-interval", "200ms", "--allow-process"}})
	if err != nil {
		t.Fatal(err)
	}
	skyops := cliFor(bin, m, "SKYOPS_KEYSTORE="+m.Wallet.Keystore, "SKYOPS_PASSWORD_FILE="+m.Wallet.PasswordFile)
	status := func(id string) *api.Job {
		out, err := skyops(0, "status", id, "-o", "json")
		var j api.Job
		if err != nil || json.Unmarshal([]byte(out), &j) != nil {
			t.Fatalf("status: %v\n%s", err, out)
		}
		return &j
	}
	submit := func() string {
		out, err := skyops(0, "submit-task", "--process", "sh", "--gpu", "H100", "--ram", "1", "--duration", "5m", "-o", "json", "--", "-c", `
s=0; [ -f "$SKYOPS_CHECKPOINT/state" ] && s=$(cat "$SKYOPS_CHECKPOINT/state")
i=$s
while [ "$i" -lt 25 ]; do i=$((i+1)); echo "$i" > "$SKYOPS_CHECKPOINT/state"; echo "SKYOPS_PROGRESS $i/25"; sleep 0.2; done
echo "attempt=$SKYOPS_ATTEMPT resumed-from=$s" > "$SKYOPS_OUTPUTS/result.txt"`)
		var resp api.SubmitResponse
		if err != nil || json.Unmarshal([]byte(out), &resp) != nil {
			t.Fatalf("submit: %v\n%s", err, out)
		}
		return resp.ID
	}
	runningOn := func(id string) (int, string) {
		deadline := time.Now().Add(60 * time.Second)
		for time.Now().Before(deadline) {
			j := status(id)
			_, held := os.Stat(filepath.Join(m.Peers[0].DataDir, "blobs", j.CheckpointCID)) // the home daemon keeps it
			if j.State == "running" && j.CheckpointCID != "" && held == nil && j.StartedAt != nil && time.Since(j.StartedAt.Time) > 1500*time.Millisecond {
				for i, p := range m.Peers {
					if p.ID == j.Node {
						return i, j.Node
					}
				}
			}
			time.Sleep(100 * time.Millisecond)
		}
		t.Fatalf("job %s never ran a while", id[:10])
		return 0, ""
	}
	finished := func(id string) *api.Job {
		deadline := time.Now().Add(90 * time.Second)
		for time.Now().Before(deadline) {
			if j := status(id); j.State == "completed" || j.State == "failed" {
				return j
			}
			time.Sleep(200 * time.Millisecond)
		}
		t.Fatalf("job %s did not finish", id[:10])
		return nil
	}
	result := func(id string) string {
		out := filepath.Join(t.TempDir(), "out")
		if o, err := skyops(0, "get", id, "-o", out); err != nil {
			t.Fatalf("get: %v\n%s", err, o)
		}
		b, _ := os.ReadFile(filepath.Join(out, "result.txt"))
		return strings.TrimSpace(string(b))
	}

	// kill -9 of the executor.
	id := submit()
	victim, victimID := runningOn(id)
	if err := syscall.Kill(m.Peers[victim].PID, syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	j := finished(id)
	if j.State != "completed" || j.Node == victimID || len(j.History) != 2 || j.History[0].Outcome != "lost" || j.History[1].ResumedFrom == "" {
		t.Fatalf("after kill -9 of %s: %s on %s, history %+v", victimID, j.State, j.Node, j.History)
	}
	if r := result(id); !strings.HasPrefix(r, "attempt=2 resumed-from=") || r == "attempt=2 resumed-from=0" {
		t.Fatalf("result %q: want the second attempt, resumed from a checkpoint", r)
	}
	if out, err := skyops(0, "status", id); err != nil || !strings.Contains(out, "Attempts:") || !strings.Contains(out, "resumed from checkpoint") {
		t.Fatalf("status does not show both attempts: %v\n%s", err, out)
	}

	// SIGSTOP: slow but alive. The job moves on; after SIGCONT the paused
	// node stops its run and its result is never accepted.
	id = submit()
	paused, pausedID := runningOn(id)
	pid := m.Peers[paused].PID
	if err := syscall.Kill(pid, syscall.SIGSTOP); err != nil {
		t.Fatal(err)
	}
	j = finished(id)
	if err := syscall.Kill(pid, syscall.SIGCONT); err != nil {
		t.Fatal(err)
	}
	if j.State != "completed" || j.Node == pausedID || j.History[0].Outcome != "lost" || j.History[0].Node != pausedID {
		t.Fatalf("after SIGSTOP of %s: %s on %s, history %+v", pausedID, j.State, j.Node, j.History)
	}
	// Give the resumed node time to notice, then: still one result, the
	// second attempt's, at every live peer, the resumed one included.
	time.Sleep(3 * time.Second)
	for p := range m.Peers {
		if p == victim {
			continue
		}
		out, err := skyops(p, "status", id, "-o", "json")
		var pj api.Job
		if err != nil || json.Unmarshal([]byte(out), &pj) != nil {
			t.Fatalf("status at peer %d: %v\n%s", p, err, out)
		}
		if pj.State != "completed" || pj.Node != j.Node || pj.OutputCID != j.OutputCID || pj.Attempts != 2 {
			t.Fatalf("peer %d says %s on %s (output %s, attempt %d); want %s on %s", p, pj.State, pj.Node, pj.OutputCID, pj.Attempts, j.State, j.Node)
		}
	}
	if r := result(id); !strings.HasPrefix(r, "attempt=2") {
		t.Fatalf("result %q: want the second attempt's", r)
	}

	// The owner's daemon (peer 0) goes down mid-job: the job goes on, and
	// once peer 0 is back it catches up and collects the result, which it
	// then serves even with the executor gone.
	id = submit()
	exec3, _ := runningOn(id)
	if err := Kill(dir, 0); err != nil {
		t.Fatal(err)
	}
	other := 1
	for other == exec3 || other == victim {
		other++
	}
	deadline := time.Now().Add(60 * time.Second)
	for {
		out, err := skyops(other, "status", id, "-o", "json")
		var oj api.Job
		if err == nil && json.Unmarshal([]byte(out), &oj) == nil && oj.State == "completed" {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("job did not complete with its owner's daemon down: %v\n%s", err, out)
		}
		time.Sleep(200 * time.Millisecond)
	}
	if _, err := Restart(context.Background(), dir, 0); err != nil {
		t.Fatal(err)
	}
	j = finished(id)
	if j.State != "completed" {
		t.Fatalf("after the owner's daemon restarted: %s", j.State)
	}
	// Collected: stop the executor, and the owner still gets the result.
	deadline = time.Now().Add(30 * time.Second)
	for {
		if _, err := os.Stat(filepath.Join(m.Peers[0].DataDir, "blobs", j.OutputCID)); err == nil {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the restarted owner's daemon never collected the output")
		}
		time.Sleep(200 * time.Millisecond)
	}
	if err := Kill(dir, exec3); err != nil {
		t.Fatal(err)
	}
	if r := result(id); !strings.HasPrefix(r, "attempt=1") {
		t.Fatalf("result from the owner's daemon with the executor gone: %q", r)
	}
}
