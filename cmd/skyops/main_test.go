package main

import (
	"bytes"
	"context"
	"encoding/json"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/skyops/skyops/api"
	"github.com/skyops/skyops/types"
)

// cli runs one command line in-process.
func cli(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(context.Background(), args, &out, &errb)
	return out.String(), errb.String(), code
}

// wantError checks a failed run: exit 1, nothing on stdout, and one
// "error: ..." line that contains every want.
func wantError(t *testing.T, args []string, wants ...string) {
	t.Helper()
	out, errs, code := cli(t, args...)
	if code != 1 || out != "" {
		t.Errorf("%v: exit %d, stdout %q; want exit 1 and no output", args, code, out)
	}
	if !strings.HasPrefix(errs, "error: ") || strings.Count(errs, "\n") != 1 {
		t.Errorf("%v: stderr %q; want one error: line", args, errs)
	}
	for _, w := range wants {
		if !strings.Contains(errs, w) {
			t.Errorf("%v: stderr %q lacks %q", args, errs, w)
		}
	}
}

func shortDir(t *testing.T) string {
	t.Helper()
	dir, err := os.MkdirTemp("", "sk")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	return dir
}

func TestBadInput(t *testing.T) {
	missing := filepath.Join(shortDir(t), "none.sock")
	for _, c := range []struct {
		args  []string
		wants []string
	}{
		{[]string{"nodes", "-o", "yaml", "--socket", missing}, []string{`invalid --output "yaml": use table or json`}},
		{[]string{"--output=xml", "id"}, []string{`invalid --output "xml"`}},
		{[]string{"nodes", "--timeout", "0s"}, []string{"invalid --timeout 0s"}},
		{[]string{"nodes", "--bogus"}, []string{"unknown flag: --bogus", "skyops nodes --help"}},
		{[]string{"nodez"}, []string{`unknown command "nodez" for "skyops"`, "did you mean nodes?"}},
		{[]string{"frobnicate"}, []string{`unknown command "frobnicate" for "skyops"`, "skyops --help"}},
		{[]string{"testnet", "frob"}, []string{`unknown command "frob" for "skyops testnet"`}},
		{[]string{"nodes", "extra"}, []string{`unknown command "extra" for "skyops nodes"`}},
		{[]string{"nodes", "--socket", missing}, []string{"no daemon socket at " + missing, "start skyopsd"}},
		{[]string{"id", "--socket", ""}, []string{"no daemon socket: pass --socket or set SKYOPS_SOCKET"}},
		{[]string{"testnet", "status", "--dir", filepath.Dir(missing)}, []string{"no testnet in " + filepath.Dir(missing)}},
		{[]string{"testnet", "down", "--dir", filepath.Dir(missing)}, []string{"no testnet in"}},
		{[]string{"testnet", "up", "--peers", "0", "--dir", filepath.Dir(missing)}, []string{"peers must be 1..64, got 0"}},
		{[]string{"testnet", "up", "--dir", filepath.Dir(missing), "--daemon", missing}, []string{missing + " does not exist"}},
	} {
		wantError(t, c.args, c.wants...)
	}
}

func TestSocketFromEnv(t *testing.T) {
	sock := filepath.Join(shortDir(t), "env.sock")
	t.Setenv(socketEnv, sock)
	wantError(t, []string{"peers"}, "no daemon socket at "+sock)
}

func TestHelpAndVersion(t *testing.T) {
	out, _, code := cli(t, "--help")
	if code != 0 || !strings.Contains(out, "testnet") || !strings.Contains(out, "--socket") {
		t.Errorf("--help: %d\n%s", code, out)
	}
	out, _, code = cli(t, "version")
	if code != 0 || !strings.HasPrefix(out, "skyops ") {
		t.Errorf("version: %d %q", code, out)
	}
	out, _, code = cli(t, "version", "-o", "json")
	var v versionInfo
	if code != 0 || json.Unmarshal([]byte(out), &v) != nil || v.Version == "" || v.Go == "" {
		t.Errorf("version -o json: %d %q", code, out)
	}
	out, _, code = cli(t, "completion", "bash")
	if code != 0 || !strings.Contains(out, "skyops") {
		t.Errorf("completion bash: %d, %d bytes", code, len(out))
	}
}

var (
	testNow   = time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	testNodes = []api.Node{
		{
			ID: "16Uiu2HAmAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAself01", Address: "0x1111111111111111111111111111111111112222", Self: true,
			GPUs: []types.GPUGroup{
				{Model: "NVIDIA A100-SXM4-40GB", MemoryMiB: 40960, Total: 8, Free: 6, Simulated: true},
				{Model: "NVIDIA H100 80GB HBM3", MemoryMiB: 81559, Total: 2, Free: 2, Simulated: true},
			},
			GPUTotal: 10, GPUFree: 8, Simulated: true, CPUCores: 128, RAMMiB: 2 << 20,
			PriceETH: "0.5", Region: "eu-west", LastSeen: testNow.Add(-400 * time.Millisecond),
			Reputation: 1000, UptimePct: 100, Bonded: true, BondRequired: true,
		},
		{
			ID: "16Uiu2HAmBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBcpu002", Address: "0x3333333333333333333333333333333333334444",
			CPUCores: 16, RAMMiB: 65536, PriceETH: "0", LastSeen: testNow.Add(-192 * time.Second),
			Reputation: 500, UptimePct: 87, Bonded: false, BondRequired: true,
			RTTEstimateUs: ptr(uint32(42_370)),
		},
	}
)

func ptr[T any](v T) *T { return &v }

func TestRenderNodes(t *testing.T) {
	var b bytes.Buffer
	if err := renderNodes(&b, testNodes, testNow, false); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	t.Logf("\n%s", out)
	lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
	if len(lines) != 6 {
		t.Fatalf("want header, 2 rows for node 1, 1 for node 2, blank, SIMULATED note; got %d lines", len(lines))
	}
	for i, wants := range [][]string{
		{"ID", "ADDRESS", "GPUS", "RAM", "PRICE (ETH/GPU-h)", "REGION", "RTT", "REP", "UPTIME", "BOND", "LAST SEEN"},
		{"16Ui…AAself01 (self)", "0x1111…2222", "8x NVIDIA A100-SXM4-40GB 40GiB (6 free) [simulated]", "128", "2TiB", "0.5", "eu-west", " 1000 ", " 100% ", " yes ", "0.4s ago"},
		{"2x NVIDIA H100 80GB HBM3 79.6GiB (2 free) [simulated]"},
		{"16Ui…BBcpu002", "0x3333…4444", "cpu only", "16", "64GiB", "-", " 42.3 ms ", " 500 ", " 87% ", " no ", "3m12s ago"},
		{},
		{"SIMULATED: 1 of 2 nodes", "not real hardware"},
	} {
		for _, w := range wants {
			if !strings.Contains(lines[i], w) {
				t.Errorf("line %d %q lacks %q", i, lines[i], w)
			}
		}
	}
	// The GPU column lines up across a node's rows.
	if a, b := utf8.RuneCountInString(lines[1][:strings.Index(lines[1], "8x ")]), strings.Index(lines[2], "2x "); a != b {
		t.Errorf("GPU groups not aligned: %d vs %d", a, b)
	}
	for i, l := range lines {
		if strings.HasSuffix(l, " ") {
			t.Errorf("line %d ends in spaces: %q", i, l)
		}
	}
	if strings.Contains(lines[3], "[simulated]") {
		t.Error("cpu-only node marked simulated")
	}
	// REP, UPTIME and BOND stand under their headers.
	for _, col := range []struct{ head, row1, row3 string }{{"REP", "1000", "500"}, {"UPTIME", "100%", "87%"}, {"BOND", "yes", "no"}} {
		if got := cellUnder(lines, col.head, 1); got != col.row1 {
			t.Errorf("%s of node 1 is %q, want %q", col.head, got, col.row1)
		}
		if got := cellUnder(lines, col.head, 3); got != col.row3 {
			t.Errorf("%s of node 2 is %q, want %q", col.head, got, col.row3)
		}
	}

	// A network that requires no bonds shows none.
	unbonded := append([]api.Node(nil), testNodes...)
	for i := range unbonded {
		unbonded[i].Bonded, unbonded[i].BondRequired = true, false
	}
	b.Reset()
	_ = renderNodes(&b, unbonded, testNow, false)
	ls := strings.Split(b.String(), "\n")
	if cellUnder(ls, "BOND", 1) != "-" || cellUnder(ls, "BOND", 3) != "-" {
		t.Errorf("BOND without bonds required is not -:\n%s", b.String())
	}

	b.Reset()
	_ = renderNodes(&b, testNodes, testNow, true)
	if !strings.Contains(b.String(), testNodes[0].ID) || !strings.Contains(b.String(), testNodes[0].Address) {
		t.Errorf("wide output lacks the full id and address:\n%s", b.String())
	}
	b.Reset()
	_ = renderNodes(&b, testNodes[1:], testNow, false)
	if strings.Contains(b.String(), "SIMULATED") {
		t.Errorf("SIMULATED note without simulated nodes:\n%s", b.String())
	}
}

// cellUnder is the word of table line row that starts under the header
// head of line 0.
func cellUnder(lines []string, head string, row int) string {
	col := utf8.RuneCountInString(lines[0][:strings.Index(lines[0], head)])
	r := []rune(lines[row])
	if col >= len(r) {
		return ""
	}
	word, _, _ := strings.Cut(string(r[col:]), " ")
	return word
}

func TestRenderHelpers(t *testing.T) {
	for m, want := range map[uint64]string{0: "-", 512: "512MiB", 40960: "40GiB", 81559: "79.6GiB", 1 << 20: "1TiB", 1536 << 10: "1.5TiB"} {
		if got := formatMiB(m); got != want {
			t.Errorf("formatMiB(%d) = %q, want %q", m, got, want)
		}
	}
	for d, want := range map[time.Duration]string{
		400 * time.Millisecond: "0.4s ago", -time.Second: "0.0s ago", 42 * time.Second: "42s ago",
		3*time.Hour + 5*time.Minute: "3h05m ago", 72 * time.Hour: "3d ago",
	} {
		if got := ago(testNow, testNow.Add(-d)); got != want {
			t.Errorf("ago(%s) = %q, want %q", d, got, want)
		}
	}
	if ago(testNow, time.Time{}) != "-" {
		t.Error("zero time")
	}
	if got := clean("eu\twest\x1b[31m"); got != "eu?west?[31m" {
		t.Errorf("clean = %q", got)
	}
}

// fakeDaemon serves a fixed API on a unix socket and returns the socket.
func fakeDaemon(t *testing.T) string {
	t.Helper()
	sock := filepath.Join(shortDir(t), "d.sock")
	ln, err := net.Listen("unix", sock)
	if err != nil {
		t.Fatal(err)
	}
	reply := func(v any) http.HandlerFunc {
		return func(w http.ResponseWriter, _ *http.Request) { _ = json.NewEncoder(w).Encode(v) }
	}
	mux := http.NewServeMux()
	mux.Handle("GET /v1/id", reply(api.Identity{
		ID: testNodes[0].ID, Address: testNodes[0].Address, Network: "devnet", Agent: "skyopsd/test", PID: 42,
		Addrs: []string{"/ip4/127.0.0.1/tcp/4001/p2p/" + testNodes[0].ID, "/ip4/127.0.0.1/udp/4001/quic-v1/p2p/" + testNodes[0].ID},
	}))
	mux.Handle("GET /v1/peers", reply([]api.Peer{{ID: testNodes[1].ID, Direction: "outbound", LatencyMs: 0.25, GossipScore: -512.5, Addrs: []string{"/ip4/127.0.0.1/tcp/4002"}}}))
	mux.Handle("GET /v1/nodes", reply(testNodes))
	mux.HandleFunc("GET /v1/slow", func(http.ResponseWriter, *http.Request) {})
	srv := &http.Server{Handler: mux}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	return sock
}

func TestAgainstFakeDaemon(t *testing.T) {
	sock := fakeDaemon(t)
	t.Setenv(socketEnv, sock)

	out, errs, code := cli(t, "nodes", "-o", "json")
	var nodes []api.Node
	if code != 0 || errs != "" || json.Unmarshal([]byte(out), &nodes) != nil || len(nodes) != 2 ||
		nodes[0].ID != testNodes[0].ID || len(nodes[0].GPUs) != 2 || !nodes[0].GPUs[0].Simulated ||
		nodes[1].Reputation != 500 || nodes[1].UptimePct != 87 || nodes[1].Bonded || !nodes[1].BondRequired ||
		!strings.Contains(out, `"reputation": 500,`) || !strings.Contains(out, `"uptimePct": 87,`) || !strings.Contains(out, `"bonded": false,`) {
		t.Errorf("nodes -o json: %d %q\n%s", code, errs, out)
	}
	out, _, code = cli(t, "nodes")
	if code != 0 || !strings.Contains(out, "[simulated]") || !strings.Contains(out, "cpu only") {
		t.Errorf("nodes: %d\n%s", code, out)
	}
	out, _, code = cli(t, "id")
	for _, w := range []string{"ID:", testNodes[0].ID, "Address:", testNodes[0].Address, "Network:", "devnet", "/ip4/127.0.0.1/udp/4001/quic-v1/p2p/"} {
		if code != 0 || !strings.Contains(out, w) {
			t.Errorf("id lacks %q:\n%s", w, out)
		}
	}
	out, _, code = cli(t, "id", "-o", "json")
	var id api.Identity
	if code != 0 || json.Unmarshal([]byte(out), &id) != nil || id.Address != testNodes[0].Address {
		t.Errorf("id -o json: %d\n%s", code, out)
	}
	out, _, code = cli(t, "peers")
	if code != 0 || !strings.Contains(out, "outbound") || !strings.Contains(out, "0.2ms") || !strings.Contains(out, "16Ui…BBcpu002") || !strings.Contains(out, "-512.5") {
		t.Errorf("peers:\n%s", out)
	}
}

func TestDaemonErrors(t *testing.T) {
	sock := filepath.Join(shortDir(t), "d.sock")
	ln, err := net.Listen("unix", sock)
	if err != nil {
		t.Fatal(err)
	}
	release := make(chan struct{})
	mux := http.NewServeMux()
	mux.HandleFunc("GET /v1/nodes", func(w http.ResponseWriter, _ *http.Request) { <-release })
	mux.HandleFunc("GET /v1/id", func(w http.ResponseWriter, _ *http.Request) {
		w.WriteHeader(http.StatusServiceUnavailable)
		_ = json.NewEncoder(w).Encode(api.Error{Message: "node is still starting", Code: "unavailable"})
	})
	srv := &http.Server{Handler: mux}
	go srv.Serve(ln)
	t.Cleanup(func() { close(release); srv.Close() })

	wantError(t, []string{"nodes", "--socket", sock, "--timeout", "100ms"}, "no answer from the daemon at "+sock+" within 100ms")
	wantError(t, []string{"id", "--socket", sock}, "daemon at "+sock+": node is still starting")
}

// skyops status shows the owner's placement filters, when the spec has any.
func TestRenderJobPlacementFilters(t *testing.T) {
	var b bytes.Buffer
	j := &api.Job{ID: "0xabc", State: "pending", Spec: types.JobSpec{Runtime: "wasm", Region: "eu-west", MinReputation: 1200, MinUptimePct: 95}}
	if err := renderJob(&b, j); err != nil {
		t.Fatal(err)
	}
	if !regexp.MustCompile(`(?m)^Node filter:\s+region eu-west, reputation >= 1200, uptime >= 95%$`).MatchString(b.String()) {
		t.Errorf("status lacks the filters:\n%s", b.String())
	}
	j.Spec = types.JobSpec{Runtime: "wasm", MinUptimePct: 50}
	b.Reset()
	_ = renderJob(&b, j)
	if !strings.Contains(b.String(), "uptime >= 50%\n") || strings.Contains(b.String(), "region") {
		t.Errorf("uptime alone:\n%s", b.String())
	}
	j.Spec = types.JobSpec{Runtime: "wasm"}
	b.Reset()
	_ = renderJob(&b, j)
	if strings.Contains(b.String(), "Node filter") {
		t.Errorf("filters shown for a spec without any:\n%s", b.String())
	}
}
