package types

import (
	"bytes"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/libp2p/go-libp2p/core/peer"
)

// WireVersion is the only envelope version this code reads or writes.
const WireVersion = 1

// Kind says what a signed envelope carries. Part of the signed bytes, so an
// advert can never be replayed as another kind of object.
type Kind uint8

const (
	KindAdvert Kind = 1
)

func (k Kind) String() string {
	switch k {
	case KindAdvert:
		return "advert"
	case KindJobEvent:
		return "job event"
	case KindReceipt:
		return "receipt"
	default:
		return fmt.Sprintf("kind(%d)", uint8(k))
	}
}

// Errors a decoder returns. Callers (gossip validators, API handlers) use
// errors.Is to tell a malformed object from a forged or oversized one.
var (
	ErrTooLarge     = errors.New("too large")
	ErrMalformed    = errors.New("malformed")
	ErrVersion      = errors.New("unsupported version")
	ErrKind         = errors.New("unexpected kind")
	ErrBadSignature = errors.New("bad signature")
	ErrWrongSigner  = errors.New("signed by someone else")
)

// Signed is the envelope every signed object travels and rests in:
// RLP([version, kind, body, sig]) where body is the object's own RLP and sig
// is a 65-byte [R || S || V] secp256k1 signature over SigningHash.
type Signed struct {
	Version uint8
	Kind    Kind
	Body    []byte
	Sig     []byte
}

// signingPrefix separates skyops signatures from Ethereum transactions and
// personal_sign messages made with the same key.
var signingPrefix = []byte("\x19skyops signed object v1\n")

// SigningHash is what a signer signs: the network id is inside it, so an
// object signed for one network is never valid on another.
func SigningHash(network string, kind Kind, body []byte) common.Hash {
	bodyHash := crypto.Keccak256(body)
	return crypto.Keccak256Hash(signingPrefix, []byte(network), []byte{0, byte(kind)}, bodyHash)
}

// Signer is anything that signs a 32-byte hash with a secp256k1 key.
type Signer interface {
	Sign(hash []byte) ([]byte, error)
	Address() common.Address
}

// KeySigner signs with an in-memory private key.
type KeySigner struct{ Key *ecdsa.PrivateKey }

func (s KeySigner) Sign(hash []byte) ([]byte, error) { return crypto.Sign(hash, s.Key) }
func (s KeySigner) Address() common.Address          { return crypto.PubkeyToAddress(s.Key.PublicKey) }

// Seal encodes body, signs it for network and returns the envelope's bytes.
func Seal(network string, kind Kind, body any, signer Signer) ([]byte, error) {
	b, err := rlp.EncodeToBytes(body)
	if err != nil {
		return nil, fmt.Errorf("encode %s: %w", kind, err)
	}
	h := SigningHash(network, kind, b)
	sig, err := signer.Sign(h[:])
	if err != nil {
		return nil, fmt.Errorf("sign %s: %w", kind, err)
	}
	out, err := rlp.EncodeToBytes(&Signed{Version: WireVersion, Kind: kind, Body: b, Sig: sig})
	if err != nil {
		return nil, fmt.Errorf("encode envelope: %w", err)
	}
	return out, nil
}

// Open decodes an envelope of at most maxSize bytes, checks its version and
// kind and recovers the signer's address. It does not decode the body.
func Open(network string, want Kind, data []byte, maxSize int) (*Signed, common.Address, error) {
	s, pub, err := open(network, want, data, maxSize)
	if err != nil {
		return nil, common.Address{}, err
	}
	return s, crypto.PubkeyToAddress(*pub), nil
}

func open(network string, want Kind, data []byte, maxSize int) (*Signed, *ecdsa.PublicKey, error) {
	var zero *ecdsa.PublicKey
	if len(data) > maxSize {
		return nil, zero, fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, len(data), maxSize)
	}
	var s Signed
	if err := rlp.DecodeBytes(data, &s); err != nil {
		return nil, zero, fmt.Errorf("%w: envelope: %v", ErrMalformed, err)
	}
	if s.Version != WireVersion {
		return nil, zero, fmt.Errorf("%w: envelope version %d, this daemon reads %d", ErrVersion, s.Version, WireVersion)
	}
	if s.Kind != want {
		return nil, zero, fmt.Errorf("%w: got %s, want %s", ErrKind, s.Kind, want)
	}
	signer, err := recoverSigner(SigningHash(network, s.Kind, s.Body), s.Sig)
	if err != nil {
		return nil, zero, err
	}
	return &s, signer, nil
}

// secp256k1PeerIDPrefix starts the peer id of every secp256k1 key: an
// identity multihash (0x00, length 37) of the protobuf public key
// {type: Secp256k1 (2), data: 33 bytes}.
const secp256k1PeerIDPrefix = "\x00\x25\x08\x02\x12\x21"

// signedBy reports whether pub is the key of node id. It compares the
// compressed key with the one inside the peer id, which spares the square
// root that decompressing the peer id's key would cost on every message.
func signedBy(pub *ecdsa.PublicKey, id peer.ID) bool {
	s := string(id)
	if len(s) == len(secp256k1PeerIDPrefix)+33 && s[:len(secp256k1PeerIDPrefix)] == secp256k1PeerIDPrefix {
		return s[len(secp256k1PeerIDPrefix):] == string(crypto.CompressPubkey(pub))
	}
	addr, err := NodeAddress(id)
	return err == nil && addr == crypto.PubkeyToAddress(*pub)
}

// recoverSigner accepts only canonical (low-S) signatures, so one object has
// exactly one valid encoding and replays are recognisable byte for byte.
func recoverSigner(hash common.Hash, sig []byte) (*ecdsa.PublicKey, error) {
	var zero *ecdsa.PublicKey
	if len(sig) != crypto.SignatureLength {
		return zero, fmt.Errorf("%w: signature is %d bytes, want %d", ErrBadSignature, len(sig), crypto.SignatureLength)
	}
	r, s, v := new(big.Int).SetBytes(sig[:32]), new(big.Int).SetBytes(sig[32:64]), sig[64]
	if !crypto.ValidateSignatureValues(v, r, s, true) {
		return zero, fmt.Errorf("%w: signature values out of range", ErrBadSignature)
	}
	pub, err := crypto.SigToPub(hash[:], sig)
	if err != nil {
		return zero, fmt.Errorf("%w: %v", ErrBadSignature, err)
	}
	return pub, nil
}

// decodeExact decodes RLP into v and proves the encoding canonical by
// re-encoding it: the bytes that were signed are the only bytes accepted.
func decodeExact(data []byte, v any) error {
	if err := rlp.DecodeBytes(data, v); err != nil {
		return err
	}
	again, err := rlp.EncodeToBytes(v)
	if err != nil {
		return err
	}
	if !bytes.Equal(again, data) {
		return errors.New("non-canonical encoding")
	}
	return nil
}
