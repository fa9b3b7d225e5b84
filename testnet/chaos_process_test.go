package testnet

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/skyops/skyops/api"
)

// processChaos is the chaos run on real processes: an isolated 5-peer
// testnet (each daemon in its own network namespace), 100 jobs submitted at
// peer 0 (the owners' daemon), and every 3 s one fault on a random other
// peer or on the network: kill -9 (restarted 2 s later), SIGSTOP (SIGCONT
// 4 s later), or a partition (healed 4 s later). It returns what every
// peer agrees on at the end.
func processChaos(t *testing.T, jobs int, seed uint64) (res chaosResult, faults map[string]int) {
	if os.Geteuid() != 0 {
		netnsUnavailable(t, "network namespaces need root")
	}
	if _, err := exec.LookPath("ip"); err != nil {
		netnsUnavailable(t, "needs ip (iproute2)")
	}
	bin := buildBinaries(t)
	dir := procTempDir(t)
	procDownAtCleanup(t, dir)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	const peers = 5
	m, err := Up(ctx, ProcessConfig{Peers: peers, Dir: dir, Network: "chaos", DaemonPath: filepath.Join(bin, "skyopsd"), Isolated: true, NoChain: true,
		Fleets: []string{"none"}, ReadyTimeout: 90 * time.Second,
		ExtraArgs: []string{"--advert-interval", "200ms", "--advert-ttl", "2s", "--suspect", "1s", "--checkpoint-interval", "300ms", "--allow-process"}})
	if err != nil {
		t.Fatal(err)
	}
	skyops := cliFor(bin, m, "SKYOPS_KEYSTORE="+m.Wallet.Keystore, "SKYOPS_PASSWORD_FILE="+m.Wallet.PasswordFile)
	rng := rand.New(rand.NewPCG(seed, 2))
	faults = map[string]int{}
	start := time.Now()
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { // the chaos monkey
		defer wg.Done()
		wait := func(d time.Duration) bool {
			select {
			case <-stop:
				return false
			case <-time.After(d):
				return true
			}
		}
		for wait(3 * time.Second) {
			victim := 1 + rng.IntN(peers-1)
			switch rng.IntN(3) {
			case 0:
				if err := Kill(dir, victim); err != nil {
					t.Errorf("kill %d: %v", victim, err)
					return
				}
				faults["kill -9"]++
				wait(2 * time.Second)
				if _, err := Restart(ctx, dir, victim); err != nil {
					t.Errorf("restart %d: %v", victim, err)
					return
				}
			case 1:
				if err := Pause(dir, victim); err != nil {
					t.Errorf("pause %d: %v", victim, err)
					return
				}
				faults["SIGSTOP"]++
				wait(4 * time.Second)
				if err := Resume(dir, victim); err != nil {
					t.Errorf("resume %d: %v", victim, err)
					return
				}
			case 2:
				split := 1 + rng.IntN(peers-1) // peers 0..split-1 | split..peers-1
				var a, b []int
				for i := 0; i < peers; i++ {
					if i < split {
						a = append(a, i)
					} else {
						b = append(b, i)
					}
				}
				if err := Partition(ctx, dir, [][]int{a, b}); err != nil {
					t.Errorf("partition: %v", err)
					return
				}
				faults["partition"]++
				wait(4 * time.Second)
				if err := Heal(ctx, dir); err != nil {
					t.Errorf("heal: %v", err)
					return
				}
			}
		}
	}()
	var ids []string
	for i := 0; i < jobs; i++ {
		out, err := skyops(0, "submit-task", "--process", "sh", "--ram", "1", "--duration", "5m", "-o", "json", "--", "-c",
			fmt.Sprintf(`s=0; [ -f "$SKYOPS_CHECKPOINT/s" ] && s=$(cat "$SKYOPS_CHECKPOINT/s"); while [ "$s" -lt 10 ]; do s=$((s+1)); echo $s > "$SKYOPS_CHECKPOINT/s"; sleep 0.3; done; echo %d > "$SKYOPS_OUTPUTS/n"`, i))
		var resp api.SubmitResponse
		if err != nil || json.Unmarshal([]byte(out), &resp) != nil {
			t.Fatalf("submit %d: %v\n%s", i, err, out)
		}
		ids = append(ids, resp.ID)
		time.Sleep(150 * time.Millisecond)
	}
	// Wait for every job to end at peer 0, then stop the chaos and let
	// everyone converge: every peer must agree on each job's one result.
	status := func(p int, id string) *api.Job {
		out, err := skyops(p, "status", id, "-o", "json")
		var j api.Job
		if err != nil || json.Unmarshal([]byte(out), &j) != nil {
			return nil
		}
		return &j
	}
	deadline := time.Now().Add(5 * time.Minute)
	for _, id := range ids {
		for {
			if j := status(0, id); j != nil && (j.State == "completed" || j.State == "failed") {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("job %s never ended: %+v", id[:10], status(0, id))
			}
			time.Sleep(200 * time.Millisecond)
		}
	}
	close(stop)
	wg.Wait()
	_ = Heal(ctx, dir)
	for p := 1; p < peers; p++ {
		if ok, _ := Paused(dir, p); ok {
			_ = Resume(dir, p)
		}
	}
	res.wall = time.Since(start)
	res.jobs = len(ids)
	for _, id := range ids {
		var first *api.Job
		for {
			agree := true
			first = nil
			for p := 0; p < peers; p++ {
				j := status(p, id)
				if j == nil || (first != nil && (j.State != first.State || j.Node != first.Node || j.OutputCID != first.OutputCID)) {
					agree = false
					break
				}
				if first == nil {
					first = j
				}
			}
			if agree {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("job %s: the peers do not agree on its result", id[:10])
			}
			time.Sleep(300 * time.Millisecond)
		}
		if first.State == "completed" {
			res.completed++
			res.accepted++
		}
		res.attempts += first.Attempts
		if first.Attempts > 1 {
			res.rescheduled++
		}
		for _, e := range first.Events {
			if e.Type == "complete" {
				res.published++
			}
		}
	}
	for _, n := range faults {
		res.kills += n
	}
	return res, faults
}

// The chaos run on real processes: 100 jobs through kill -9, SIGSTOP and
// partitions; none is lost, every peer agrees on one result for each.
func TestChaosProcesses(t *testing.T) {
	r, faults := processChaos(t, 100, 11)
	t.Logf("%d jobs, faults %v: %d completed, %d rescheduled, %d attempts, %d results published, %d accepted, %s",
		r.jobs, faults, r.completed, r.rescheduled, r.attempts, r.published, r.accepted, r.wall.Round(time.Second))
	if r.completed != r.jobs || r.accepted != r.jobs {
		t.Fatalf("%d of %d jobs completed", r.completed, r.jobs)
	}
	if r.kills == 0 {
		t.Fatal("no fault was injected")
	}
}
