package types

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/rand"
	"crypto/sha256"
	"errors"
	"io"
	mrand "math/rand/v2"
	"runtime"
	"sync"
	"testing"
	"time"

	"filippo.io/age"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/crypto/ecies"
)

func streamKey(t testing.TB) *ecdsa.PrivateKey {
	t.Helper()
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// genReader is n deterministic pseudo-random bytes, so that large inputs are
// generated as they are read rather than held.
func genReader(seed uint64, n int64) io.Reader {
	var s [32]byte
	s[0] = byte(seed)
	s[1] = byte(seed >> 8)
	return io.LimitReader(mrand.NewChaCha8(s), n)
}

// sealFrom seals what src yields to owner and returns the stream and the
// sha256 of the plaintext.
func sealFrom(t testing.TB, owner *ecdsa.PublicKey, src io.Reader) ([]byte, [32]byte) {
	t.Helper()
	var buf bytes.Buffer
	w, err := SealStream(owner, &buf)
	if err != nil {
		t.Fatal(err)
	}
	h := sha256.New()
	if _, err := io.Copy(w, io.TeeReader(src, h)); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes(), [32]byte(h.Sum(nil))
}

// openAll opens sealed and reads it to the end, returning the sha256 and
// length of what came out, and the first error (from OpenStream or Read).
func openAll(key *ecdsa.PrivateKey, sealed []byte) ([32]byte, int64, error) {
	r, err := OpenStream(key, bytes.NewReader(sealed))
	if err != nil {
		return [32]byte{}, 0, err
	}
	h := sha256.New()
	n, err := io.Copy(h, r)
	return [32]byte(h.Sum(nil)), n, err
}

// headerLen is the length of the age header in sealed (through the MAC line).
func headerLen(t testing.TB, sealed []byte) int {
	t.Helper()
	i := bytes.Index(sealed, []byte("\n--- "))
	if i < 0 {
		t.Fatal("no header footer")
	}
	j := bytes.IndexByte(sealed[i+1:], '\n')
	if j < 0 {
		t.Fatal("footer line not ended")
	}
	return i + 1 + j + 1
}

func TestStreamRoundTrip(t *testing.T) {
	owner := streamKey(t)
	const chunk = 64 << 10
	for _, n := range []int64{0, 1, chunk - 1, chunk, chunk + 1, 3<<20 + 17} {
		sealed, want := sealFrom(t, &owner.PublicKey, genReader(uint64(n), n))
		if !IsSealedStream(sealed) {
			t.Fatalf("size %d: not recognised as a sealed stream", n)
		}
		got, m, err := openAll(owner, sealed)
		if err != nil {
			t.Fatalf("size %d: %v", n, err)
		}
		if m != n || got != want {
			t.Fatalf("size %d: got %d bytes, sha256 %x, want %x", n, m, got, want)
		}
	}
}

func TestStreamSealedHeader(t *testing.T) {
	owner := streamKey(t)
	sealed, _ := sealFrom(t, &owner.PublicKey, bytes.NewReader([]byte("x")))
	hdr := string(sealed[:headerLen(t, sealed)])
	// Exactly one stanza, ours, with no arguments.
	if n := bytes.Count([]byte(hdr), []byte("\n-> ")); n != 1 {
		t.Fatalf("%d stanzas in header:\n%s", n, hdr)
	}
	if !bytes.HasPrefix([]byte(hdr), []byte(sealStreamIntro+"-> "+sealStreamStanza+"\n")) {
		t.Fatalf("unexpected header:\n%s", hdr)
	}
}

func TestStreamNotYours(t *testing.T) {
	owner, other := streamKey(t), streamKey(t)
	sealed, _ := sealFrom(t, &owner.PublicKey, bytes.NewReader([]byte("result")))
	_, err := OpenStream(other, bytes.NewReader(sealed))
	if !errors.Is(err, ErrNotYours) {
		t.Fatalf("other wallet: got %v, want ErrNotYours", err)
	}
	if !bytes.Contains([]byte(err.Error()), []byte("sealed to another wallet")) {
		t.Fatalf("message does not say what happened: %v", err)
	}

	// An age file with no stanza of ours is not yours either.
	xid, err := age.GenerateX25519Identity()
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	w, err := age.Encrypt(&buf, xid.Recipient())
	if err != nil {
		t.Fatal(err)
	}
	w.Write([]byte("hi"))
	w.Close()
	if _, err := OpenStream(owner, &buf); !errors.Is(err, ErrNotYours) {
		t.Fatalf("X25519 age file: got %v, want ErrNotYours", err)
	}
}

func TestStreamTruncated(t *testing.T) {
	owner := streamKey(t)
	const chunk = 64 << 10
	for _, n := range []int64{0, 1, chunk, chunk + 1, 3 * chunk} {
		sealed, _ := sealFrom(t, &owner.PublicKey, genReader(uint64(n), n))
		h := headerLen(t, sealed)
		cuts := map[string]int{
			"empty":              0,
			"inside intro":       10,
			"inside header":      h / 2,
			"before footer MAC":  h - 10,
			"right after header": h,
			"inside nonce":       h + 8,
			"after nonce":        h + 16,
			"mid-payload":        h + 16 + (len(sealed)-h-16)/2,
			"one byte short":     len(sealed) - 1,
		}
		if n > chunk {
			cuts["at chunk boundary"] = h + 16 + chunk + 16
		}
		for name, cut := range cuts {
			if cut < 0 || cut >= len(sealed) {
				continue
			}
			_, m, err := openAll(owner, sealed[:cut])
			if err == nil {
				t.Errorf("size %d, cut %s (%d of %d): opened %d bytes with no error", n, name, cut, len(sealed), m)
			}
		}
	}
}

func TestStreamTrailingData(t *testing.T) {
	owner := streamKey(t)
	sealed, _ := sealFrom(t, &owner.PublicKey, genReader(1, 1000))
	if _, _, err := openAll(owner, append(sealed, 0)); err == nil {
		t.Fatal("trailing byte after the last chunk was accepted")
	}
}

func TestStreamTampered(t *testing.T) {
	owner := streamKey(t)
	const chunk = 64 << 10
	sealed, _ := sealFrom(t, &owner.PublicKey, genReader(7, 2*chunk+100))
	h := headerLen(t, sealed)
	for _, at := range []int{h + 3, h + 16 + 5, h + 16 + chunk + 16 + 1, len(sealed) - 1} {
		bad := bytes.Clone(sealed)
		bad[at] ^= 0x01
		r, err := OpenStream(owner, bytes.NewReader(bad))
		if err != nil {
			t.Fatalf("flip at %d: header refused (%v); the payload is what was altered", at, err)
		}
		if _, err := io.Copy(io.Discard, r); err == nil {
			t.Errorf("flip at %d: read to the end with no error", at)
		}
	}
	// A flipped header byte is caught before any plaintext.
	bad := bytes.Clone(sealed)
	bad[h-5] ^= 0x01
	if _, err := OpenStream(owner, bytes.NewReader(bad)); err == nil {
		t.Error("altered header MAC accepted")
	}
}

// editRecipient wraps with an ownerRecipient and then edits the stanzas, so
// that age still computes a valid header MAC over hostile stanzas.
type editRecipient struct {
	inner ownerRecipient
	edit  func(fileKey []byte, s []*age.Stanza) []*age.Stanza
}

func (r editRecipient) Wrap(fileKey []byte) ([]*age.Stanza, error) {
	s, err := r.inner.Wrap(fileKey)
	if err != nil {
		return nil, err
	}
	return r.edit(fileKey, s), nil
}

func sealEdited(t *testing.T, owner *ecdsa.PublicKey, plain []byte, edit func([]byte, []*age.Stanza) []*age.Stanza) []byte {
	t.Helper()
	var buf bytes.Buffer
	w, err := age.Encrypt(&buf, editRecipient{ownerRecipient{ecies.ImportECDSAPublic(owner)}, edit})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.Write(plain); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestStreamStanzas(t *testing.T) {
	owner, other := streamKey(t), streamKey(t)
	plain := []byte("job output")
	want := sha256.Sum256(plain)
	junk := make([]byte, 32)
	rand.Read(junk)

	t.Run("foreign stanzas before ours", func(t *testing.T) {
		sealed := sealEdited(t, &owner.PublicKey, plain, func(fk []byte, s []*age.Stanza) []*age.Stanza {
			theirs, err := ownerRecipient{ecies.ImportECDSAPublic(&other.PublicKey)}.Wrap(fk)
			if err != nil {
				t.Fatal(err)
			}
			foreign := &age.Stanza{Type: "X25519", Args: []string{"c29tZXRoaW5n"}, Body: junk}
			return append([]*age.Stanza{foreign, theirs[0]}, s...)
		})
		got, _, err := openAll(owner, sealed)
		if err != nil || got != want {
			t.Fatalf("owner: %v (sha256 %x, want %x)", err, got, want)
		}
		if got, _, err := openAll(other, sealed); err != nil || got != want {
			t.Fatalf("second wallet: %v", err)
		}
	})

	refused := map[string]func([]byte, []*age.Stanza) []*age.Stanza{
		"arguments": func(_ []byte, s []*age.Stanza) []*age.Stanza {
			s[0].Args = []string{"x"}
			return s
		},
		"oversized body": func(_ []byte, s []*age.Stanza) []*age.Stanza {
			s[0].Body = append(s[0].Body, make([]byte, maxSealStanzaBody)...)
			return s
		},
		"file key not 16 bytes": func(fk []byte, s []*age.Stanza) []*age.Stanza {
			body, err := ecies.Encrypt(rand.Reader, ecies.ImportECDSAPublic(&owner.PublicKey), append(bytes.Clone(fk), 0), sealStreamInfo, nil)
			if err != nil {
				t.Fatal(err)
			}
			s[0].Body = body
			return s
		},
	}
	for name, edit := range refused {
		t.Run(name, func(t *testing.T) {
			sealed := sealEdited(t, &owner.PublicKey, plain, edit)
			_, _, err := openAll(owner, sealed)
			if err == nil {
				t.Fatal("opened")
			}
			if errors.Is(err, ErrNotYours) {
				t.Fatalf("refused as not yours, want refused as malformed: %v", err)
			}
		})
	}

	t.Run("no stanza of ours that decrypts", func(t *testing.T) {
		sealed := sealEdited(t, &owner.PublicKey, plain, func(_ []byte, s []*age.Stanza) []*age.Stanza {
			s[0].Body = bytes.Clone(s[0].Body)
			s[0].Body[len(s[0].Body)-1] ^= 1
			return s
		})
		if _, _, err := openAll(owner, sealed); !errors.Is(err, ErrNotYours) {
			t.Fatalf("got %v, want ErrNotYours", err)
		}
	})
}

func TestIsSealedStream(t *testing.T) {
	owner := streamKey(t)
	sealed, _ := sealFrom(t, &owner.PublicKey, bytes.NewReader([]byte("data")))
	if !IsSealedStream(sealed) || !IsSealedStream(sealed[:len(sealStreamIntro)]) {
		t.Error("SealStream output not recognised")
	}
	blob, err := SealToOwner(&owner.PublicKey, []byte("data"))
	if err != nil {
		t.Fatal(err)
	}
	if IsSealedStream(blob) {
		t.Error("SealToOwner blob taken for a sealed stream")
	}
	if IsSealedStream(nil) || IsSealedStream([]byte{}) {
		t.Error("empty input taken for a sealed stream")
	}
}

func TestStreamNilKeys(t *testing.T) {
	if _, err := SealStream(nil, io.Discard); err == nil {
		t.Error("SealStream(nil) succeeded")
	}
	if _, err := OpenStream(nil, bytes.NewReader(nil)); err == nil {
		t.Error("OpenStream(nil) succeeded")
	}
}

// TestStreamBoundedMemory seals and opens 256 MiB through a pipe and checks
// that the heap never grows by more than 32 MiB.
func TestStreamBoundedMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("256 MiB through seal and open")
	}
	const size = 256 << 20
	const bound = 32 << 20
	owner := streamKey(t)

	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	base := ms.HeapInuse

	var peak uint64
	stop := make(chan struct{})
	var sampler sync.WaitGroup
	sampler.Add(1)
	go func() {
		defer sampler.Done()
		var ms runtime.MemStats
		tick := time.NewTicker(5 * time.Millisecond)
		defer tick.Stop()
		for {
			runtime.ReadMemStats(&ms)
			peak = max(peak, ms.HeapInuse)
			select {
			case <-stop:
				return
			case <-tick.C:
			}
		}
	}()

	pr, pw := io.Pipe()
	sealErr := make(chan error, 1)
	go func() {
		w, err := SealStream(&owner.PublicKey, pw)
		if err == nil {
			_, err = io.Copy(w, genReader(42, size))
			if cerr := w.Close(); err == nil {
				err = cerr
			}
		}
		pw.CloseWithError(err)
		sealErr <- err
	}()
	r, err := OpenStream(owner, pr)
	if err != nil {
		t.Fatal(err)
	}
	n, err := io.Copy(io.Discard, r)
	if err != nil {
		t.Fatal(err)
	}
	if err := <-sealErr; err != nil {
		t.Fatal(err)
	}
	close(stop)
	sampler.Wait()

	if n != size {
		t.Fatalf("opened %d bytes, want %d", n, size)
	}
	grew := int64(peak) - int64(base)
	t.Logf("heap in use: %d KiB before, peak %d KiB (+%d KiB)", base>>10, peak>>10, grew>>10)
	if grew > bound {
		t.Fatalf("heap grew by %d MiB sealing and opening %d MiB, want under %d MiB", grew>>20, size>>20, bound>>20)
	}
}
