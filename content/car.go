package content

import (
	"context"
	"fmt"
	"io"

	"github.com/ipfs/boxo/ipld/merkledag"
	"github.com/ipfs/go-cid"
	carv2 "github.com/ipld/go-car/v2"
	"github.com/ipld/go-car/v2/storage"
)

// WriteCAR writes the DAG under root to w as a CARv1 with root as its only
// root, blocks in depth-first link order (what `ipfs dag export` writes),
// so `ipfs dag import` on any IPFS node takes it. Blocks stream from the
// store one at a time; go-car keeps only an index of the CIDs written.
func (s *Store) WriteCAR(ctx context.Context, root cid.Cid, w io.Writer) error {
	car, err := storage.NewWritable(w, []cid.Cid{root}, carv2.WriteAsCarV1(true), carv2.AllowDuplicatePuts(false))
	if err != nil {
		return fmt.Errorf("export %s as CAR: %w", root, err)
	}
	err = walk(ctx, s.bs, root, true, func(c cid.Cid, data []byte) error {
		return car.Put(ctx, c.KeyString(), data)
	})
	if err == nil {
		err = car.Finalize()
	}
	if err != nil {
		return fmt.Errorf("export %s as CAR: %w", root, err)
	}
	return nil
}

// CheckCAR reads a CAR from r and fails unless it is the whole DAG under
// root and nothing else of note: root its only root, every block's bytes
// matching its CID, every block a link reaches present. It is what a
// client that was handed a CAR by a daemon checks before keeping it; it
// holds the CIDs still wanted, never the blocks.
func CheckCAR(ctx context.Context, r io.Reader, root cid.Cid) error {
	br, err := carv2.NewBlockReader(r)
	if err != nil {
		return fmt.Errorf("read CAR: %w", err)
	}
	if len(br.Roots) != 1 || !br.Roots[0].Equals(root) {
		return fmt.Errorf("the CAR's roots are %v, not %s", br.Roots, root)
	}
	wanted := cid.NewSet()
	wanted.Add(root)
	seen := cid.NewSet()
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		blk, err := br.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return fmt.Errorf("read CAR: %w", err)
		}
		c := blk.Cid()
		if err := verify(c, blk.RawData()); err != nil {
			return fmt.Errorf("CAR block %s: %w", c, err)
		}
		if !seen.Visit(c) {
			continue
		}
		wanted.Remove(c)
		switch c.Type() {
		case cid.Raw:
		case cid.DagProtobuf:
			nd, err := merkledag.DecodeProtobuf(blk.RawData())
			if err != nil {
				return fmt.Errorf("CAR block %s: %w", c, err)
			}
			for _, l := range nd.Links() {
				if !seen.Has(l.Cid) {
					wanted.Add(l.Cid)
				}
			}
		default:
			return fmt.Errorf("CAR block %s: codec %#x is not part of a UnixFS file", c, c.Type())
		}
	}
	if n := wanted.Len(); n > 0 {
		return fmt.Errorf("the CAR lacks %d blocks of %s (%s first)", n, root, wanted.Keys()[0])
	}
	return nil
}
