package types

import (
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
)

// The results key. A browser wallet cannot decrypt what is sealed to its
// raw secp256k1 key (ECIES, age), so a job may name another key to seal
// its outputs and logs to (JobSpec.ResultsKey): one derived from the
// owner's signature of a fixed EIP-712 message. Wallets sign
// deterministically (RFC 6979: go-ethereum, MetaMask's eth-sig-util,
// hardware wallets), so the same wallet always gives the same signature,
// hence the same key, on the page and in the CLI, with nothing stored.
//
// Whoever holds that signature opens the owner's results, so the message
// says so, and no other skyops message is ever this one (its own domain
// version and type).
const (
	ResultsKeyPrimaryType   = "ResultsKey"
	ResultsKeyDomainVersion = "results-key-1"
	// ResultsKeyPurpose is what the wallet shows the user.
	ResultsKeyPurpose = "Sign this to let this skyops page or CLI open your skyops job results (outputs and logs). " +
		"Anyone holding this signature can read them: sign it only on your own skyops daemon's page or in the skyops CLI."
	// resultsKeyLabel separates the key's derivation from every other use
	// of a signature's bytes.
	resultsKeyLabel = "skyops results key v1"
)

func resultsKeyTypes() apitypes.Types {
	return apitypes.Types{
		"EIP712Domain": nameVersionDomain(),
		ResultsKeyPrimaryType: {
			{Name: "purpose", Type: "string"},
			{Name: "owner", Type: "address"},
		},
	}
}

// ResultsKeyTypedData is the fixed message whose signature by owner gives
// owner's results key. It has no chain id: the key is the same whatever
// chain the wallet is on.
func ResultsKeyTypedData(owner common.Address) apitypes.TypedData {
	return apitypes.TypedData{
		Types:       resultsKeyTypes(),
		PrimaryType: ResultsKeyPrimaryType,
		Domain:      apitypes.TypedDataDomain{Name: JobSpecDomainName, Version: ResultsKeyDomainVersion},
		Message:     apitypes.TypedDataMessage{"purpose": ResultsKeyPurpose, "owner": owner.Hex()},
	}
}

type resultsKeyWire struct {
	Types       apitypes.Types  `json:"types"`
	PrimaryType string          `json:"primaryType"`
	Domain      nameVersionWire `json:"domain"`
	Message     struct {
		Purpose string `json:"purpose"`
		Owner   string `json:"owner"`
	} `json:"message"`
}

// ResultsKeyTypedDataJSON is ResultsKeyTypedData as eth_signTypedData_v4
// takes it.
func ResultsKeyTypedDataJSON(owner common.Address) (json.RawMessage, error) {
	w := resultsKeyWire{Types: resultsKeyTypes(), PrimaryType: ResultsKeyPrimaryType,
		Domain: nameVersionWire{Name: JobSpecDomainName, Version: ResultsKeyDomainVersion}}
	w.Message.Purpose, w.Message.Owner = ResultsKeyPurpose, owner.Hex()
	b, err := json.Marshal(w)
	if err != nil {
		return nil, fmt.Errorf("encode results key typed data: %w", err)
	}
	return b, nil
}

// ResultsKeyDigest is the EIP-712 hash of owner's results-key message.
func ResultsKeyDigest(owner common.Address) (common.Hash, error) {
	h, _, err := apitypes.TypedDataAndHash(ResultsKeyTypedData(owner))
	if err != nil {
		return common.Hash{}, fmt.Errorf("results key typed data: %w", err)
	}
	return common.BytesToHash(h), nil
}

// SignResultsKey signs signer's results-key message, as a wallet does.
func SignResultsKey(signer Signer) ([]byte, error) {
	d, err := ResultsKeyDigest(signer.Address())
	if err != nil {
		return nil, err
	}
	return signDigest(d, signer, "the results key message")
}

// ResultsKeySigner recovers who signed owner's results-key message; only
// owner's own signature recovers to owner.
func ResultsKeySigner(owner common.Address, sig []byte) (common.Address, error) {
	d, err := ResultsKeyDigest(owner)
	if err != nil {
		return common.Address{}, err
	}
	pub, err := recoverDigestKey(d, sig)
	if err != nil {
		return common.Address{}, fmt.Errorf("results key signature: %w", err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}

// ResultsKeyFromSignature derives the results key from a signature of the
// results-key message: keccak256(label || r || s), reduced to a valid
// secp256k1 scalar. V is ignored (0/1 and 27/28 give the same key); a
// high-S signature is refused, since wallets give low-S ones and the
// malleable twin would derive another key. It does not check who signed:
// ResultsKeyFor does.
func ResultsKeyFromSignature(sig []byte) (*ecdsa.PrivateKey, error) {
	if len(sig) != crypto.SignatureLength {
		return nil, fmt.Errorf("%w: results key signature is %d bytes, want %d ([R || S || V])", ErrBadSignature, len(sig), crypto.SignatureLength)
	}
	r, s := new(big.Int).SetBytes(sig[:32]), new(big.Int).SetBytes(sig[32:64])
	if r.Sign() == 0 || s.Sign() == 0 || s.Cmp(specHalfN) > 0 {
		return nil, fmt.Errorf("%w: results key signature R or S out of range (or high S)", ErrBadSignature)
	}
	h := crypto.Keccak256([]byte(resultsKeyLabel), sig[:64])
	// In [1, N-1]: a scalar of zero or of N or more is no key. The bias of
	// a 256-bit hash mod N-1 is below 2^-127.
	n1 := new(big.Int).Sub(crypto.S256().Params().N, big.NewInt(1))
	d := new(big.Int).Mod(new(big.Int).SetBytes(h), n1)
	d.Add(d, big.NewInt(1))
	key, err := crypto.ToECDSA(common.LeftPadBytes(d.Bytes(), 32))
	if err != nil {
		return nil, fmt.Errorf("derive results key: %w", err)
	}
	return key, nil
}

// ResultsKeyFor checks that sig is owner's signature of the results-key
// message and derives the key from it: what the web page's signature is
// turned into.
func ResultsKeyFor(owner common.Address, sig []byte) (*ecdsa.PrivateKey, error) {
	signer, err := ResultsKeySigner(owner, sig)
	if err != nil {
		return nil, err
	}
	if signer != owner {
		return nil, fmt.Errorf("%w: the results key signature is by %s, not %s", ErrWrongSigner, signer.Hex(), owner.Hex())
	}
	return ResultsKeyFromSignature(sig)
}

// DeriveResultsKey is the results key of signer's wallet, signing the
// message with it (the CLI, with a keystore).
func DeriveResultsKey(signer Signer) (*ecdsa.PrivateKey, error) {
	sig, err := SignResultsKey(signer)
	if err != nil {
		return nil, err
	}
	return ResultsKeyFromSignature(sig)
}

// ResultsKeyHex writes a public key as JobSpec.ResultsKey has it: 0x and
// the 33-byte compressed point.
func ResultsKeyHex(pub *ecdsa.PublicKey) string {
	return hexutil.Encode(crypto.CompressPubkey(pub))
}

// ParseResultsKey reads JobSpec.ResultsKey: 0x and 66 hex digits, a
// compressed secp256k1 point.
func ParseResultsKey(s string) (*ecdsa.PublicKey, error) {
	const want = "0x and 66 hex digits (a 33-byte compressed secp256k1 public key, as skyops submit-task or the page's results key gives it)"
	if !strings.HasPrefix(s, "0x") || len(s) != 2+66 {
		return nil, fmt.Errorf("resultsKey %q: want %s", s, want)
	}
	b, err := hexutil.Decode(s)
	if err != nil {
		return nil, fmt.Errorf("resultsKey %q is not hex: want %s", s, want)
	}
	pub, err := crypto.DecompressPubkey(b)
	if err != nil {
		return nil, fmt.Errorf("resultsKey %q is not a point on secp256k1 (%v): want %s", s, err, want)
	}
	return pub, nil
}

// SealKey is the public key the spec's results (outputs, logs) are sealed
// to: ResultsKey when the spec names one, else owner (the wallet's key, as
// before results keys).
func (s *JobSpec) SealKey(owner *ecdsa.PublicKey) (*ecdsa.PublicKey, error) {
	if s.ResultsKey == "" {
		return owner, nil
	}
	return ParseResultsKey(s.ResultsKey)
}
