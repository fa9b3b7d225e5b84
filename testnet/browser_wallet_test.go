package testnet

import (
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
)

// browserWallet is an EIP-1193 provider put into every page the browser
// loads, as a wallet extension puts window.ethereum there, and backed by a
// test key held here in Go: the page's eth_signTypedData_v4 requests are
// answered with real secp256k1 signatures of the typed data's EIP-712
// hash, which the daemon checks like any wallet's. Reject makes it answer
// as a user who declined the prompt (EIP-1193 code 4001).
type browserWallet struct {
	key    *ecdsa.PrivateKey
	Reject atomic.Bool

	mu    sync.Mutex
	calls []string // methods asked, in order
}

// walletFunc is the Go func the provider calls (chromedp.ExposeFunc).
const walletFunc = "__skyopsTestWallet"

// providerJS defines window.ethereum before any of the page's scripts run.
// The Go side answers {ok, value} or {ok: false, code, message}; a refusal
// becomes a rejected promise with the EIP-1193 code, as a wallet gives it.
const providerJS = `(() => {
  window.ethereum = {
    isSkyopsTestWallet: true,
    async request({ method, params }) {
      const a = await window.` + walletFunc + `(JSON.stringify({ method, params: params || [] }));
      if (a.ok) return a.value;
      const err = new Error(a.message);
      err.code = a.code;
      throw err;
    },
    on() {},
    removeListener() {},
  };
})();`

// install puts the provider into every document the tab of ctx loads from
// the next navigation on.
func (w *browserWallet) install(ctx context.Context) error {
	if err := chromedp.Do(ctx, chromedp.ExposeFunc(walletFunc, w.answer)); err != nil {
		return fmt.Errorf("expose the test wallet: %w", err)
	}
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: providerJS}); err != nil {
		return fmt.Errorf("inject the test wallet: %w", err)
	}
	return nil
}

func (w *browserWallet) address() common.Address { return crypto.PubkeyToAddress(w.key.PublicKey) }

// Calls is the methods the page asked for so far.
func (w *browserWallet) Calls() []string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return append([]string(nil), w.calls...)
}

type walletError struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

type walletAnswer struct {
	OK      bool   `json:"ok"`
	Value   any    `json:"value,omitempty"`
	Code    int    `json:"code,omitempty"`
	Message string `json:"message,omitempty"`
}

func (w *browserWallet) answer(_ context.Context, payload string) (walletAnswer, error) {
	var req struct {
		Method string            `json:"method"`
		Params []json.RawMessage `json:"params"`
	}
	if err := json.Unmarshal([]byte(payload), &req); err != nil {
		return walletAnswer{Code: -32700, Message: "request: " + err.Error()}, nil
	}
	w.mu.Lock()
	w.calls = append(w.calls, req.Method)
	w.mu.Unlock()
	value, werr := w.handle(req.Method, req.Params)
	if werr != nil {
		return walletAnswer{Code: werr.Code, Message: werr.Message}, nil
	}
	return walletAnswer{OK: true, Value: value}, nil
}

func (w *browserWallet) handle(method string, params []json.RawMessage) (any, *walletError) {
	addr := strings.ToLower(w.address().Hex())
	switch method {
	case "eth_requestAccounts":
		if w.Reject.Load() {
			return nil, &walletError{4001, "User rejected the request."}
		}
		return []string{addr}, nil
	case "eth_accounts":
		return []string{addr}, nil
	case "eth_chainId":
		return "0x539", nil
	case "eth_signTypedData_v4":
		if w.Reject.Load() {
			return nil, &walletError{4001, "User rejected the request."}
		}
		if len(params) != 2 {
			return nil, &walletError{-32602, "eth_signTypedData_v4 takes [address, typedData]"}
		}
		var who string
		if err := json.Unmarshal(params[0], &who); err != nil || !strings.EqualFold(who, addr) {
			return nil, &walletError{4100, "this wallet holds " + addr + ", not " + who}
		}
		// The typed data comes as a JSON string (as MetaMask takes it) or
		// as an object.
		raw := []byte(params[1])
		var s string
		if json.Unmarshal(raw, &s) == nil {
			raw = []byte(s)
		}
		var td apitypes.TypedData
		if err := json.Unmarshal(raw, &td); err != nil {
			return nil, &walletError{-32602, "typed data: " + err.Error()}
		}
		hash, _, err := apitypes.TypedDataAndHash(td)
		if err != nil {
			return nil, &walletError{-32602, "typed data: " + err.Error()}
		}
		sig, err := crypto.Sign(hash, w.key)
		if err != nil {
			return nil, &walletError{-32603, err.Error()}
		}
		sig[64] += 27
		return "0x" + hex.EncodeToString(sig), nil
	}
	return nil, &walletError{4200, "the test wallet does not support " + method}
}
