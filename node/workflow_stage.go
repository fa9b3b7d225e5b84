package node

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/skyops/skyops/exec/result"
	"github.com/skyops/skyops/sched"
	"github.com/skyops/skyops/types"
	"github.com/skyops/skyops/workflow"
)

// forwardFetch bounds the fetch of one parent's forwarded outputs from
// one source; a fetch that gets no block gives up on its own sooner.
const forwardFetch = 2 * time.Minute

// stageWorkflowInputs stages a workflow try's inputs where its file says
// they land (workflow.InstanceInput.Dest): its uploads, opened with the
// workflow's data key; its datasets; and the files of its parents'
// forwarded outputs, each package fetched once (from its executor, else
// the workflow's home, which collects it), checked against its CID,
// opened with the data key and unpacked apart, then copied into place. A
// parent that failed under continue-on-error forwarded nothing: its
// files are missing, as docs/workflow.md says.
func (n *Node) stageWorkflowInputs(ctx context.Context, j *sched.Job, home peer.ID, dir string, key []byte) (uint64, error) {
	n.mu.Lock()
	ref := *j.Instance
	n.mu.Unlock()
	w, g := n.heldWorkflow(ref.Workflow)
	if w == nil || g == nil || int(ref.Index) >= len(g.Instances) {
		return 0, fmt.Errorf("the job's workflow is not held here")
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return 0, err
	}
	in := g.Instances[ref.Index]
	uploads := g.Uploads(ref.Index)
	unpacked := map[int]string{} // parent instance -> where its outputs were unpacked
	defer func() {
		for _, d := range unpacked {
			os.RemoveAll(d)
		}
	}()
	var bytesIn uint64
	k := 0
	for _, x := range in.Inputs {
		dest := filepath.Join(dir, filepath.FromSlash(strings.TrimPrefix(x.Dest, "/inputs/")))
		if err := os.MkdirAll(filepath.Dir(dest), 0o700); err != nil {
			return bytesIn, err
		}
		switch x.Kind {
		case workflow.InputFile:
			u := uploads[k]
			k++
			data, err := n.fetchBlob(ctx, u.CID, home, 0)
			if err != nil {
				return bytesIn, fmt.Errorf("upload %s: %w", u.CID, err)
			}
			bytesIn += uint64(len(data))
			plain, err := types.OpenWithKey(key, data)
			if err != nil {
				return bytesIn, fmt.Errorf("upload %s does not open with the workflow's data key: %w", u.CID, err)
			}
			if err := os.WriteFile(dest, plain, 0o600); err != nil {
				return bytesIn, err
			}
		case workflow.InputDataset:
			id, _ := types.DatasetCID(x.Dataset)
			got, err := n.stageDataset(ctx, id, dest)
			if err != nil {
				return bytesIn, err
			}
			bytesIn += got
		case workflow.InputFrom:
			src, ok := unpacked[x.From]
			if !ok {
				n.mu.Lock()
				cid, executor, forwarded := n.brain.ForwardOf(ref.Workflow, uint32(x.From))
				n.mu.Unlock()
				if !forwarded {
					continue // a parent that failed under continue-on-error
				}
				got, err := n.unpackForward(ctx, cid, executor, home, key, filepath.Join(dir, "..", fmt.Sprintf("forward-%d", x.From)))
				if err != nil {
					return bytesIn, fmt.Errorf("the outputs of %s: %w", g.Instances[x.From].Name, err)
				}
				bytesIn += got
				src = filepath.Join(dir, "..", fmt.Sprintf("forward-%d", x.From))
				unpacked[x.From] = src
			}
			from := filepath.Join(src, filepath.FromSlash(strings.TrimPrefix(x.FromPath, "outputs/")))
			if err := copyTree(from, strings.TrimSuffix(dest, string(filepath.Separator))); err != nil {
				return bytesIn, fmt.Errorf("%s of %s: %w", x.FromPath, g.Instances[x.From].Name, err)
			}
		}
	}
	return bytesIn, nil
}

// forwardPatience is how long a child's executor keeps asking for a
// parent's forwarded outputs: the parent's executor may be gone before
// the workflow's home has fetched its copy (keepForward), which it does
// as soon as it folds the parent's result.
const forwardPatience = 30 * time.Second

// unpackForward fetches a forwarded package (from the parent's executor,
// else the workflow's home, again while forwardPatience lasts), opens it
// with the data key and unpacks it into dir; it returns the package's
// size.
func (n *Node) unpackForward(ctx context.Context, cid string, executor, home peer.ID, key []byte, dir string) (uint64, error) {
	var err error
	for deadline := time.Now().Add(forwardPatience); ; {
		for _, hint := range []peer.ID{executor, home} {
			fctx, cancel := context.WithTimeout(ctx, forwardFetch)
			err = n.fetchResult(fctx, cid, hint, 0)
			cancel()
			if err == nil {
				break
			}
		}
		if err == nil || ctx.Err() != nil || time.Now().After(deadline) {
			break
		}
		select {
		case <-ctx.Done():
		case <-time.After(time.Second):
		}
	}
	if err != nil {
		return 0, err
	}
	sealed, size, err := n.openResult(ctx, cid)
	if err != nil {
		return 0, err
	}
	defer sealed.Close()
	pkg, err := openWithKey(key, sealed)
	if err != nil {
		return 0, fmt.Errorf("it does not open with the workflow's data key: %w", err)
	}
	// A tar is not compressed: it unpacks to no more than the sealed copy.
	if err := result.Unpack(pkg, dir, result.Limits{MaxBytes: 1 << 40}); err != nil {
		return 0, err
	}
	return uint64(max(size, 0)), nil
}

// copyTree copies the file or directory from to the path to (regular
// files and directories only: an unpacked package holds nothing else).
func copyTree(from, to string) error {
	return filepath.Walk(from, func(p string, fi os.FileInfo, err error) error {
		if err != nil {
			if os.IsNotExist(err) && p == from {
				return fmt.Errorf("the parent wrote no %s", filepath.Base(from))
			}
			return err
		}
		rel, err := filepath.Rel(from, p)
		if err != nil {
			return err
		}
		dst := filepath.Join(to, rel)
		switch {
		case fi.IsDir():
			return os.MkdirAll(dst, 0o700)
		case fi.Mode().IsRegular():
			return copyFile(p, dst)
		}
		return nil
	})
}

func copyFile(from, to string) error {
	src, err := os.Open(from)
	if err != nil {
		return err
	}
	defer src.Close()
	if err := os.MkdirAll(filepath.Dir(to), 0o700); err != nil {
		return err
	}
	dst, err := os.OpenFile(to, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return err
	}
	if _, err := io.Copy(dst, src); err != nil {
		dst.Close()
		return err
	}
	return dst.Close()
}

// keepForward is the workflow home's part: it fetches a try's forwarded
// outputs as soon as it folds the try's result, so that they outlive the
// executor (the collect loop would fetch them too, but later).
func (n *Node) keepForward(ctx context.Context, e *types.JobEvent) {
	if !n.holdsResult(e.ForwardCID) {
		n.keepAtHome(ctx, e, e.ForwardCID, "keep forwarded outputs", func() {})
	}
}
