package content

import (
	"context"
	"fmt"
	"io"

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
