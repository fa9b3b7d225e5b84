package main

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/ipfs/go-cid"

	"github.com/skyops/skyops/api"
	"github.com/skyops/skyops/content"
	"github.com/skyops/skyops/deliver"
	"github.com/skyops/skyops/exec/result"
	"github.com/skyops/skyops/ledger"
	"github.com/skyops/skyops/types"
	"github.com/skyops/skyops/wallet"
)

func TestDeliverFlagErrors(t *testing.T) {
	dir := t.TempDir()
	ec := filepath.Join(dir, "ec.json")
	os.WriteFile(ec, []byte(`{"kty":"EC","crv":"P-256","x":"AA","y":"AA","d":"AA"}`), 0o600)
	pub := filepath.Join(dir, "pub.json")
	os.WriteFile(pub, []byte(`{"kty":"RSA","n":"AQAB","e":"AQAB"}`), 0o600)
	sock := filepath.Join(shortDir(t), "none.sock")
	for _, c := range []struct {
		args  []string
		wants []string
	}{
		{[]string{"get", "0xabcdef"}, []string{"skyops get JOB -o DIR", "--deliver"}},
		{[]string{"get", "0xabcdef", "--deliver", "s3=http://x"}, []string{`--deliver wants ipfs=URL or arweave=URL, got "s3=http://x"`}},
		{[]string{"get", "0xabcdef", "--deliver", "ipfs"}, []string{`--deliver wants ipfs=URL or arweave=URL, got "ipfs"`}},
		{[]string{"get", "0xabcdef", "--deliver", "ipfs=localhost:5001"}, []string{"http://HOST:PORT"}},
		{[]string{"get", "0xabcdef", "--deliver", "arweave=http://127.0.0.1:1984"}, []string{"needs --arweave-wallet"}},
		{[]string{"get", "0xabcdef", "--deliver", "ipfs=http://x", "--arweave-wallet", ec}, []string{"only for --deliver arweave"}},
		{[]string{"get", "0xabcdef", "--deliver", "arweave=http://x", "--arweave-wallet", ec}, []string{`kty is "EC"`, "RSA"}},
		{[]string{"get", "0xabcdef", "--deliver", "arweave=http://x", "--arweave-wallet", pub}, []string{`no "d"`, "public key"}},
		{[]string{"get", "0xabcdef", "--deliver", "arweave=http://x", "--arweave-wallet", filepath.Join(dir, "none")}, []string{"--arweave-wallet", "no such file"}},
		{[]string{"open", "x"}, []string{"skyops open SOURCE -o DIR"}},
		{[]string{"open", "not-a-thing", "-o", filepath.Join(dir, "o")}, []string{"not a file, an Arweave transaction id"}},
	} {
		wantError(t, append(c.args, "--socket", sock), c.wants...)
	}
}

// key is the test wallet's private key, as the keystore gives it.
func (w cliTestWallet) key(t *testing.T) *ecdsa.PrivateKey {
	t.Helper()
	ks, err := wallet.Open(w.dir, wallet.LightScrypt())
	if err != nil {
		t.Fatal(err)
	}
	key, err := ks.DecryptKey(w.addr.Hex(), "s3cret")
	if err != nil {
		t.Fatal(err)
	}
	return key
}

// get --deliver ipfs=URL adds the sealed output to kubo, prints its CID and
// has the daemon record it signed by the owner; open CID decrypts it.
func TestGetDeliverAndOpen(t *testing.T) {
	w := newCLITestWallet(t)
	key := w.key(t)
	src := t.TempDir()
	os.WriteFile(filepath.Join(src, "model.bin"), []byte("weights"), 0o644)
	var pkg bytes.Buffer
	if _, _, err := result.Pack(src, &pkg); err != nil {
		t.Fatal(err)
	}
	sealed, err := types.SealToOwner(&key.PublicKey, pkg.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	job := api.Job{ID: "0x" + strings.Repeat("ab", 32), Owner: w.addr.Hex(), State: "completed", OutputCID: result.CIDOf(sealed)}
	job.Spec.Network = "devnet"

	var mu sync.Mutex
	var recorded []api.DeliveryRequest
	sock := filepath.Join(shortDir(t), "d.sock")
	ln, err := net.Listen("unix", sock)
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /v1/jobs/{id}", func(rw http.ResponseWriter, _ *http.Request) { json.NewEncoder(rw).Encode(job) })
	mux.HandleFunc("GET /v1/jobs/{id}/output", func(rw http.ResponseWriter, _ *http.Request) { rw.Write(sealed) })
	mux.HandleFunc("POST /v1/jobs/{id}/deliveries", func(rw http.ResponseWriter, r *http.Request) {
		var req api.DeliveryRequest
		json.NewDecoder(r.Body).Decode(&req)
		mu.Lock()
		recorded = append(recorded, req)
		mu.Unlock()
		json.NewEncoder(rw).Encode(job)
	})
	srv := &http.Server{Handler: mux}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })

	kubo := httptest.NewServer(http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/api/v0/add":
			f, _, err := r.FormFile("file")
			if err != nil {
				http.Error(rw, err.Error(), 400)
				return
			}
			b, _ := io.ReadAll(f)
			if !bytes.Equal(b, sealed) {
				t.Error("kubo got other bytes than the sealed output")
			}
			fmt.Fprintf(rw, `{"Hash":%q}`, job.OutputCID)
		case "/api/v0/cat":
			rw.Write(sealed)
		}
	}))
	defer kubo.Close()

	out, errs, code := cli(t, append([]string{"get", job.ID, "--socket", sock, "--deliver", "ipfs=" + kubo.URL}, w.flags()...)...)
	if code != 0 || !strings.Contains(out, "delivered to ipfs: "+job.OutputCID) {
		t.Fatalf("get --deliver: exit %d, %q, %q", code, out, errs)
	}
	if errs != "" {
		t.Errorf("get --deliver warned: %s", errs)
	}
	mu.Lock()
	if len(recorded) != 1 || recorded[0].Kind != "ipfs" || recorded[0].Ref != job.OutputCID {
		t.Fatalf("recorded %+v", recorded)
	}
	d := deliver.Delivery{Kind: "ipfs", Ref: recorded[0].Ref, URL: recorded[0].URL}
	mu.Unlock()
	if _, err := d.Validate(); err != nil {
		t.Fatalf("the recorded delivery does not validate: %v", err)
	}

	dest := filepath.Join(t.TempDir(), "out")
	out, errs, code = cli(t, append([]string{"open", job.OutputCID, "--ipfs", kubo.URL, "--job", job.ID, "--socket", sock, "-o", dest}, w.flags()...)...)
	if code != 0 || !strings.Contains(out, "model.bin") {
		t.Fatalf("open CID: exit %d, %q, %q", code, out, errs)
	}
	if b, _ := os.ReadFile(filepath.Join(dest, "model.bin")); string(b) != "weights" {
		t.Fatalf("opened %q", b)
	}
	// And from a file, with no daemon: the keystore's only wallet opens it.
	file := filepath.Join(t.TempDir(), "r.sealed")
	os.WriteFile(file, sealed, 0o600)
	dest2 := filepath.Join(t.TempDir(), "out")
	out, errs, code = cli(t, append([]string{"open", file, "-o", dest2}, w.flags()...)...)
	if code != 0 || !strings.Contains(out, "model.bin") {
		t.Fatalf("open FILE: exit %d, %q, %q", code, out, errs)
	}
}

// submit-task --deliver without --wait is refused before anything is sent:
// only a command that sees the job complete can deliver its result.
func TestSubmitDeliverNeedsWait(t *testing.T) {
	h := walletTestHooks()
	w := newCLITestWallet(t)
	d := startSubmitDaemon(t)
	wasm := writeTestModule(t, emptyWasmModule)
	args := append([]string{"submit-task", "--socket", d.socket, "--wasm", wasm, "--deliver", "ipfs=http://127.0.0.1:5001"}, w.flags()...)
	cliMustFail(t, h, args, "--deliver needs --wait")
	cliMustFail(t, h, append(args, "--wait", "--deliver", "s3=x"), "--deliver wants ipfs=URL or arweave=URL")
	d.mu.Lock()
	defer d.mu.Unlock()
	if len(d.reqs) != 0 {
		t.Fatalf("%d submits reached the daemon", len(d.reqs))
	}
}

func TestRenderJobDeliveries(t *testing.T) {
	j := api.Job{ID: "0x" + strings.Repeat("ab", 32), State: "completed", Deliveries: []api.Delivery{
		{Kind: "ipfs", Ref: "bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy", URL: "http://127.0.0.1:5001"},
		{Kind: "arweave", Ref: strings.Repeat("a", 43), URL: "https://arweave.net"},
	}}
	var b bytes.Buffer
	if err := renderJob(&b, &j); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Delivered:", "ipfs bafkreigh2aki", "(http://127.0.0.1:5001,", "arweave " + strings.Repeat("a", 43)} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("status lacks %q:\n%s", want, b.String())
		}
	}
}

// get streams a sealed output (a UnixFS DAG CID) into DIR; output bytes
// that are not the ones the executor signed (sealed to the owner all the
// same, by someone else) are refused and DIR is not made.
func TestGetChecksStreamedOutput(t *testing.T) {
	w := newCLITestWallet(t)
	key := w.key(t)
	seal := func(body string) []byte {
		src := t.TempDir()
		os.WriteFile(filepath.Join(src, "model.bin"), bytes.Repeat([]byte(body), 1<<16), 0o644)
		var sealed bytes.Buffer
		sw, err := types.SealStream(&key.PublicKey, &sealed)
		if err != nil {
			t.Fatal(err)
		}
		if _, _, err := result.Pack(src, sw); err != nil {
			t.Fatal(err)
		}
		if err := sw.Close(); err != nil {
			t.Fatal(err)
		}
		return sealed.Bytes()
	}
	real, forged := seal("weights"), seal("forgery")
	root, _, err := content.CIDOf(context.Background(), bytes.NewReader(real))
	if err != nil {
		t.Fatal(err)
	}
	job := api.Job{ID: "0x" + strings.Repeat("cd", 32), Owner: w.addr.Hex(), State: "completed", OutputCID: root.String()}
	job.Spec.Network = "devnet"
	var serve atomic.Pointer[[]byte]
	serve.Store(&real)
	sock := filepath.Join(shortDir(t), "g.sock")
	ln, err := net.Listen("unix", sock)
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	var outputCID atomic.Pointer[string] // what the job says its output is
	outputCID.Store(&job.OutputCID)
	mux.HandleFunc("GET /v1/jobs/{id}", func(rw http.ResponseWriter, _ *http.Request) {
		j := job
		j.OutputCID = *outputCID.Load()
		json.NewEncoder(rw).Encode(j)
	})
	mux.HandleFunc("GET /v1/jobs/{id}/output", func(rw http.ResponseWriter, _ *http.Request) { rw.Write(*serve.Load()) })
	// The CAR export, from a real content store holding what is served.
	db, err := ledger.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	store := content.NewStore(content.NewBlockstore(db.DB(), nil))
	mux.HandleFunc("GET /v1/content/{cid}", func(rw http.ResponseWriter, r *http.Request) {
		c, _, err := store.Import(r.Context(), bytes.NewReader(*serve.Load()))
		if err != nil {
			http.Error(rw, err.Error(), 500)
			return
		}
		store.WriteCAR(r.Context(), c, rw)
	})
	srv := &http.Server{Handler: mux}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })

	dest := filepath.Join(t.TempDir(), "out")
	out, errs, code := cli(t, append([]string{"get", job.ID, "--socket", sock, "-o", dest}, w.flags()...)...)
	if code != 0 || !strings.Contains(out, "model.bin") {
		t.Fatalf("get: exit %d, %q, %q", code, out, errs)
	}
	if b, _ := os.ReadFile(filepath.Join(dest, "model.bin")); !bytes.Equal(b, bytes.Repeat([]byte("weights"), 1<<16)) {
		t.Fatalf("got %d bytes of model.bin", len(b))
	}
	carFile := filepath.Join(t.TempDir(), "out.car")
	out, errs, code = cli(t, "get", job.ID, "--socket", sock, "--car", carFile)
	if code != 0 || !strings.Contains(out, "as a CAR to "+carFile) {
		t.Fatalf("get --car: exit %d, %q, %q", code, out, errs)
	}
	f, err := os.Open(carFile)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := content.CheckCAR(context.Background(), f, root); err != nil {
		t.Fatalf("the CAR written: %v", err)
	}

	// An output of one chunk is one raw block: its CAR holds that block.
	small := seal("w")
	smallRoot, _, err := content.CIDOf(context.Background(), bytes.NewReader(small))
	if err != nil || smallRoot.Type() != cid.Raw {
		t.Fatalf("a small output's CID %s (%v) is not a raw block's", smallRoot, err)
	}
	smallCID := smallRoot.String()
	outputCID.Store(&smallCID)
	serve.Store(&small)
	smallCar := filepath.Join(t.TempDir(), "small.car")
	if out, errs, code := cli(t, "get", job.ID, "--socket", sock, "--car", smallCar); code != 0 {
		t.Fatalf("get --car of a one-block output: exit %d, %q, %q", code, out, errs)
	}
	if f, err := os.Open(smallCar); err != nil {
		t.Fatal(err)
	} else if err := content.CheckCAR(context.Background(), f, smallRoot); err != nil {
		f.Close()
		t.Fatalf("the one-block CAR: %v", err)
	} else {
		f.Close()
	}
	outputCID.Store(&job.OutputCID)

	serve.Store(&forged)
	dest2 := filepath.Join(t.TempDir(), "out")
	wantError(t, append([]string{"get", job.ID, "--socket", sock, "-o", dest2}, w.flags()...), "does not match the job's output CID")
	if _, err := os.Stat(dest2); !os.IsNotExist(err) {
		t.Fatalf("a refused output left %s behind: %v", dest2, err)
	}
	car2 := filepath.Join(t.TempDir(), "forged.car")
	wantError(t, []string{"get", job.ID, "--socket", sock, "--car", car2}, "is not job", "roots")
	if _, err := os.Stat(car2); !os.IsNotExist(err) {
		t.Fatalf("a refused CAR left %s behind: %v", car2, err)
	}
}
