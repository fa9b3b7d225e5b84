package content

import (
	"bytes"
	"context"
	"io"
	"testing"
	"time"

	blocks "github.com/ipfs/go-block-format"
)

// FuzzOpenUntrustedNode: a peer can send any bytes as a dag-pb block
// (its CID is then just their hash, so it passes the hash check). Opening
// and reading such a root, walking it (Has, CAR export) must fail cleanly
// or succeed, never panic or hang. The decoding is boxo's; this is the
// path where skyops hands it peer bytes.
func FuzzOpenUntrustedNode(f *testing.F) {
	ctx := context.Background()
	_, seedStore := openStore(f, nil)
	root, _, err := seedStore.Import(ctx, bytes.NewReader(make([]byte, 3*ChunkSize)))
	if err != nil {
		f.Fatal(err)
	}
	blk, err := seedStore.bs.Get(ctx, root)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(blk.RawData())
	f.Add([]byte{})
	f.Add([]byte{0x0a, 0x02, 0x08, 0x02}) // Data{Type: File}
	_, st := openStore(f, nil)
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := cidBuilder.Sum(data)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := blocks.NewBlockWithCid(data, c)
		if err := st.bs.Put(ctx, b); err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
		defer cancel()
		if r, err := st.Open(ctx, c); err == nil {
			_, _ = io.Copy(io.Discard, io.LimitReader(r, 64<<20))
			r.Close()
		}
		_, _ = st.Has(ctx, c)
		_ = st.WriteCAR(ctx, c, io.Discard)
	})
}
