package deliver

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/rsa"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
	"time"
)

// The arlocal harness: a local Arweave gateway (npm arlocal, installed by
// make arlocal into tools/arlocal) on a free loopback port, for one test.
// Without it the test skips, unless SKYOPS_REQUIRE_ARLOCAL=1 (CI).

type arlocal struct {
	url string
	t   *testing.T
}

func startArlocal(t *testing.T) *arlocal {
	t.Helper()
	bin, err := filepath.Abs(filepath.Join("..", "tools", "arlocal", "node_modules", ".bin", "arlocal"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(bin); err != nil {
		if os.Getenv("SKYOPS_REQUIRE_ARLOCAL") == "1" {
			t.Fatalf("SKYOPS_REQUIRE_ARLOCAL=1 and no arlocal at %s: run make arlocal", bin)
		}
		t.Skipf("no arlocal at %s (make arlocal installs it)", bin)
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	cmd := exec.Command(bin, strconv.Itoa(port))
	cmd.Dir = t.TempDir() // arlocal keeps its sqlite database in its working directory
	var logs bytes.Buffer
	cmd.Stdout, cmd.Stderr = &logs, &logs
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true} // npx/node children die with it
	if err := cmd.Start(); err != nil {
		t.Fatalf("start arlocal: %v", err)
	}
	done := make(chan struct{})
	go func() { _ = cmd.Wait(); close(done) }()
	t.Cleanup(func() {
		_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGTERM)
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
			<-done
		}
		if t.Failed() {
			t.Logf("arlocal's output:\n%s", logs.String())
		}
	})
	a := &arlocal{url: fmt.Sprintf("http://127.0.0.1:%d", port), t: t}
	deadline := time.Now().Add(60 * time.Second)
	for {
		resp, err := http.Get(a.url + "/info")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == 200 {
				return a
			}
		}
		select {
		case <-done:
			t.Fatalf("arlocal exited before it answered:\n%s", logs.String())
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("arlocal did not answer /info within 60s:\n%s", logs.String())
		}
		time.Sleep(200 * time.Millisecond)
	}
}

func (a *arlocal) get(path string) []byte {
	a.t.Helper()
	resp, err := http.Get(a.url + path)
	if err != nil {
		a.t.Fatalf("GET %s: %v", path, err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != 200 {
		a.t.Fatalf("GET %s: %s: %s", path, resp.Status, b)
	}
	return b
}

func TestArlocalEndToEnd(t *testing.T) {
	al := startArlocal(t)
	// 2048 bits: arlocal takes them (it checks the signature against the
	// owner, whatever its size), and they are quick to make.
	key, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatal(err)
	}
	al.get("/mint/" + ArweaveAddress(&key.PublicKey) + "/1000000000000000")
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	for _, tc := range []struct {
		name string
		size int
	}{
		{"in the body", 1000},
		{"empty", 0},
		{"chunks", 3*MaxChunkSize + 12345},
		{"many chunks", 12 << 20},
	} {
		t.Run(tc.name, func(t *testing.T) {
			// Random: arlocal drops chunks whose bytes repeat an earlier
			// chunk's when it reassembles data, so repeating test data
			// would come back short.
			data := make([]byte, tc.size)
			rand.Read(data)
			var opts []ArweaveOption
			if tc.size > MaxChunkSize {
				opts = append(opts, WithBodyLimit(0))
			}
			tg := Target{Kind: KindArweave, URL: al.url}
			d, err := Deliver(ctx, tg, bytes.NewReader(data), int64(len(data)), Options{Job: "0xabc", ArweaveKey: key, ArweaveOptions: opts})
			if err != nil {
				t.Fatal(err)
			}
			if err := ValidTxID(d.Ref); err != nil {
				t.Fatal(err)
			}
			al.get("/mine")
			al.verifyTx(d.Ref)
			rc, err := Fetch(ctx, *d)
			if err != nil {
				t.Fatal(err)
			}
			got, err := io.ReadAll(rc)
			rc.Close()
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, data) {
				t.Fatalf("fetched %d bytes back, want the %d posted", len(got), len(data))
			}
		})
	}
}

// verifyTx has arweave-js verify the transaction as arlocal stored it:
// arlocal checks no signatures, arweave-js does what the network does.
func (a *arlocal) verifyTx(id string) {
	a.t.Helper()
	tx := a.get("/tx/" + id)
	cmd := exec.Command("node", "verify-tx.js")
	cmd.Dir = filepath.Join("..", "tools", "arlocal")
	cmd.Stdin = bytes.NewReader(tx)
	out, err := cmd.CombinedOutput()
	if err != nil {
		a.t.Fatalf("arweave-js does not verify transaction %s: %v: %s", id, err, out)
	}
	// And the check can fail: the same transaction with another reward
	// (a field the signature covers) does not verify.
	var m map[string]any
	if err := json.Unmarshal(tx, &m); err != nil {
		a.t.Fatal(err)
	}
	m["reward"] = "1"
	bad, _ := json.Marshal(m)
	cmd = exec.Command("node", "verify-tx.js")
	cmd.Dir = filepath.Join("..", "tools", "arlocal")
	cmd.Stdin = bytes.NewReader(bad)
	if out, err := cmd.CombinedOutput(); err == nil {
		a.t.Fatalf("arweave-js verifies a tampered transaction: %s", out)
	}
}

// Arweave's own key size, once: a 4096-bit wallet (a 512-byte owner), read
// from its JWK as --arweave-wallet reads it.
func TestArlocal4096BitWallet(t *testing.T) {
	al := startArlocal(t)
	k, err := rsa.GenerateKey(rand.Reader, 4096)
	if err != nil {
		t.Fatal(err)
	}
	j, err := MarshalJWK(k)
	if err != nil {
		t.Fatal(err)
	}
	key, err := ParseJWK(j)
	if err != nil {
		t.Fatal(err)
	}
	al.get("/mint/" + ArweaveAddress(&key.PublicKey) + "/1000000000000000")
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	data := make([]byte, 5000)
	rand.Read(data)
	d, err := Deliver(ctx, Target{Kind: KindArweave, URL: al.url}, bytes.NewReader(data), int64(len(data)), Options{Job: "0xdef", ArweaveKey: key})
	if err != nil {
		t.Fatal(err)
	}
	al.get("/mine")
	al.verifyTx(d.Ref)
	if got := al.get("/" + d.Ref); !bytes.Equal(got, data) {
		t.Fatalf("fetched %d bytes back, want the %d posted", len(got), len(data))
	}
	var tx struct{ Tags []tagJSON }
	json.Unmarshal(al.get("/tx/"+d.Ref), &tx)
	want := map[string]string{"Content-Type": "application/octet-stream", "App-Name": "skyops", "Skyops-Job": "0xdef"}
	for _, tg := range tx.Tags {
		n, _ := b64.DecodeString(tg.Name)
		v, _ := b64.DecodeString(tg.Value)
		if want[string(n)] == string(v) {
			delete(want, string(n))
		}
	}
	if len(want) > 0 {
		t.Fatalf("tags missing: %v", want)
	}
}
