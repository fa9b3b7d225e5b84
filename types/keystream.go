package types

import (
	"crypto/cipher"
	"crypto/rand"
	"errors"
	"fmt"
	"io"

	"filippo.io/age"
)

// Streams sealed with a job's data key: what checkpoints travel as, since a
// model's checkpoint may be many GiB and SealWithKey holds it whole. The
// format is a sealed stream's (age v1, 64 KiB ChaCha20-Poly1305 chunks)
// with one stanza of type keyStreamStanza, no arguments, whose body is
// age's file key sealed with the data key (SealWithKey's AES-256-GCM, a
// random nonce, under keyStreamAD).
const keyStreamStanza = "skyops-datakey"

// keyStreamAD binds a wrapped file key to keyed streams, so no other
// ciphertext made with the data key unwraps as one.
var keyStreamAD = []byte("skyops data-key stream v1")

// keyStanzaBody is the size of a wrapped file key: nonce, key, tag.
const keyStanzaBody = 12 + sealFileKeySize + 16

// SealStreamWithKey seals what is written to it with a job's data key,
// writing an age v1 file to w in bounded memory whatever the size. Close
// must be called to finish the stream; it does not close w.
func SealStreamWithKey(key []byte, w io.Writer) (io.WriteCloser, error) {
	gcm, err := dataCipher(key)
	if err != nil {
		return nil, fmt.Errorf("seal stream: %w", err)
	}
	sw, err := age.Encrypt(w, keyRecipient{gcm})
	if err != nil {
		return nil, fmt.Errorf("seal stream: %w", err)
	}
	return sw, nil
}

// OpenStreamWithKey opens what SealStreamWithKey made. Another key gets
// ErrNotThisKey. As with OpenStream, a truncated or altered payload is
// reported by the Read that reaches it, never as a clean io.EOF.
func OpenStreamWithKey(key []byte, r io.Reader) (io.Reader, error) {
	gcm, err := dataCipher(key)
	if err != nil {
		return nil, fmt.Errorf("open sealed stream: %w", err)
	}
	plain, err := age.Decrypt(r, keyIdentity{gcm})
	if err != nil {
		var noMatch *age.NoIdentityMatchError
		if errors.As(err, &noMatch) {
			return nil, ErrNotThisKey
		}
		return nil, fmt.Errorf("open sealed stream: %w", err)
	}
	return openedStream{plain}, nil
}

// keyRecipient wraps age's file key with the data key's cipher.
type keyRecipient struct{ gcm cipher.AEAD }

func (r keyRecipient) Wrap(fileKey []byte) ([]*age.Stanza, error) {
	nonce := make([]byte, r.gcm.NonceSize())
	if _, err := rand.Read(nonce); err != nil {
		return nil, err
	}
	return []*age.Stanza{{Type: keyStreamStanza, Body: r.gcm.Seal(nonce, nonce, fileKey, keyStreamAD)}}, nil
}

// keyIdentity unwraps it.
type keyIdentity struct{ gcm cipher.AEAD }

// Unwrap treats every stanza as hostile input: only a keyStreamStanza
// without arguments and of exactly keyStanzaBody bytes is tried, and it
// must open to a 16-byte file key.
func (id keyIdentity) Unwrap(stanzas []*age.Stanza) ([]byte, error) {
	for _, s := range stanzas {
		if s.Type != keyStreamStanza || len(s.Args) != 0 || len(s.Body) != keyStanzaBody {
			continue
		}
		n := id.gcm.NonceSize()
		fileKey, err := id.gcm.Open(nil, s.Body[:n], s.Body[n:], keyStreamAD)
		if err != nil || len(fileKey) != sealFileKeySize {
			continue
		}
		return fileKey, nil
	}
	return nil, age.ErrIncorrectIdentity
}
