package main

import (
	"bufio"
	"encoding/json"
	"net"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/skyops/skyops/api"
	"github.com/skyops/skyops/types"
	"github.com/skyops/skyops/wallet"
)

// watchDaemon answers GET /v1/jobs/{id} from a script of jobs (staying on
// the last), and the job's log sealed to its owner.
func watchDaemon(t *testing.T, w cliTestWallet, log string, script []api.Job) string {
	t.Helper()
	k, err := wallet.Open(w.dir)
	if err != nil {
		t.Fatal(err)
	}
	key, err := k.DecryptKey(w.addr.Hex(), "s3cret")
	if err != nil {
		t.Fatal(err)
	}
	sealed, err := types.SealToOwner(&key.PublicKey, []byte(log))
	if err != nil {
		t.Fatal(err)
	}
	sock := filepath.Join(shortDir(t), "d.sock")
	ln, err := net.Listen("unix", sock)
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	mux := http.NewServeMux()
	mux.HandleFunc("GET /v1/jobs/{id}", func(rw http.ResponseWriter, r *http.Request) {
		mu.Lock()
		j := script[0]
		if len(script) > 1 {
			script = script[1:]
		}
		mu.Unlock()
		j.ID, j.Owner = "0x"+strings.Repeat("ab", 32), w.addr.Hex()
		json.NewEncoder(rw).Encode(j)
	})
	mux.HandleFunc("GET /v1/jobs/{id}/logs", func(rw http.ResponseWriter, r *http.Request) {
		rw.Write(sealed)
	})
	srv := httptest.NewUnstartedServer(mux)
	srv.Listener = ln
	srv.Start()
	t.Cleanup(srv.Close)
	return sock
}

// A job polled many times with few changes: not on a terminal, watch
// prints a line per change, not per poll; -o json is one object per change.
func TestWatchPrintsChangesOnly(t *testing.T) {
	h := walletTestHooks()
	w := newCLITestWallet(t)
	p := func(f float64) *float64 { return &f }
	node := "16Uiu2HAmExecutorNodeId"
	var script []api.Job
	script = append(script, api.Job{State: "pending"}, api.Job{State: "pending"}, api.Job{State: "claimed", Node: node})
	for i := 0; i < 20; i++ { // 20 polls of the same running state
		script = append(script, api.Job{State: "running", Node: node, Progress: p(0.5)})
	}
	script = append(script, api.Job{State: "running", Node: node, Progress: p(0.75)}, api.Job{State: "completed", Node: node, Progress: p(1)})

	sock := watchDaemon(t, w, "hello\n", script)
	out, errs, code := cliHooked(t, h, append([]string{"watch", "0xabab", "--socket", sock}, w.flags()...)...)
	if code != 0 {
		t.Fatalf("watch: %d %s", code, errs)
	}
	var status []string
	for line := range strings.Lines(out) {
		if !strings.HasPrefix(line, "  | ") {
			status = append(status, line)
		}
	}
	if len(status) != 5 || !strings.Contains(status[0], "pending") || !strings.Contains(status[1], "claimed") ||
		!strings.Contains(status[2], " 50.0%") || !strings.Contains(status[3], " 75.0%") || !strings.Contains(status[4], "completed") {
		t.Errorf("want 5 status lines (one per change) for %d polls:\n%s", len(script), out)
	}
	if strings.Contains(out, "\x1b[") {
		t.Errorf("terminal control sequences written to a non-terminal:\n%q", out)
	}
	if !strings.Contains(out, "  | hello\n") {
		t.Errorf("the job's output is missing:\n%s", out)
	}

	sock = watchDaemon(t, w, "hello\n", script)
	out, errs, code = cliHooked(t, h, append([]string{"watch", "0xabab", "--socket", sock, "-o", "json"}, w.flags()...)...)
	if code != 0 {
		t.Fatalf("watch -o json: %d %s", code, errs)
	}
	var states []string
	logs := 0
	sc := bufio.NewScanner(strings.NewReader(out))
	for sc.Scan() {
		var obj struct {
			Type     string   `json:"type"`
			State    string   `json:"state"`
			Progress *float64 `json:"progress"`
			Line     string   `json:"line"`
		}
		if err := json.Unmarshal(sc.Bytes(), &obj); err != nil {
			t.Fatalf("line %q is not a JSON object: %v", sc.Text(), err)
		}
		switch obj.Type {
		case "status":
			states = append(states, obj.State)
		case "log":
			if obj.Line != "hello" {
				t.Errorf("log line %q", obj.Line)
			}
			logs++
		default:
			t.Errorf("object of type %q", obj.Type)
		}
	}
	if strings.Join(states, ",") != "pending,claimed,running,running,completed" || logs != 1 {
		t.Errorf("json: states %v, %d log lines:\n%s", states, logs, out)
	}
}

// On a terminal the status block is redrawn in place: the cursor goes back
// up over the block before each new one. Only a real terminal makes that
// path run, so this drives the view directly.
func TestWatchRedrawsInPlace(t *testing.T) {
	var b strings.Builder
	v := &watchView{w: &b, mode: watchTTY}
	p := func(f float64) *float64 { return &f }
	gpus := []types.GPUPoint{{GPU: 0, UtilGPU: 90}, {GPU: 1, UtilGPU: 80}}
	for i := 0; i < 100; i++ {
		v.status(&api.Job{State: "running", Node: "n", Progress: p(float64(i) / 100), GPUs: gpus}, testNow)
	}
	v.log("a line of output")
	out := b.String()
	// 100 blocks of 3 lines drawn; every one after the first goes back up
	// its 3 rows first, and the output line goes above the block.
	if n := strings.Count(out, "\x1b[3A\x1b[J"); n != 100 {
		t.Errorf("%d redraws in place, want 100 (99 updates and the output line)", n)
	}
	tail := out[strings.LastIndex(out, "\x1b[J")+len("\x1b[J"):]
	if !strings.HasPrefix(tail, "  | a line of output\n") || !strings.Contains(tail, " 99.0%") {
		t.Errorf("after the output line, the block is drawn again under it: %q", tail)
	}
}
