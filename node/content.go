package node

import (
	"context"
	"fmt"
	"io"
	"time"

	"github.com/ipfs/go-cid"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/skyops/skyops/content"
)

// Content as IPFS objects (package content) runs beside the whole-blob
// protocol for now: blocks live in the node's badger store under
// "blocks/", bitswap serves and fetches them on the node's host, and a
// CID of a UnixFS DAG (dag-pb codec) is fetched through it. Raw CIDs, what
// artifacts, inputs and sealed outputs are still named by, keep the blob
// path (ledger.Blobs and p2p.FetchBlob).

// shunFor is how long a peer caught sending blocks that fail their hash is
// refused.
const shunFor = 10 * time.Minute

// startContent opens the content store over the node's database and starts
// bitswap on its host.
func (n *Node) startContent() {
	n.content = content.NewStore(content.NewBlockstore(n.store.DB(), n.disk.space))
	n.exchange = content.NewExchange(context.Background(), n.host.LibP2P(), n.host.Routing(), n.content,
		content.WithLogger(n.log),
		content.WithPunish(func(p peer.ID) { n.host.Shun(p, shunFor) }))
}

// isDAG reports whether id names a UnixFS DAG (fetched with bitswap)
// rather than a whole blob.
func isDAG(id string) (cid.Cid, bool) {
	c, err := cid.Decode(id)
	if err != nil || c.Type() != cid.DagProtobuf {
		return cid.Undef, false
	}
	return c, true
}

// ImportContent stores r as a UnixFS DAG (kubo's `ipfs add --cid-version
// 1` CID) and announces it; the stream is never held whole.
func (n *Node) ImportContent(ctx context.Context, r io.Reader) (string, uint64, error) {
	root, size, err := n.content.Import(ctx, r)
	if err != nil {
		return "", 0, err
	}
	go func() {
		pctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		if err := n.exchange.Provide(pctx, root); err != nil {
			n.log.Debug("provide content", "cid", root, "err", err)
		}
	}()
	return root.String(), size, nil
}

// FetchContentFile streams the DAG id into path (temp file and rename),
// from the hinted peer or providers found in the DHT, every block checked.
// max bounds the size (0: only the disk floor).
func (n *Node) FetchContentFile(ctx context.Context, id, path string, max uint64, hint peer.ID) (uint64, error) {
	c, ok := isDAG(id)
	if !ok {
		return 0, fmt.Errorf("content %s is not a UnixFS DAG", id)
	}
	return n.exchange.FetchFile(ctx, c, path, max, n.hints(hint)...)
}

func (n *Node) hints(p peer.ID) []peer.AddrInfo {
	if p == "" || p == n.key.PeerID() {
		return nil
	}
	return []peer.AddrInfo{n.host.LibP2P().Peerstore().PeerInfo(p)}
}

// fetchDAGBytes is fetchBlob for a DAG CID: for callers that still want
// the content in memory, so bounded by max.
func (n *Node) fetchDAGBytes(ctx context.Context, c cid.Cid, hint peer.ID, max int) ([]byte, error) {
	r, err := n.exchange.Open(ctx, c, n.hints(hint)...)
	if err != nil {
		return nil, fmt.Errorf("content %s: %w", c, err)
	}
	defer r.Close()
	if r.Size() > uint64(max) {
		return nil, fmt.Errorf("content %s: %d bytes, limit %d", c, r.Size(), max)
	}
	data, err := io.ReadAll(io.LimitReader(r, int64(max)))
	if err != nil {
		return nil, fmt.Errorf("content %s: %w", c, err)
	}
	return data, nil
}
