package deliver

import (
	"crypto/rsa"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"math/big"
	"strings"
)

// Arweave wallets are stored as RSA private keys in JWK form (RFC 7517):
// base64url fields n, e, d, p, q, dp, dq, qi.

// MinArweaveKeyBits is the smallest key ParseJWK takes. The Arweave
// network itself wants 4096-bit keys (a 512-byte owner); local gateways
// such as arlocal take smaller ones, which keeps tests fast.
const MinArweaveKeyBits = 2048

// maxJWKSize bounds what is read as a wallet: a 4096-bit JWK is about 3 KiB.
const maxJWKSize = 64 << 10

type jwk struct {
	Kty string `json:"kty"`
	N   string `json:"n"`
	E   string `json:"e"`
	D   string `json:"d"`
	P   string `json:"p"`
	Q   string `json:"q"`
	Dp  string `json:"dp,omitempty"`
	Dq  string `json:"dq,omitempty"`
	Qi  string `json:"qi,omitempty"`
}

// ParseJWK reads an Arweave wallet: an RSA private key as a JWK. Its
// errors name what is wrong, never the key's values.
func ParseJWK(data []byte) (*rsa.PrivateKey, error) {
	if len(data) > maxJWKSize {
		return nil, fmt.Errorf("not an Arweave wallet: %d bytes, a JWK is a few KiB", len(data))
	}
	var k jwk
	if err := json.Unmarshal(data, &k); err != nil {
		return nil, fmt.Errorf("not an Arweave wallet: not a JWK (JSON object): %v", jsonErrorOnly(err))
	}
	if k.Kty != "RSA" {
		return nil, fmt.Errorf("not an Arweave wallet: the JWK's kty is %q, and Arweave keys are RSA", k.Kty)
	}
	field := func(name, v string) (*big.Int, error) {
		if v == "" {
			if name == "d" || name == "p" || name == "q" {
				return nil, fmt.Errorf("not an Arweave wallet: the RSA JWK has no %q: it is a public key, and signing needs the private one", name)
			}
			return nil, fmt.Errorf("not an Arweave wallet: the RSA JWK has no %q", name)
		}
		b, err := base64.RawURLEncoding.DecodeString(strings.TrimRight(v, "="))
		if err != nil {
			return nil, fmt.Errorf("not an Arweave wallet: the RSA JWK's %q is not base64url", name)
		}
		return new(big.Int).SetBytes(b), nil
	}
	n, err := field("n", k.N)
	if err != nil {
		return nil, err
	}
	e, err := field("e", k.E)
	if err != nil {
		return nil, err
	}
	d, err := field("d", k.D)
	if err != nil {
		return nil, err
	}
	p, err := field("p", k.P)
	if err != nil {
		return nil, err
	}
	q, err := field("q", k.Q)
	if err != nil {
		return nil, err
	}
	if !e.IsInt64() || e.Int64() < 3 || e.Int64() > 1<<31-1 {
		return nil, fmt.Errorf("not an Arweave wallet: the RSA JWK's public exponent is out of range")
	}
	if bits := n.BitLen(); bits < MinArweaveKeyBits || bits > 8192 {
		return nil, fmt.Errorf("not an Arweave wallet: an RSA key of %d bits (Arweave keys are 4096; at least %d taken)", bits, MinArweaveKeyBits)
	}
	key := &rsa.PrivateKey{PublicKey: rsa.PublicKey{N: n, E: int(e.Int64())}, D: d, Primes: []*big.Int{p, q}}
	if err := key.Validate(); err != nil {
		return nil, fmt.Errorf("not an Arweave wallet: the RSA JWK's values do not form a key: %v", err)
	}
	key.Precompute()
	return key, nil
}

// jsonErrorOnly keeps a JSON error's kind, not the input it quotes (which
// could be part of a key).
func jsonErrorOnly(err error) string {
	switch err.(type) {
	case *json.SyntaxError:
		return "invalid JSON"
	case *json.UnmarshalTypeError:
		return "a field has the wrong type"
	}
	return "invalid JSON"
}

// MarshalJWK writes key as an Arweave wallet (tests and tools make test
// wallets with it).
func MarshalJWK(key *rsa.PrivateKey) ([]byte, error) {
	if len(key.Primes) != 2 {
		return nil, fmt.Errorf("an Arweave wallet is a two-prime RSA key, this one has %d primes", len(key.Primes))
	}
	key.Precompute()
	b := func(v *big.Int) string { return base64.RawURLEncoding.EncodeToString(v.Bytes()) }
	return json.Marshal(jwk{Kty: "RSA", N: b(key.N), E: b(big.NewInt(int64(key.E))), D: b(key.D),
		P: b(key.Primes[0]), Q: b(key.Primes[1]), Dp: b(key.Precomputed.Dp), Dq: b(key.Precomputed.Dq), Qi: b(key.Precomputed.Qinv)})
}

// ArweaveAddress is the wallet address of key: base64url(SHA-256(n)).
func ArweaveAddress(key *rsa.PublicKey) string {
	h := sha256.Sum256(key.N.Bytes())
	return base64.RawURLEncoding.EncodeToString(h[:])
}
