package content

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/ipfs/boxo/blockservice"
	chunker "github.com/ipfs/boxo/chunker"
	"github.com/ipfs/boxo/ipld/merkledag"
	"github.com/ipfs/boxo/ipld/unixfs/importer/balanced"
	"github.com/ipfs/boxo/ipld/unixfs/importer/helpers"
	uio "github.com/ipfs/boxo/ipld/unixfs/io"
	"github.com/ipfs/go-cid"
	ipld "github.com/ipfs/go-ipld-format"
	"github.com/multiformats/go-multihash"
)

// Kubo's parameters for `ipfs add --cid-version 1` (kubo config/import.go
// and core/coreunix/add.go): a CIDv1 implies raw leaves, the chunker is
// size-262144, the layout balanced with 174 links per node, dag-pb nodes
// hashed with sha2-256. Changing any of them changes every CID.
const (
	ChunkSize = 262144
	MaxLinks  = 174 // helpers.DefaultLinksPerBlock, a variable there
)

// cidBuilder is kubo's CIDv1 prefix for dag-pb nodes; raw leaves get the
// raw codec from the DAG builder.
var cidBuilder = cid.Prefix{Version: 1, Codec: cid.DagProtobuf, MhType: multihash.SHA2_256, MhLength: -1}

// Store imports, reads and exports UnixFS DAGs kept in a Blockstore.
type Store struct {
	bs *Blockstore
	ds ipld.DAGService // local only: no exchange
}

// NewStore reads and writes DAGs in bs.
func NewStore(bs *Blockstore) *Store {
	return &Store{bs: bs, ds: merkledag.NewDAGService(blockservice.New(bs, nil, blockservice.WriteThrough(true)))}
}

// Blockstore is the store's blockstore (for bitswap).
func (s *Store) Blockstore() *Blockstore { return s.bs }

// Import chunks r into a UnixFS file DAG exactly as `ipfs add --cid-version
// 1` does and stores its blocks; it returns the root CID and the number of
// bytes read. Memory is one chunk plus one layer of links at a time,
// whatever the length of r. If the import fails (r errs, the disk floor is
// reached, ctx ends) the blocks it was the first to write are deleted, so a
// failed import leaves nothing behind that no DAG references.
func (s *Store) Import(ctx context.Context, r io.Reader) (cid.Cid, uint64, error) {
	return s.importDAG(ctx, r, true)
}

// ImportUnlisted is Import for content that is nobody's dataset (a job's
// sealed output): the DAG is stored and served the same way, but not
// recorded among the roots the node advertises.
func (s *Store) ImportUnlisted(ctx context.Context, r io.Reader) (cid.Cid, uint64, error) {
	return s.importDAG(ctx, r, false)
}

func (s *Store) importDAG(ctx context.Context, r io.Reader, list bool) (cid.Cid, uint64, error) {
	id := s.bs.newImport()
	cr := &countReader{r: r, ctx: ctx}
	root, err := s.build(cr, id)
	if err == nil {
		err = ctx.Err()
	}
	if cerr := s.bs.endImport(id, err != nil); cerr != nil && err == nil {
		err = cerr
	}
	if err != nil {
		return cid.Undef, cr.n, fmt.Errorf("import content (after %d bytes): %w", cr.n, err)
	}
	if list {
		if err := s.keepRoot(root, cr.n); err != nil {
			return cid.Undef, cr.n, err
		}
	}
	return root, cr.n, nil
}

func (s *Store) build(r io.Reader, id uint64) (cid.Cid, error) {
	ds := merkledag.NewDAGService(blockservice.New(ownedBy{s.bs, id}, nil, blockservice.WriteThrough(true)))
	return buildDAG(ds, r)
}

// CIDOf is the root CID Import gives r's bytes, and their length, computed
// without storing anything: what a client that received a file checks it
// against, in the memory of one chunk and one layer of links.
func CIDOf(ctx context.Context, r io.Reader) (cid.Cid, uint64, error) {
	cr := &countReader{r: r, ctx: ctx}
	root, err := buildDAG(discardDAG{}, cr)
	if err != nil {
		return cid.Undef, cr.n, fmt.Errorf("hash content (after %d bytes): %w", cr.n, err)
	}
	return root, cr.n, nil
}

// discardDAG takes the nodes the importer makes and keeps none; the
// balanced layout never reads back what it added.
type discardDAG struct{}

func (discardDAG) Get(_ context.Context, c cid.Cid) (ipld.Node, error) {
	return nil, ipld.ErrNotFound{Cid: c}
}

func (d discardDAG) GetMany(_ context.Context, cids []cid.Cid) <-chan *ipld.NodeOption {
	ch := make(chan *ipld.NodeOption, len(cids))
	for _, c := range cids {
		ch <- &ipld.NodeOption{Err: ipld.ErrNotFound{Cid: c}}
	}
	close(ch)
	return ch
}
func (discardDAG) Add(context.Context, ipld.Node) error        { return nil }
func (discardDAG) AddMany(context.Context, []ipld.Node) error  { return nil }
func (discardDAG) Remove(context.Context, cid.Cid) error       { return nil }
func (discardDAG) RemoveMany(context.Context, []cid.Cid) error { return nil }

func buildDAG(ds ipld.DAGService, r io.Reader) (cid.Cid, error) {
	params := helpers.DagBuilderParams{
		Dagserv:    ds,
		RawLeaves:  true,
		Maxlinks:   MaxLinks,
		CidBuilder: cidBuilder,
	}
	db, err := params.New(chunker.NewSizeSplitter(r, ChunkSize))
	if err != nil {
		return cid.Undef, err
	}
	nd, err := balanced.Layout(db)
	if err != nil {
		return cid.Undef, err
	}
	return nd.Cid(), nil
}

// countReader counts what the importer read and stops it when ctx ends.
type countReader struct {
	r   io.Reader
	ctx context.Context
	n   uint64
}

func (c *countReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	n, err := c.r.Read(p)
	c.n += uint64(n)
	return n, err
}

// Has reports whether the store holds the whole DAG under root (every
// block, which it walks: links only, so it reads the few dag-pb nodes and
// asks badger for the leaves' keys).
func (s *Store) Has(ctx context.Context, root cid.Cid) (bool, error) {
	err := walk(ctx, s.bs, root, false, func(cid.Cid, []byte) error { return nil })
	if ipld.IsNotFound(err) {
		return false, nil
	}
	return err == nil, err
}

// Check reads every block of the DAG under root, each hashed against its
// CID: held reports whether all are stored, and err names a block whose
// stored bytes do not match (ErrHashMismatch) or what else failed. It
// reads the whole file's bytes: for a check a person asked for (skyops
// verify), not for a hot path.
func (s *Store) Check(ctx context.Context, root cid.Cid) (held bool, err error) {
	err = walk(ctx, s.bs, root, true, func(cid.Cid, []byte) error { return nil })
	if ipld.IsNotFound(err) {
		return false, nil
	}
	return true, err
}

// Reader is a UnixFS file being read: the bytes in order, its size, and
// seeking.
type Reader interface {
	io.ReadSeekCloser
	Size() uint64
}

// Open reads the file under root from the local store. Blocks are read as
// the reader reaches them (a few ahead), each verified.
func (s *Store) Open(ctx context.Context, root cid.Cid) (Reader, error) {
	return openDAG(ctx, s.ds, root)
}

func openDAG(ctx context.Context, ng ipld.NodeGetter, root cid.Cid) (Reader, error) {
	nd, err := ng.Get(ctx, root)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", root, err)
	}
	r, err := uio.NewDagReader(ctx, nd, ng)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", root, err)
	}
	return r, nil
}

// Size is the file size recorded in root (without reading the leaves).
func (s *Store) Size(ctx context.Context, root cid.Cid) (uint64, error) {
	r, err := s.Open(ctx, root)
	if err != nil {
		return 0, err
	}
	defer r.Close()
	return r.Size(), nil
}

// Remove deletes the blocks of the DAG under root. Blocks another DAG
// shares go too: callers remove only what they own outright (a DAG this
// node fetched for one job). Missing blocks are skipped.
func (s *Store) Remove(ctx context.Context, root cid.Cid) error {
	// Forgotten first: a crash halfway leaves blocks no root names, never
	// a root advertised without its blocks.
	if err := s.dropRoot(root); err != nil {
		return fmt.Errorf("remove %s: %w", root, err)
	}
	var cids []cid.Cid
	err := walk(ctx, s.bs, root, false, func(c cid.Cid, _ []byte) error {
		cids = append(cids, c)
		return nil
	})
	if err != nil && !ipld.IsNotFound(err) {
		return fmt.Errorf("remove %s: %w", root, err)
	}
	var errs []error
	for _, c := range cids {
		errs = append(errs, s.bs.DeleteBlock(ctx, c))
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("remove %s: %w", root, err)
	}
	return nil
}

// walk visits the DAG under root depth first, parents before children in
// link order (the order `ipfs dag export` writes), each block verified.
// Without leaves, raw leaves are only looked up, not read, and visit gets
// nil for their bytes. The stack holds at most depth × 174 CIDs.
func walk(ctx context.Context, bs *Blockstore, root cid.Cid, leaves bool, visit func(cid.Cid, []byte) error) error {
	stack := []cid.Cid{root}
	seen := cid.NewSet()
	for len(stack) > 0 {
		if err := ctx.Err(); err != nil {
			return err
		}
		c := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if !seen.Visit(c) {
			continue
		}
		if c.Type() == cid.Raw && !leaves {
			ok, err := bs.Has(ctx, c)
			if err != nil {
				return err
			}
			if !ok {
				return ipld.ErrNotFound{Cid: c}
			}
			if err := visit(c, nil); err != nil {
				return err
			}
			continue
		}
		blk, err := bs.Get(ctx, c)
		if err != nil {
			return err
		}
		if err := visit(c, blk.RawData()); err != nil {
			return err
		}
		switch c.Type() {
		case cid.Raw:
		case cid.DagProtobuf:
			nd, err := merkledag.DecodeProtobuf(blk.RawData())
			if err != nil {
				return fmt.Errorf("decode %s: %w", c, err)
			}
			links := nd.Links()
			for i := len(links) - 1; i >= 0; i-- {
				stack = append(stack, links[i].Cid)
			}
		default:
			return fmt.Errorf("block %s: codec %#x is not part of a UnixFS file", c, c.Type())
		}
	}
	return nil
}
