package content

import (
	"bytes"
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/skyops/skyops/testnet/kubo"
)

// A real kubo node connected to a skyops peer fetches content the peer
// imported, by its CID, over bitswap; and `ipfs add --cid-version 1` of
// the same bytes gives the same CID.
func TestKuboFetchesFromSkyops(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	k := kubo.Start(ctx, t)
	n := startNode(t, ctx)
	data := kubo.Pattern(3<<20 + 17) // several chunks, a partial last one
	root, _, err := n.store.Import(ctx, bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	addr := fmt.Sprintf("%s/p2p/%s", n.host.LibP2P().Addrs()[0], n.host.ID())
	if err := k.Connect(ctx, addr); err != nil {
		t.Fatalf("kubo connect to the skyops peer: %v", err)
	}
	got, err := k.Cat(ctx, root.String())
	if err != nil {
		t.Fatalf("kubo cat %s from the skyops peer: %v", root, err)
	}
	if !bytes.Equal(got, data) {
		t.Fatalf("kubo read %d bytes, not the %d imported", len(got), len(data))
	}
	// Still connected: the skyops peer kept the IPFS peer.
	peers, err := k.Peers(ctx)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, p := range peers {
		if p == n.host.ID().String() {
			found = true
		}
	}
	if !found {
		t.Errorf("kubo is no longer connected to the skyops peer (peers %v)", peers)
	}
	added, err := k.AddWith(ctx, bytes.NewReader(data), kubo.AddOptions{CIDVersion1: true, OnlyHash: true})
	if err != nil {
		t.Fatal(err)
	}
	if added != root.String() {
		t.Errorf("ipfs add --cid-version 1 gives %s, skyops %s", added, root)
	}
}
