package types

import (
	"bufio"
	"bytes"
	"crypto/ecdsa"
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"slices"

	"filippo.io/age"
	"github.com/ethereum/go-ethereum/crypto/ecies"
)

// A sealed stream is an age v1 file (age-encryption.org/v1, filippo.io/age):
// a text header holding one recipient stanza and a MAC, then the payload in
// 64 KiB ChaCha20-Poly1305 chunks (STREAM), each authenticated and the last
// one marked, so neither sealing nor opening ever holds more than a chunk
// and a truncated or altered payload fails on the Read that reaches it.
//
// The stanza is ours: its type is sealStreamStanza, it has no arguments and
// its body is age's 16-byte file key wrapped with go-ethereum's ECIES to the
// owner's secp256k1 wallet key, under sealStreamInfo.
const (
	sealStreamStanza = "skyops-secp256k1"
	sealStreamIntro  = "age-encryption.org/v1\n"

	// sealFileKeySize is age's file key size; the only size a stanza may
	// unwrap to.
	sealFileKeySize = 16

	// maxSealStanzaBody bounds a stanza body before any ECDH is spent on
	// it: an ECIES ciphertext of a 16-byte file key is 65 (ephemeral key)
	// + 16 (IV) + 16 (key) + 32 (MAC) = 129 bytes.
	maxSealStanzaBody = 256
)

// sealStreamInfo is the ECIES shared information of the stanza: it binds the
// wrap to sealed streams, so a ciphertext made with the same wallet key for
// another purpose (SealToOwner's included) never unwraps as a file key.
var sealStreamInfo = []byte("skyops sealed stream v1")

// SealStream seals what is written to it to the owner's secp256k1 public
// key, writing an age v1 file (binary, not armored) to w, in bounded memory
// whatever the size: outputs may be many GiB, which SealToOwner would hold
// whole. Only the owner's private key opens it (OpenStream).
//
// The header is written to w before SealStream returns. The caller must call
// Close when done: it writes the last, marked chunk, and without it the
// stream does not open. Close does not close w.
func SealStream(owner *ecdsa.PublicKey, w io.Writer) (io.WriteCloser, error) {
	if owner == nil {
		return nil, errors.New("seal stream: no owner key")
	}
	sw, err := age.Encrypt(w, ownerRecipient{ecies.ImportECDSAPublic(owner)})
	if err != nil {
		return nil, fmt.Errorf("seal stream: %w", err)
	}
	return sw, nil
}

// OpenStream opens what SealStream made, with the owner's private key, and
// returns the plaintext as a reader, so that content of any size is opened
// in bounded memory. Any other key gets an error wrapping ErrNotYours.
//
// Only the header is checked here. A truncated or altered payload is
// reported by the Read that reaches it (never as a clean io.EOF), so the
// caller must treat the plaintext as unverified until Read returns io.EOF.
func OpenStream(key *ecdsa.PrivateKey, r io.Reader) (io.Reader, error) {
	if key == nil {
		return nil, errors.New("open sealed stream: no key")
	}
	plain, err := age.Decrypt(r, ownerIdentity{ecies.ImportECDSA(key)})
	if err != nil {
		var noMatch *age.NoIdentityMatchError
		if errors.As(err, &noMatch) {
			if slices.Contains(noMatch.StanzaTypes, sealStreamStanza) {
				return nil, fmt.Errorf("%w: this content is sealed to another wallet", ErrNotYours)
			}
			return nil, fmt.Errorf("%w: this content is not sealed to a wallet (an age file with no %s stanza)", ErrNotYours, sealStreamStanza)
		}
		return nil, fmt.Errorf("open sealed stream: %w", err)
	}
	return openedStream{plain}, nil
}

// IsSealedStream reports whether prefix, the first bytes of some content,
// begins with the age v1 intro line, so that a caller can tell a sealed
// stream from a blob made by SealToOwner (raw ECIES ciphertext, whose first
// byte is 0x04). prefix must hold at least the first 22 bytes (the intro
// line); anything shorter reports false.
func IsSealedStream(prefix []byte) bool {
	return bytes.HasPrefix(prefix, []byte(sealStreamIntro))
}

// openedStream names the stream in payload errors, so that "unexpected EOF"
// or a failed chunk is not taken for a transport error.
type openedStream struct{ r io.Reader }

func (s openedStream) Read(p []byte) (int, error) {
	n, err := s.r.Read(p)
	if err != nil && err != io.EOF {
		err = fmt.Errorf("read sealed stream (truncated or altered): %w", err)
	}
	return n, err
}

// ownerRecipient wraps age's file key to a wallet's public key.
type ownerRecipient struct{ pub *ecies.PublicKey }

func (r ownerRecipient) Wrap(fileKey []byte) ([]*age.Stanza, error) {
	body, err := ecies.Encrypt(rand.Reader, r.pub, fileKey, sealStreamInfo, nil)
	if err != nil {
		return nil, fmt.Errorf("wrap file key to owner: %w", err)
	}
	return []*age.Stanza{{Type: sealStreamStanza, Body: body}}, nil
}

// ownerIdentity unwraps age's file key with a wallet's private key.
type ownerIdentity struct{ key *ecies.PrivateKey }

// Unwrap treats every stanza as hostile: it comes from whoever sent the
// stream. Stanzas of other types are skipped; one of ours with arguments, a
// body over maxSealStanzaBody, or a wrap that decrypts to anything but a
// 16-byte key is refused outright (SealStream never writes one); one that
// does not decrypt is another wallet's. None left: age.ErrIncorrectIdentity.
//
// The number of stanzas is bounded by age itself, not here: its header
// parser refuses a header over 2 MiB or with more than 1024 stanzas (and
// stanzas with more than 128 arguments), so at worst this costs 1024 ECDH,
// tens of milliseconds, before the stream is refused.
func (id ownerIdentity) Unwrap(stanzas []*age.Stanza) ([]byte, error) {
	for _, s := range stanzas {
		if s.Type != sealStreamStanza {
			continue
		}
		if len(s.Args) != 0 {
			return nil, fmt.Errorf("%s stanza has %d arguments, want none: not made by SealStream", sealStreamStanza, len(s.Args))
		}
		if len(s.Body) > maxSealStanzaBody {
			return nil, fmt.Errorf("%s stanza body is %d bytes, at most %d: not made by SealStream", sealStreamStanza, len(s.Body), maxSealStanzaBody)
		}
		fileKey, err := id.key.Decrypt(s.Body, sealStreamInfo, nil)
		if err != nil {
			continue // sealed to another wallet, or garbage: not ours either way
		}
		if len(fileKey) != sealFileKeySize {
			return nil, fmt.Errorf("%s stanza wraps a %d-byte file key, want %d: not made by SealStream", sealStreamStanza, len(fileKey), sealFileKeySize)
		}
		return fileKey, nil
	}
	return nil, age.ErrIncorrectIdentity
}

// OpenOutput opens a sealed output package with key: a stream (SealStream)
// as it is read, an older whole-blob seal (SealToOwner) read into memory,
// at most maxBlob bytes of it. The one open path of the CLI and the
// daemon's results opener.
func OpenOutput(key *ecdsa.PrivateKey, r io.Reader, maxBlob int) (io.Reader, error) {
	br := bufio.NewReader(r)
	head, _ := br.Peek(len(sealStreamIntro))
	if IsSealedStream(head) {
		return OpenStream(key, br)
	}
	data, err := io.ReadAll(io.LimitReader(br, int64(maxBlob)+1))
	if err != nil {
		return nil, fmt.Errorf("read the sealed output: %w", err)
	}
	if len(data) > maxBlob {
		return nil, fmt.Errorf("the sealed output is larger than a whole-blob output can be (%d bytes)", maxBlob)
	}
	plain, err := OpenSealed(key, data)
	if err != nil {
		return nil, err
	}
	return bytes.NewReader(plain), nil
}
