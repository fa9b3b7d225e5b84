package web_test

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"github.com/skyops/skyops/api"
	"github.com/skyops/skyops/node"
	"github.com/skyops/skyops/types"
	"github.com/skyops/skyops/web"
)

// daemon is a real started node with its dashboard on a free port.
type daemon struct {
	n     *node.Node
	sock  *api.Client
	info  *api.WebInfo
	base  string // http://127.0.0.1:P
	token string
}

func startDaemon(t *testing.T, ctx context.Context) *daemon {
	t.Helper()
	dir, err := os.MkdirTemp("", "skweb")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	log := slog.New(slog.DiscardHandler)
	if os.Getenv("SKYOPS_TEST_LOG") != "" {
		log = slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	n, err := node.New(ctx, node.DataDir(filepath.Join(dir, "d")), node.SimGPUs("none"), node.AllowProcess(),
		node.WithoutDocker(), node.WithoutChain(), node.HTTP("127.0.0.1:0"), node.Logger(log))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { n.Close() })
	if err := n.Start(ctx); err != nil {
		t.Fatal(err)
	}
	d := &daemon{n: n, sock: api.NewClient(n.SocketPath())}
	if d.info, err = d.sock.Web(ctx); err != nil {
		t.Fatal(err)
	}
	d.base = strings.TrimSuffix(d.info.URL, "/")
	u, err := url.Parse(d.info.Login)
	if err != nil {
		t.Fatal(err)
	}
	d.token = u.Query().Get("token")
	return d
}

// browser is a cookie-keeping client, logged in through the login link.
type browser struct {
	t    *testing.T
	c    *http.Client
	base string
}

func (d *daemon) browser(t *testing.T) *browser {
	t.Helper()
	jar, _ := cookiejar.New(nil)
	b := &browser{t: t, c: &http.Client{Jar: jar, Timeout: 30 * time.Second}, base: d.base}
	resp, err := b.c.Get(d.info.Login)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || resp.Request.URL.Path != "/" || !strings.Contains(string(body), "<html") {
		t.Fatalf("login: %s at %s, body %.200q; want the app at /", resp.Status, resp.Request.URL, body)
	}
	return b
}

func (b *browser) csrf() string {
	u, _ := url.Parse(b.base)
	for _, c := range b.c.Jar.Cookies(u) {
		if c.Name == web.CSRFCookie {
			return c.Value
		}
	}
	b.t.Fatal("no CSRF cookie after login")
	return ""
}

// do sends a request as the page would (CSRF header, own Origin on writes).
func (b *browser) do(method, path string, body any) (int, []byte, http.Header) {
	b.t.Helper()
	var r io.Reader
	if body != nil {
		data, err := json.Marshal(body)
		if err != nil {
			b.t.Fatal(err)
		}
		r = strings.NewReader(string(data))
	}
	req, _ := http.NewRequest(method, b.base+path, r)
	if method != http.MethodGet {
		req.Header.Set(web.CSRFHeader, b.csrf())
		req.Header.Set("Origin", b.base)
		req.Header.Set("Content-Type", "application/json")
	}
	resp, err := b.c.Do(req)
	if err != nil {
		b.t.Fatal(err)
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, data, resp.Header
}

// signTypedData signs typed data JSON as a wallet's eth_signTypedData_v4
// does: V is 27 or 28.
func signTypedData(t *testing.T, key []byte, typedJSON []byte) string {
	t.Helper()
	var td apitypes.TypedData
	if err := json.Unmarshal(typedJSON, &td); err != nil {
		t.Fatal(err)
	}
	hash, _, err := apitypes.TypedDataAndHash(td)
	if err != nil {
		t.Fatal(err)
	}
	k, err := crypto.ToECDSA(key)
	if err != nil {
		t.Fatal(err)
	}
	sig, err := crypto.Sign(hash, k)
	if err != nil {
		t.Fatal(err)
	}
	sig[64] += 27
	return "0x" + hex.EncodeToString(sig)
}

// wallet is a test key as a browser wallet holds it.
type wallet struct {
	key  []byte
	addr common.Address
}

func newWallet(t *testing.T) wallet {
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return wallet{key: crypto.FromECDSA(k), addr: crypto.PubkeyToAddress(k.PublicKey)}
}

// signIn connects w to the browser's session.
func (b *browser) signIn(w wallet) {
	b.t.Helper()
	code, body, _ := b.do("GET", "/web/wallet/challenge", nil)
	if code != 200 {
		b.t.Fatalf("challenge: %d %s", code, body)
	}
	var ch struct{ TypedData json.RawMessage }
	if err := json.Unmarshal(body, &ch); err != nil {
		b.t.Fatal(err)
	}
	sig := signTypedData(b.t, w.key, ch.TypedData)
	code, body, _ = b.do("POST", "/web/wallet", map[string]string{"address": w.addr.Hex(), "signature": sig})
	if code != 200 || !strings.Contains(string(body), w.addr.Hex()) {
		b.t.Fatalf("sign in: %d %s", code, body)
	}
}

// submitProcessJob submits a process job signed by w over the socket.
func (d *daemon) submitProcessJob(t *testing.T, ctx context.Context, w wallet, args ...string) string {
	t.Helper()
	return d.submitProcessJobSealedTo(t, ctx, w, "", args...)
}

// submitProcessJobSealedTo is submitProcessJob with the spec's resultsKey.
func (d *daemon) submitProcessJobSealedTo(t *testing.T, ctx context.Context, w wallet, resultsKey string, args ...string) string {
	t.Helper()
	spec := types.JobSpec{ResultsKey: resultsKey, Network: d.n.Identity().Network, Home: d.n.ID().String(), Nonce: uint64(time.Now().UnixNano()), CreatedAt: uint64(time.Now().Unix()),
		Runtime: "process", Artifact: args[0], Args: args[1:], Env: []string{}, RAMMiB: 16,
		DurationSec: 60, PriceCapWei: "0", InputCIDs: []string{}}
	k, _ := crypto.ToECDSA(w.key)
	sig, err := types.SignJobSpec(&spec, d.n.Identity().ChainID, types.KeySigner{Key: k})
	if err != nil {
		t.Fatal(err)
	}
	resp, err := d.sock.Submit(ctx, api.SubmitRequest{Spec: spec, Signature: "0x" + hex.EncodeToString(sig), Owner: w.addr.Hex()})
	if err != nil {
		t.Fatal(err)
	}
	return resp.ID
}

// waitEnded polls the socket until the job ends; it must complete.
func (d *daemon) waitCompleted(t *testing.T, ctx context.Context, id string) {
	t.Helper()
	for {
		j, err := d.sock.Job(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if j.State == "completed" {
			return
		}
		if j.State == "failed" || ctx.Err() != nil {
			t.Fatalf("job %s: %+v", j.State, j)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// resultsSignature is w's signature of its results-key message, fetched
// from the page's endpoint as the page does.
func (b *browser) resultsSignature(w wallet) string {
	b.t.Helper()
	code, body, _ := b.do("GET", "/web/results-key/typed-data", nil)
	if code != 200 {
		b.t.Fatalf("results-key typed data: %d %s", code, body)
	}
	var td struct{ TypedData json.RawMessage }
	if err := json.Unmarshal(body, &td); err != nil {
		b.t.Fatal(err)
	}
	return signTypedData(b.t, w.key, td.TypedData)
}
