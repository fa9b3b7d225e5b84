package content

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"sync/atomic"
	"time"

	"github.com/ipfs/boxo/bitswap"
	"github.com/ipfs/boxo/bitswap/network/bsnet"
	"github.com/ipfs/boxo/blockservice"
	"github.com/ipfs/boxo/blockstore"
	"github.com/ipfs/boxo/ipld/merkledag"
	blocks "github.com/ipfs/go-block-format"
	"github.com/ipfs/go-cid"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/routing"
)

// Exchange moves DAGs between peers with bitswap on the node's libp2p host.
// Blocks another peer sends are hashed by bitswap as they arrive (its
// message decoder names each block by the hash of its bytes), so a block
// whose bytes do not match the CID asked for is simply not the block that
// was wanted: it is dropped, and the session keeps asking, of another
// provider, until the right bytes come or ctx ends. The Blockstore hashes
// them once more before it stores them.
type Exchange struct {
	store  *Store
	host   host.Host
	router routing.Routing
	bs     *bitswap.Bitswap
	ask    asking // bs, noting in the guard what it asks for
	bserv  blockservice.BlockService
	log    *slog.Logger
	punish func(peer.ID)
}

// ExchangeOption configures NewExchange.
type ExchangeOption func(*Exchange)

// WithPunish has punish called with a peer that sent blocks this node
// never asked for, which is what serving wrong bytes looks like (see
// guard); the node cuts it off. Without it such peers are only dropped
// block by block, and a fetch through one is slow.
func WithPunish(punish func(peer.ID)) ExchangeOption { return func(e *Exchange) { e.punish = punish } }

// WithLogger logs through l.
func WithLogger(l *slog.Logger) ExchangeOption { return func(e *Exchange) { e.log = l } }

// NewExchange starts bitswap on h over store's blocks, finding providers
// through router (the node's kad-DHT; nil: only peers already connected or
// named as hints). Close stops it; it does not close h.
func NewExchange(ctx context.Context, h host.Host, router routing.Routing, store *Store, opts ...ExchangeOption) *Exchange {
	return newExchange(ctx, h, router, store, store.bs, opts...)
}

// newExchange serves bitswap from served (tests: a hostile peer's view).
func newExchange(ctx context.Context, h host.Host, router routing.Routing, store *Store, served blockstore.Blockstore, opts ...ExchangeOption) *Exchange {
	e := &Exchange{store: store, host: h, router: router, log: slog.Default()}
	for _, o := range opts {
		o(e)
	}
	var finder routing.ContentDiscovery
	if router != nil {
		finder = router
	}
	// The guard is bitswap's tracer and asks bitswap for its wantlist, so
	// it learns of bitswap after New returns.
	var live atomic.Pointer[bitswap.Bitswap]
	wanting := func() []cid.Cid {
		if b := live.Load(); b != nil {
			return b.GetWantlist()
		}
		return nil
	}
	g := newGuard(func(p peer.ID) {
		e.log.Warn("content: peer sent blocks nobody asked for (wrong bytes or spam); cutting it off", "peer", p)
		if e.punish != nil {
			e.punish(p)
		}
	}, wanting)
	bs := bitswap.New(ctx, bsnet.NewFromIpfsHost(seenHost{h}), finder, served,
		// The stats of duplicate blocks cost a lock per block and
		// nothing here reads them.
		bitswap.WithoutDuplicatedBlockStats(),
		bitswap.WithTracer(g),
	)
	live.Store(bs)
	e.bs = bs
	e.ask = asking{bs, g}
	e.bserv = blockservice.New(store.bs, e.ask, blockservice.WriteThrough(true))
	return e
}

// Close stops bitswap.
func (e *Exchange) Close() error { return e.bs.Close() }

// Provide announces in the DHT that this node holds root. Only roots are
// announced (kubo's "roots" strategy): a fetch asks for the root first,
// and the providers of the root join its session and serve the rest.
func (e *Exchange) Provide(ctx context.Context, root cid.Cid) error {
	if e.router == nil {
		return nil
	}
	if err := e.router.Provide(ctx, root, true); err != nil {
		return fmt.Errorf("provide %s: %w", root, err)
	}
	return nil
}

// connect dials the hinted peers (those the caller knows hold the content,
// such as a job's executor) so bitswap asks them first; failures are only
// logged, the DHT may still find others.
func (e *Exchange) connect(ctx context.Context, hints []peer.AddrInfo) {
	for _, ai := range hints {
		if ai.ID == e.host.ID() {
			continue
		}
		cctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		if err := e.host.Connect(cctx, ai); err != nil {
			e.log.Debug("content: hint unreachable", "peer", ai.ID, "err", err)
		}
		cancel()
	}
}

// Open reads the file under root, fetching the blocks this node lacks from
// peers in one bitswap session as the reader reaches them (and storing
// them, so the node can serve them on). Every byte it returns has been
// checked against its block's hash.
func (e *Exchange) Open(ctx context.Context, root cid.Cid, hints ...peer.AddrInfo) (Reader, error) {
	e.connect(ctx, hints)
	ses := merkledag.NewSession(ctx, merkledag.NewDAGService(e.bserv))
	return openDAG(ctx, ses, root)
}

// Fetch brings the whole DAG under root into the local store (one session,
// blocks fetched concurrently), without reading it out, and records it as
// held.
func (e *Exchange) Fetch(ctx context.Context, root cid.Cid, hints ...peer.AddrInfo) error {
	if err := e.fetchGraph(ctx, root, hints); err != nil {
		return err
	}
	return e.store.Keep(ctx, root)
}

// FetchUnlisted is Fetch for content that is nobody's dataset (a job's
// sealed output, collected by its home): held and served, not advertised.
func (e *Exchange) FetchUnlisted(ctx context.Context, root cid.Cid, hints ...peer.AddrInfo) error {
	return e.fetchGraph(ctx, root, hints)
}

// fetchStall is how long a fetch may go without a new block before its
// session is dropped and a fresh one started. A want bitswap believes it
// sent stays "sent" to that peer, and a message lost to a reset stream is
// only resent with the whole wantlist every 30 s; a new session asks
// again at once, and the blocks already stored are not fetched twice.
const fetchStall = 10 * time.Second

// errStalled ends a fetch attempt that made no progress for fetchStall.
var errStalled = errors.New("no block arrived")

// maxBarrenSessions is how many sessions in a row may end without a block
// before a fetch gives up: nobody reachable serves the DAG now, and the
// caller retries later (what is stored stays, so the fetch resumes).
const maxBarrenSessions = 3

// sessionGap is the pause between a stalled session and the next: the old
// session's cancels go out first, so they cannot overtake the new one's
// wants for the same blocks (bitswap sends a want to a peer once and drops
// it from its records on a cancel).
const sessionGap = time.Second

func (e *Exchange) fetchGraph(ctx context.Context, root cid.Cid, hints []peer.AddrInfo) error {
	barren := 0
	for {
		e.connect(ctx, hints)
		got, err := e.fetchOnce(ctx, root)
		if err == nil {
			return nil
		}
		if got > 0 {
			barren = 0
		} else {
			barren++
		}
		if !errors.Is(err, errStalled) || ctx.Err() != nil {
			return fmt.Errorf("fetch %s: %w", root, err)
		}
		if barren >= maxBarrenSessions {
			return fmt.Errorf("fetch %s: %w for %s from any peer", root, err, time.Duration(barren)*fetchStall)
		}
		e.log.Debug("content: fetch stalled; asking again in a new session", "cid", root, "stall", fetchStall, "blocks", got)
		select {
		case <-ctx.Done():
			return fmt.Errorf("fetch %s: %w", root, ctx.Err())
		case <-time.After(sessionGap):
		}
	}
}

// fetchOnce fetches the DAG in one session, ended with errStalled when no
// block arrives from the network for fetchStall; it returns how many
// arrived (blocks already stored are walked, not counted).
func (e *Exchange) fetchOnce(ctx context.Context, root cid.Cid) (int64, error) {
	actx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	counted := &countingStore{Blockstore: e.store.bs}
	done := make(chan struct{})
	defer close(done)
	go func() {
		t := time.NewTicker(time.Second)
		defer t.Stop()
		last, since := int64(-1), time.Now()
		for {
			select {
			case <-done:
				return
			case <-t.C:
			}
			if v := counted.n.Load(); v != last {
				last, since = v, time.Now()
			} else if time.Since(since) >= fetchStall {
				cancel(errStalled)
				return
			}
		}
	}()
	bserv := blockservice.New(counted, e.ask, blockservice.WriteThrough(true))
	err := merkledag.FetchGraph(actx, root, merkledag.NewDAGService(bserv))
	if err != nil && context.Cause(actx) == errStalled && ctx.Err() == nil {
		err = errStalled
	}
	return counted.n.Load(), err
}

// countingStore counts the blocks a fetch stores: those that came from
// the network (blockservice stores what the exchange hands it).
type countingStore struct {
	*Blockstore
	n atomic.Int64
}

func (c *countingStore) Put(ctx context.Context, blk blocks.Block) error {
	c.n.Add(1)
	return c.Blockstore.Put(ctx, blk)
}

func (c *countingStore) PutMany(ctx context.Context, blks []blocks.Block) error {
	c.n.Add(int64(len(blks)))
	return c.Blockstore.PutMany(ctx, blks)
}

// FetchFile streams the file under root into path: written to a temp file
// beside it, synced and renamed, so a failed fetch leaves no partial file
// under the real name. At most max bytes (0: no limit beyond the disk
// floor the blockstore keeps); it returns the size.
func (e *Exchange) FetchFile(ctx context.Context, root cid.Cid, path string, max uint64, hints ...peer.AddrInfo) (uint64, error) {
	r, err := e.Open(ctx, root, hints...)
	if err != nil {
		return 0, err
	}
	defer r.Close()
	if max > 0 && r.Size() > max {
		return 0, fmt.Errorf("fetch %s: %d bytes, limit %d", root, r.Size(), max)
	}
	n, err := writeFile(path, r)
	if err != nil {
		return 0, fmt.Errorf("fetch %s to %s: %w", root, path, err)
	}
	// Every block was read, so every block is stored: the node holds the
	// DAG now and may advertise it.
	if err := e.store.Keep(ctx, root); err != nil {
		return n, err
	}
	return n, nil
}

// writeFile copies r to path through a temp file and a rename.
func writeFile(path string, r io.Reader) (uint64, error) {
	f, err := os.CreateTemp(filepath.Dir(path), ".fetch-*")
	if err != nil {
		return 0, err
	}
	tmp := f.Name()
	n, werr := io.Copy(f, r)
	serr := f.Sync()
	cerr := f.Close()
	if err := errors.Join(werr, serr, cerr); err != nil {
		os.Remove(tmp)
		return 0, err
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return 0, err
	}
	return uint64(n), nil
}
