package p2p

import (
	"bufio"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/ipfs/go-cid"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/protocol"
)

// Bulk content (artifacts, results, logs) moves over this stream protocol,
// never over pubsub: the asker sends a CID and a newline, the holder answers
// one status byte, then (on success) a uvarint length and the bytes.
//
// The content is content-addressed: the asker checks the hash, so a peer
// that serves wrong bytes is caught, not trusted.

// BlobProtocol is the network's blob protocol id.
func BlobProtocol(network string) protocol.ID {
	return protocol.ID("/skyops/" + network + "/blob/1.0.0")
}

// MaxBlobSize bounds what one fetch moves.
const MaxBlobSize = 256 << 20

const (
	blobOK       = 0
	blobNotFound = 1
	blobError    = 2
)

// BlobSource is how the node answers blob requests.
type BlobSource func(cid string) ([]byte, error)

// ErrBlobNotFound is the remote's "I do not hold that".
var ErrBlobNotFound = errors.New("peer does not hold the content")

// ServeBlobs answers blob requests from src.
func (h *Host) ServeBlobs(src BlobSource) {
	h.host.SetStreamHandler(BlobProtocol(h.cfg.Network), func(s network.Stream) {
		defer s.Close()
		_ = s.SetDeadline(time.Now().Add(5 * time.Minute))
		line, err := bufio.NewReader(io.LimitReader(s, 200)).ReadString('\n')
		if err != nil {
			_ = s.Reset()
			return
		}
		id := strings.TrimSpace(line)
		if _, err := cid.Decode(id); err != nil {
			_, _ = s.Write([]byte{blobError})
			return
		}
		data, err := src(id)
		if err != nil {
			_, _ = s.Write([]byte{blobNotFound})
			return
		}
		var hdr [1 + binary.MaxVarintLen64]byte
		hdr[0] = blobOK
		n := binary.PutUvarint(hdr[1:], uint64(len(data)))
		if _, err := s.Write(hdr[:1+n]); err != nil {
			return
		}
		_, _ = s.Write(data)
	})
}

// FetchBlob asks peer p for the content of id (at most max bytes). The
// caller verifies the content against the CID.
func (h *Host) FetchBlob(ctx context.Context, p peer.ID, id string, max int) ([]byte, error) {
	if max <= 0 || max > MaxBlobSize {
		max = MaxBlobSize
	}
	s, err := h.host.NewStream(ctx, p, BlobProtocol(h.cfg.Network))
	if err != nil {
		return nil, fmt.Errorf("fetch %s from %s: %w", id, p, err)
	}
	defer s.Close()
	if dl, ok := ctx.Deadline(); ok {
		_ = s.SetDeadline(dl)
	}
	if _, err := s.Write([]byte(id + "\n")); err != nil {
		return nil, fmt.Errorf("fetch %s from %s: %w", id, p, err)
	}
	_ = s.CloseWrite()
	r := bufio.NewReader(s)
	status, err := r.ReadByte()
	if err != nil {
		return nil, fmt.Errorf("fetch %s from %s: %w", id, p, err)
	}
	switch status {
	case blobOK:
	case blobNotFound:
		return nil, fmt.Errorf("fetch %s from %s: %w", id, p, ErrBlobNotFound)
	default:
		return nil, fmt.Errorf("fetch %s from %s: peer refused the request", id, p)
	}
	n, err := binary.ReadUvarint(r)
	if err != nil {
		return nil, fmt.Errorf("fetch %s from %s: %w", id, p, err)
	}
	if n > uint64(max) {
		return nil, fmt.Errorf("fetch %s from %s: %d bytes, limit %d", id, p, n, max)
	}
	data := make([]byte, n)
	if _, err := io.ReadFull(r, data); err != nil {
		return nil, fmt.Errorf("fetch %s from %s: %w", id, p, err)
	}
	return data, nil
}

// Provide announces in the DHT that this node holds id.
func (h *Host) Provide(ctx context.Context, id string) error {
	c, err := cid.Decode(id)
	if err != nil {
		return fmt.Errorf("provide %s: %w", id, err)
	}
	if err := h.dht.Provide(ctx, c, true); err != nil {
		return fmt.Errorf("provide %s: %w", id, err)
	}
	return nil
}

// FindProviders looks up in the DHT who holds id (at most n of them).
func (h *Host) FindProviders(ctx context.Context, id string, n int) ([]peer.AddrInfo, error) {
	c, err := cid.Decode(id)
	if err != nil {
		return nil, fmt.Errorf("find providers of %s: %w", id, err)
	}
	var out []peer.AddrInfo
	for ai := range h.dht.FindProvidersAsync(ctx, c, n) {
		if ai.ID != h.host.ID() {
			out = append(out, ai)
		}
	}
	return out, nil
}
