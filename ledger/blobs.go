package ledger

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// ErrNotFound is returned for content the store does not hold.
var ErrNotFound = errors.New("not found")

// Blobs is a content-addressed file store (artifacts, results, logs): one
// file per CID under one directory. Bulk content stays out of badger, whose
// value log is tuned for small records.
type Blobs struct {
	dir   string
	space *Space
}

// BlobsOption configures OpenBlobs.
type BlobsOption func(*Blobs)

// BlobsSpace keeps blob writes above a free-space floor (see Space).
func BlobsSpace(sp *Space) BlobsOption { return func(b *Blobs) { b.space = sp } }

// OpenBlobs creates (0700) and opens a blob directory.
func OpenBlobs(dir string, opts ...BlobsOption) (*Blobs, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("open blob store: %w", err)
	}
	b := &Blobs{dir: dir}
	for _, o := range opts {
		o(b)
	}
	return b, nil
}

func (b *Blobs) path(cid string) (string, error) {
	if cid == "" || len(cid) > 128 || strings.ContainsAny(cid, "/\\.\x00") {
		return "", fmt.Errorf("blob id %q is not a CID", cid)
	}
	return filepath.Join(b.dir, cid), nil
}

// Put stores data under cid: written to a temp file, synced and renamed,
// so a crash never leaves a partial blob under a real name. The caller has
// checked that cid is the content's.
func (b *Blobs) Put(cid string, data []byte) error {
	p, err := b.path(cid)
	if err != nil {
		return err
	}
	if _, err := os.Stat(p); err == nil {
		return nil
	}
	if err := b.space.forOthers(uint64(len(data))); err != nil {
		return fmt.Errorf("store blob %s: %w", cid, err)
	}
	f, err := os.CreateTemp(b.dir, ".tmp-*")
	if err != nil {
		return fmt.Errorf("store blob %s: %w", cid, err)
	}
	tmp := f.Name()
	_, werr := f.Write(data)
	serr := f.Sync()
	cerr := f.Close()
	if err := errors.Join(werr, serr, cerr); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("store blob %s: %w", cid, err)
	}
	if err := os.Rename(tmp, p); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("store blob %s: %w", cid, err)
	}
	return nil
}

// Get returns the content stored under cid.
func (b *Blobs) Get(cid string) ([]byte, error) {
	p, err := b.path(cid)
	if err != nil {
		return nil, err
	}
	data, err := os.ReadFile(p)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("blob %s: %w", cid, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("read blob %s: %w", cid, err)
	}
	return data, nil
}

// Size is the stored size of cid, and whether the store holds it.
func (b *Blobs) Size(cid string) (int64, bool) {
	p, err := b.path(cid)
	if err != nil {
		return 0, false
	}
	st, err := os.Stat(p)
	if err != nil {
		return 0, false
	}
	return st.Size(), true
}

// Has reports whether the store holds cid.
func (b *Blobs) Has(cid string) bool {
	p, err := b.path(cid)
	if err != nil {
		return false
	}
	_, err = os.Stat(p)
	return err == nil
}
