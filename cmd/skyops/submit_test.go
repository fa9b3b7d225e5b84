package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"github.com/skyops/skyops/api"
	"github.com/skyops/skyops/exec/result"
	"github.com/skyops/skyops/types"
)

// emptyWasmModule is the smallest valid wasm module: the header alone.
var emptyWasmModule = []byte("\x00asm\x01\x00\x00\x00")

func writeTestModule(t *testing.T, data []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "job.wasm")
	if err := os.WriteFile(p, data, 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// testHome is a well-formed peer id to sign into specs as their home.
const testHome = "16Uiu2HAmMUjGmiUhJeiZgu6ZZnLRkE2VViR2JgjqtW9aTZnHQqgg"

// submitDryRun runs submit-task --dry-run -o json and checks what every dry run
// must satisfy: the typed data hashes (by apitypes, as the daemon and
// wallets do) to the printed id, and the signature recovers to owner.
func submitDryRun(t *testing.T, h cliHooks, w cliTestWallet, args ...string) (*types.JobSpec, dryRunOut) {
	t.Helper()
	full := append([]string{"submit-task", "--dry-run", "-o", "json", "--network", "testnet", "--home", testHome}, w.flags()...)
	full = append(full, args...)
	out, errs, code := cliHooked(t, h, full...)
	if code != 0 {
		t.Fatalf("%v: exit %d: %s", args, code, errs)
	}
	var got dryRunOut
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("dry run output: %v\n%s", err, out)
	}
	var td apitypes.TypedData
	if err := json.Unmarshal(got.TypedData, &td); err != nil {
		t.Fatal(err)
	}
	digest, _, err := apitypes.TypedDataAndHash(td)
	if err != nil {
		t.Fatal(err)
	}
	if id := common.BytesToHash(digest).Hex(); id != got.ID {
		t.Fatalf("typed data hashes to %s, printed id %s", id, got.ID)
	}
	spec, chainID, err := types.JobSpecFromTypedData(td)
	if err != nil {
		t.Fatal(err)
	}
	sig, err := types.ParseSignatureHex(got.Signature)
	if err != nil {
		t.Fatal(err)
	}
	owner, err := types.RecoverJobOwner(spec, chainID, sig)
	if err != nil || owner != w.addr || got.Owner != w.addr.Hex() {
		t.Fatalf("signature recovers to %s (%v), printed owner %s, wallet %s", owner.Hex(), err, got.Owner, w.addr.Hex())
	}
	if err := spec.Validate(); err != nil {
		t.Fatalf("dry run spec invalid: %v", err)
	}
	return spec, got
}

func TestSubmitDryRunTemplate(t *testing.T) {
	h := walletTestHooks()
	w := newCLITestWallet(t)
	wasm := writeTestModule(t, emptyWasmModule)

	spec, _ := submitDryRun(t, h, w, "--model", "gpt2", "--wasm", wasm)
	if spec.Model != "gpt2" || spec.Framework != "pytorch" || spec.GPUModel != "A100" || spec.GPUCount != 1 ||
		spec.RAMMiB != 64<<10 || spec.DurationSec != 4*3600 || strings.Join(spec.Args, " ") != "--model gpt2 --epochs 3" ||
		spec.Runtime != "wasm" || spec.Network != "testnet" || spec.PriceCapWei != "0" || spec.CreatedAt == 0 {
		t.Errorf("gpt2 template spec: %+v", spec)
	}
	if spec.Artifact != result.CIDOf(emptyWasmModule) || spec.ArtifactSize != uint64(len(emptyWasmModule)) {
		t.Errorf("artifact %s (%d)", spec.Artifact, spec.ArtifactSize)
	}

	// Flags override the template; args after -- replace its args.
	spec2, _ := submitDryRun(t, h, w, "--model", "gpt2", "--wasm", wasm, "--gpu", "H100", "--gpus", "2", "--gpu-mem", "80",
		"--ram", "8", "--cpus", "4", "--disk", "20", "--duration", "90m", "--price-cap", "0.25", "--framework", "jax",
		"--env", "A=1,2", "--env", "B=x", "--input", "ipfs://bafybeiggzq4ryi7hscq5hzvzcnk4urnxt3asp37dhgvnjilf7exskximla", "--data-local", "--chain-id", "31337", "--", "--epochs", "1")
	if spec2.GPUModel != "H100" || spec2.GPUCount != 2 || spec2.GPUMemMiB != 80<<10 || spec2.RAMMiB != 8<<10 ||
		spec2.CPUCores != 4 || spec2.DiskMiB != 20<<10 || spec2.DurationSec != 5400 || spec2.PriceCapWei != "250000000000000000" ||
		spec2.Framework != "jax" || strings.Join(spec2.Env, ";") != "A=1,2;B=x" || len(spec2.InputCIDs) != 1 || !spec2.DataLocal ||
		strings.Join(spec2.Args, " ") != "--epochs 1" || spec2.Nonce == spec.Nonce {
		t.Errorf("overridden spec: %+v", spec2)
	}

	// --gpus 0 makes a GPU template CPU-only; "--" alone clears the args.
	spec3, _ := submitDryRun(t, h, w, "--model", "gpt2", "--wasm", wasm, "--gpus", "0", "--")
	if spec3.GPUCount != 0 || spec3.GPUModel != "" || spec3.Args != nil {
		t.Errorf("CPU-only override: %+v", spec3)
	}

	// No template: --wasm alone, with the defaults.
	spec4, _ := submitDryRun(t, h, w, "--wasm", wasm, "--model", "my-own-model")
	if spec4.Model != "my-own-model" || spec4.GPUCount != 0 || spec4.DurationSec != 3600 || spec4.Args != nil {
		t.Errorf("no template: %+v", spec4)
	}

	// A builtin artifact comes from the resolver when the template has one.
	hb := walletTestHooks()
	hb.builtin = func(name string) ([]byte, error) {
		if name != "demo-train" {
			t.Errorf("builtin %q", name)
		}
		return emptyWasmModule, nil
	}
	spec5, _ := submitDryRun(t, hb, w, "--model", "cpu-demo")
	if spec5.Artifact != result.CIDOf(emptyWasmModule) || spec5.GPUCount != 0 || spec5.RAMMiB != 1024 {
		t.Errorf("builtin artifact: %+v", spec5)
	}
}

// --allow-network asks for a network for a Docker job: it is in the signed
// spec and in the dry run's typed data; without it a Docker job has none.
func TestSubmitAllowNetwork(t *testing.T) {
	h := walletTestHooks()
	w := newCLITestWallet(t)
	for _, on := range []bool{true, false} {
		args := []string{"--image", "localhost/trainer:1", "--", "python", "train.py"}
		if on {
			args = append([]string{"--allow-network"}, args...)
		}
		spec, dr := submitDryRun(t, h, w, args...)
		if spec.Runtime != "docker" || spec.Artifact != "localhost/trainer:1@"+fakeDigest || spec.NetworkAccess != on {
			t.Errorf("--allow-network %v: spec %+v", on, spec)
		}
		var td bytes.Buffer
		if err := json.Compact(&td, dr.TypedData); err != nil {
			t.Fatal(err)
		}
		want := fmt.Sprintf(`"networkAccess":%v`, on)
		if !strings.Contains(td.String(), want) || !strings.Contains(td.String(), `{"name":"networkAccess","type":"bool"}`) {
			t.Errorf("dry run typed data lacks %s:\n%s", want, td.String())
		}
	}

	// Only Docker jobs: said before the daemon is asked (there is none).
	wasm := writeTestModule(t, emptyWasmModule)
	noDaemon := append([]string{"submit-task", "--allow-network", "--socket", filepath.Join(t.TempDir(), "no.sock")}, w.flags()...)
	cliMustFail(t, h, append(noDaemon, "--wasm", wasm),
		"--allow-network is for Docker jobs (--image REF): this is a wasm job, and a wasm module has no sockets to use a network")
	cliMustFail(t, h, append(noDaemon, "--process", "python3"),
		"--allow-network is for Docker jobs (--image REF): a --process job is not sandboxed and already has the provider's network")
}

// --region, --min-reputation and --min-uptime are signed into the spec;
// bad values are refused before the daemon or the wallet is asked.
func TestSubmitPlacementFilters(t *testing.T) {
	h := walletTestHooks()
	w := newCLITestWallet(t)
	wasm := writeTestModule(t, emptyWasmModule)
	spec, dr := submitDryRun(t, h, w, "--wasm", wasm, "--region", "eu-west", "--min-reputation", "1200", "--min-uptime", "90")
	if spec.Region != "eu-west" || spec.MinReputation != 1200 || spec.MinUptimePct != 90 {
		t.Errorf("spec %+v", spec)
	}
	var td bytes.Buffer
	if err := json.Compact(&td, dr.TypedData); err != nil {
		t.Fatal(err)
	}
	if want := `"region":"eu-west","minReputation":"1200","minUptimePct":"90","maxLatencyMs":"0","dataLocal":false,`; !strings.Contains(td.String(), want) {
		t.Errorf("dry run typed data lacks %s:\n%s", want, td.String())
	}
	// The bounds, and "" (any region), are accepted; without the flags a
	// spec has no filters.
	spec, _ = submitDryRun(t, h, w, "--wasm", wasm, "--region", "", "--min-reputation", "3000", "--min-uptime", "100")
	if spec.Region != "" || spec.MinReputation != 3000 || spec.MinUptimePct != 100 {
		t.Errorf("bounds: %+v", spec)
	}
	spec, _ = submitDryRun(t, h, w, "--wasm", wasm)
	if spec.Region != "" || spec.MinReputation != 0 || spec.MinUptimePct != 0 {
		t.Errorf("no flags: %+v", spec)
	}

	noDaemon := append([]string{"submit-task", "--wasm", wasm, "--socket", filepath.Join(t.TempDir(), "no.sock")}, w.flags()...)
	with := func(a ...string) []string { return append(append([]string{}, noDaemon...), a...) }
	for _, c := range []struct {
		args  []string
		wants []string
	}{
		{with("--min-reputation", "3001"), []string{"--min-reputation 3001: pass 0 to 3000 (1000 is neutral, a new node starts at 500; 0 = no minimum)"}},
		{with("--min-reputation", "-1"), []string{"--min-reputation -1: pass 0 to 3000"}},
		{with("--min-reputation", "high"), []string{`invalid argument "high" for "--min-reputation"`}},
		{with("--min-uptime", "101"), []string{"--min-uptime 101: pass a percentage, 0 to 100 (0 = no minimum)"}},
		{with("--min-uptime", "-5"), []string{"--min-uptime -5: pass a percentage"}},
		{with("--min-uptime", "99.5"), []string{`invalid argument "99.5" for "--min-uptime"`}},
		{with("--region", "eu\nwest"), []string{`region "eu\nwest" holds unprintable character U+000A`, "skyops nodes, e.g. eu-west", "(--region)"}},
		{with("--region", strings.Repeat("r", 257)), []string{"region is 257 bytes, at most 256"}},
	} {
		cliMustFail(t, h, c.args, c.wants...)
	}
}

// --max-latency is signed into the spec in whole milliseconds; malformed
// or out-of-range durations are refused before the daemon is asked.
func TestSubmitMaxLatency(t *testing.T) {
	h := walletTestHooks()
	w := newCLITestWallet(t)
	wasm := writeTestModule(t, emptyWasmModule)
	for in, want := range map[string]uint32{"30ms": 30, "0.2s": 200, "10s": 10_000, "0": 0, "0s": 0} {
		spec, dr := submitDryRun(t, h, w, "--wasm", wasm, "--max-latency", in)
		if spec.MaxLatencyMs != want {
			t.Errorf("--max-latency %s: spec says %d ms", in, spec.MaxLatencyMs)
		}
		var td bytes.Buffer
		if err := json.Compact(&td, dr.TypedData); err != nil {
			t.Fatal(err)
		}
		if s := fmt.Sprintf(`"maxLatencyMs":"%d","dataLocal":false,`, want); !strings.Contains(td.String(), s) {
			t.Errorf("--max-latency %s: typed data lacks %s", in, s)
		}
	}
	noDaemon := append([]string{"submit-task", "--wasm", wasm, "--socket", filepath.Join(t.TempDir(), "no.sock")}, w.flags()...)
	for in, want := range map[string]string{
		"30":      `--max-latency "30": not a duration; pass e.g. 30ms or 0.2s (0 = no bound)`,
		"fast":    `--max-latency "fast": not a duration`,
		"-5ms":    "--max-latency -5ms: a round trip is not negative",
		"1500us":  "--max-latency 1500us: the bound is signed in whole milliseconds; pass e.g. 2ms",
		"10001ms": "--max-latency 10001ms: at most 10s",
		"1m":      "--max-latency 1m: at most 10s",
	} {
		cliMustFail(t, h, append(append([]string{}, noDaemon...), "--max-latency", in), want)
	}
}

func TestSubmitDryRunTable(t *testing.T) {
	w := newCLITestWallet(t)
	args := append([]string{"submit-task", "--dry-run", "--network", "n", "--home", testHome, "--wasm", writeTestModule(t, emptyWasmModule)}, w.flags()...)
	out, errs, code := cliHooked(t, walletTestHooks(), args...)
	if code != 0 {
		t.Fatalf("%d %s", code, errs)
	}
	// stdout is the typed data alone, ready for a wallet.
	var td apitypes.TypedData
	if err := json.Unmarshal([]byte(out), &td); err != nil || td.PrimaryType != "JobSpec" {
		t.Fatalf("stdout is not typed data: %v\n%s", err, out)
	}
	for _, want := range []string{"Job id:", "Owner:      " + w.addr.Hex(), "Signature:  0x", "nothing submitted"} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs)
		}
	}

	// Without a wallet, a dry run prints the typed data unsigned.
	args = []string{"submit-task", "--dry-run", "-o", "json", "--network", "n", "--home", testHome, "--wasm", writeTestModule(t, emptyWasmModule), "--keystore", filepath.Join(t.TempDir(), "none")}
	out, errs, code = cliHooked(t, walletTestHooks(), args...)
	var got dryRunOut
	if code != 0 || json.Unmarshal([]byte(out), &got) != nil || got.Signature != "" || got.ID == "" || !strings.Contains(errs, "not signed") {
		t.Errorf("unsigned dry run: %d %q %q", code, out, errs)
	}
}

func TestSubmitErrors(t *testing.T) {
	h := walletTestHooks()
	w := newCLITestWallet(t)
	wasm := writeTestModule(t, emptyWasmModule)
	notWasm := writeTestModule(t, []byte("#!/bin/sh\n"))
	base := append([]string{"submit-task", "--dry-run", "--network", "n", "--home", testHome}, w.flags()...)
	with := func(a ...string) []string { return append(append([]string{}, base...), a...) }
	for _, c := range []struct {
		args  []string
		wants []string
	}{
		{with("--model", "llama"), []string{`no template for model "llama" and no --wasm or --image: pass --wasm FILE or --image REF (see skyops models)`}},
		{with(), []string{"nothing to run: pass --wasm FILE, --image REF, or --model NAME"}},
		{with("--image", "Not An Image"), []string{"not a Docker image reference"}},
		{with("--wasm", notWasm), []string{"is not a wasm module"}},
		{with("--wasm", wasm+".none"), []string{"--wasm:", "no such file"}},
		{with("--wasm", wasm, "--gpu", "A100", "--gpus", "0"), []string{"--gpus 0 with --gpu A100"}},
		{with("--wasm", wasm, "--gpu", "A100", "--gpus", "-1"), []string{"--gpus -1"}},
		{with("--wasm", wasm, "--gpus", "65"), []string{"--gpus 65: at most 64"}},
		{with("--wasm", wasm, "--gpu", ""), []string{"--gpu is empty"}},
		{with("--wasm", wasm, "--ram", "0"), []string{"--ram 0: pass at least 1 (GiB), or leave --ram out for no minimum"}},
		{with("--wasm", wasm, "--ram", "-4"), []string{"--ram -4"}},
		{with("--wasm", wasm, "--disk", "0"), []string{"--disk 0"}},
		{with("--wasm", wasm, "--cpus", "0"), []string{"--cpus 0"}},
		{with("--wasm", wasm, "--gpu-mem", "40"), []string{"--gpu-mem asks for GPU memory of a CPU-only job"}},
		{with("--wasm", wasm, "--duration", "0s"), []string{"--duration 0s: pass a positive maximum run time"}},
		{with("--wasm", wasm, "--duration", "200h"), []string{"--duration 200h0m0s: at most 168h"}},
		{with("--wasm", wasm, "--duration", "4"), []string{"invalid argument \"4\" for \"--duration\""}},
		{with("--wasm", wasm, "--price-cap", "-1"), []string{"--price-cap: amount \"-1\""}},
		{with("--wasm", wasm, "--env", "NOVALUE"), []string{`env[0] "NOVALUE" is not KEY=VALUE`}},
		{with("--wasm", wasm, "--input", "nope"), []string{`--input "nope": pass a dataset as ipfs://CID`}},
		{with("--wasm", wasm, "--input", "ipfs://nope"), []string{`inputCids[0] "ipfs://nope" is not a CID`}},
		{with("--wasm", wasm, "--data-local"), []string{"dataLocal asks for a node that holds the job's datasets, and it has none"}},
		{with("--wasm", wasm, "stray"), []string{`unexpected argument "stray": put the program's arguments after --`}},
		{with("--wasm", wasm, "--from", "0x0000000000000000000000000000000000000001"), []string{"is not in", "skyops wallet list"}},
		{with("--wasm", wasm, "--typed-data", "x.json"), []string{"--typed-data and --signature go together"}},
		{[]string{"submit-task", "--wasm", wasm, "--keystore", w.dir, "--password-file", os.DevNull, "--network", "n", "--home", testHome, "--dry-run"},
			[]string{"could not decrypt key with the given password: check --password-file"}},
		{[]string{"submit-task", "--wasm", wasm, "--socket", filepath.Join(t.TempDir(), "no.sock")},
			[]string{"ask the daemon for its network (or pass --network and --home)", "no daemon socket at"}},
		{with("--wasm", wasm, "--home", "nobody"), []string{`home "nobody" is not a peer id`}},
	} {
		cliMustFail(t, h, c.args, c.wants...)
	}
}

// submitDaemon is a tiny API server on a unix socket that records what it
// is sent and verifies signatures as the daemon does (chain 1337).
type submitDaemon struct {
	socket string
	mu     sync.Mutex
	reqs   []api.SubmitRequest
	states []string // what successive GET /v1/jobs/{id} answer
	jobErr string
	// When set, POST /v1/jobs reports each request on got and answers
	// only once release is closed: refuse, if set, is then its refusal.
	got     chan struct{}
	release chan struct{}
	refuse  string
	polled  chan struct{} // when set, told of each GET /v1/jobs/{id}
	lists   []string      // the query of each GET /v1/jobs
}

func startSubmitDaemon(t *testing.T) *submitDaemon {
	t.Helper()
	dir, err := os.MkdirTemp("", "sk") // short: socket paths are limited
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	d := &submitDaemon{socket: filepath.Join(dir, "d.sock")}
	ln, err := net.Listen("unix", d.socket)
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /v1/id", func(w http.ResponseWriter, _ *http.Request) {
		json.NewEncoder(w).Encode(api.Identity{ID: testHome, Network: "fakenet"})
	})
	mux.HandleFunc("POST /v1/jobs", func(w http.ResponseWriter, r *http.Request) {
		var req api.SubmitRequest
		if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
			http.Error(w, err.Error(), 400)
			return
		}
		d.mu.Lock()
		d.reqs = append(d.reqs, req)
		got, release, refuse := d.got, d.release, d.refuse
		d.mu.Unlock()
		if got != nil {
			got <- struct{}{}
			<-release
		}
		if refuse != "" {
			w.WriteHeader(503)
			json.NewEncoder(w).Encode(api.Error{Message: refuse, Code: "unavailable"})
			return
		}
		sig, err := types.ParseSignatureHex(req.Signature)
		if err != nil {
			w.WriteHeader(400)
			json.NewEncoder(w).Encode(api.Error{Message: err.Error(), Code: "bad_request"})
			return
		}
		owner, _ := types.RecoverJobOwner(&req.Spec, 1337, sig)
		id, _ := req.Spec.ID(1337)
		json.NewEncoder(w).Encode(api.SubmitResponse{ID: id, Owner: owner.Hex(), State: "pending", Placement: "2/3 nodes fit now: 1 GPU model"})
	})
	mux.HandleFunc("GET /v1/jobs", func(w http.ResponseWriter, r *http.Request) {
		d.mu.Lock()
		d.lists = append(d.lists, r.URL.RawQuery)
		d.mu.Unlock()
		w.Write([]byte("[]"))
	})
	mux.HandleFunc("GET /v1/jobs/{id}", func(w http.ResponseWriter, r *http.Request) {
		d.mu.Lock()
		if d.polled != nil {
			select {
			case d.polled <- struct{}{}:
			default:
			}
		}
		state := d.states[0]
		if len(d.states) > 1 {
			d.states = d.states[1:]
		}
		d.mu.Unlock()
		j := api.Job{ID: r.PathValue("id"), State: state}
		if state != "pending" {
			j.Node = "16Uiu2HAmExecutorNodeId"
		}
		if state == "failed" {
			d.mu.Lock()
			j.Error = d.jobErr
			d.mu.Unlock()
		}
		if state == "completed" {
			j.OutputCID = result.CIDOf([]byte("out"))
		}
		json.NewEncoder(w).Encode(j)
	})
	srv := httptest.NewUnstartedServer(mux)
	srv.Listener = ln
	srv.Start()
	t.Cleanup(srv.Close)
	return d
}

// script sets what the next GET /v1/jobs/{id} calls answer.
func (d *submitDaemon) script(jobErr string, states ...string) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.states, d.jobErr = states, jobErr
}

func (d *submitDaemon) last(t *testing.T) api.SubmitRequest {
	t.Helper()
	d.mu.Lock()
	defer d.mu.Unlock()
	if len(d.reqs) == 0 {
		t.Fatal("nothing submitted")
	}
	return d.reqs[len(d.reqs)-1]
}

func TestSubmitToDaemon(t *testing.T) {
	h := walletTestHooks()
	w := newCLITestWallet(t)
	d := startSubmitDaemon(t)
	wasm := writeTestModule(t, emptyWasmModule)
	args := append([]string{"submit-task", "--socket", d.socket, "--model", "resnet50", "--wasm", wasm}, w.flags()...)
	out, errs, code := cliHooked(t, h, args...)
	if code != 0 {
		t.Fatalf("submit: %d %s", code, errs)
	}
	req := d.last(t)
	id, _ := req.Spec.ID(1337)
	for _, want := range []string{"Job:        " + id, "Owner:      " + w.addr.Hex(), "State:      pending", "Placement:  2/3 nodes fit now"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	// The network came from the daemon; the module travels with the spec.
	if req.Spec.Network != "fakenet" || string(req.Artifact) != string(emptyWasmModule) || req.Spec.Model != "resnet50" {
		t.Errorf("request: %+v", req)
	}

	// -o json prints the daemon's answer.
	out, _, code = cliHooked(t, h, append(args, "-o", "json")...)
	var resp api.SubmitResponse
	if code != 0 || json.Unmarshal([]byte(out), &resp) != nil || resp.Owner != w.addr.Hex() || resp.State != "pending" {
		t.Errorf("-o json: %d %q", code, out)
	}

	// Another chain id: the daemon (on 1337) computes another id, and the
	// CLI says so rather than reporting a job its wallet does not own.
	cliMustFail(t, h, append(args, "--chain-id", "1"), "verifies signatures for another chain id")
}

func TestSubmitWait(t *testing.T) {
	h := walletTestHooks()
	w := newCLITestWallet(t)
	d := startSubmitDaemon(t)
	args := append([]string{"submit-task", "--socket", d.socket, "--wasm", writeTestModule(t, emptyWasmModule), "--wait"}, w.flags()...)

	d.script("", "pending", "claimed", "running", "running", "completed")
	out, errs, code := cliHooked(t, h, args...)
	if code != 0 {
		t.Fatalf("wait: %d %s", code, errs)
	}
	for _, want := range []string{"claimed on 16Ui…orNodeId", "running on", "completed on", "Output:     " + result.CIDOf([]byte("out"))} {
		if !strings.Contains(out, want) {
			t.Errorf("wait output lacks %q:\n%s", want, out)
		}
	}
	if strings.Count(out, "running") != 1 {
		t.Errorf("unchanged state printed twice:\n%s", out)
	}

	d.script("exit code 3", "running", "failed")
	out, errs, code = cliHooked(t, h, args...)
	if code != 1 || !strings.Contains(errs, "failed: exit code 3") || !strings.Contains(out, "failed on") {
		t.Errorf("failed job: %d %q %q", code, out, errs)
	}

	// -o json: progress on stderr, the final job alone on stdout.
	d.script("", "running", "completed")
	out, errs, code = cliHooked(t, h, append(args, "-o", "json")...)
	var j api.Job
	if code != 0 || json.Unmarshal([]byte(out), &j) != nil || j.State != "completed" || !strings.Contains(errs, "completed") {
		t.Errorf("wait -o json: %d %q %q", code, out, errs)
	}

	d.script("", "cancelled")
	if _, errs, code := cliHooked(t, h, args...); code != 1 || !strings.Contains(errs, "was cancelled") {
		t.Errorf("cancelled job: %d %q", code, errs)
	}
}

// A spec signed elsewhere: the dry run's typed data and signature stand in
// for what MetaMask would give back.
func TestSubmitTypedData(t *testing.T) {
	h := walletTestHooks()
	w := newCLITestWallet(t)
	d := startSubmitDaemon(t)
	wasm := writeTestModule(t, emptyWasmModule)
	spec, dr := submitDryRun(t, h, w, "--wasm", wasm, "--network", "fakenet", "--model", "cpu-demo", "--ram", "2")

	dir := t.TempDir()
	tdFile := filepath.Join(dir, "td.json")
	os.WriteFile(tdFile, dr.TypedData, 0o600)
	args := []string{"submit-task", "--socket", d.socket, "--typed-data", tdFile, "--signature", dr.Signature, "--wasm", wasm, "-o", "json"}
	out, errs, code := cliHooked(t, h, args...)
	if code != 0 {
		t.Fatalf("typed data submit: %d %s", code, errs)
	}
	req := d.last(t)
	var resp api.SubmitResponse
	json.Unmarshal([]byte(out), &resp)
	if resp.ID != dr.ID || resp.Owner != w.addr.Hex() || req.Signature != dr.Signature {
		t.Errorf("response %+v, signature %s; want id %s owner %s", resp, req.Signature, dr.ID, w.addr.Hex())
	}
	if got, _ := json.Marshal(req.Spec); string(got) != string(submitJSON(t, spec)) {
		t.Errorf("submitted spec\n%s\nwant\n%s", got, submitJSON(t, spec))
	}

	// The dry run's whole -o json output works as the file too, and the
	// module may come from the model's template (a builtin here).
	whole := filepath.Join(dir, "dry.json")
	b, _ := json.Marshal(dr)
	os.WriteFile(whole, b, 0o600)
	hb := walletTestHooks()
	hb.builtin = func(string) ([]byte, error) { return emptyWasmModule, nil }
	if _, errs, code := cliHooked(t, hb, "submit-task", "--socket", d.socket, "--typed-data", whole, "--signature", dr.Signature); code != 0 {
		t.Fatalf("wrapped typed data: %s", errs)
	}

	other := writeTestModule(t, append(append([]byte{}, emptyWasmModule...), 0))
	sig := []byte(dr.Signature)
	// Another S (a middle digit, so it stays low): the signature still
	// recovers, to a stranger. (Changing R could make recovery fail.)
	if sig[100] == '1' {
		sig[100] = '2'
	} else {
		sig[100] = '1'
	}
	for _, c := range []struct {
		args  []string
		wants []string
	}{
		{[]string{"--typed-data", tdFile}, []string{"--typed-data and --signature go together"}},
		{[]string{"--typed-data", tdFile, "--signature", dr.Signature, "--wasm", other}, []string{"the signed spec names " + spec.Artifact}},
		{[]string{"--typed-data", tdFile, "--signature", dr.Signature, "--wasm", wasm, "--gpus", "1"}, []string{"--gpus cannot change a spec signed elsewhere"}},
		{[]string{"--typed-data", tdFile, "--signature", dr.Signature, "--wasm", wasm, "--allow-network"}, []string{"--allow-network cannot change a spec signed elsewhere"}},
		{[]string{"--typed-data", tdFile, "--signature", dr.Signature, "--wasm", wasm, "--region", "eu-west"}, []string{"--region cannot change a spec signed elsewhere"}},
		{[]string{"--typed-data", tdFile, "--signature", dr.Signature, "--wasm", wasm, "--min-reputation", "1"}, []string{"--min-reputation cannot change a spec signed elsewhere"}},
		{[]string{"--typed-data", tdFile, "--signature", dr.Signature, "--wasm", wasm, "--min-uptime", "1"}, []string{"--min-uptime cannot change a spec signed elsewhere"}},
		{[]string{"--typed-data", tdFile, "--signature", dr.Signature, "--wasm", wasm, "--", "x"}, []string{"arguments after -- cannot change"}},
		{[]string{"--typed-data", tdFile, "--signature", dr.Signature, "--wasm", wasm, "--chain-id", "5"}, []string{"--chain-id 5, but the typed data was signed for chain 1337"}},
		{[]string{"--typed-data", tdFile, "--signature", dr.Signature[:20], "--wasm", wasm}, []string{"--signature:", "bad signature"}},
		{[]string{"--typed-data", tdFile, "--signature", string(sig), "--wasm", wasm, "--from", w.addr.Hex()}, []string{"not --from"}},
		{[]string{"--typed-data", wasm, "--signature", dr.Signature, "--wasm", wasm}, []string{"is not EIP-712 typed data JSON"}},
		{[]string{"--typed-data", tdFile, "--signature", dr.Signature, "--model", "gpt2"}, []string{`--model gpt2, but the signed spec is for model "cpu-demo"`}},
	} {
		cliMustFail(t, h, append([]string{"submit-task", "--socket", d.socket}, c.args...), c.wants...)
	}

	// Typed data that is not a skyops spec is refused before submitting.
	var td map[string]any
	json.Unmarshal(dr.TypedData, &td)
	td["domain"].(map[string]any)["name"] = "other"
	bad := filepath.Join(dir, "bad.json")
	b, _ = json.Marshal(td)
	os.WriteFile(bad, b, 0o600)
	cliMustFail(t, h, []string{"submit-task", "--socket", d.socket, "--typed-data", bad, "--signature", dr.Signature, "--wasm", wasm}, "not a skyops job spec", `domain is "other"`)
}

func submitJSON(t *testing.T, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// skyops jobs lists the wallet's own jobs by default, everyone's with
// --all, one owner's with --owner; it refuses what makes no sense.
func TestJobsListsMineByDefault(t *testing.T) {
	w := newCLITestWallet(t)
	d := startSubmitDaemon(t)
	h := walletTestHooks()
	for _, c := range []struct {
		args []string
		want string
	}{
		{w.flags(), "limit=100&owner=" + w.addr.Hex()},
		{append(w.flags(), "--all", "--state", "running", "--limit", "5"), "limit=5&state=running"},
		{[]string{"--owner", "0x00000000000000000000000000000000000000aa", "--keystore", filepath.Join(t.TempDir(), "none")}, "limit=100&owner=0x00000000000000000000000000000000000000aa"},
		{[]string{"--keystore", filepath.Join(t.TempDir(), "none")}, "limit=100"}, // no wallet: everyone's
	} {
		d.mu.Lock()
		d.lists = nil
		d.mu.Unlock()
		if out, errs, code := cliHooked(t, h, append([]string{"jobs", "--socket", d.socket}, c.args...)...); code != 0 {
			t.Fatalf("jobs %v: %d %s %s", c.args, code, out, errs)
		}
		d.mu.Lock()
		got := strings.Join(d.lists, ";")
		d.mu.Unlock()
		if got != c.want {
			t.Errorf("jobs %v asked %q, want %q", c.args, got, c.want)
		}
	}
	cliMustFail(t, h, []string{"jobs", "--socket", d.socket, "--all", "--owner", "0x00000000000000000000000000000000000000aa"}, "--all and --owner: pick one")
	cliMustFail(t, h, []string{"jobs", "--socket", d.socket, "--owner", "bob"}, `--owner "bob" is not an address`)
}
