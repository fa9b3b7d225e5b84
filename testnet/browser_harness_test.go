package testnet

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
)

// chromiumPath finds the browser the web tests drive: Debian's chromium
// (what .ci/run installs), or another Chromium-family binary. Without one
// the browser tests skip, unless SKYOPS_REQUIRE_CHROMIUM says CI has one.
func chromiumPath(t testing.TB) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "headless-shell"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("SKYOPS_REQUIRE_CHROMIUM") != "" {
		t.Fatal("SKYOPS_REQUIRE_CHROMIUM is set but no chromium is on PATH (apt-get install chromium)")
	}
	t.Skip("no chromium on PATH (apt-get install chromium); SKYOPS_REQUIRE_CHROMIUM=1 makes this a failure")
	return ""
}

// startBrowser is a headless Chromium tab of the given viewport, closed
// when the test ends. Its context must not carry a deadline (chromedp
// ties the browser's life to the first Run's context).
func startBrowser(t testing.TB, width, height int) context.Context {
	t.Helper()
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromiumPath(t)),
		chromedp.NoSandbox, // CI runs as root
		chromedp.WindowSize(width, height),
	)
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(actx)
	t.Cleanup(func() {
		cancel()
		cancelAlloc()
	})
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("start chromium: %v", err)
	}
	return ctx
}

// The injected provider answers a page's eth_signTypedData_v4 under a
// strict Content-Security-Policy with a signature that recovers to the
// test key, and declines as a user would when told to.
func TestBrowserWalletSignsTypedData(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a browser")
	}
	ctx := startBrowser(t, 800, 600)
	key, _ := crypto.GenerateKey()
	w := &browserWallet{key: key}
	if err := w.install(ctx); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		rw.Header().Set("Content-Security-Policy", "default-src 'none'; script-src 'self'")
		if r.URL.Path == "/app.js" {
			rw.Header().Set("Content-Type", "text/javascript")
			_, _ = rw.Write([]byte(`window.sign = async (td) => {
  const [addr] = await window.ethereum.request({ method: 'eth_accounts' });
  try {
    return { addr, sig: await window.ethereum.request({ method: 'eth_signTypedData_v4', params: [addr, td] }) };
  } catch (e) { return { addr, code: e.code, message: e.message }; }
};`))
			return
		}
		_, _ = rw.Write([]byte(`<!doctype html><script src="/app.js"></script><p>wallet test</p>`))
	}))
	defer srv.Close()
	td := apitypes.TypedData{
		Types: apitypes.Types{
			"EIP712Domain": {{Name: "name", Type: "string"}},
			"Hello":        {{Name: "who", Type: "string"}},
		},
		PrimaryType: "Hello",
		Domain:      apitypes.TypedDataDomain{Name: "skyops-test"},
		Message:     apitypes.TypedDataMessage{"who": "world"},
	}
	raw, _ := json.Marshal(td)
	tctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	if err := chromedp.Do(tctx, chromedp.Navigate(srv.URL)); err != nil {
		t.Fatal(err)
	}
	type answer struct {
		Addr, Sig, Message string
		Code               int
	}
	call := func() answer {
		arg, _ := json.Marshal(string(raw))
		a, err := chromedp.Run(tctx, chromedp.Evaluate[answer]("window.sign("+string(arg)+")", chromedp.EvalAwaitPromise))
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	a := call()
	sig, err := hex.DecodeString(a.Sig[2:])
	if err != nil || len(sig) != 65 {
		t.Fatalf("signature %q: %v", a.Sig, err)
	}
	hash, _, _ := apitypes.TypedDataAndHash(td)
	sig[64] -= 27
	pub, err := crypto.SigToPub(hash, sig)
	if err != nil || crypto.PubkeyToAddress(*pub) != w.address() {
		t.Fatalf("signature recovers to %v (%v), want %s", pub, err, w.address().Hex())
	}
	w.Reject.Store(true)
	if a := call(); a.Code != 4001 || a.Sig != "" {
		t.Fatalf("a declined prompt gave %+v, want code 4001 and no signature", a)
	}
}
