package node

import (
	"context"
	"errors"
	"fmt"
	"io"
	"sync"
	"time"

	"github.com/ipfs/go-cid"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/skyops/skyops/api"
	"github.com/skyops/skyops/content"
	"github.com/skyops/skyops/ledger"
)

// Content as IPFS objects (package content) runs beside the whole-blob
// protocol: blocks live in the node's badger store under "blocks/",
// bitswap serves and fetches them on the node's host, and datasets (a
// job's ipfs:// inputs) and what users add (POST /v1/content) move
// through it. Uploaded inputs, artifacts and sealed outputs, named by raw
// CIDs of whole blobs, keep the blob path (ledger.Blobs and
// p2p.FetchBlob).

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
// 1` CID), announces it in the DHT and advertises it; the stream is never
// held whole.
func (n *Node) ImportContent(ctx context.Context, r io.Reader) (string, uint64, error) {
	root, size, err := n.content.Import(ctx, r)
	if err != nil {
		return "", 0, err
	}
	n.heldContent(root)
	return root.String(), size, nil
}

// heldContent is what follows a DAG becoming held whole here: it is
// provided in the DHT and joins the advert.
func (n *Node) heldContent(root cid.Cid) {
	go func() {
		pctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		if err := n.exchange.Provide(pctx, root); err != nil {
			n.log.Debug("provide content", "cid", root, "err", err)
		}
	}()
	if n.refreshDatasets() {
		n.Kick()
	}
}

// maxAdvertDatasets bounds the datasets an advert lists (the largest the
// node holds): 64 CIDs are about 4 KiB of an advert's 64 KiB.
const maxAdvertDatasets = 64

// refreshDatasets reads the store's roots; it reports whether the list
// changed. On an error the last list stays.
func (n *Node) refreshDatasets() bool {
	roots, err := n.content.Roots(maxAdvertDatasets)
	if err != nil {
		n.log.Warn("list held content", "err", err)
		return false
	}
	cids := make([]string, len(roots))
	for i, r := range roots {
		cids[i] = r.CID.String()
	}
	return n.datasets.set(cids)
}

// reprovideInterval is how often the advertised datasets are provided in
// the DHT again (kad-DHT provider records expire after 48 hours).
const reprovideInterval = 12 * time.Hour

// provideLoop provides the advertised datasets at start and then every
// reprovideInterval.
func (n *Node) provideLoop(ctx context.Context) {
	provide := func() {
		for _, id := range n.datasets.get() {
			c, err := cid.Decode(id)
			if err != nil {
				continue
			}
			pctx, cancel := context.WithTimeout(ctx, 30*time.Second)
			if err := n.exchange.Provide(pctx, c); err != nil {
				n.log.Debug("provide content", "cid", c, "err", err)
			}
			cancel()
		}
	}
	select { // the DHT's routing table fills as peers connect
	case <-ctx.Done():
		return
	case <-time.After(5 * time.Second):
	}
	provide()
	tick(ctx, reprovideInterval, provide)
}

// AddContent answers POST /v1/content.
func (n *Node) AddContent(ctx context.Context, r io.Reader) (*api.Content, error) {
	id, size, err := n.ImportContent(ctx, r)
	if errors.Is(err, ledger.ErrDiskLow) {
		return nil, api.Errorf("unavailable", "%v", err)
	}
	if err != nil {
		return nil, err
	}
	return &api.Content{CID: id, Size: size}, nil
}

// ListContent answers GET /v1/content.
func (n *Node) ListContent(context.Context) ([]api.Content, error) {
	roots, err := n.content.Roots(0)
	if err != nil {
		return nil, err
	}
	out := make([]api.Content, len(roots))
	for i, r := range roots {
		out[i] = api.Content{CID: r.CID.String(), Size: r.Size}
	}
	return out, nil
}

// OpenContent answers GET /v1/content/{cid}: the file's bytes, from the
// store or fetched block by block as they are read (and then held), or,
// for car, the whole DAG fetched first and exported as a CAR.
func (n *Node) OpenContent(ctx context.Context, id string, car bool) (io.ReadCloser, int64, error) {
	c, err := cid.Decode(id)
	if err != nil {
		return nil, 0, api.Errorf("bad_request", "%q is not a CID: %v", id, err)
	}
	if c.Type() != cid.DagProtobuf && c.Type() != cid.Raw {
		return nil, 0, api.Errorf("bad_request", "%s is not a UnixFS file (codec %#x): skyops holds files as `ipfs add` makes them", c, c.Type())
	}
	// The root within the find timeout; the reader returned must then
	// live on the caller's ctx alone, as it is read after this returns.
	if err := n.findRoot(ctx, c); err != nil {
		return nil, 0, n.contentErr(c, err)
	}
	if car {
		if err := n.fetchWhole(ctx, c); err != nil {
			return nil, 0, n.contentErr(c, err)
		}
		pr, pw := io.Pipe()
		go func() { pw.CloseWithError(n.content.WriteCAR(context.WithoutCancel(ctx), c, pw)) }()
		return pr, -1, nil
	}
	r, err := n.exchange.Open(ctx, c)
	if err != nil {
		return nil, 0, n.contentErr(c, err)
	}
	if n.isJobOutput(id) {
		return r, int64(r.Size()), nil
	}
	return &heldOnEOF{Reader: r, done: func() {
		if err := n.content.Keep(context.WithoutCancel(ctx), c); err == nil {
			n.heldContent(c)
		}
	}}, int64(r.Size()), nil
}

// fetchWhole brings the whole DAG under c here. A dataset fetched is then
// held and advertised; a job's sealed output stays unlisted.
func (n *Node) fetchWhole(ctx context.Context, c cid.Cid) error {
	if held, err := n.content.Has(ctx, c); err == nil && held {
		return nil
	}
	if n.isJobOutput(c.String()) {
		return n.exchange.FetchUnlisted(ctx, c)
	}
	if err := n.exchange.Fetch(ctx, c); err != nil {
		return err
	}
	n.heldContent(c)
	return nil
}

// isJobOutput reports whether id is the output of a job this node knows.
func (n *Node) isJobOutput(id string) bool {
	n.mu.Lock()
	defer n.mu.Unlock()
	for _, j := range n.brain.Jobs() {
		if j.Finished != nil && j.Finished.OutputCID == id {
			return true
		}
	}
	return false
}

// findRoot brings root's block here within contentFindTimeout (from the
// store, connected peers or providers the DHT names).
func (n *Node) findRoot(ctx context.Context, root cid.Cid) error {
	fctx, cancel := context.WithTimeout(ctx, contentFindTimeout)
	defer cancel()
	r, err := n.exchange.Open(fctx, root)
	if err != nil {
		return err
	}
	return r.Close()
}

// contentFindTimeout bounds finding the root of content this node does not
// hold: the providers the DHT knows answer within it, or there are none.
const contentFindTimeout = 30 * time.Second

func (n *Node) contentErr(c cid.Cid, err error) error {
	if errors.Is(err, context.DeadlineExceeded) {
		return api.Errorf("not_found", "no provider of %s found in %s (skyops peers and IPFS nodes connected to them were asked): add it on a peer (skyops add), or connect a kubo node that holds it", c, contentFindTimeout)
	}
	return fmt.Errorf("content %s: %w", c, err)
}

// heldOnEOF calls done once its reader has reached the end: every block
// was read, so the DAG is held whole.
type heldOnEOF struct {
	content.Reader
	done func()
	once sync.Once
}

func (h *heldOnEOF) Read(p []byte) (int, error) {
	n, err := h.Reader.Read(p)
	if err == io.EOF {
		h.once.Do(h.done)
	}
	return n, err
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

// datasetFindTimeout bounds finding a dataset's root when this node does
// not hold it: an executor that finds no provider gives the attempt back.
const datasetFindTimeout = time.Minute

// errNoDataset is what staging a dataset this node cannot get wraps; the
// attempt is given back with sched.DatasetGiveBackPrefix, which the brain
// counts with image pulls: after sched.MaxPullGiveBacks nodes, the job
// fails with the reason.
var errNoDataset = errors.New("dataset unavailable")

// stageDataset writes the dataset id (a UnixFS file) to path, streamed
// block by block from the store or, for what this node lacks, from the
// peers that provide it; the node holds it afterwards and advertises it.
func (n *Node) stageDataset(ctx context.Context, id, path string) (uint64, error) {
	c, err := cid.Decode(id)
	if err != nil {
		return 0, fmt.Errorf("dataset %q: %w", id, err)
	}
	held, err := n.content.Holds(c)
	if err != nil {
		return 0, err
	}
	if !held {
		// The root first, within the find timeout; the rest of the DAG
		// then comes in the fetch's session, bounded by the job's ctx.
		fctx, cancel := context.WithTimeout(ctx, datasetFindTimeout)
		r, err := n.exchange.Open(fctx, c)
		cancel()
		if err != nil {
			if ctx.Err() != nil {
				return 0, ctx.Err()
			}
			return 0, &datasetError{fmt.Errorf("no provider of %s found in %s", c, datasetFindTimeout)}
		}
		r.Close()
	}
	got, err := n.exchange.FetchFile(ctx, c, path, 0)
	if err != nil {
		if ctx.Err() != nil || errors.Is(err, ledger.ErrDiskLow) {
			return 0, fmt.Errorf("dataset %s: %w", c, err)
		}
		return 0, &datasetError{fmt.Errorf("fetch %s: %w", c, err)}
	}
	if !held {
		n.heldContent(c)
	}
	return got, nil
}

// datasetError is a dataset this node could not get: errNoDataset, and the
// reason.
type datasetError struct{ err error }

func (e *datasetError) Error() string   { return e.err.Error() }
func (e *datasetError) Unwrap() []error { return []error{e.err, errNoDataset} }
