package types

import (
	"bytes"
	"io"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
)

// FuzzOpenStream feeds OpenStream hostile streams: whatever the input, it
// must not panic or hang, and at most 1 MiB is read back from any one.
func FuzzOpenStream(f *testing.F) {
	key, err := crypto.ToECDSA(bytes.Repeat([]byte{0x5e}, 32))
	if err != nil {
		f.Fatal(err)
	}
	var buf bytes.Buffer
	w, err := SealStream(&key.PublicKey, &buf)
	if err != nil {
		f.Fatal(err)
	}
	w.Write(bytes.Repeat([]byte("skyops output\n"), 5000)) // two chunks
	if err := w.Close(); err != nil {
		f.Fatal(err)
	}
	seed := buf.Bytes()
	h := headerLen(f, seed)

	f.Add(seed)
	f.Add(seed[:h])
	f.Add(seed[:h+16])
	f.Add(seed[:len(seed)-1])
	f.Add(append(bytes.Clone(seed), 0))
	flipped := bytes.Clone(seed)
	flipped[h+40] ^= 0x80
	f.Add(flipped)
	f.Add([]byte(sealStreamIntro))
	f.Add([]byte(sealStreamIntro + "-> " + sealStreamStanza + "\n\n--- AAAA\n"))
	f.Add([]byte(sealStreamIntro + "-> " + sealStreamStanza + " arg\n" + "BBBB\n--- " + "x\n"))
	f.Add([]byte(sealStreamIntro + "-> X25519 abc\nAAAA\n-> " + sealStreamStanza + "\n\n--- AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\n"))
	f.Add([]byte{})

	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := OpenStream(key, bytes.NewReader(data))
		if err != nil {
			if bytes.Equal(data, seed) {
				t.Fatalf("seed refused: %v", err)
			}
			return
		}
		_, err = io.Copy(io.Discard, io.LimitReader(r, 1<<20))
		if err != nil && bytes.Equal(data, seed) {
			t.Fatalf("seed failed to read: %v", err)
		}
	})
}
