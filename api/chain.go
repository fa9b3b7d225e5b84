package api

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"
)

// ChainInfo is GET /v1/chain: the chain this daemon anchors and is paid
// on, and its contracts. A wallet reaches that chain through
// POST /v1/chain/rpc whether it is embedded in the daemon or not.
type ChainInfo struct {
	ChainID  uint64 `json:"chainId"`
	RPC      string `json:"rpc"` // the daemon's endpoint, "embedded" for its in-process chain
	Embedded bool   `json:"embedded"`
	Registry string `json:"registry"`
	// Escrow and Token are empty when the daemon's chain has no payments
	// contracts (a registry given alone with --contract).
	Escrow string `json:"escrow,omitempty"`
	Token  string `json:"token,omitempty"`
	// WithdrawDelayBlocks is how long the escrow holds a requested withdrawal.
	WithdrawDelayBlocks uint64 `json:"withdrawDelayBlocks,omitempty"`
	// DevFaucet is the dev chain's well-known faucet when it holds funds
	// here (`skyops chain fund`); empty on any other chain.
	DevFaucet string `json:"devFaucet,omitempty"`
}

// Balance is one token's account of an owner at the escrow (GET
// /v1/balance): FreeWei can pay for new jobs, LockedWei is held by the
// price caps of the owner's open jobs at this daemon, WithdrawingWei was
// asked out and is paid from WithdrawableAtBlock. Amounts are decimal
// strings of wei (or of $SKYOPS's 18-decimal units).
type Balance struct {
	Token               string `json:"token"` // ETH or SKYOPS
	FreeWei             string `json:"freeWei"`
	LockedWei           string `json:"lockedWei"`
	BalanceWei          string `json:"balanceWei"` // free + locked: the escrow's own figure
	WithdrawingWei      string `json:"withdrawingWei"`
	WithdrawableAtBlock uint64 `json:"withdrawableAtBlock,omitempty"`
	// WalletWei is what the owner holds outside the escrow.
	WalletWei string `json:"walletWei"`
}

// ChainBackend is the part of the daemon that knows its chain.
type ChainBackend interface {
	ChainInfo(ctx context.Context) (*ChainInfo, error)
	// ChainRelay forwards one JSON-RPC call; a JSON-RPC error the chain
	// answered is a *RPCError.
	ChainRelay(ctx context.Context, method string, params []json.RawMessage) (json.RawMessage, error)
	Balances(ctx context.Context, owner common.Address) ([]Balance, error)
	Params(ctx context.Context) (*ParamsInfo, error)
}

// ParamsInfo is GET /v1/params: the network's governed placement
// parameters, the contract that holds them, and the values in effect for
// a job created now.
type ParamsInfo struct {
	Contract      string `json:"contract,omitempty"` // empty: the chain has none (the built-in values hold)
	Governor      string `json:"governor,omitempty"`
	NoticeSeconds uint64 `json:"noticeSeconds,omitempty"`
	// DevGovernor: the governor is the dev faucet's well-known key (a dev
	// chain: anyone may change them, skyops params set).
	DevGovernor bool              `json:"devGovernor,omitempty"`
	Current     map[string]string `json:"current"` // name → value, decimal
	Changes     []ParamChange     `json:"changes"`
}

// ParamChange is one scheduled change: Name takes Value for jobs created
// from From on.
type ParamChange struct {
	Name     string `json:"name"`
	Value    string `json:"value"`
	From     Time   `json:"from"`
	InEffect bool   `json:"inEffect"`
}

// Params reads GET /v1/params.
func (c *Client) Params(ctx context.Context) (*ParamsInfo, error) {
	var out ParamsInfo
	return &out, c.get(ctx, "/v1/params", &out)
}

// RPCError is a JSON-RPC error object.
type RPCError struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
	Data    any    `json:"data,omitempty"`
}

func (e *RPCError) Error() string { return e.Message }

// maxRelayBytes bounds one relayed call: a raw transaction deploying a
// contract is the largest a wallet sends (the EIP-3860 init code limit is
// 48 KiB, hex doubles it).
const maxRelayBytes = 256 << 10

type rpcRequest struct {
	Version string            `json:"jsonrpc"`
	ID      json.RawMessage   `json:"id"`
	Method  string            `json:"method"`
	Params  []json.RawMessage `json:"params"`
}

type rpcResponse struct {
	Version string          `json:"jsonrpc"`
	ID      json.RawMessage `json:"id"`
	Result  json.RawMessage `json:"result,omitempty"`
	Error   *RPCError       `json:"error,omitempty"`
}

func chainRoutes(b ChainBackend) []route {
	return []route{
		{"GET", "/v1/chain", func(w http.ResponseWriter, r *http.Request) {
			v, err := b.ChainInfo(r.Context())
			if err != nil {
				writeErr(w, err)
				return
			}
			writeJSON(w, http.StatusOK, v)
		}},
		{"GET", "/v1/balance", func(w http.ResponseWriter, r *http.Request) {
			owner := r.URL.Query().Get("owner")
			if !common.IsHexAddress(owner) {
				writeErr(w, Errorf("bad_request", "owner %q is not an address (0x and 40 hex digits)", owner))
				return
			}
			v, err := b.Balances(r.Context(), common.HexToAddress(owner))
			if err != nil {
				writeErr(w, err)
				return
			}
			writeJSON(w, http.StatusOK, orEmpty(v))
		}},
		{"POST", "/v1/chain/rpc", func(w http.ResponseWriter, r *http.Request) { relay(w, r, b) }},
		{"GET", "/v1/params", func(w http.ResponseWriter, r *http.Request) {
			v, err := b.Params(r.Context())
			if err != nil {
				writeErr(w, err)
				return
			}
			writeJSON(w, http.StatusOK, v)
		}},
	}
}

// relay answers one JSON-RPC 2.0 call in JSON-RPC's own terms (HTTP 200
// with an error object), which is what a wallet's client expects. Batches
// are refused: one call per request keeps each within the API's limits.
func relay(w http.ResponseWriter, r *http.Request, b ChainBackend) {
	answer := func(id json.RawMessage, result json.RawMessage, e *RPCError) {
		if len(id) == 0 {
			id = json.RawMessage("null")
		}
		writeJSON(w, http.StatusOK, rpcResponse{Version: "2.0", ID: id, Result: result, Error: e})
	}
	body, err := io.ReadAll(io.LimitReader(r.Body, maxRelayBytes+1))
	if err != nil {
		answer(nil, nil, &RPCError{Code: -32700, Message: "reading the request: " + err.Error()})
		return
	}
	if len(body) > maxRelayBytes {
		answer(nil, nil, &RPCError{Code: -32600, Message: fmt.Sprintf("the call is over %d KiB", maxRelayBytes>>10)})
		return
	}
	if t := bytes.TrimSpace(body); len(t) > 0 && t[0] == '[' {
		answer(nil, nil, &RPCError{Code: -32600, Message: "batches are not relayed: send one call per request"})
		return
	}
	var req rpcRequest
	if err := json.Unmarshal(body, &req); err != nil {
		answer(nil, nil, &RPCError{Code: -32700, Message: "the body is not a JSON-RPC call: " + err.Error()})
		return
	}
	if req.Version != "2.0" || req.Method == "" {
		answer(req.ID, nil, &RPCError{Code: -32600, Message: `a JSON-RPC call needs "jsonrpc": "2.0" and a method`})
		return
	}
	res, err := b.ChainRelay(r.Context(), req.Method, req.Params)
	if err != nil {
		var re *RPCError
		if errors.As(err, &re) {
			answer(req.ID, nil, re)
			return
		}
		var ae *Error
		if errors.As(err, &ae) && ae.Code == "not_found" {
			answer(req.ID, nil, &RPCError{Code: -32601, Message: ae.Message})
			return
		}
		answer(req.ID, nil, &RPCError{Code: -32000, Message: err.Error()})
		return
	}
	answer(req.ID, res, nil)
}

// Chain reads GET /v1/chain.
func (c *Client) Chain(ctx context.Context) (*ChainInfo, error) {
	var out ChainInfo
	return &out, c.get(ctx, "/v1/chain", &out)
}

// Balances reads GET /v1/balance for owner.
func (c *Client) Balances(ctx context.Context, owner common.Address) ([]Balance, error) {
	var out []Balance
	return out, c.get(ctx, "/v1/balance?owner="+url.QueryEscape(owner.Hex()), &out)
}

// ChainRPC is a JSON-RPC client of the daemon's chain, through its relay:
// what ethclient and a wallet's own key need to send transactions there.
func (c *Client) ChainRPC(ctx context.Context) (*rpc.Client, error) {
	rc, err := rpc.DialOptions(ctx, "http://skyopsd/v1/chain/rpc", rpc.WithHTTPClient(c.http))
	if err != nil {
		return nil, fmt.Errorf("the daemon's chain relay: %w", err)
	}
	return rc, nil
}
