package node

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/skyops/skyops/exec/result"
	"github.com/skyops/skyops/p2p"
	"github.com/skyops/skyops/types"
)

// Whole blobs (modules, uploaded inputs, logs, checkpoints, telemetry and
// outputs recorded before they were DAGs): sealed, stored, provided and
// fetched by raw CID, and a job's inputs staged from them.

// sealAndStore encrypts data to the owner and keeps it by its CID.
func (n *Node) sealAndStore(owner *ecdsa.PublicKey, data []byte) (string, error) {
	sealed, err := types.SealToOwner(owner, data)
	if err != nil {
		return "", err
	}
	c := result.CIDOf(sealed)
	if err := n.blobs.Put(c, sealed); err != nil {
		return "", err
	}
	return c, nil
}

// blobSize is the stored size of cid (0 if none), without reading it.
func (n *Node) blobSize(cid string) uint64 {
	size, _ := n.blobs.Size(cid)
	return uint64(size)
}

// provide announces content in the DHT, best effort: peers that know the
// executor fetch from it directly anyway.
func (n *Node) provide(ids ...string) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	for _, id := range ids {
		if id == "" {
			continue
		}
		if err := n.host.Provide(ctx, id); err != nil {
			n.log.Debug("provide", "cid", id, "err", err)
		}
	}
}

// fetchBlob returns content by CID: from the local store, else from the
// hinted peer, else from providers found in the DHT. What arrives is
// checked against the CID and kept.
func (n *Node) fetchBlob(ctx context.Context, id string, hint peer.ID, max int) ([]byte, error) {
	if data, err := n.heldBlob(id); err == nil {
		return data, nil
	}
	if max <= 0 {
		max = p2p.MaxBlobSize
	}
	if c, ok := isDAG(id); ok {
		return n.fetchDAGBytes(ctx, c, hint, max)
	}
	var tried []string
	try := func(p peer.ID) ([]byte, bool) {
		if p == "" || p == n.key.PeerID() {
			return nil, false
		}
		fctx, cancel := context.WithTimeout(ctx, 60*time.Second)
		defer cancel()
		data, err := n.host.FetchBlob(fctx, p, id, max)
		if err != nil {
			tried = append(tried, err.Error())
			return nil, false
		}
		if err := result.VerifyCID(id, data); err != nil {
			tried = append(tried, fmt.Sprintf("%s served wrong content: %v", p, err))
			return nil, false
		}
		return data, true
	}
	data, ok := try(hint)
	if !ok {
		fctx, cancel := context.WithTimeout(ctx, 15*time.Second)
		provs, _ := n.host.FindProviders(fctx, id, 4)
		cancel()
		for _, ai := range provs {
			n.host.LibP2P().Peerstore().AddAddrs(ai.ID, ai.Addrs, time.Minute)
			if data, ok = try(ai.ID); ok {
				break
			}
		}
	}
	if !ok {
		if len(tried) == 0 {
			return nil, fmt.Errorf("content %s: no peer known to hold it", id)
		}
		return nil, fmt.Errorf("content %s: %s", id, strings.Join(tried, "; "))
	}
	if err := n.blobs.Put(id, data); err != nil {
		n.log.Warn("keep fetched content", "cid", id, "err", err)
	}
	return data, nil
}

// stageInputs places the job's inputs under dir: a package made by
// result.Pack (another job's output) is unpacked, anything else is written
// as one file named by its CID.
func (n *Node) stageInputs(ctx context.Context, cids []string, hint peer.ID, dir string, key []byte) (secrets []string, bytesIn uint64, err error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, 0, err
	}
	for _, c := range cids {
		if id, ok := types.DatasetCID(c); ok {
			got, err := n.stageDataset(ctx, id, filepath.Join(dir, id))
			if err != nil {
				return nil, 0, err
			}
			bytesIn += got
			continue
		}
		data, err := n.fetchBlob(ctx, c, hint, 0)
		if err != nil {
			return nil, 0, err
		}
		bytesIn += uint64(len(data))
		// Inputs uploaded with the job are encrypted with its data key;
		// plaintext exists only here, in the job's own dir, for the run.
		if key != nil {
			if plain, err := types.OpenWithKey(key, data); err == nil {
				data = plain
			}
		}
		sub := filepath.Join(dir, c)
		if err := result.Unpack(bytes.NewReader(data), sub, result.Limits{MaxFiles: 10000, MaxBytes: p2p.MaxBlobSize}); err == nil {
			// The secrets package is no input: its lines become the job's
			// environment, and the file goes.
			if b, err := os.ReadFile(filepath.Join(sub, types.SecretsFile)); err == nil {
				for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
					if k, _, ok := strings.Cut(line, "="); ok && k != "" {
						secrets = append(secrets, line)
					}
				}
				os.RemoveAll(sub)
			}
			continue
		}
		if err := os.WriteFile(sub, data, 0o600); err != nil {
			return nil, 0, err
		}
	}
	return secrets, bytesIn, nil
}

const maxLogBytes = 16 << 20
