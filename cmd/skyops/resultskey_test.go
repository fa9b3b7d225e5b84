package main

import (
	"bytes"
	"encoding/json"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/skyops/skyops/api"
	"github.com/skyops/skyops/exec/result"
	"github.com/skyops/skyops/types"
)

// submit-task signs the wallet's results key into the spec by default
// (the key the page derives from the same wallet); --results-key=false
// leaves it out.
func TestSubmitResultsKey(t *testing.T) {
	h := walletTestHooks()
	w := newCLITestWallet(t)
	wasm := writeTestModule(t, emptyWasmModule)
	want, err := types.DeriveResultsKey(types.KeySigner{Key: w.key(t)})
	if err != nil {
		t.Fatal(err)
	}
	spec, dr := submitDryRun(t, h, w, "--wasm", wasm)
	if spec.ResultsKey != types.ResultsKeyHex(&want.PublicKey) {
		t.Fatalf("resultsKey %q, want the wallet's %s", spec.ResultsKey, types.ResultsKeyHex(&want.PublicKey))
	}
	var td bytes.Buffer
	if err := json.Compact(&td, dr.TypedData); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(td.String(), `"resultsKey":"`+spec.ResultsKey+`"`) {
		t.Fatalf("the signed typed data lacks the results key:\n%s", td.String())
	}
	// The printed id is of the spec with the key (what was signed).
	if id, _ := spec.ID(defaultChainID); id != dr.ID {
		t.Fatalf("dry run id %s, spec's %s", dr.ID, id)
	}
	spec, _ = submitDryRun(t, h, w, "--wasm", wasm, "--results-key=false")
	if spec.ResultsKey != "" {
		t.Fatalf("--results-key=false: resultsKey %q", spec.ResultsKey)
	}
}

// skyops get and skyops logs open a job sealed to the results key its spec
// names with the key derived from the keystore's wallet.
func TestGetAndLogsWithResultsKey(t *testing.T) {
	w := newCLITestWallet(t)
	rk, err := types.DeriveResultsKey(types.KeySigner{Key: w.key(t)})
	if err != nil {
		t.Fatal(err)
	}
	src := t.TempDir()
	os.WriteFile(filepath.Join(src, "model.bin"), []byte("weights"), 0o644)
	var sealedOut bytes.Buffer
	sw, _ := types.SealStream(&rk.PublicKey, &sealedOut)
	if _, _, err := result.Pack(src, sw); err != nil {
		t.Fatal(err)
	}
	sw.Close()
	sealedLog, _ := types.SealToOwner(&rk.PublicKey, []byte("epoch 1 done\n"))
	job := api.Job{ID: "0x" + strings.Repeat("cd", 32), Owner: w.addr.Hex(), State: "completed", OutputCID: result.CIDOf(sealedOut.Bytes())}
	job.Spec.Network = "devnet"
	job.Spec.ResultsKey = types.ResultsKeyHex(&rk.PublicKey)

	sock := filepath.Join(shortDir(t), "d.sock")
	ln, err := net.Listen("unix", sock)
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /v1/jobs/{id}", func(rw http.ResponseWriter, _ *http.Request) { json.NewEncoder(rw).Encode(job) })
	mux.HandleFunc("GET /v1/jobs/{id}/output", func(rw http.ResponseWriter, _ *http.Request) { rw.Write(sealedOut.Bytes()) })
	mux.HandleFunc("GET /v1/jobs/{id}/logs", func(rw http.ResponseWriter, _ *http.Request) { rw.Write(sealedLog) })
	srv := &http.Server{Handler: mux}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })

	out, errs, code := cli(t, append([]string{"logs", job.ID, "--socket", sock}, w.flags()...)...)
	if code != 0 || out != "epoch 1 done\n" {
		t.Fatalf("logs: exit %d, %q, %q", code, out, errs)
	}
	dest := filepath.Join(t.TempDir(), "out")
	out, errs, code = cli(t, append([]string{"get", job.ID, "--socket", sock, "-o", dest}, w.flags()...)...)
	if code != 0 || !strings.Contains(out, "model.bin") {
		t.Fatalf("get: exit %d, %q, %q", code, out, errs)
	}
	if b, _ := os.ReadFile(filepath.Join(dest, "model.bin")); string(b) != "weights" {
		t.Fatalf("got %q", b)
	}
	// open without --job knows no spec: it tries the wallet, then its
	// results key.
	file := filepath.Join(t.TempDir(), "r.sealed")
	os.WriteFile(file, sealedOut.Bytes(), 0o600)
	out, errs, code = cli(t, append([]string{"open", file, "-o", filepath.Join(t.TempDir(), "o2")}, w.flags()...)...)
	if code != 0 || !strings.Contains(out, "model.bin") {
		t.Fatalf("open FILE: exit %d, %q, %q", code, out, errs)
	}
	// A spec naming someone else's results key: refused, saying so.
	job.Spec.ResultsKey = "0x0383568858cdbab36d2b1323d39928d2dd91a80826a481bd8e12cdba3b7779ab3a"
	_, errs, code = cli(t, append([]string{"logs", job.ID, "--socket", sock}, w.flags()...)...)
	if code == 0 || !strings.Contains(errs, "sealed to the results key "+job.Spec.ResultsKey) {
		t.Fatalf("another results key: exit %d, %q", code, errs)
	}
}

// skyops cancel signs the EIP-712 cancel (what a browser wallet signs),
// not the older prefixed hash.
func TestCancelSignsTypedData(t *testing.T) {
	w := newCLITestWallet(t)
	job := api.Job{ID: "0x" + strings.Repeat("ef", 32), Owner: w.addr.Hex(), State: "pending"}
	job.Spec.Network = "devnet"
	got := make(chan string, 1)
	sock := filepath.Join(shortDir(t), "d.sock")
	ln, err := net.Listen("unix", sock)
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /v1/jobs/{id}", func(rw http.ResponseWriter, _ *http.Request) { json.NewEncoder(rw).Encode(job) })
	mux.HandleFunc("POST /v1/jobs/{id}/cancel", func(rw http.ResponseWriter, r *http.Request) {
		var req api.CancelRequest
		json.NewDecoder(r.Body).Decode(&req)
		got <- req.Signature
		j := job
		j.State = "cancelled"
		json.NewEncoder(rw).Encode(j)
	})
	srv := &http.Server{Handler: mux}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })

	out, errs, code := cli(t, append([]string{"cancel", job.ID, "--socket", sock}, w.flags()...)...)
	if code != 0 || !strings.Contains(out, "cancelled") {
		t.Fatalf("cancel: exit %d, %q, %q", code, out, errs)
	}
	sig, err := types.ParseSignatureHex(<-got)
	if err != nil {
		t.Fatal(err)
	}
	id := common.HexToHash(job.ID)
	want, _ := types.SignCancel("devnet", id, types.KeySigner{Key: w.key(t)})
	if !bytes.Equal(sig, want) {
		t.Fatalf("the CLI signed %x, not the EIP-712 cancel %x", sig, want)
	}
	if err := types.VerifyCancel("devnet", id, w.addr, sig); err != nil {
		t.Fatal(err)
	}
}
