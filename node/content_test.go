package node

import (
	"context"
	"crypto/sha256"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// Two daemons: content imported on one as a DAG is streamed to a file on
// the other through bitswap, and reaches in-memory callers of fetchBlob
// too, bounded by their limit.
func TestContentBetweenDaemons(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	a, b := twoNodes(t, ctx)
	const size = 6<<20 + 123
	src := func() io.Reader { return io.LimitReader(rand.NewChaCha8([32]byte{7}), size) }
	id, n, err := a.ImportContent(ctx, src())
	if err != nil || n != size {
		t.Fatalf("import: %d, %v", n, err)
	}
	path := filepath.Join(tmp(t), "out")
	got, err := b.FetchContentFile(ctx, id, path, 0, a.ID())
	if err != nil || got != size {
		t.Fatalf("fetch: %d, %v", got, err)
	}
	h1, h2 := sha256.New(), sha256.New()
	_, _ = io.Copy(h1, src())
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	_, _ = io.Copy(h2, f)
	if string(h1.Sum(nil)) != string(h2.Sum(nil)) {
		t.Fatal("fetched file differs")
	}
	if _, err := b.fetchBlob(ctx, id, a.ID(), 1<<20); err == nil {
		t.Error("fetchBlob of a 6 MiB DAG under a 1 MiB limit succeeded")
	}
	data, err := b.fetchBlob(ctx, id, a.ID(), 8<<20)
	if err != nil || len(data) != size {
		t.Fatalf("fetchBlob: %d bytes, %v", len(data), err)
	}
}

// GET /v1/content/{cid} on the daemon that holds the content: the reader
// OpenContent hands back streams the whole file after OpenContent returns,
// and the CAR export is a CAR of it.
func TestOpenContentHeld(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	a, _ := twoNodes(t, ctx)
	const size = 3<<20 + 5
	src := func() io.Reader { return io.LimitReader(rand.NewChaCha8([32]byte{9}), size) }
	id, _, err := a.ImportContent(ctx, src())
	if err != nil {
		t.Fatal(err)
	}
	r, n, err := a.OpenContent(ctx, id, false)
	if err != nil || n != size {
		t.Fatalf("open: %d, %v", n, err)
	}
	h1, h2 := sha256.New(), sha256.New()
	_, _ = io.Copy(h1, src())
	got, err := io.Copy(h2, r)
	r.Close()
	if err != nil || got != size || string(h1.Sum(nil)) != string(h2.Sum(nil)) {
		t.Fatalf("read %d bytes, %v; or they differ", got, err)
	}
	car, _, err := a.OpenContent(ctx, id, true)
	if err != nil {
		t.Fatal(err)
	}
	data, err := io.ReadAll(car)
	car.Close()
	if err != nil || len(data) <= size {
		t.Fatalf("CAR export: %d bytes, %v", len(data), err)
	}
}
