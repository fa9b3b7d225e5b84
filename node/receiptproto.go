package node

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/protocol"

	"github.com/skyops/skyops/ledger"
	"github.com/skyops/skyops/ledger/merkle"
	"github.com/skyops/skyops/types"
)

// ReceiptProtocol is the network's receipt protocol: any peer asks the
// daemon that holds a receipt (its executor, or the owner's daemon) for it
// with its inclusion proof and anchor, so `skyops verify` works from any
// peer, not only from the one that batched it.
func ReceiptProtocol(network string) protocol.ID {
	return protocol.ID("/skyops/" + network + "/receipt/1.0.0")
}

// maxBundleBytes bounds an answer: a receipt and a proof of a batch far
// larger than any daemon cuts (2^32 leaves is 32 siblings).
const maxBundleBytes = types.MaxReceiptSize*2 + 64<<10

// serveReceipts answers "JOBID ATTEMPT\n" with status 0 and the bundle
// (JSON), or status 1 and why.
func (n *Node) serveReceipts(s network.Stream) {
	defer s.Close()
	_ = s.SetDeadline(time.Now().Add(10 * time.Second))
	line, err := bufio.NewReader(io.LimitReader(s, 128)).ReadString('\n')
	if err != nil {
		_ = s.Reset()
		return
	}
	refuse := func(why string) { _, _ = s.Write(append([]byte{1}, why...)) }
	job, att, ok := strings.Cut(strings.TrimSpace(line), " ")
	attempt, aerr := strconv.ParseUint(att, 10, 32)
	if !ok || aerr != nil {
		refuse("malformed request: want \"JOBID ATTEMPT\"")
		return
	}
	k, err := receiptKeyOf(job, uint32(attempt))
	if err != nil {
		refuse(err.Error())
		return
	}
	sealed, err := n.store.Receipt(k)
	if err != nil {
		refuse("this daemon holds no such receipt")
		return
	}
	b := ledger.Bundle{Network: n.cfg.Network, Receipt: sealed}
	if p, err := n.store.Proof(k); err == nil && p.Anchor != nil {
		b.Proof = p
	}
	out, _ := json.Marshal(b)
	_, _ = s.Write(append([]byte{0}, out...))
}

// fetchBundle asks peer p for a receipt's bundle. A proof that doesn't
// lead from the receipt to its root is dropped here, so a peer can't make
// this daemon keep garbage in its place.
func (n *Node) fetchBundle(ctx context.Context, p peer.ID, k ledger.ReceiptKey) (*ledger.Bundle, error) {
	sctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	s, err := n.host.LibP2P().NewStream(sctx, p, ReceiptProtocol(n.cfg.Network))
	if err != nil {
		return nil, fmt.Errorf("reach %s for receipt %s/%d: %w", p, short(k.Job), k.Attempt, err)
	}
	defer s.Close()
	_ = s.SetDeadline(time.Now().Add(10 * time.Second))
	if _, err := fmt.Fprintf(s, "%s %d\n", k.Job.Hex(), k.Attempt); err != nil {
		return nil, err
	}
	_ = s.CloseWrite()
	resp, err := io.ReadAll(io.LimitReader(s, maxBundleBytes+1))
	if err != nil || len(resp) == 0 {
		return nil, fmt.Errorf("receipt %s/%d from %s: no answer: %v", short(k.Job), k.Attempt, p, err)
	}
	if len(resp) > maxBundleBytes {
		return nil, fmt.Errorf("receipt %s/%d from %s: answer over %d bytes", short(k.Job), k.Attempt, p, maxBundleBytes)
	}
	if resp[0] != 0 {
		return nil, fmt.Errorf("receipt %s/%d refused by %s: %s", short(k.Job), k.Attempt, p, resp[1:])
	}
	var b ledger.Bundle
	if err := json.Unmarshal(resp[1:], &b); err != nil {
		return nil, fmt.Errorf("receipt %s/%d from %s: %w", short(k.Job), k.Attempt, p, err)
	}
	op, err := types.OpenReceipt(n.cfg.Network, b.Receipt)
	if err != nil {
		return nil, fmt.Errorf("receipt %s/%d from %s: %w", short(k.Job), k.Attempt, p, err)
	}
	if op.Receipt.Job != k.Job || op.Receipt.Attempt != k.Attempt {
		return nil, fmt.Errorf("receipt %s/%d from %s: it sent another receipt", short(k.Job), k.Attempt, p)
	}
	if b.Proof != nil && (b.Proof.Anchor == nil || !merkle.Verify(merkle.Leaf(op.Digest), b.Proof.Siblings, b.Proof.Root)) {
		b.Proof = nil
	}
	return &b, nil
}
