package types

import (
	"bytes"
	"crypto/rand"
	"errors"
	"io"
	"testing"
)

// A stream sealed with a data key opens with that key alone, whole; cut
// or changed, it fails on Read.
func TestStreamWithKey(t *testing.T) {
	key, _ := NewDataKey()
	other, _ := NewDataKey()
	plain := make([]byte, 200<<10+7) // four chunks, a partial last one
	rand.Read(plain)
	var sealed bytes.Buffer
	w, err := SealStreamWithKey(key, &sealed)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.Write(plain); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if !IsSealedStream(sealed.Bytes()) {
		t.Fatal("not an age stream")
	}
	r, err := OpenStreamWithKey(key, bytes.NewReader(sealed.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if got, err := io.ReadAll(r); err != nil || !bytes.Equal(got, plain) {
		t.Fatalf("opened %d bytes, %v", len(got), err)
	}
	if _, err := OpenStreamWithKey(other, bytes.NewReader(sealed.Bytes())); !errors.Is(err, ErrNotThisKey) {
		t.Fatalf("another key: %v", err)
	}
	if _, err := OpenStreamWithKey([]byte("short"), bytes.NewReader(sealed.Bytes())); err == nil {
		t.Fatal("a key of the wrong size opened it")
	}
	for _, cut := range []int{sealed.Len() / 2, sealed.Len() - 1} {
		r, err := OpenStreamWithKey(key, bytes.NewReader(sealed.Bytes()[:cut]))
		if err == nil {
			_, err = io.ReadAll(r)
		}
		if err == nil {
			t.Errorf("cut at %d of %d bytes: opened", cut, sealed.Len())
		}
	}
	bad := bytes.Clone(sealed.Bytes())
	bad[len(bad)-100] ^= 1
	r, err = OpenStreamWithKey(key, bytes.NewReader(bad))
	if err == nil {
		_, err = io.ReadAll(r)
	}
	if err == nil {
		t.Error("a changed byte opened")
	}
	// A wallet-sealed stream is no data-key stream, and the reverse.
	if _, err := OpenStream(streamKey(t), bytes.NewReader(sealed.Bytes())); !errors.Is(err, ErrNotYours) {
		t.Errorf("opening a data-key stream as a wallet's: %v", err)
	}
}
