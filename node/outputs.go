package node

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ipfs/go-cid"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/skyops/skyops/api"
	"github.com/skyops/skyops/exec/result"
	"github.com/skyops/skyops/ledger"
	"github.com/skyops/skyops/p2p"
	"github.com/skyops/skyops/types"
)

// Outputs. A job's output package (the tar of its /outputs) leaves the
// sandbox as a stream: packed, sealed to the owner as it is packed
// (types.SealStream: age, 64 KiB chunks) and imported into the content
// store as a UnixFS DAG as it is sealed, so a job may write as much as its
// disk allows and no step holds more than a chunk. The output CID is the
// DAG's root: `ipfs add --cid-version 1` of the sealed bytes gives it, a
// kubo node connected to the network fetches it over bitswap, and the
// owner's home collects it block by block, each block checked against its
// hash. The DAG is unlisted: sealed bytes are nobody's dataset, so they are
// provided in the DHT but not advertised.
//
// Outputs recorded before (raw CIDs of whole sealed blobs) are still
// fetched and read through the blob store.

// sealOutputs packs dir, seals it to owner and imports it; it returns the
// root CID and the sealed size.
func (n *Node) sealOutputs(ctx context.Context, owner *ecdsa.PublicKey, dir string) (string, uint64, error) {
	id, size, _, err := n.importSealed(ctx, dir, func(w io.Writer) (io.WriteCloser, error) { return types.SealStream(owner, w) })
	return id, size, err
}

// importSealed packs dir, seals the tar as it is packed (seal wraps the
// sealed stream's destination) and imports the sealed bytes into the
// content store, unlisted, as they are sealed: one stream, a chunk at a
// time. It returns the root CID, the sealed size and the plain tar's CID.
func (n *Node) importSealed(ctx context.Context, dir string, seal func(io.Writer) (io.WriteCloser, error)) (id string, size uint64, plainCID string, err error) {
	return n.importSealedAs(ctx, dir, seal, false)
}

// importSealedAs is importSealed, the DAG listed among the content this
// node advertises holding when list is set (a workflow's forwarded
// outputs: the locality factor draws the next job to the node that holds
// them; they are ciphertext to anyone else).
func (n *Node) importSealedAs(ctx context.Context, dir string, seal func(io.Writer) (io.WriteCloser, error), list bool) (id string, size uint64, plainCID string, err error) {
	pr, pw := io.Pipe()
	packed := make(chan string, 1)
	go func() {
		var plain string
		sw, err := seal(pw)
		if err == nil {
			plain, _, err = result.Pack(dir, sw)
			err = errors.Join(err, sw.Close())
		}
		packed <- plain
		pw.CloseWithError(err)
	}()
	importDAG := n.content.ImportUnlisted
	if list {
		importDAG = n.content.Import
	}
	root, size, err := importDAG(ctx, pr)
	pr.CloseWithError(errors.New("import ended")) // stops the packer if the import failed first
	plainCID = <-packed
	if err != nil {
		return "", 0, "", err
	}
	return root.String(), size, plainCID, nil
}

// provideOutput announces a sealed output in the DHT, best effort: the
// owner's home asks the executor directly anyway.
func (n *Node) provideOutput(id string) {
	c, ok := isDAG(id)
	if !ok {
		n.provide(id)
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), contentFindTimeout)
	defer cancel()
	if err := n.exchange.Provide(ctx, c); err != nil {
		n.log.Debug("provide output", "cid", c, "err", err)
	}
}

// heldBlob is content held here by a raw CID: from the blob store, else
// a single block of the content store (a sealed output of one chunk is a
// one-block DAG, whose CID is the raw CID of its bytes, so peers that ask
// for it over the blob protocol get it too).
func (n *Node) heldBlob(id string) ([]byte, error) {
	data, err := n.blobs.Get(id)
	if err == nil {
		return data, nil
	}
	c, cerr := cid.Decode(id)
	if cerr != nil || c.Type() != cid.Raw {
		return nil, err
	}
	blk, berr := n.content.Blockstore().Get(context.Background(), c)
	if berr != nil {
		return nil, err
	}
	return blk.RawData(), nil
}

// holdsResult reports whether this node holds a result whole: a DAG's
// every block, or a blob.
func (n *Node) holdsResult(id string) bool {
	if c, ok := isDAG(id); ok {
		held, err := n.content.Has(context.Background(), c)
		return err == nil && held
	}
	_, err := n.heldBlob(id)
	return err == nil
}

// fetchResult brings a result here (from hint first, else DHT providers)
// and keeps it: a DAG through bitswap, block by block, never in memory
// whole; a raw CID (a blob, or an output of one chunk) over the blob
// protocol, bounded by max.
func (n *Node) fetchResult(ctx context.Context, id string, hint peer.ID, max int) error {
	if c, ok := isDAG(id); ok {
		if err := n.exchange.FetchUnlisted(ctx, c, n.hints(hint)...); err != nil {
			return fmt.Errorf("content %s: %w", c, err)
		}
		return nil
	}
	_, err := n.fetchBlob(ctx, id, hint, max)
	return err
}

// openResult reads a result held here, with its size: a DAG from the
// content store, a raw CID (a blob, or content of one block) from memory.
func (n *Node) openResult(ctx context.Context, id string) (io.ReadCloser, int64, error) {
	if c, ok := isDAG(id); ok {
		r, err := n.content.Open(ctx, c)
		if err != nil {
			return nil, 0, fmt.Errorf("open %s: %w", id, err)
		}
		return r, int64(r.Size()), nil
	}
	data, err := n.heldBlob(id)
	if err != nil {
		return nil, 0, fmt.Errorf("open %s: %w", id, err)
	}
	return io.NopCloser(bytes.NewReader(data)), int64(len(data)), nil
}

// JobOutput answers GET /v1/jobs/{id}/output: the sealed output package,
// streamed from the store, fetched first (every block checked) if this
// node does not hold it yet. The size is -1 when not known ahead.
func (n *Node) JobOutput(ctx context.Context, ref string) (io.ReadCloser, int64, error) {
	id, j, err := n.finishedContent(ref, true)
	if err != nil {
		return nil, 0, err
	}
	n.mu.Lock()
	hint := j.Finished.Actor
	n.mu.Unlock()
	if !n.holdsResult(id) {
		if err := n.fetchResult(ctx, id, hint, 0); err != nil {
			if errors.Is(err, ledger.ErrDiskLow) {
				return nil, 0, api.Errorf("unavailable", "fetch output %s: %v", id, err)
			}
			return nil, 0, api.Errorf("unavailable", "fetch output %s from %s or the DHT's providers: %v", id, hint, err)
		}
	}
	r, size, err := n.openResult(ctx, id)
	if err != nil {
		return nil, 0, api.Errorf("unavailable", "open output %s: %v", id, err)
	}
	return r, size, nil
}

// OpenJobOutput opens job ref's sealed output package with key (the
// owner's wallet key, or the results key the spec names: see
// types.ResultsKeyFor) and returns the plain package, a tar, as it is read.
// It fetches and opens the output as JobOutput does; a key the output is
// not sealed to is refused before anything is fetched. The plaintext is
// unverified until Read returns io.EOF (types.OpenStream).
func (n *Node) OpenJobOutput(ctx context.Context, ref string, key *ecdsa.PrivateKey) (io.ReadCloser, error) {
	if err := n.checkResultsKey(ref, key); err != nil {
		return nil, err
	}
	sealed, _, err := n.JobOutput(ctx, ref)
	if err != nil {
		return nil, err
	}
	plain, err := types.OpenOutput(key, sealed, p2p.MaxBlobSize)
	if err != nil {
		sealed.Close()
		return nil, openErr("output", ref, err)
	}
	return struct {
		io.Reader
		io.Closer
	}{plain, sealed}, nil
}

// OpenJobLogs is job ref's log (its stdout and stderr), opened with key as
// OpenJobOutput opens the output.
func (n *Node) OpenJobLogs(ctx context.Context, ref string, key *ecdsa.PrivateKey) ([]byte, error) {
	if err := n.checkResultsKey(ref, key); err != nil {
		return nil, err
	}
	sealed, err := n.JobLogs(ctx, ref)
	if err != nil {
		return nil, err
	}
	plain, err := types.OpenSealed(key, sealed)
	if err != nil {
		return nil, openErr("log", ref, err)
	}
	return plain, nil
}

// checkResultsKey says, before any fetch, whether key is the one job ref's
// results are sealed to: the spec's results key, else the owner's wallet.
func (n *Node) checkResultsKey(ref string, key *ecdsa.PrivateKey) error {
	if key == nil {
		return api.Errorf("bad_request", "no key to open the job's results with")
	}
	j, err := n.findJob(ref)
	if err != nil {
		return err
	}
	n.mu.Lock()
	spec, owner, id := j.Spec, j.Owner, j.ID
	n.mu.Unlock()
	if spec == nil {
		return api.Errorf("not_found", "job %s: its spec has not arrived here yet", short(id))
	}
	if spec.ResultsKey == "" {
		if crypto.PubkeyToAddress(key.PublicKey) != owner {
			return api.Errorf("forbidden", "job %s's results are sealed to its owner's wallet key %s (its spec names no resultsKey): open them with skyops get / skyops logs and the owner's keystore", short(id), owner.Hex())
		}
		return nil
	}
	if want, err := types.ParseResultsKey(spec.ResultsKey); err != nil || !want.Equal(&key.PublicKey) {
		return api.Errorf("forbidden", "job %s's results are sealed to the results key %s, and this key is %s: sign the results-key message with the owner's wallet %s", short(id), spec.ResultsKey, types.ResultsKeyHex(&key.PublicKey), owner.Hex())
	}
	return nil
}

func openErr(what, ref string, err error) error {
	if errors.Is(err, types.ErrNotYours) {
		return api.Errorf("forbidden", "open job %s's %s: %v", ref, what, err)
	}
	return api.Errorf("unavailable", "open job %s's %s: %v", ref, what, err)
}
