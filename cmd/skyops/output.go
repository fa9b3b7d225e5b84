package main

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/ipfs/go-cid"

	"github.com/skyops/skyops/api"
	"github.com/skyops/skyops/content"
	"github.com/skyops/skyops/exec/result"
	"github.com/skyops/skyops/p2p"
	"github.com/skyops/skyops/types"
)

// A job's output, as the owner's side handles it: the sealed package is
// streamed from the daemon into a temp file while its CID is computed, and
// checked against the output CID the executor signed (the daemon is
// trusted to relay, not to be right); only then is it delivered or opened
// and unpacked. Memory stays at a chunk whatever the output's size; disk
// holds the sealed copy until the command ends.

// maxUnpackBytes bounds the files an output unpacks to. A tar is not
// compressed, so they are never larger than the sealed stream the disk
// already held; the bound only refuses a nonsense size field.
const maxUnpackBytes = 1 << 40

// sealedOutput is a job's sealed output, checked, in a temp file.
type sealedOutput struct {
	f    *os.File
	size int64
}

// fetchOutput streams job j's output from the daemon and checks it.
func fetchOutput(ctx context.Context, c *api.Client, j *api.Job) (*sealedOutput, error) {
	body, err := c.Output(ctx, j.ID)
	if err != nil {
		return nil, err
	}
	defer body.Close()
	f, err := os.CreateTemp("", "skyops-output-*")
	if err != nil {
		return nil, fmt.Errorf("keep the output while it is checked: %w", err)
	}
	os.Remove(f.Name()) // the open file is all that is needed; nothing stays behind
	out := &sealedOutput{f: f}
	n, err := copyChecked(ctx, f, body, j.OutputCID)
	if err != nil {
		f.Close()
		return nil, err
	}
	out.size = n
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		f.Close()
		return nil, err
	}
	return out, nil
}

func (s *sealedOutput) Close() error { return s.f.Close() }

// reader reads the sealed bytes from the start (one reader per use).
func (s *sealedOutput) reader() io.Reader { return io.NewSectionReader(s.f, 0, s.size) }

// copyChecked copies r to w and fails unless the bytes are the content
// named want: a UnixFS DAG root (content.CIDOf, as `ipfs add --cid-version
// 1` computes it) or, for outputs recorded before DAGs, a raw CID.
func copyChecked(ctx context.Context, w io.Writer, r io.Reader, want string) (int64, error) {
	pr, pw := io.Pipe()
	got := make(chan string, 1)
	go func() {
		var c string
		var err error
		if isDAGCID(want) {
			var root cid.Cid
			root, _, err = content.CIDOf(ctx, pr)
			c = root.String()
		} else {
			var data []byte
			data, err = io.ReadAll(io.LimitReader(pr, p2p.MaxBlobSize+1))
			c = result.CIDOf(data)
		}
		pr.CloseWithError(err)
		if err != nil {
			c = ""
		}
		got <- c
	}()
	n, err := io.Copy(io.MultiWriter(w, pw), r)
	pw.CloseWithError(err)
	c := <-got
	if err != nil {
		return n, fmt.Errorf("read the output (after %d bytes): %w", n, err)
	}
	if c != want {
		return n, fmt.Errorf("the output does not match the job's output CID: %d bytes hash to %s, not %s (the daemon relayed something else)", n, c, want)
	}
	return n, nil
}

// verifyOutput checks bytes held in memory against an output CID.
func verifyOutput(want string, data []byte) error {
	_, err := copyChecked(context.Background(), io.Discard, bytes.NewReader(data), want)
	return err
}

func isDAGCID(s string) bool {
	c, err := cid.Decode(s)
	return err == nil && c.Type() == cid.DagProtobuf
}

// openSealed decrypts a sealed output package with key (types.OpenOutput,
// the daemon's open path too).
func openSealed(key *ecdsa.PrivateKey, r io.Reader) (io.Reader, error) {
	return types.OpenOutput(key, r, p2p.MaxBlobSize)
}

// openInto opens a checked sealed output with key and unpacks it into
// dir (skyops get, and skyops workflow get for each instance).
func openInto(o *options, key *ecdsa.PrivateKey, sealed *sealedOutput, dir string) error {
	r, err := openSealed(key, sealed.reader())
	if err != nil {
		return err
	}
	return unpackInto(o, r, dir)
}

// unpackInto writes an opened output package into dir (new or empty) and
// lists what it wrote; when it fails, dir is left as it was found.
func unpackInto(o *options, r io.Reader, out string) error {
	if entries, err := os.ReadDir(out); err == nil && len(entries) > 0 {
		return fmt.Errorf("%s is not empty: pick a new directory", out)
	}
	if err := os.Remove(out); err != nil && !os.IsNotExist(err) {
		return fmt.Errorf("prepare %s: %w", out, err)
	}
	if err := result.Unpack(r, out, result.Limits{MaxFiles: 100000, MaxBytes: maxUnpackBytes}); err != nil {
		if errors.Is(err, types.ErrNotYours) {
			return err
		}
		return fmt.Errorf("unpack the output into %s: %w", out, err)
	}
	var files []string
	_ = filepath.WalkDir(out, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			rel, _ := filepath.Rel(out, p)
			files = append(files, rel)
		}
		return nil
	})
	fmt.Fprintf(o.stdout, "wrote %d files to %s: %s\n", len(files), out, strings.Join(files, ", "))
	return nil
}

// writeOutputCAR writes job j's sealed output as a CAR file at path, its
// blocks checked against the output CID as they stream in; a CAR that
// fails the check is not kept.
func writeOutputCAR(ctx context.Context, c *api.Client, j *api.Job, path string) error {
	// A DAG's root, or, for an output of one chunk, the raw CID of its
	// one block. (An output recorded before outputs were DAGs is a raw
	// CID too; its daemon then finds no such content and says so.)
	root, err := cid.Decode(j.OutputCID)
	if err != nil || (root.Type() != cid.DagProtobuf && root.Type() != cid.Raw) {
		return fmt.Errorf("job %s's output CID %q names no IPFS file: it has no CAR (skyops get -o DIR reads it)", j.ID[:14], j.OutputCID)
	}
	body, err := c.OpenContent(ctx, j.OutputCID, true)
	if err != nil {
		return err
	}
	defer body.Close()
	pr, pw := io.Pipe()
	checked := make(chan error, 1)
	go func() {
		err := content.CheckCAR(ctx, pr, root)
		checked <- err // before the copy can see the pipe close
		pr.CloseWithError(err)
	}()
	var once sync.Once
	var checkErr error
	check := func() error {
		once.Do(func() {
			pw.Close()
			if err := <-checked; err != nil {
				checkErr = fmt.Errorf("the CAR the daemon sent is not job %s's output: %w", j.ID[:14], err)
			}
		})
		return checkErr
	}
	err = writeFileAtomic(path, io.TeeReader(body, pw), check)
	if err != nil && checkErr == nil {
		// A check that failed on its own cut the copy short: its reason
		// is the one to give. Otherwise the copy's error is.
		select {
		case cerr := <-checked:
			if cerr != nil {
				return fmt.Errorf("the CAR the daemon sent is not job %s's output: %w", j.ID[:14], cerr)
			}
		default:
			pw.CloseWithError(err)
		}
	}
	if checkErr != nil {
		return checkErr
	}
	return err
}
