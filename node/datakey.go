package node

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/protocol"

	"github.com/skyops/skyops/types"
)

// Every job has a data key: 32 random bytes made by its home daemon (the
// daemon the owner submitted to, which the owner trusts with the job) when
// the job is submitted. Checkpoints are encrypted with it, so that a later
// attempt on another node can read them; the home daemon hands the key to
// an executor only while that executor's claim stands, sealed to the
// executor's node key. The key never travels in the clear and never in
// gossip.

// JobKeyProtocol is the network's data key protocol id.
func JobKeyProtocol(network string) protocol.ID {
	return protocol.ID("/skyops/" + network + "/jobkey/1.0.0")
}

const dataKeySize = types.DataKeySize

// serveJobKeys answers "JOBID\n" from the job's standing claimant with
// status 0 and the key sealed to the asker's node key; anyone else gets
// status 1 and why.
func (n *Node) serveJobKeys(s network.Stream) {
	defer s.Close()
	_ = s.SetDeadline(time.Now().Add(10 * time.Second))
	line, err := bufio.NewReader(io.LimitReader(s, 128)).ReadString('\n')
	if err != nil {
		_ = s.Reset()
		return
	}
	refuse := func(why string) { _, _ = s.Write(append([]byte{1}, why...)) }
	id := common.HexToHash(strings.TrimSpace(line))
	asker := s.Conn().RemotePeer()
	n.mu.Lock()
	j := n.brain.Job(id)
	standing := j != nil && j.Winner != nil && j.Winner.Node == asker && !j.State.Terminal()
	n.mu.Unlock()
	if !standing {
		refuse("the data key goes only to the job's standing claimant")
		return
	}
	key, err := n.store.JobKey(id.Hex())
	if err != nil {
		refuse("this daemon holds no data key for the job")
		return
	}
	pub, err := types.NodePublicKey(asker)
	if err != nil {
		refuse(err.Error())
		return
	}
	sealed, err := types.SealToOwner(pub, key)
	if err != nil {
		refuse("seal failed")
		return
	}
	_, _ = s.Write(append([]byte{0}, sealed...))
}

// RequestJobKey asks the job's home daemon for its data key, as the job's
// executor. It retries for a few seconds: the home daemon may not have
// folded this node's claim yet.
func (n *Node) RequestJobKey(ctx context.Context, home peer.ID, id common.Hash) ([]byte, error) {
	if home == n.key.PeerID() {
		return n.store.JobKey(id.Hex())
	}
	var last error
	for attempt := 0; attempt < 20; attempt++ {
		key, err := n.askJobKey(ctx, home, id)
		if err == nil {
			return key, nil
		}
		last = err
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(250 * time.Millisecond):
		}
	}
	return nil, last
}

func (n *Node) askJobKey(ctx context.Context, home peer.ID, id common.Hash) ([]byte, error) {
	sctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	s, err := n.host.LibP2P().NewStream(sctx, home, JobKeyProtocol(n.cfg.Network))
	if err != nil {
		return nil, fmt.Errorf("reach the home daemon %s: %w", home, err)
	}
	defer s.Close()
	if _, err := s.Write([]byte(id.Hex() + "\n")); err != nil {
		return nil, err
	}
	_ = s.CloseWrite()
	resp, err := io.ReadAll(io.LimitReader(s, 4096))
	if err != nil || len(resp) == 0 {
		return nil, fmt.Errorf("data key of %s: no answer: %v", short(id), err)
	}
	if resp[0] != 0 {
		return nil, fmt.Errorf("data key of %s refused: %s", short(id), resp[1:])
	}
	key, err := types.OpenSealed(n.key.PrivateKey(), resp[1:])
	if err != nil || len(key) != dataKeySize {
		return nil, fmt.Errorf("data key of %s: cannot open it: %v", short(id), err)
	}
	return key, nil
}
