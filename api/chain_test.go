package api

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// relayBackend answers eth_chainId and refuses the rest as the daemon's
// chain relay does, recording what reached it.
type relayBackend struct {
	fixedBackend
	calls []string
}

func (b *relayBackend) ChainInfo(context.Context) (*ChainInfo, error) {
	return &ChainInfo{ChainID: 1337, RPC: "embedded", Embedded: true}, nil
}
func (b *relayBackend) Balances(context.Context, common.Address) ([]Balance, error) { return nil, nil }
func (b *relayBackend) Params(context.Context) (*ParamsInfo, error)                 { return &ParamsInfo{}, nil }
func (b *relayBackend) ChainRelay(_ context.Context, method string, _ []json.RawMessage) (json.RawMessage, error) {
	b.calls = append(b.calls, method)
	switch method {
	case "eth_chainId":
		return json.RawMessage(`"0x539"`), nil
	case "eth_call":
		return nil, &RPCError{Code: 3, Message: "execution reverted", Data: "0xdeadbeef"}
	}
	return nil, Errorf("not_found", "method not relayed: %s", method)
}

// The relay answers in JSON-RPC's own terms whatever it is sent, and
// nothing malformed reaches the chain.
func TestChainRelayRefusesBadCalls(t *testing.T) {
	b := &relayBackend{}
	h := Handler(b, nil)
	post := func(body string) rpcResponse {
		t.Helper()
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("POST", "/v1/chain/rpc", strings.NewReader(body)))
		var r rpcResponse
		if rec.Code != http.StatusOK || json.Unmarshal(rec.Body.Bytes(), &r) != nil || r.Version != "2.0" {
			t.Fatalf("%.60q: %d %s", body, rec.Code, rec.Body.String())
		}
		return r
	}
	if r := post(`{"jsonrpc":"2.0","id":7,"method":"eth_chainId","params":[]}`); r.Error != nil || string(r.Result) != `"0x539"` || string(r.ID) != "7" {
		t.Errorf("eth_chainId: %+v", r)
	}
	if r := post(`{"jsonrpc":"2.0","id":"a","method":"eth_call","params":[{}]}`); r.Error == nil || r.Error.Code != 3 || r.Error.Data != "0xdeadbeef" {
		t.Errorf("a revert lost its data: %+v", r.Error)
	}
	for body, code := range map[string]int{
		`{"jsonrpc":"2.0","id":1,"method":"eth_sign","params":[]}`:    -32601,
		`[{"jsonrpc":"2.0","id":1,"method":"eth_chainId"}]`:           -32600,
		`{"id":1,"method":"eth_chainId"}`:                             -32600,
		`{"jsonrpc":"2.0","id":1}`:                                    -32600,
		`not json`:                                                    -32700,
		`{"jsonrpc":"2.0","id":1,"method":"eth_chainId","params":{}}`: -32700,
		`{"jsonrpc":"2.0","id":1,"method":"eth_chainId","params":["` + strings.Repeat("a", maxRelayBytes) + `"]}`: -32600,
	} {
		if r := post(body); r.Error == nil || r.Error.Code != code {
			t.Errorf("%.60q: %+v, want error %d", body, r.Error, code)
		}
	}
	if len(b.calls) != 3 {
		t.Errorf("calls that reached the chain: %v, want only the three well-formed ones", b.calls)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/v1/balance?owner=bob", nil))
	if rec.Code != http.StatusBadRequest || !strings.Contains(rec.Body.String(), "not an address") {
		t.Errorf("balance of a malformed owner: %d %s", rec.Code, rec.Body.String())
	}
}

// Whatever body arrives, the relay answers one JSON-RPC response and never
// panics.
func FuzzChainRelay(f *testing.F) {
	for _, s := range []string{`{"jsonrpc":"2.0","id":1,"method":"eth_chainId","params":[]}`, `[]`, `{"params":[1,2]}`, "", "\x00"} {
		f.Add(s)
	}
	h := Handler(&relayBackend{}, nil)
	f.Fuzz(func(t *testing.T, body string) {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("POST", "/v1/chain/rpc", strings.NewReader(body)))
		var r rpcResponse
		if rec.Code != http.StatusOK || json.Unmarshal(rec.Body.Bytes(), &r) != nil || (r.Error == nil) == (r.Result == nil) {
			t.Fatalf("%q: %d %s", body, rec.Code, rec.Body.String())
		}
	})
}
