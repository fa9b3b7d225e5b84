package chain

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	ethtypes "github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// Node bonds (contracts/SkyopsRegistry.sol, "Node bonds"): a node posts a
// bond of at least the registry's minimum for its own node id, from its
// own key; where a network requires bonds, only the ids the registry lists
// as bonded are placed. Unbonding stops the bond counting at once; the
// bond can be withdrawn UnbondDelay blocks later.

// Errors of the bond calls, for errors.Is.
var (
	// ErrBondTooSmall: the amount is under the registry's minimum.
	ErrBondTooSmall = errors.New("bond below the registry's minimum")
	// ErrAlreadyBonded: the node id already holds a bond that counts.
	ErrAlreadyBonded = errors.New("node already bonded")
	// ErrUnbonding: the node id's bond is unbonding; withdraw it first.
	ErrUnbonding = errors.New("node's bond is unbonding: withdraw it before bonding again")
	// ErrNotBonded: unbond of a node id without a bond that counts.
	ErrNotBonded = errors.New("node not bonded")
	// ErrNotUnbonding: withdraw of a bond that was not unbonded.
	ErrNotUnbonding = errors.New("node's bond is not unbonding")
	// ErrUnbondDelay: withdraw before the unbonding delay has passed.
	ErrUnbondDelay = errors.New("still in the unbonding delay")
	// ErrNotBonder: unbond or withdraw from a key that did not post the bond.
	ErrNotBonder = errors.New("not the bond's bonder")
	// ErrInsufficientFunds: the key's account cannot pay the bond and its gas.
	ErrInsufficientFunds = errors.New("insufficient funds")
)

// DefaultUnbondDelay is the default blocks between unbond and withdraw:
// about a day of 12-second blocks.
const DefaultUnbondDelay = 7200

// BondTerms are what a registry asks of bonds, fixed when it is deployed.
type BondTerms struct {
	Min         *big.Int // wei; a bond must be at least this
	UnbondDelay uint64   // blocks from unbond to withdraw
}

// DefaultBondTerms: a minimum of 1 ETH, DefaultUnbondDelay blocks.
func DefaultBondTerms() BondTerms {
	return BondTerms{Min: big.NewInt(1e18), UnbondDelay: DefaultUnbondDelay}
}

func (t BondTerms) clone() BondTerms {
	if t.Min != nil {
		t.Min = new(big.Int).Set(t.Min)
	}
	return t
}

func (t BondTerms) check() error {
	if t.Min == nil || t.Min.Sign() <= 0 {
		return errors.New("bond terms: the minimum bond must be positive")
	}
	if t.UnbondDelay > 1<<32-1 {
		return fmt.Errorf("bond terms: unbond delay of %d blocks is too long", t.UnbondDelay)
	}
	return nil
}

// Bond is one node id's bond as the registry holds it.
type Bond struct {
	Bonder common.Address
	Amount *big.Int // wei; 0: no bond
	// WithdrawableAt is the block from which an unbonding bond can be
	// withdrawn; 0 while the bond counts.
	WithdrawableAt uint64
}

// Counts reports whether the bond makes its node bonded: posted, and not
// unbonding. (The registry takes no bond under its minimum.)
func (b Bond) Counts() bool { return b.Amount != nil && b.Amount.Sign() > 0 && b.WithdrawableAt == 0 }

// BondedSet is the registry's bonded node ids as of one block.
type BondedSet struct {
	Block   uint64   // the block read
	Version uint64   // the registry's bondsVersion at that block
	Total   uint64   // how many ids the registry lists
	IDs     [][]byte // the ids read: all of them, or the first max
}

// NodeID is the node id (the libp2p peer id's bytes) of the secp256k1 key
// pub, as the registry derives it (nodeIdOf): the identity multihash of the
// protobuf public key {Type: Secp256k1, Data: the compressed key}. It is
// []byte(peer.ID) of the daemon whose key this is.
func NodeID(pub *ecdsa.PublicKey) []byte {
	return append([]byte{0x00, 0x25, 0x08, 0x02, 0x12, 0x21}, crypto.CompressPubkey(pub)...)
}

// BondTerms reads the registry's minimum bond and unbonding delay.
func (c *Chain) BondTerms(ctx context.Context) (BondTerms, error) {
	call := &bind.CallOpts{Context: ctx}
	minBond, err := c.reg.MinBond(call)
	if err != nil {
		return BondTerms{}, fmt.Errorf("reading the minimum bond on chain at %s: %w", c.url, err)
	}
	delay, err := c.reg.UnbondDelay(call)
	if err != nil {
		return BondTerms{}, fmt.Errorf("reading the unbonding delay on chain at %s: %w", c.url, err)
	}
	return BondTerms{Min: minBond, UnbondDelay: delay.Uint64()}, nil
}

// BondOf reads the bond of node id nodeID.
func (c *Chain) BondOf(ctx context.Context, nodeID []byte) (Bond, error) {
	info, err := c.reg.BondInfo(&bind.CallOpts{Context: ctx}, nodeID)
	if err != nil {
		return Bond{}, fmt.Errorf("reading the bond of node %x on chain at %s: %w", nodeID, c.url, err)
	}
	return Bond{Bonder: info.Bonder, Amount: info.Amount, WithdrawableAt: info.WithdrawableAt.Uint64()}, nil
}

// NodeID is the node id of this client's key (nil for a read-only client).
func (c *Chain) NodeID() []byte {
	if c.key == nil {
		return nil
	}
	return NodeID(&c.key.PublicKey)
}

// BondTx is a bond transaction that was mined.
type BondTx struct {
	NodeID  []byte
	Amount  *big.Int
	Block   uint64
	TxHash  common.Hash
	GasUsed uint64
}

// BondNode posts a bond of amount wei for this client's own node id
// (NodeID), from its key, and waits until it is mined. It fails with
// ErrBondTooSmall under the registry's minimum, ErrAlreadyBonded when the
// id holds a bond already (nothing is sent), ErrUnbonding while an earlier
// bond is unbonding, and ErrInsufficientFunds when the account cannot pay.
func (c *Chain) BondNode(ctx context.Context, amount *big.Int) (BondTx, error) {
	if c.key == nil {
		return BondTx{}, fmt.Errorf("bonding: %w", ErrReadOnly)
	}
	id := c.NodeID()
	fail := func(err error) (BondTx, error) {
		return BondTx{}, fmt.Errorf("bonding node %x from %s on chain at %s: %w", id, c.from, c.url, err)
	}
	if amount == nil || amount.Sign() <= 0 {
		return fail(fmt.Errorf("%w: no amount given", ErrBondTooSmall))
	}
	c.txMu.Lock()
	defer c.txMu.Unlock()
	terms, err := c.BondTerms(ctx)
	if err != nil {
		return fail(err)
	}
	if amount.Cmp(terms.Min) < 0 {
		return fail(fmt.Errorf("%w: %s wei, the minimum is %s wei", ErrBondTooSmall, amount, terms.Min))
	}
	b, err := c.BondOf(ctx, id)
	if err != nil {
		return fail(err)
	}
	switch {
	case b.Counts():
		return fail(fmt.Errorf("%w (%s wei by %s)", ErrAlreadyBonded, b.Amount, b.Bonder))
	case b.Amount != nil && b.Amount.Sign() > 0:
		return fail(fmt.Errorf("%w (withdrawable from block %d)", ErrUnbonding, b.WithdrawableAt))
	}
	bal, err := c.client.BalanceAt(ctx, c.from, nil)
	if err != nil {
		return fail(fmt.Errorf("reading the balance: %w", err))
	}
	if bal.Cmp(amount) <= 0 {
		return fail(fmt.Errorf("%w: the account holds %s wei, the bond is %s wei plus gas", ErrInsufficientFunds, bal, amount))
	}
	pub := crypto.FromECDSAPub(&c.key.PublicKey)[1:] // x ‖ y
	rcpt, tx, err := c.transact(ctx, amount, func(opts *bind.TransactOpts) (*ethtypes.Transaction, error) {
		return c.reg.BondNode(opts, pub)
	})
	if err != nil {
		return fail(err)
	}
	return BondTx{NodeID: id, Amount: new(big.Int).Set(amount), Block: rcpt.BlockNumber.Uint64(), TxHash: tx.Hash(), GasUsed: rcpt.GasUsed}, nil
}

// Unbond stops the bond of nodeID counting (sent from this client's key,
// which must have posted it) and returns the block from which Withdraw can
// pay it back.
func (c *Chain) Unbond(ctx context.Context, nodeID []byte) (uint64, error) {
	if c.key == nil {
		return 0, fmt.Errorf("unbonding: %w", ErrReadOnly)
	}
	fail := func(err error) (uint64, error) {
		return 0, fmt.Errorf("unbonding node %x from %s on chain at %s: %w", nodeID, c.from, c.url, err)
	}
	c.txMu.Lock()
	defer c.txMu.Unlock()
	rcpt, _, err := c.transact(ctx, nil, func(opts *bind.TransactOpts) (*ethtypes.Transaction, error) {
		return c.reg.Unbond(opts, nodeID)
	})
	if err != nil {
		return fail(err)
	}
	// Read at the unbond's own block: a node's "latest" state may not
	// include the block its receipt came from yet.
	info, err := c.reg.BondInfo(&bind.CallOpts{Context: ctx, BlockNumber: rcpt.BlockNumber}, nodeID)
	if err != nil {
		return fail(err)
	}
	return info.WithdrawableAt.Uint64(), nil
}

// Withdraw pays an unbonded bond of nodeID back to this client's key (its
// bonder) once the unbonding delay has passed, and returns the amount.
func (c *Chain) Withdraw(ctx context.Context, nodeID []byte) (*big.Int, error) {
	if c.key == nil {
		return nil, fmt.Errorf("withdrawing: %w", ErrReadOnly)
	}
	fail := func(err error) (*big.Int, error) {
		return nil, fmt.Errorf("withdrawing the bond of node %x to %s on chain at %s: %w", nodeID, c.from, c.url, err)
	}
	c.txMu.Lock()
	defer c.txMu.Unlock()
	b, err := c.BondOf(ctx, nodeID)
	if err != nil {
		return fail(err)
	}
	if _, _, err := c.transact(ctx, nil, func(opts *bind.TransactOpts) (*ethtypes.Transaction, error) {
		return c.reg.Withdraw(opts, nodeID)
	}); err != nil {
		return fail(err)
	}
	return b.Amount, nil
}

// BondsVersion reads the registry's bondsVersion, bumped on every change
// of the bonded set: one call tells a poller whether to read the set again.
func (c *Chain) BondsVersion(ctx context.Context) (uint64, error) {
	v, err := c.reg.BondsVersion(&bind.CallOpts{Context: ctx})
	if err != nil {
		return 0, fmt.Errorf("reading the bonds version on chain at %s: %w", c.url, err)
	}
	return v.Uint64(), nil
}

// bondedPage is how many ids one eth_call reads (about 128 bytes each,
// ABI-encoded). A variable for tests.
var bondedPage uint64 = 512

// maxNodeIDLen bounds one id read from the chain: the registry makes only
// 39-byte ids.
const maxNodeIDLen = 128

// BondedNodes reads the registry's bonded node ids (each holds a bond of at
// least the minimum that is not unbonding), at most max of them, all as of
// one block so that pages agree with each other. Total says how many the
// registry lists, which may be more than were read.
func (c *Chain) BondedNodes(ctx context.Context, max int) (BondedSet, error) {
	fail := func(err error) (BondedSet, error) {
		return BondedSet{}, fmt.Errorf("reading the bonded nodes on chain at %s: %w", c.url, err)
	}
	if max < 0 {
		max = 0
	}
	head, err := c.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return fail(fmt.Errorf("reading the head block: %w", err))
	}
	call := &bind.CallOpts{Context: ctx, BlockNumber: head.Number}
	version, err := c.reg.BondsVersion(call)
	if err != nil {
		return fail(err)
	}
	count, err := c.reg.BondedCount(call)
	if err != nil {
		return fail(err)
	}
	set := BondedSet{Block: head.Number.Uint64(), Version: version.Uint64(), Total: count.Uint64()}
	want := min(set.Total, uint64(max))
	set.IDs = make([][]byte, 0, want)
	for uint64(len(set.IDs)) < want {
		n := min(want-uint64(len(set.IDs)), bondedPage)
		page, err := c.reg.BondedPage(call, new(big.Int).SetUint64(uint64(len(set.IDs))), new(big.Int).SetUint64(n))
		if err != nil {
			return fail(err)
		}
		if len(page) == 0 {
			break // the set shrank under a node without the block's state: take what was read
		}
		for _, id := range page {
			if len(id) == 0 || len(id) > maxNodeIDLen {
				return fail(fmt.Errorf("the registry lists a node id of %d bytes", len(id)))
			}
			set.IDs = append(set.IDs, id)
		}
	}
	return set, nil
}

// transact sends one transaction from this client's key with value (nil:
// none) and waits until it is mined; a revert is an error naming the
// registry's reason where it has one. The caller holds txMu.
func (c *Chain) transact(ctx context.Context, value *big.Int, send func(*bind.TransactOpts) (*ethtypes.Transaction, error)) (*ethtypes.Receipt, *ethtypes.Transaction, error) {
	opts, err := bind.NewKeyedTransactorWithChainID(c.key, new(big.Int).SetUint64(c.chainID))
	if err != nil {
		return nil, nil, err
	}
	opts.Context = ctx
	opts.Value = value
	tx, err := send(opts)
	if err != nil {
		return nil, nil, fmt.Errorf("sending: %w", registryError(err))
	}
	if c.sent != nil {
		c.sent()
	}
	rcpt, err := waitMined(ctx, c.client, tx.Hash())
	if err != nil {
		return nil, nil, fmt.Errorf("waiting for tx %s: %w", tx.Hash(), err)
	}
	if rcpt.Status != ethtypes.ReceiptStatusSuccessful {
		return nil, nil, fmt.Errorf("tx %s reverted", tx.Hash())
	}
	return rcpt, tx, nil
}

// registryError maps the registry's revert reasons (and the node's
// "insufficient funds") to this package's errors, keeping the original.
func registryError(err error) error {
	msg := err.Error()
	for _, m := range []struct {
		reason string
		is     error
	}{
		{"bond below the minimum", ErrBondTooSmall},
		{"node already bonded", ErrAlreadyBonded},
		{"node unbonding: withdraw first", ErrUnbonding},
		{"node not bonded", ErrNotBonded},
		{"node not unbonding", ErrNotUnbonding},
		{"still in the unbonding delay", ErrUnbondDelay},
		{"not the bonder", ErrNotBonder},
		{"insufficient funds", ErrInsufficientFunds},
	} {
		if strings.Contains(msg, m.reason) {
			return fmt.Errorf("%w: %w", m.is, err)
		}
	}
	return err
}
