package node

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/skyops/skyops/api"
	"github.com/skyops/skyops/types"
)

// TestDaemonProcess is not a test: TestHostileRequestMemory runs the test
// binary again with SKYOPS_TEST_DAEMON_DIR set, to have a real daemon in a
// process of its own whose memory it can read.
func TestDaemonProcess(t *testing.T) {
	dir := os.Getenv("SKYOPS_TEST_DAEMON_DIR")
	if dir == "" {
		t.Skip("the daemon process of TestHostileRequestMemory")
	}
	ctx := context.Background()
	n := startedNode(t, ctx, DataDir(dir), SimGPUs("H100:1"), quiet())
	fmt.Printf("ready %s\n", n.SocketPath())
	// Each line from the parent asks to return freed memory to the OS, so
	// that each request is measured from a clean start; EOF ends it.
	sc := bufio.NewScanner(os.Stdin)
	for sc.Scan() {
		debug.FreeOSMemory()
		fmt.Println("freed")
	}
}

// procStatus reads one kB figure (VmRSS, VmHWM) of a process.
func procStatus(t *testing.T, pid int, field string) int64 {
	t.Helper()
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, field+":"); ok {
			kb, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
			if err != nil {
				t.Fatal(err)
			}
			return kb << 10
		}
	}
	t.Fatalf("no %s in /proc/%d/status", field, pid)
	return 0
}

func hostileBody(head, item, tail string, size int64) (io.Reader, int64) {
	n := (size - int64(len(head)+len(tail))) / int64(len(item))
	items := io.LimitReader(&cycle{b: []byte(item)}, n*int64(len(item)))
	body := io.MultiReader(strings.NewReader(head), items, strings.NewReader(tail))
	return body, int64(len(head)+len(tail)) + n*int64(len(item))
}

type cycle struct {
	b   []byte
	off int
}

func (c *cycle) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = c.b[c.off]
		c.off = (c.off + 1) % len(c.b)
	}
	return len(p), nil
}

// A 96 MiB hostile submit to a real daemon is refused with a JSON error and
// costs the daemon less than 200 MB of resident memory: its peak (VmHWM,
// reset before each request) over its resident size before it, with freed
// memory returned to the OS in between so that requests do not share it.
func TestHostileRequestMemory(t *testing.T) {
	if raceDetector {
		t.Skip("measures RSS, which the race detector multiplies: run it without -race (make test does)")
	}
	if _, err := os.Stat("/proc/self/clear_refs"); err != nil {
		t.Skip("needs Linux /proc to read a process's peak memory")
	}
	dir := filepath.Join(tmp(t), "d")
	cmd := exec.Command(os.Args[0], "-test.run=^TestDaemonProcess$", "-test.count=1")
	cmd.Env = append(os.Environ(), "SKYOPS_TEST_DAEMON_DIR="+dir)
	cmd.Stderr = os.Stderr
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { stdin.Close(); _ = cmd.Wait() }()
	ready, freed := make(chan string, 1), make(chan struct{}, 1)
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			if s, ok := strings.CutPrefix(sc.Text(), "ready "); ok {
				ready <- s
			}
			if sc.Text() == "freed" {
				freed <- struct{}{}
			}
		}
		close(ready)
	}()
	var sock string
	select {
	case sock = <-ready:
	case <-time.After(60 * time.Second):
		t.Fatal("the daemon process did not start")
	}
	if sock == "" {
		t.Fatal("the daemon process exited before it was ready")
	}
	hc := &http.Client{Transport: &http.Transport{DialContext: func(ctx context.Context, _, _ string) (net.Conn, error) {
		var d net.Dialer
		return d.DialContext(ctx, "unix", sock)
	}}}
	pid := cmd.Process.Pid
	const limit = 200_000_000 // bytes: 200 MB
	cases := []struct {
		name, head, item, tail string
		want                   string
	}{
		// The request of issue 11: decoded whole, it took 4.5 GB.
		{"inputs of empty objects", `{"inputs":[`, `{},`, `{}]}`, "more than 64 items"},
		{"one long signature", `{"signature":"`, `a`, `"}`, "signature is"},
		{"a module the spec does not announce", `{"spec":{"runtime":"wasm","artifactSize":10},"artifact":"`, `AAAA`, `"}`, "the spec says 10"},
	}
	// A small refused submit first, so that what the first request of a
	// daemon costs once (buffers, lazily started parts) is not counted.
	if resp, err := hc.Post("http://skyopsd/v1/jobs", "application/json", strings.NewReader(`{"inputs":[{}]}`)); err == nil {
		resp.Body.Close()
	}
	time.Sleep(time.Second) // and the daemon's own start-up settle
	// And the biggest request that decodes: a 64 MiB module its spec
	// announces (refused after decoding, for the spec's network).
	quanta := (types.MaxArtifactBytes + 2) / 3
	cases = append(cases, struct{ name, head, item, tail, want string }{
		"a 64 MiB module, decoded", fmt.Sprintf(`{"spec":{"network":"elsewhere","runtime":"wasm","artifactSize":%d},"artifact":"`, types.MaxArtifactBytes),
		"AAAA", `AA=="}`, "the spec is for network",
	})
	for i, c := range cases {
		size := int64(api.MaxSubmitBytes)
		if i == len(cases)-1 {
			size = int64(len(c.head) + (quanta-1)*4 + len(c.tail))
		}
		body, size := hostileBody(c.head, c.item, c.tail, size)
		io.WriteString(stdin, "free\n")
		select {
		case <-freed:
		case <-time.After(30 * time.Second):
			t.Fatal("the daemon process did not free its memory")
		}
		if err := os.WriteFile(fmt.Sprintf("/proc/%d/clear_refs", pid), []byte("5"), 0); err != nil {
			t.Fatalf("reset the daemon's peak memory: %v", err)
		}
		before := procStatus(t, pid, "VmRSS")
		req, _ := http.NewRequest("POST", "http://skyopsd/v1/jobs", body)
		req.ContentLength = size
		resp, err := hc.Do(req)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		answer, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		var e api.Error
		if resp.StatusCode != 400 || json.Unmarshal(answer, &e) != nil || e.Code != "bad_request" || !strings.Contains(e.Message, c.want) {
			t.Fatalf("%s: %s %s, want a JSON bad_request saying %q", c.name, resp.Status, bytes.TrimSpace(answer), c.want)
		}
		peak := procStatus(t, pid, "VmHWM")
		t.Logf("%s (%d MiB): daemon RSS %d MiB before, peak %d MiB: +%d MiB; %s",
			c.name, size>>20, before>>20, peak>>20, (peak-before)>>20, e.Message)
		if peak-before > limit {
			t.Errorf("%s: the request cost the daemon %d MiB of RSS, more than 200 MB", c.name, (peak-before)>>20)
		}
	}
	// The daemon still answers.
	if _, err := api.NewClient(sock).ID(context.Background()); err != nil {
		t.Fatalf("after the requests: %v", err)
	}
}
