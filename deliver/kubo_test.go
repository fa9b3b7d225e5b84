package deliver

import (
	"bytes"
	"context"
	"crypto/rand"
	"io"
	"testing"
	"time"

	"github.com/skyops/skyops/testnet/kubo"
)

// Delivery to a real kubo node: the CID is the one kubo gives the same
// bytes (CIDv1, as `ipfs add --cid-version 1`), the file is pinned and
// reads back whole, and Fetch streams it.
func TestKuboDelivery(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	n := kubo.Start(ctx, t)
	for _, size := range []int{0, 1000, 3<<20 + 17} {
		data := make([]byte, size)
		rand.Read(data)
		d, err := Deliver(ctx, Target{Kind: KindIPFS, URL: n.API}, bytes.NewReader(data), int64(size), Options{Job: "0xabc"})
		if err != nil {
			t.Fatalf("%d bytes: %v", size, err)
		}
		want, err := n.Add(ctx, bytes.NewReader(data), true)
		if err != nil {
			t.Fatal(err)
		}
		if d.Ref != want {
			t.Errorf("%d bytes: delivered as %s, kubo adds them as %s", size, d.Ref, want)
		}
		got, err := n.Cat(ctx, d.Ref)
		if err != nil || !bytes.Equal(got, data) {
			t.Fatalf("%d bytes: cat gives %d bytes, %v", size, len(got), err)
		}
		rc, err := Fetch(ctx, *d)
		if err != nil {
			t.Fatal(err)
		}
		got, _ = io.ReadAll(rc)
		rc.Close()
		if !bytes.Equal(got, data) {
			t.Fatalf("%d bytes: Fetch gives %d bytes", size, len(got))
		}
	}
}
