// Package chain is the on-chain half of execution receipts: it anchors the
// Merkle root of a batch of receipts (ledger/merkle) in the SkyopsRegistry
// contract (contracts/SkyopsRegistry.sol) and checks receipts against anchored
// roots, on any Ethereum JSON-RPC endpoint.
//
// Three ways to get a chain:
//
//   - Dial: any node (geth, a testnet's shared dev chain, a public RPC). A nil
//     key gives a read-only client, enough to verify a receipt from a machine
//     that has nothing but the chain.
//   - NewEmbedded: go-ethereum's simulated backend in this process, with the
//     registry deployed and a miner that seals a block as soon as a
//     transaction is pending. The default chain: nothing to install.
//   - StartDevChain: the same simulated chain served over JSON-RPC on
//     loopback, so all peers of a local testnet share one chain (see
//     cmd/skyops-chain).
//
// It also posts, unbonds and withdraws a node's bond (bonds.go): the
// deposit that makes a node id placeable where a network requires one; and
// deploys and uses the payments contracts (payments.go): the $SKYOPS token
// and the escrow where owners deposit ETH or $SKYOPS and take it back
// after a delay.
//
// What it must never do: hold or move anyone's funds beyond the gas of its own
// transactions, the bond its caller asks it to post for its own node id,
// and the deposits, withdrawals and transfers its caller asks of its key;
// send a transaction from any key but the one it was given; treat a receipt as anchored from anything but the contract's own
// state (anchoredAt / verifyAnchoredReceipt) — event logs only add the
// transaction hash and count for display; or block without a context: every
// call that talks to the chain takes one and returns when it is done.
//
// # Embedded chains are explicitly ephemeral
//
// The simulated backend could be given a node DataDir, but persisting it
// would not give a durable chain: simulated.NewBackend always builds the
// genesis from the caller's alloc and then forks the chain back to genesis on
// start (catalyst.SimulatedBeacon.Fork to block 0), so any blocks found on
// disk would be orphaned; its chain id is fixed at 1337 and its "consensus"
// is whoever calls Commit. A record that must survive a restart is the local
// badger ledger; a chain that must survive one is a real node reached with
// Dial (or geth --dev --datadir). So NewEmbedded and StartDevChain keep
// everything in memory and say so: when the process exits, the chain is gone.
//
// # Gas
//
// An anchor is one SSTORE and one event whatever the batch size: about
// 46,300 gas under mainnet's Osaka rules, 134,300 under the dev rules of
// go-ethereum v1.17 (simulated backend and geth --dev alike), which include
// unreleased forks that reprice new storage. verifyAnchoredReceipt costs
// about 34,000-50,000 gas as a transaction (proof of 0-14 hashes); as an
// eth_call it is free. See BenchmarkAnchorGas and BenchmarkVerifyOnChain.
package chain

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	ethtypes "github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
)

// Errors callers can test with errors.Is.
var (
	// ErrReadOnly: Anchor on a Chain dialled without a key.
	ErrReadOnly = errors.New("chain: read-only client (no key)")
	// ErrUnreachable: the RPC endpoint did not answer.
	ErrUnreachable = errors.New("unreachable")
	// ErrNoContract: there is no code at the registry address.
	ErrNoContract = errors.New("no registry contract at address")
)

// probeTimeout bounds Dial's first round trip when the caller's context has
// no deadline of its own, so a black-holed endpoint fails instead of hanging.
const probeTimeout = 10 * time.Second

// Anchor is one anchored batch: Submitter anchored Root, a tree of Count
// receipts, in block Block of chain ChainID, with transaction TxHash that used
// GasUsed gas.
type Anchor struct {
	Root      common.Hash
	Count     uint64
	Submitter common.Address
	Block     uint64
	TxHash    common.Hash
	ChainID   uint64
	GasUsed   uint64
}

// backend is what both ethclient.Client and the simulated client provide.
type backend interface {
	bind.ContractBackend
	bind.DeployBackend
	ChainID(ctx context.Context) (*big.Int, error)
	BalanceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (*big.Int, error)
	TransactionByHash(ctx context.Context, hash common.Hash) (tx *ethtypes.Transaction, isPending bool, err error)
}

// Chain is a client of one registry contract on one chain. Safe for
// concurrent use; the transactions of one Chain (anchors, bonds) are
// serialised (one nonce).
type Chain struct {
	url      string
	client   backend
	reg      *SkyopsRegistry
	contract common.Address
	chainID  uint64
	key      *ecdsa.PrivateKey // nil: read-only
	from     common.Address

	// payments are the contracts NewEmbedded deployed beside the
	// registry; nil for a dialled chain (bind them with Payments).
	payments *Payments

	// sent is called after each transaction is sent (the embedded miner
	// seals a block at once instead of at its next poll). May be nil.
	sent func()

	txMu      sync.Mutex // one transaction at a time: one nonce
	closeOnce sync.Once
	closeFn   func()
}

// Dial connects to the chain at rpcURL (http(s)://, ws(s)://, or an IPC
// path) and binds the registry at contract. key signs anchor transactions;
// nil gives a read-only client. Dial checks that the endpoint answers and
// that there is code at contract.
func Dial(ctx context.Context, rpcURL string, contract common.Address, key *ecdsa.PrivateKey) (*Chain, error) {
	client, chainID, err := dialClient(ctx, rpcURL)
	if err != nil {
		return nil, err
	}
	c, err := newChain(ctx, rpcURL, client, chainID, contract, key)
	if err != nil {
		client.Close()
		return nil, err
	}
	c.closeFn = client.Close
	return c, nil
}

// DialRPC is Dial over a JSON-RPC client the caller made (a daemon's chain
// relay, say), named label in errors. Close closes rc.
func DialRPC(ctx context.Context, label string, rc *rpc.Client, contract common.Address, key *ecdsa.PrivateKey) (*Chain, error) {
	client := ethclient.NewClient(rc)
	pctx, cancel := probeContext(ctx)
	defer cancel()
	id, err := client.ChainID(pctx)
	if err != nil {
		client.Close()
		return nil, fmt.Errorf("chain at %s %w: %w", label, ErrUnreachable, err)
	}
	c, err := newChain(ctx, label, client, id.Uint64(), contract, key)
	if err != nil {
		client.Close()
		return nil, err
	}
	c.closeFn = client.Close
	return c, nil
}

// dialClient dials rpcURL and reads its chain id, which is also the
// reachability check.
func dialClient(ctx context.Context, rpcURL string) (*ethclient.Client, uint64, error) {
	pctx, cancel := probeContext(ctx)
	defer cancel()
	client, err := ethclient.DialContext(pctx, rpcURL)
	if err != nil {
		return nil, 0, fmt.Errorf("chain at %s %w: %w", rpcURL, ErrUnreachable, err)
	}
	id, err := client.ChainID(pctx)
	if err != nil {
		client.Close()
		return nil, 0, fmt.Errorf("chain at %s %w: %w", rpcURL, ErrUnreachable, err)
	}
	return client, id.Uint64(), nil
}

func probeContext(ctx context.Context) (context.Context, context.CancelFunc) {
	if _, ok := ctx.Deadline(); ok {
		return context.WithCancel(ctx)
	}
	return context.WithTimeout(ctx, probeTimeout)
}

func newChain(ctx context.Context, url string, client backend, chainID uint64, contract common.Address, key *ecdsa.PrivateKey) (*Chain, error) {
	pctx, cancel := probeContext(ctx)
	defer cancel()
	code, err := client.CodeAt(pctx, contract, nil)
	if err != nil {
		return nil, fmt.Errorf("chain at %s: reading code of registry %s: %w", url, contract, err)
	}
	if len(code) == 0 {
		return nil, fmt.Errorf("chain at %s (chain id %d): %w %s", url, chainID, ErrNoContract, contract)
	}
	reg, err := NewSkyopsRegistry(contract, client)
	if err != nil {
		return nil, fmt.Errorf("binding registry %s: %w", contract, err)
	}
	c := &Chain{url: url, client: client, reg: reg, contract: contract, chainID: chainID, key: key}
	if key != nil {
		c.from = crypto.PubkeyToAddress(key.PublicKey)
	}
	return c, nil
}

// ChainID is the chain's EIP-155 id.
func (c *Chain) ChainID() uint64 { return c.chainID }

// Contract is the registry's address.
func (c *Chain) Contract() common.Address { return c.contract }

// URL is the endpoint this client talks to ("embedded" for an in-process chain).
func (c *Chain) URL() string { return c.url }

// PaymentsContracts are the $SKYOPS token and escrow this client pays
// through: those NewEmbedded deployed with the registry, or those
// AttachPayments bound; nil when none.
func (c *Chain) PaymentsContracts() *Payments { return c.payments }

// AttachPayments binds the escrow at addr (see Payments) as this client's
// PaymentsContracts. Call it before sharing the client.
func (c *Chain) AttachPayments(ctx context.Context, addr common.Address) error {
	p, err := c.Payments(ctx, addr)
	if err != nil {
		return err
	}
	c.payments = p
	return nil
}

// Submitter is the address anchors are sent from; zero for a read-only client.
func (c *Chain) Submitter() common.Address { return c.from }

// Close releases the connection (and, for an embedded chain, the chain).
func (c *Chain) Close() {
	c.closeOnce.Do(func() {
		if c.closeFn != nil {
			c.closeFn()
		}
	})
}

// Anchor records root, the root of a tree of count receipts, in the registry
// from this client's key, waits until the transaction is mined and returns
// where it landed. If this submitter already anchored root, it returns that
// anchor and sends nothing: a daemon retrying after a crash does not fail.
func (c *Chain) Anchor(ctx context.Context, root common.Hash, count uint64) (Anchor, error) {
	if c.key == nil {
		return Anchor{}, fmt.Errorf("anchoring root %s: %w", root, ErrReadOnly)
	}
	if root == (common.Hash{}) {
		return Anchor{}, errors.New("anchoring: zero root")
	}
	if count == 0 {
		return Anchor{}, fmt.Errorf("anchoring root %s: zero count", root)
	}
	c.txMu.Lock()
	defer c.txMu.Unlock()

	if a, ok, err := c.Lookup(ctx, c.from, root); err != nil {
		return Anchor{}, fmt.Errorf("anchoring root %s: %w", root, err)
	} else if ok {
		return a, nil
	}
	opts, err := bind.NewKeyedTransactorWithChainID(c.key, new(big.Int).SetUint64(c.chainID))
	if err != nil {
		return Anchor{}, fmt.Errorf("anchoring root %s: %w", root, err)
	}
	opts.Context = ctx
	tx, err := c.reg.Anchor(opts, root, count)
	if err != nil {
		// Another process with the same key may have anchored it between
		// our lookup and our gas estimate.
		if strings.Contains(err.Error(), "already anchored") {
			if a, ok, lerr := c.Lookup(ctx, c.from, root); lerr == nil && ok {
				return a, nil
			}
		}
		return Anchor{}, fmt.Errorf("anchoring root %s on chain at %s: sending: %w", root, c.url, err)
	}
	if c.sent != nil {
		c.sent()
	}
	rcpt, err := waitMined(ctx, c.client, tx.Hash())
	if err != nil {
		return Anchor{}, fmt.Errorf("anchoring root %s on chain at %s: waiting for tx %s: %w", root, c.url, tx.Hash(), err)
	}
	if rcpt.Status != ethtypes.ReceiptStatusSuccessful {
		// An earlier attempt (cancelled while its tx was pending) may have
		// landed first; then this one reverted and the root is anchored.
		if a, ok, lerr := c.Lookup(ctx, c.from, root); lerr == nil && ok {
			return a, nil
		}
		return Anchor{}, fmt.Errorf("anchoring root %s on chain at %s: tx %s reverted", root, c.url, tx.Hash())
	}
	return Anchor{
		Root: root, Count: count, Submitter: c.from,
		Block: rcpt.BlockNumber.Uint64(), TxHash: tx.Hash(), ChainID: c.chainID, GasUsed: rcpt.GasUsed,
	}, nil
}

// waitMined polls for the receipt of hash, quickly at first: an embedded or
// dev chain mines within milliseconds, a real one within seconds.
func waitMined(ctx context.Context, b backend, hash common.Hash) (*ethtypes.Receipt, error) {
	delay := 5 * time.Millisecond
	for {
		rcpt, err := b.TransactionReceipt(ctx, hash)
		if err == nil {
			return rcpt, nil
		}
		// Not mined yet, or the node is still indexing transactions (geth
		// answers that for a while after start): both mean "ask again".
		if !errors.Is(err, ethereum.NotFound) && !strings.Contains(err.Error(), "indexing is in progress") {
			return nil, err
		}
		t := time.NewTimer(delay)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil, ctx.Err()
		case <-t.C:
		}
		delay = min(delay*2, time.Second)
	}
}

// Lookup reports whether submitter anchored root, and where. The answer
// comes from the contract's state (anchoredAt); the Anchored event in that
// block adds the count and transaction hash (left zero if the node no longer
// has the block's logs).
func (c *Chain) Lookup(ctx context.Context, submitter common.Address, root common.Hash) (Anchor, bool, error) {
	blk, err := c.reg.AnchoredAt(&bind.CallOpts{Context: ctx}, submitter, root)
	if err != nil {
		return Anchor{}, false, fmt.Errorf("looking up root %s of %s on chain at %s: %w", root, submitter, c.url, err)
	}
	if blk.Sign() == 0 {
		return Anchor{}, false, nil
	}
	a := Anchor{Root: root, Submitter: submitter, Block: blk.Uint64(), ChainID: c.chainID}
	end := a.Block
	it, err := c.reg.FilterAnchored(&bind.FilterOpts{Start: a.Block, End: &end, Context: ctx},
		[]common.Address{submitter}, [][32]byte{root})
	if err != nil {
		return Anchor{}, false, fmt.Errorf("reading Anchored event of root %s in block %d on chain at %s: %w", root, a.Block, c.url, err)
	}
	defer it.Close()
	if it.Next() {
		a.Count = it.Event.Count
		a.TxHash = it.Event.Raw.TxHash
	}
	if err := it.Error(); err != nil {
		return Anchor{}, false, fmt.Errorf("reading Anchored event of root %s in block %d on chain at %s: %w", root, a.Block, c.url, err)
	}
	if a.TxHash != (common.Hash{}) {
		rcpt, err := waitMined(ctx, c.client, a.TxHash)
		if err != nil {
			return Anchor{}, false, fmt.Errorf("reading receipt of anchor tx %s on chain at %s: %w", a.TxHash, c.url, err)
		}
		a.GasUsed = rcpt.GasUsed
	}
	return a, true, nil
}

// VerifyOnChain asks the contract (eth_call of verifyAnchoredReceipt) whether
// sig is executor's signature of the receipt with body hash bodyHash on
// network, proof proves its leaf is in root, and submitter anchored root.
// false with a nil error means the chain answered no.
func (c *Chain) VerifyOnChain(ctx context.Context, network string, bodyHash common.Hash, sig []byte, executor common.Address, proof []common.Hash, root common.Hash, submitter common.Address) (bool, error) {
	ok, err := c.reg.VerifyAnchoredReceipt(&bind.CallOpts{Context: ctx}, network, bodyHash, sig, executor, hashes(proof), root, submitter)
	if err != nil {
		return false, fmt.Errorf("verifying receipt %s against root %s on chain at %s: %w", bodyHash, root, c.url, err)
	}
	return ok, nil
}

func hashes(hs []common.Hash) [][32]byte {
	out := make([][32]byte, len(hs))
	for i, h := range hs {
		out[i] = h
	}
	return out
}

// Deploy deploys a new registry on the chain at rpcURL from key, waits until
// it is mined and returns its address. Of opts only WithBondTerms applies
// (default DefaultBondTerms).
func Deploy(ctx context.Context, rpcURL string, key *ecdsa.PrivateKey, opts ...EmbeddedOption) (common.Address, error) {
	client, chainID, err := dialClient(ctx, rpcURL)
	if err != nil {
		return common.Address{}, err
	}
	defer client.Close()
	return deploy(ctx, rpcURL, client, chainID, key, newEmbeddedConfig(opts).bond, nil)
}

func deploy(ctx context.Context, url string, client backend, chainID uint64, key *ecdsa.PrivateKey, terms BondTerms, sent func()) (common.Address, error) {
	if err := terms.check(); err != nil {
		return common.Address{}, fmt.Errorf("deploying registry: %w", err)
	}
	opts, err := bind.NewKeyedTransactorWithChainID(key, new(big.Int).SetUint64(chainID))
	if err != nil {
		return common.Address{}, fmt.Errorf("deploying registry: %w", err)
	}
	opts.Context = ctx
	addr, tx, _, err := DeploySkyopsRegistry(opts, client, terms.Min, new(big.Int).SetUint64(terms.UnbondDelay))
	if err != nil {
		return common.Address{}, fmt.Errorf("deploying registry on chain at %s: %w", url, err)
	}
	if sent != nil {
		sent()
	}
	rcpt, err := waitMined(ctx, client, tx.Hash())
	if err != nil {
		return common.Address{}, fmt.Errorf("deploying registry on chain at %s: waiting for tx %s: %w", url, tx.Hash(), err)
	}
	if rcpt.Status != ethtypes.ReceiptStatusSuccessful {
		return common.Address{}, fmt.Errorf("deploying registry on chain at %s: tx %s failed", url, tx.Hash())
	}
	return addr, nil
}
