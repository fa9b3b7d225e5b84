package node

import (
	"bufio"
	"context"
	"encoding/binary"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/protocol"

	"github.com/skyops/skyops/sched"
	"github.com/skyops/skyops/types"
)

// Every job has a data key: 32 random bytes made by its home daemon (the
// daemon the owner submitted to, which the owner trusts with the job) when
// the job is submitted. Checkpoints are encrypted with it, so that a later
// attempt on another node can read them; the home daemon hands the key to
// an executor only while that executor's claim stands, sealed to the
// executor's node key. The key never travels in the clear and never in
// gossip. With it goes the CID of the newest checkpoint the home holds, a
// fallback for when the job's latest checkpoint cannot be fetched.

// JobKeyProtocol is the network's data key protocol id.
func JobKeyProtocol(network string) protocol.ID {
	return protocol.ID("/skyops/" + network + "/jobkey/2.0.0")
}

const dataKeySize = types.DataKeySize

// serveJobKeys answers "JOBID\n" from the job's standing claimant with
// status 0, the sealed key's length (2 bytes, big-endian), the key sealed
// to the asker's node key, and the CID of the newest checkpoint held here
// (maybe empty); anyone else gets status 1 and why.
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
	keyID := keyHolder(j)
	n.mu.Unlock()
	if !standing {
		refuse("the data key goes only to the job's standing claimant")
		return
	}
	key, err := n.store.JobKey(keyID.Hex())
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
	resp := binary.BigEndian.AppendUint16([]byte{0}, uint16(len(sealed)))
	resp = append(append(resp, sealed...), n.keptFor(id)...)
	_, _ = s.Write(resp)
}

// keyHolder is the id the home keeps j's data key under: its own, or,
// for a try of a workflow, the workflow's (every try of a workflow shares
// its data key, so that one opens the outputs another forwards:
// docs/orchestration.md). Call with n.mu held.
func keyHolder(j *sched.Job) common.Hash {
	if j == nil {
		return common.Hash{}
	}
	if j.Instance != nil {
		return j.Instance.Workflow
	}
	return j.ID
}

// RequestJobKey asks the job's home daemon for its data key, as the job's
// executor, and for the CID of the newest checkpoint it holds ("" if none).
// It retries for a few seconds: the home daemon may not have folded this
// node's claim yet.
func (n *Node) RequestJobKey(ctx context.Context, home peer.ID, id common.Hash) (key []byte, kept string, err error) {
	if home == n.key.PeerID() {
		n.mu.Lock()
		keyID := keyHolder(n.brain.Job(id))
		n.mu.Unlock()
		key, err := n.store.JobKey(keyID.Hex())
		return key, n.keptFor(id), err
	}
	var last error
	for attempt := 0; attempt < 20; attempt++ {
		key, kept, err := n.askJobKey(ctx, home, id)
		if err == nil {
			return key, kept, nil
		}
		last = err
		select {
		case <-ctx.Done():
			return nil, "", ctx.Err()
		case <-time.After(250 * time.Millisecond):
		}
	}
	return nil, "", last
}

func (n *Node) askJobKey(ctx context.Context, home peer.ID, id common.Hash) ([]byte, string, error) {
	sctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	s, err := n.host.LibP2P().NewStream(sctx, home, JobKeyProtocol(n.cfg.Network))
	if err != nil {
		return nil, "", fmt.Errorf("reach the home daemon %s: %w", home, err)
	}
	defer s.Close()
	if _, err := s.Write([]byte(id.Hex() + "\n")); err != nil {
		return nil, "", err
	}
	_ = s.CloseWrite()
	resp, err := io.ReadAll(io.LimitReader(s, 4096))
	if err != nil || len(resp) == 0 {
		return nil, "", fmt.Errorf("data key of %s: no answer: %v", short(id), err)
	}
	if resp[0] != 0 {
		return nil, "", fmt.Errorf("data key of %s refused: %s", short(id), resp[1:])
	}
	end := 3 // status, length, then the sealed key
	if len(resp) >= end {
		end += int(binary.BigEndian.Uint16(resp[1:]))
	}
	if len(resp) < end {
		return nil, "", fmt.Errorf("data key of %s: the home daemon's answer is cut short", short(id))
	}
	sealed, kept := resp[3:end], string(resp[end:])
	key, err := types.OpenSealed(n.key.PrivateKey(), sealed)
	if err != nil || len(key) != dataKeySize {
		return nil, "", fmt.Errorf("data key of %s: cannot open it: %v", short(id), err)
	}
	return key, kept, nil
}
