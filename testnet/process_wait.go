package testnet

// Waiting on a process testnet as it starts: each daemon ready on its
// socket, every view complete, every bond read; a daemon that exits
// meanwhile is reported with its log's tail.

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/skyops/skyops/api"
)

// waitReady waits until p's socket answers ID(), and records its identity.
func (n *procNet) waitReady(ctx context.Context, p *procPeer) error {
	tick := time.NewTicker(procPoll)
	defer tick.Stop()
	var lastErr error
	for {
		select {
		case <-p.exited:
			return n.exitError(p)
		default:
		}
		if _, err := os.Stat(p.info.Socket); err == nil {
			cctx, cancel := context.WithTimeout(ctx, 2*time.Second)
			id, err := p.client.ID(cctx)
			cancel()
			if err == nil {
				if id.PID != 0 && id.PID != p.info.PID {
					return fmt.Errorf("peer %d: socket %s is served by pid %d, not by the daemon started as pid %d", p.info.Index, p.info.Socket, id.PID, p.info.PID)
				}
				dash := ""
				cctx, cancel := context.WithTimeout(ctx, 2*time.Second)
				if w, err := p.client.Web(cctx); err == nil {
					dash = w.Login
				}
				cancel()
				n.mu.Lock()
				p.info.ID, p.info.Address, p.info.Addrs, p.info.Dashboard = id.ID, id.Address, id.Addrs, dash
				for k := range n.manifest.Peers {
					if n.manifest.Peers[k].Index == p.info.Index {
						n.manifest.Peers[k] = p.info
					}
				}
				n.mu.Unlock()
				n.log.Info("peer ready", "index", p.info.Index, "id", id.ID)
				return nil
			}
			lastErr = err
		}
		select {
		case <-p.exited:
			return n.exitError(p)
		case <-ctx.Done():
			why := "its socket never appeared"
			if lastErr != nil {
				why = "last error: " + lastErr.Error()
			}
			return fmt.Errorf("peer %d (pid %d) %s (%s)%s", p.info.Index, p.info.PID, n.ctxWhy(ctx, "was not ready"), why, procTail(p.info.LogFile))
		case <-tick.C:
		}
	}
}

// waitViews waits until every peer's Nodes() lists every peer.
func (n *procNet) waitViews(ctx context.Context) error {
	return n.waitEveryPeer(ctx, procViewPoll, true, "did not all see each other", "logs", func(nd api.Node) bool { return true }, "sees only peers")
}

// waitBonds waits, on a testnet with a chain, until every peer's view has
// every peer bonded (each bonds its node id in the registry on start, and
// reads the registry every procBondPoll): until a peer has read a node's
// bond it places no job there, and jobs submitted meanwhile wait.
func (n *procNet) waitBonds(ctx context.Context) error {
	if n.noChain {
		return nil
	}
	n.log.Info("waiting until every peer has read every peer's bond")
	return n.waitEveryPeer(ctx, procPoll, false, "did not all see each other bonded",
		"each peer bonds itself in the registry on start; logs", func(nd api.Node) bool { return nd.Bonded }, "has bonds of peers only")
}

// waitEveryPeer polls every peer's Nodes() until each lists every peer as
// ok says. exits: a peer's exit ends the wait with its error.
func (n *procNet) waitEveryPeer(ctx context.Context, poll time.Duration, exits bool, what, hint string, ok func(api.Node) bool, short string) error {
	n.mu.Lock()
	peers := append([]*procPeer(nil), n.peers...)
	n.mu.Unlock()
	tick := time.NewTicker(poll)
	defer tick.Stop()
	for {
		var behind []string
		for _, p := range peers {
			if exits {
				select {
				case <-p.exited:
					return n.exitError(p)
				default:
				}
			}
			cctx, cancel := context.WithTimeout(ctx, 2*time.Second)
			nodes, err := p.client.Nodes(cctx)
			cancel()
			if err != nil {
				behind = append(behind, fmt.Sprintf("peer %d: %v", p.info.Index, err))
				continue
			}
			good := make(map[string]bool, len(nodes))
			for _, nd := range nodes {
				good[nd.ID] = ok(nd)
			}
			var have []string
			for _, q := range peers {
				if good[q.info.ID] {
					have = append(have, fmt.Sprint(q.info.Index))
				}
			}
			if len(have) < len(peers) {
				behind = append(behind, fmt.Sprintf("peer %d %s %s of %d", p.info.Index, short, strings.Join(have, ", "), len(peers)))
			}
		}
		if len(behind) == 0 {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("peers %s: %s (%s: %s)", n.ctxWhy(ctx, what), strings.Join(behind, "; "), hint, filepath.Join(n.dir, "peer-*", "daemon.log"))
		case <-tick.C:
		}
	}
}

// ctxWhy says why ctx ended: the testnet's time limit, or the caller.
func (n *procNet) ctxWhy(ctx context.Context, what string) string {
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return fmt.Sprintf("%s within %s", what, n.timeout)
	}
	return what + " (interrupted)"
}

func (n *procNet) exitError(p *procPeer) error {
	return fmt.Errorf("peer %d (pid %d) exited during start-up (%v)%s", p.info.Index, p.info.PID, p.waitErr, procTail(p.info.LogFile))
}
