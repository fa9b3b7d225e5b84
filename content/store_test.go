package content

import (
	"bytes"
	"context"
	"errors"
	"io"
	"strings"
	"testing"

	badger "github.com/dgraph-io/badger/v4"
	"github.com/ipfs/go-cid"
	carv2 "github.com/ipld/go-car/v2"
	"github.com/ipld/go-car/v2/storage"

	"github.com/skyops/skyops/exec/result"
	"github.com/skyops/skyops/ledger"
)

// The CIDs kubo gives with `ipfs add --cid-version 1`. For content of one
// chunk or less kubo stores a single raw leaf, so the CID is the raw
// sha2-256 CID of the bytes, which result.CIDOf computes independently of
// boxo: those cases are checked against it. The multi-chunk goldens were
// computed with boxo's importer at kubo's parameters (this package), not
// with a kubo binary; the kubo interop test (bin/ipfs) is to confirm them.
func TestCIDsMatchKubo(t *testing.T) {
	ctx := context.Background()
	_, st := openStore(t, nil)
	cases := []struct {
		name string
		data []byte
		want string
	}{
		{"empty", nil, result.CIDOf(nil)},
		{"hello", []byte("hello world\n"), result.CIDOf([]byte("hello world\n"))},
		{"one chunk", bytes.Repeat([]byte{0}, ChunkSize), result.CIDOf(make([]byte, ChunkSize))},
		{"1 MiB zeros", make([]byte, 1<<20), "bafybeiggzq4ryi7hscq5hzvzcnk4urnxt3asp37dhgvnjilf7exskximla"},
		{"chunk+1", make([]byte, ChunkSize+1), "bafybeigllfqgfpqydppr6cmv56g7ax4wyhruzswvcefv6j5kj77nzttfki"},
	}
	// Independent anchors, from kubo's own documentation and tests: the
	// empty file and "hello world\n" as raw leaves.
	if cases[0].want != "bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku" {
		t.Fatalf("empty CID %s", cases[0].want)
	}
	for _, c := range cases {
		got, n, err := st.Import(ctx, bytes.NewReader(c.data))
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if n != uint64(len(c.data)) {
			t.Errorf("%s: read %d of %d bytes", c.name, n, len(c.data))
		}
		if got.String() != c.want {
			t.Errorf("%s: CID %s, kubo gives %s", c.name, got, c.want)
		}
		r, err := st.Open(ctx, got)
		if err != nil {
			t.Fatal(err)
		}
		back, err := io.ReadAll(r)
		if err != nil || !bytes.Equal(back, c.data) || r.Size() != uint64(len(c.data)) {
			t.Errorf("%s: read back %d bytes (size %d), err %v", c.name, len(back), r.Size(), err)
		}
	}
}

// failingReader gives n good bytes, then an error.
type failingReader struct {
	r io.Reader
}

func (f failingReader) Read(p []byte) (int, error) {
	n, err := f.r.Read(p)
	if err == io.EOF {
		return n, errors.New("the producer died")
	}
	return n, err
}

func countBlocks(t *testing.T, st *Store) int {
	t.Helper()
	ch, err := st.bs.AllKeysChan(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for range ch {
		n++
	}
	return n
}

// A failed import deletes the blocks it wrote, but not a block an earlier
// DAG shares with it.
func TestFailedImportLeavesNothing(t *testing.T) {
	ctx := context.Background()
	_, st := openStore(t, nil)
	zeros, _, err := st.Import(ctx, bytes.NewReader(make([]byte, 1<<20)))
	if err != nil {
		t.Fatal(err)
	}
	before := countBlocks(t, st)
	// Random chunks (new) then zero chunks (shared with the first DAG).
	src := io.MultiReader(stream(1, 3<<20), bytes.NewReader(make([]byte, 1<<20)))
	if _, _, err := st.Import(ctx, failingReader{src}); err == nil {
		t.Fatal("import of a failing stream succeeded")
	}
	if after := countBlocks(t, st); after != before {
		t.Errorf("%d blocks before the failed import, %d after", before, after)
	}
	if ok, err := st.Has(ctx, zeros); !ok || err != nil {
		t.Errorf("the earlier DAG lost blocks: %v %v", ok, err)
	}
}

// Below the disk floor an import is refused with ErrDiskLow and leaves
// nothing.
func TestImportRespectsDiskFloor(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	db, err := ledger.Open(dir, ledger.WithLogger(quietLog()))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	free, err := ledger.FreeBytes(dir)
	if err != nil {
		t.Fatal(err)
	}
	// Room for two chunks above the blob level (half the floor). Badger
	// writes land in its memtable and preallocated files first, so the
	// free space barely moves while the import runs: the check counts
	// what each block would add.
	st := NewStore(NewBlockstore(db.DB(), ledger.NewSpace(dir, 2*(free-600<<10))))
	_, _, err = st.Import(ctx, stream(2, 4<<20))
	if !errors.Is(err, ledger.ErrDiskLow) {
		t.Fatalf("import past the floor: %v, want ErrDiskLow", err)
	}
	if n := countBlocks(t, st); n != 0 {
		t.Errorf("%d blocks left by the refused import", n)
	}
}

// A stored block whose bytes rot is caught on read.
func TestReadVerifiesStoredBlocks(t *testing.T) {
	ctx := context.Background()
	db, st := openStore(t, nil)
	root, _, err := st.Import(ctx, stream(3, 1<<20))
	if err != nil {
		t.Fatal(err)
	}
	// Overwrite one leaf's bytes behind the store's back.
	var leaf cid.Cid
	_ = walk(ctx, st.bs, root, false, func(c cid.Cid, _ []byte) error {
		if c.Type() == cid.Raw && !leaf.Defined() {
			leaf = c
		}
		return nil
	})
	if err := db.DB().Update(func(txn *badger.Txn) error { return txn.Set(blockKey(leaf), []byte("rotten")) }); err != nil {
		t.Fatal(err)
	}
	r, err := st.Open(ctx, root)
	if err != nil {
		t.Fatal(err)
	}
	// The DAG reader reports "failed to fetch all nodes"; the store says why.
	if _, err := io.ReadAll(r); err == nil {
		t.Error("read a DAG with a rotten block without error")
	}
	if _, err := st.bs.Get(ctx, leaf); !errors.Is(err, ErrHashMismatch) {
		t.Errorf("getting a rotten block: %v, want ErrHashMismatch", err)
	}
	if held, err := st.Check(ctx, root); !held || !errors.Is(err, ErrHashMismatch) {
		t.Errorf("Check of a DAG with a rotten block: held %v, %v; want held, ErrHashMismatch", held, err)
	}
	other, _, err := st.Import(ctx, stream(4, 1<<20))
	if err != nil {
		t.Fatal(err)
	}
	if held, err := st.Check(ctx, other); !held || err != nil {
		t.Errorf("Check of a sound DAG: held %v, %v", held, err)
	}
	if err := st.Remove(ctx, other); err != nil {
		t.Fatal(err)
	}
	if held, err := st.Check(ctx, other); held || err != nil {
		t.Errorf("Check of a removed DAG: held %v, %v; want not held, no error", held, err)
	}
}

// WriteCAR's output is a CARv1 go-car reads back: one root, every block
// hashing to its CID, the whole DAG.
func TestWriteCAR(t *testing.T) {
	ctx := context.Background()
	_, st := openStore(t, nil)
	root, _, err := st.Import(ctx, stream(4, 5<<20+17))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := st.WriteCAR(ctx, root, &buf); err != nil {
		t.Fatal(err)
	}
	br, err := carv2.NewBlockReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if br.Version != 1 || len(br.Roots) != 1 || !br.Roots[0].Equals(root) {
		t.Fatalf("CAR v%d roots %v, want v1 [%s]", br.Version, br.Roots, root)
	}
	_, st2 := openStore(t, nil)
	n := 0
	for {
		blk, err := br.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		if n == 0 && !blk.Cid().Equals(root) {
			t.Errorf("first block %s, want the root", blk.Cid())
		}
		if err := st2.bs.Put(ctx, blk); err != nil { // Put verifies the hash
			t.Fatal(err)
		}
		n++
	}
	// 21 leaves and the root.
	if n != 22 {
		t.Errorf("%d blocks in the CAR, want 22", n)
	}
	r, err := st2.Open(ctx, root)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := digest(t, stream(4, 5<<20+17))
	if got, _ := digest(t, r); got != want {
		t.Error("the DAG imported from the CAR reads different bytes")
	}
}

// CheckCAR takes the whole DAG under its root and refuses a CAR that is
// another DAG's, lacks a block or carries a changed one.
func TestCheckCAR(t *testing.T) {
	ctx := context.Background()
	_, st := openStore(t, nil)
	root, _, err := st.Import(ctx, stream(5, 3<<20+5))
	if err != nil {
		t.Fatal(err)
	}
	other, _, err := st.Import(ctx, stream(6, 1<<20))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := st.WriteCAR(ctx, root, &buf); err != nil {
		t.Fatal(err)
	}
	car := buf.Bytes()
	if err := CheckCAR(ctx, bytes.NewReader(car), root); err != nil {
		t.Fatalf("the store's own CAR: %v", err)
	}
	if err := CheckCAR(ctx, bytes.NewReader(car), other); err == nil || !strings.Contains(err.Error(), "roots") {
		t.Errorf("a CAR of another root: %v", err)
	}
	// The same CAR without one of its leaves.
	var short bytes.Buffer
	w, err := storage.NewWritable(&short, []cid.Cid{root}, carv2.WriteAsCarV1(true))
	if err != nil {
		t.Fatal(err)
	}
	br, err := carv2.NewBlockReader(bytes.NewReader(car))
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; ; i++ {
		blk, err := br.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		if i != 3 {
			w.Put(ctx, blk.Cid().KeyString(), blk.RawData())
		}
	}
	w.Finalize()
	if err := CheckCAR(ctx, &short, root); err == nil || !strings.Contains(err.Error(), "lacks 1 blocks") {
		t.Errorf("a CAR lacking a block: %v", err)
	}
	bad := bytes.Clone(car)
	bad[len(bad)/2] ^= 1
	if err := CheckCAR(ctx, bytes.NewReader(bad), root); err == nil {
		t.Error("a CAR with a changed byte passed")
	}
}
