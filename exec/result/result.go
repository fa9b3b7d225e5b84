// Package result packages a job's outputs for the trip back to its owner:
// a deterministic tar of the outputs directory, named by its CID (CIDv1,
// raw codec, sha2-256), and the reverse, unpacking such a tar safely.
//
// Determinism matters because the CID is what executors and owners compare:
// the same files must give the same bytes whatever the host's mtimes, owners,
// umask or directory order. Safety matters because the tar comes from another
// node: Unpack never writes outside its target and leaves nothing behind when
// it fails.
package result

import (
	"archive/tar"
	"crypto/sha256"
	"errors"
	"fmt"
	"hash"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"time"

	"github.com/ipfs/go-cid"
	"github.com/multiformats/go-multihash"
)

// Pack writes a tar of the tree under dir to w and returns the CID and size
// of what it wrote. Entries are in lexical path order, regular files and
// directories only, with modes 0644 (0755 for directories and files with any
// execute bit), zero mtimes and owners. A symlink or special file fails the
// pack: silently dropping part of a result would be worse.
func Pack(dir string, w io.Writer) (cidStr string, size int64, err error) {
	root, err := os.OpenRoot(dir)
	if err != nil {
		return "", 0, fmt.Errorf("result: pack: %w", err)
	}
	defer root.Close()

	h := sha256.New()
	cw := &countWriter{w: io.MultiWriter(w, h)}
	tw := tar.NewWriter(cw)
	// fs.WalkDir visits entries in lexical order, and a directory before
	// what it holds, which is the order Unpack needs.
	err = fs.WalkDir(root.FS(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if p == "." {
			return nil
		}
		switch t := d.Type(); {
		case t.IsDir():
			return tw.WriteHeader(header(p+"/", tar.TypeDir, 0o755, 0))
		case t.IsRegular():
			return packFile(root, tw, p)
		case t&fs.ModeSymlink != 0:
			return fmt.Errorf("%s is a symlink; results may hold only files and directories", p)
		default:
			return fmt.Errorf("%s is a special file (%v); results may hold only files and directories", p, t)
		}
	})
	if err == nil {
		err = tw.Close()
	}
	if err != nil {
		return "", cw.n, fmt.Errorf("result: pack %s: %w", dir, err)
	}
	return cidFromDigest(h), cw.n, nil
}

func packFile(root *os.Root, tw *tar.Writer, p string) error {
	f, err := root.Open(p)
	if err != nil {
		return err
	}
	defer f.Close()
	// The entry was a regular file when listed; make sure that is still
	// what was opened (not a symlink or FIFO swapped in since).
	fi, err := f.Stat()
	if err != nil {
		return err
	}
	lfi, err := root.Lstat(p)
	if err != nil {
		return err
	}
	if !fi.Mode().IsRegular() || !os.SameFile(fi, lfi) {
		return fmt.Errorf("%s changed while packing", p)
	}
	mode := int64(0o644)
	if fi.Mode().Perm()&0o111 != 0 {
		mode = 0o755
	}
	if err := tw.WriteHeader(header(p, tar.TypeReg, mode, fi.Size())); err != nil {
		return err
	}
	// Exactly the size in the header: a file that grows is cut, one that
	// shrinks fails the pack.
	if _, err := io.CopyN(tw, f, fi.Size()); err != nil {
		return fmt.Errorf("%s: %w", p, err)
	}
	return nil
}

func header(name string, typ byte, mode, size int64) *tar.Header {
	// Only fields that come from the tree's content; everything the host
	// would add (times, owners, names) stays zero.
	return &tar.Header{
		Typeflag: typ,
		Name:     name,
		Mode:     mode,
		Size:     size,
		ModTime:  time.Unix(0, 0),
		Format:   tar.FormatPAX, // any name length; records only when a field needs one
	}
}

type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// CIDOf returns the CID of data: CIDv1, raw codec, sha2-256, in base32.
func CIDOf(data []byte) string {
	h := sha256.New()
	h.Write(data)
	return cidFromDigest(h)
}

// CIDOfReader is CIDOf for a stream; it also returns how many bytes it read.
func CIDOfReader(r io.Reader) (string, int64, error) {
	h := sha256.New()
	n, err := io.Copy(h, r)
	if err != nil {
		return "", n, fmt.Errorf("result: read for CID: %w", err)
	}
	return cidFromDigest(h), n, nil
}

func cidFromDigest(h hash.Hash) string {
	mh, err := multihash.Encode(h.Sum(nil), multihash.SHA2_256)
	if err != nil {
		panic(fmt.Sprintf("result: encoding a sha2-256 multihash: %v", err)) // cannot happen: fixed code and length
	}
	return cid.NewCidV1(cid.Raw, mh).String()
}

// VerifyCID checks that data is what want names. Only CIDs of the kind CIDOf
// makes are accepted: a CID naming a weaker (or identity) hash would let
// whoever picked it choose what verifies.
func VerifyCID(want string, data []byte) error {
	c, err := cid.Decode(want)
	if err != nil {
		return fmt.Errorf("result: malformed CID %q: %w", want, err)
	}
	p := c.Prefix()
	if p.Version != 1 || p.Codec != cid.Raw || p.MhType != multihash.SHA2_256 || p.MhLength != sha256.Size {
		return fmt.Errorf("result: unsupported CID %s: want CIDv1, raw codec, sha2-256", want)
	}
	if got := CIDOf(data); got != c.String() {
		return fmt.Errorf("result: CID mismatch: want %s, data has %s", c, got)
	}
	return nil
}

// Limits bound what Unpack accepts. Zero fields take the defaults.
type Limits struct {
	MaxFiles int   // entries (files and directories)
	MaxBytes int64 // total size of file contents
}

const (
	DefaultMaxFiles = 10_000
	DefaultMaxBytes = 1 << 30
)

func (l Limits) withDefaults() Limits {
	if l.MaxFiles <= 0 {
		l.MaxFiles = DefaultMaxFiles
	}
	if l.MaxBytes <= 0 {
		l.MaxBytes = DefaultMaxBytes
	}
	return l
}

// Unpack extracts the tar in r into dir, which must not exist or be an empty
// directory. It accepts regular files and directories with relative paths,
// and refuses absolute paths, "..", links, device files and anything over
// limits. It writes into a temporary directory beside dir and renames it
// into place only when the whole tar has been read, so on error dir is as
// it was and nothing is left behind.
func Unpack(r io.Reader, dir string, limits Limits) (err error) {
	limits = limits.withDefaults()
	dir = filepath.Clean(dir)
	if err := checkTarget(dir); err != nil {
		return fmt.Errorf("result: unpack: %w", err)
	}
	tmp, err := os.MkdirTemp(filepath.Dir(dir), "."+filepath.Base(dir)+".unpack-*")
	if err != nil {
		return fmt.Errorf("result: unpack: %w", err)
	}
	defer func() {
		if err != nil {
			os.RemoveAll(tmp)
		}
	}()
	if err := extract(r, tmp, limits); err != nil {
		return fmt.Errorf("result: unpack into %s: %w", dir, err)
	}
	if err := os.Chmod(tmp, 0o755); err != nil { // MkdirTemp makes it 0700
		return fmt.Errorf("result: unpack: %w", err)
	}
	// An empty directory at dir (made by the caller) gives way; a
	// non-empty one would have been refused by checkTarget.
	if err := os.Remove(dir); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("result: unpack: %w", err)
	}
	if err := os.Rename(tmp, dir); err != nil {
		return fmt.Errorf("result: unpack: %w", err)
	}
	return nil
}

func checkTarget(dir string) error {
	fi, err := os.Lstat(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	if !fi.IsDir() {
		return fmt.Errorf("%s exists and is not a directory", dir)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	if len(entries) > 0 {
		return fmt.Errorf("%s is not empty", dir)
	}
	return nil
}

// extract writes the tar's entries under tmp. os.Root keeps every write
// inside tmp even if a path check here were wrong.
func extract(r io.Reader, tmp string, limits Limits) error {
	root, err := os.OpenRoot(tmp)
	if err != nil {
		return err
	}
	defer root.Close()

	tr := tar.NewReader(r)
	files := 0
	var total int64
	for {
		hdr, err := tr.Next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("read tar: %w", err)
		}
		if files++; files > limits.MaxFiles {
			return fmt.Errorf("more than %d entries", limits.MaxFiles)
		}
		name, err := entryName(hdr.Name)
		if err != nil {
			return err
		}
		switch hdr.Typeflag {
		case tar.TypeDir:
			if err := root.MkdirAll(name, 0o755); err != nil {
				return err
			}
		case tar.TypeReg:
			if hdr.Size > limits.MaxBytes-total {
				return fmt.Errorf("%s: contents exceed %d bytes", name, limits.MaxBytes)
			}
			total += hdr.Size
			if err := extractFile(root, tr, name, hdr); err != nil {
				return err
			}
		case tar.TypeSymlink, tar.TypeLink:
			return fmt.Errorf("%s: links are not allowed", name)
		case tar.TypeChar, tar.TypeBlock, tar.TypeFifo:
			return fmt.Errorf("%s: device files are not allowed", name)
		default:
			return fmt.Errorf("%s: unsupported entry type %q", name, hdr.Typeflag)
		}
	}
}

func extractFile(root *os.Root, tr io.Reader, name string, hdr *tar.Header) error {
	if d := path.Dir(name); d != "." {
		if err := root.MkdirAll(d, 0o755); err != nil {
			return err
		}
	}
	mode := fs.FileMode(0o644)
	if hdr.Mode&0o111 != 0 {
		mode = 0o755
	}
	// O_EXCL: a second entry for the same path is an error, not an
	// overwrite, so what is unpacked is exactly what was listed.
	f, err := root.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, mode)
	if errors.Is(err, fs.ErrExist) {
		return fmt.Errorf("%s: duplicate entry", name)
	}
	if err != nil {
		return err
	}
	if _, err := io.CopyN(f, tr, hdr.Size); err != nil {
		f.Close()
		return fmt.Errorf("%s: %w", name, err)
	}
	return f.Close()
}

// entryName returns the cleaned, slash-separated relative path of a tar
// entry, or an error for anything that could point outside the target.
func entryName(raw string) (string, error) {
	if raw == "" {
		return "", errors.New("entry with empty name")
	}
	if strings.HasPrefix(raw, "/") {
		return "", fmt.Errorf("%q: absolute path", raw)
	}
	for _, part := range strings.Split(raw, "/") {
		if part == ".." {
			return "", fmt.Errorf("%q: path contains ..", raw)
		}
	}
	name := path.Clean(raw)
	if name == "." || !filepath.IsLocal(name) {
		return "", fmt.Errorf("%q: not a path inside the result", raw)
	}
	return name, nil
}
