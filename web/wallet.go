package web

import (
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"slices"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"github.com/skyops/skyops/types"
)

// Sign-in typed data: domain "skyops dashboard" version 1 on the daemon's
// chain, primary type SignIn.
const (
	SignInDomainName    = "skyops dashboard"
	SignInDomainVersion = "1"
	signInStatement     = "Sign in to this skyops daemon's dashboard. This costs nothing and allows no transaction."
)

type signInWire struct {
	Types       apitypes.Types `json:"types"`
	PrimaryType string         `json:"primaryType"`
	Domain      struct {
		Name    string `json:"name"`
		Version string `json:"version"`
		ChainID uint64 `json:"chainId"` // a number: wallets compare it with their chain
	} `json:"domain"`
	Message struct {
		Statement string `json:"statement"`
		Daemon    string `json:"daemon"`
		Nonce     string `json:"nonce"`
		IssuedAt  string `json:"issuedAt"`
	} `json:"message"`
}

// SignInTypedData is the EIP-712 sign-in message for a daemon and nonce,
// as eth_signTypedData_v4 takes it.
func SignInTypedData(daemon string, chainID uint64, nonce string, issuedAt time.Time) ([]byte, error) {
	var w signInWire
	w.Types = apitypes.Types{
		"EIP712Domain": {{Name: "name", Type: "string"}, {Name: "version", Type: "string"}, {Name: "chainId", Type: "uint256"}},
		"SignIn":       {{Name: "statement", Type: "string"}, {Name: "daemon", Type: "string"}, {Name: "nonce", Type: "string"}, {Name: "issuedAt", Type: "string"}},
	}
	w.PrimaryType = "SignIn"
	w.Domain.Name, w.Domain.Version, w.Domain.ChainID = SignInDomainName, SignInDomainVersion, chainID
	w.Message.Statement, w.Message.Daemon, w.Message.Nonce = signInStatement, daemon, nonce
	w.Message.IssuedAt = issuedAt.UTC().Format(time.RFC3339)
	return json.Marshal(w)
}

var halfN = new(big.Int).Rsh(crypto.S256().Params().N, 1)

// RecoverTypedData is the address whose key signed the typed data (JSON as
// eth_signTypedData_v4 takes it): V may be 0/1 or 27/28, S must be low.
func RecoverTypedData(typedJSON, sig []byte) (common.Address, error) {
	var td apitypes.TypedData
	if err := json.Unmarshal(typedJSON, &td); err != nil {
		return common.Address{}, fmt.Errorf("typed data: %w", err)
	}
	hash, _, err := apitypes.TypedDataAndHash(td)
	if err != nil {
		return common.Address{}, fmt.Errorf("hash typed data: %w", err)
	}
	if len(sig) != crypto.SignatureLength {
		return common.Address{}, fmt.Errorf("signature is %d bytes, want 65 ([R || S || V])", len(sig))
	}
	norm := slices.Clone(sig)
	switch norm[64] {
	case 0, 1:
	case 27, 28:
		norm[64] -= 27
	default:
		return common.Address{}, fmt.Errorf("signature V is %d, want 0, 1, 27 or 28", sig[64])
	}
	if new(big.Int).SetBytes(norm[32:64]).Cmp(halfN) > 0 {
		return common.Address{}, errors.New("signature S is in the upper half of the curve order (malleable)")
	}
	pub, err := crypto.SigToPub(hash, norm)
	if err != nil {
		return common.Address{}, fmt.Errorf("recover signer: %w", err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}

// browser is the session of a request, or a 403 for a bearer request
// (wallet sessions are a browser's).
func (s *Server) browser(w http.ResponseWriter, r *http.Request) (*session, bool) {
	a := authOf(r)
	if a.session == nil {
		writeJSONError(w, http.StatusForbidden, "forbidden", "wallet sign-in is for a browser session: open the link `skyops dashboard --print` prints")
		return nil, false
	}
	return a.session, true
}

// walletChallenge is GET /web/wallet/challenge → {"typedData": SignIn}.
// It replaces the session's earlier challenge, so each session has at
// most one outstanding.
func (s *Server) walletChallenge(w http.ResponseWriter, r *http.Request) {
	x, ok := s.browser(w, r)
	if !ok {
		return
	}
	c := &challenge{nonce: randomHex(16), issuedAt: time.Now()}
	td, err := SignInTypedData(s.daemon, s.chainID, c.nonce, c.issuedAt)
	if err != nil {
		writeJSONError(w, http.StatusInternalServerError, "internal", err.Error())
		return
	}
	c.typed = td
	if !s.sessions.update(x.id, func(x *session) { x.challenge = c }) {
		writeJSONError(w, http.StatusForbidden, "forbidden", "the session ended: open the dashboard link again")
		return
	}
	writeJSON(w, map[string]json.RawMessage{"typedData": td})
}

// walletSignIn is POST /web/wallet {"address","signature"}: the signature
// of the session's outstanding challenge binds that address to the
// session. The challenge is used up whatever the outcome.
func (s *Server) walletSignIn(w http.ResponseWriter, r *http.Request) {
	x, ok := s.browser(w, r)
	if !ok {
		return
	}
	var req struct {
		Address   string `json:"address"`
		Signature string `json:"signature"`
	}
	if !decode(w, r, &req) {
		return
	}
	if !common.IsHexAddress(req.Address) {
		writeJSONError(w, http.StatusBadRequest, "bad_request", fmt.Sprintf("address %q is not an Ethereum address (0x and 40 hex digits)", req.Address))
		return
	}
	c, ok := s.sessions.takeChallenge(x.id)
	if !ok {
		writeJSONError(w, http.StatusForbidden, "forbidden", "no fresh sign-in challenge for this session (each is good for one attempt, for 5 minutes): ask GET /web/wallet/challenge and sign again")
		return
	}
	sig, err := types.ParseSignatureHex(req.Signature)
	if err != nil {
		writeJSONError(w, http.StatusBadRequest, "bad_request", err.Error())
		return
	}
	got, err := RecoverTypedData(c.typed, sig)
	if err != nil {
		writeJSONError(w, http.StatusForbidden, "forbidden", "sign-in signature refused: "+err.Error())
		return
	}
	want := common.HexToAddress(req.Address)
	if got != want {
		writeJSONError(w, http.StatusForbidden, "forbidden", fmt.Sprintf("the signature is by %s, not %s: sign the challenge with the wallet you connect", got.Hex(), want.Hex()))
		return
	}
	s.sessions.update(x.id, func(x *session) { x.wallet = want })
	s.log.Info("dashboard wallet signed in", "address", want.Hex())
	writeJSON(w, map[string]string{"address": want.Hex()})
}

// walletGet is GET /web/wallet → {"address": "0x…" | ""}.
func (s *Server) walletGet(w http.ResponseWriter, r *http.Request) {
	addr := ""
	if a := authOf(r); a.session != nil && a.session.wallet != (common.Address{}) {
		addr = a.session.wallet.Hex()
	}
	writeJSON(w, map[string]string{"address": addr})
}

// walletLogout is POST /web/wallet/logout → {"address": ""}.
func (s *Server) walletLogout(w http.ResponseWriter, r *http.Request) {
	x, ok := s.browser(w, r)
	if !ok {
		return
	}
	s.sessions.update(x.id, func(x *session) { x.wallet, x.challenge = common.Address{}, nil })
	writeJSON(w, map[string]string{"address": ""})
}

func (s *Server) needOpener(w http.ResponseWriter) bool {
	if s.opener == nil {
		writeJSONError(w, http.StatusNotImplemented, "unavailable", "this daemon cannot open results with a wallet-derived key yet: use skyops logs / skyops get with the keystore")
		return false
	}
	return true
}

// resultsKeyTypedData is GET /web/results-key/typed-data → {"typedData"}.
func (s *Server) resultsKeyTypedData(w http.ResponseWriter, r *http.Request) {
	if !s.needOpener(w) {
		return
	}
	wallet, ok := s.sessionWallet(w, r)
	if !ok {
		return
	}
	td, err := s.opener.ResultsKeyTypedData(wallet)
	if err != nil {
		writeErr(w, err)
		return
	}
	writeJSON(w, map[string]json.RawMessage{"typedData": td})
}

// sessionWallet is the wallet connected to the request's browser session;
// without one it has answered the refusal.
func (s *Server) sessionWallet(w http.ResponseWriter, r *http.Request) (common.Address, bool) {
	x, ok := s.browser(w, r)
	if !ok {
		return common.Address{}, false
	}
	if x.wallet == (common.Address{}) {
		writeJSONError(w, http.StatusForbidden, "forbidden", "connect a wallet first (POST /web/wallet): the results-key message names its address")
		return common.Address{}, false
	}
	return x.wallet, true
}

// resultsSignature reads {"resultsSignature"}. Whose signature it is, the
// opener's ResultsKey checks, as it derives the key.
func (s *Server) resultsSignature(w http.ResponseWriter, r *http.Request) ([]byte, bool) {
	var req struct {
		ResultsSignature string `json:"resultsSignature"`
	}
	if !decode(w, r, &req) {
		return nil, false
	}
	sig, err := types.ParseSignatureHex(req.ResultsSignature)
	if err != nil {
		writeJSONError(w, http.StatusBadRequest, "bad_request", "resultsSignature: "+err.Error())
		return nil, false
	}
	return sig, true
}

// resultsKey is POST /web/results-key {"resultsSignature"} →
// {"publicKey": "0x02…"}: the compressed public key to put in a spec.
func (s *Server) resultsKey(w http.ResponseWriter, r *http.Request) {
	if !s.needOpener(w) {
		return
	}
	wallet, ok := s.sessionWallet(w, r)
	if !ok {
		return
	}
	sig, ok := s.resultsSignature(w, r)
	if !ok {
		return
	}
	key, err := s.opener.ResultsKey(wallet, sig)
	if err != nil {
		writeErr(w, err)
		return
	}
	writeJSON(w, map[string]string{"publicKey": hexutil.Encode(crypto.CompressPubkey(&key.PublicKey))})
}

// ownersKey is the results key of job {id}'s owner, derived from the
// request's resultsSignature once the session's wallet is shown to be
// that owner; otherwise it has answered the refusal.
func (s *Server) ownersKey(w http.ResponseWriter, r *http.Request) (*ecdsa.PrivateKey, bool) {
	if !s.needOpener(w) {
		return nil, false
	}
	owner, ok := s.requireOwner(w, r)
	if !ok {
		return nil, false
	}
	sig, ok := s.resultsSignature(w, r)
	if !ok {
		return nil, false
	}
	key, err := s.opener.ResultsKey(owner, sig)
	if err != nil {
		writeErr(w, err)
		return nil, false
	}
	return key, true
}

// openLogs is POST /web/jobs/{id}/logs {"resultsSignature"} → the log.
func (s *Server) openLogs(w http.ResponseWriter, r *http.Request) {
	key, ok := s.ownersKey(w, r)
	if !ok {
		return
	}
	data, err := s.opener.OpenLogs(r.Context(), r.PathValue("id"), key)
	if err != nil {
		writeErr(w, err)
		return
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	_, _ = w.Write(data)
}

// openOutput is POST /web/jobs/{id}/output {"resultsSignature"} → the
// output package, as a download.
func (s *Server) openOutput(w http.ResponseWriter, r *http.Request) {
	key, ok := s.ownersKey(w, r)
	if !ok {
		return
	}
	rc, size, err := s.opener.OpenOutput(r.Context(), r.PathValue("id"), key)
	if err != nil {
		writeErr(w, err)
		return
	}
	defer rc.Close()
	h := w.Header()
	h.Set("Content-Type", "application/octet-stream")
	h.Set("Content-Disposition", `attachment; filename="output-`+safeName(r.PathValue("id"))+`"`)
	h.Set("Cache-Control", "no-store")
	if size >= 0 {
		h.Set("Content-Length", strconv.FormatInt(size, 10))
	}
	w.WriteHeader(http.StatusOK)
	_, _ = io.Copy(w, rc)
}

// safeName keeps hex digits and x of a job id, for a file name.
func safeName(id string) string {
	out := make([]byte, 0, len(id))
	for i := 0; i < len(id) && i < 66; i++ {
		c := id[i]
		if c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' || c == 'x' {
			out = append(out, c)
		}
	}
	return string(out)
}
