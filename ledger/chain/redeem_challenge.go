package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	ethtypes "github.com/ethereum/go-ethereum/core/types"

	"github.com/skyops/skyops/types"
)

// DefaultChallengeBond is the ETH a challenge holds unless
// WithChallengeBond says otherwise: about an answer's gas (~150,000) at
// 7 gwei, so a challenger pays for the answers it asks for.
var DefaultChallengeBond = big.NewInt(1e15)

// WithChallengeBond sets the wei a challenge of a leaf holds: the
// executor's if it answers, the challenger's back if it does not.
func WithChallengeBond(wei *big.Int) PaymentsOption {
	return func(c *paymentsConfig) { c.challengeBond = wei }
}

// noField is the escrow's NO_FIELD: the spec type has no such field.
var noField = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))

// specTerms are what the escrow checks answers against, from types.JobSpec's
// EIP-712 type on chainID: its domain separator, its type hash and
// types.SignedWorkflow's (signed in the same domain), and the positions
// of the spec's priceCapWei and paymentToken (noField while it has none).
func specTerms(chainID uint64) ([3][32]byte, [2]*big.Int, error) {
	td := (&types.JobSpec{PriceCapWei: "0"}).TypedData(chainID)
	dom, err := td.HashStruct("EIP712Domain", td.Domain.Map())
	if err != nil {
		return [3][32]byte{}, [2]*big.Int{}, fmt.Errorf("hashing the job spec's EIP-712 domain: %w", err)
	}
	hashes := [3][32]byte{common.BytesToHash(dom), common.BytesToHash(td.TypeHash(types.JobSpecPrimaryType)), types.WorkflowTypeHash()}
	fields := [2]*big.Int{noField, noField}
	for i, f := range td.Types[types.JobSpecPrimaryType] {
		switch f.Name {
		case "priceCapWei":
			fields[0] = big.NewInt(int64(i))
		case "paymentToken":
			fields[1] = big.NewInt(int64(i))
		}
	}
	if fields[0] == noField {
		return hashes, fields, errors.New("the job spec type has no priceCapWei")
	}
	return hashes, fields, nil
}

// specWords are the spec's EIP-712 encoded fields, one word each, after
// the type hash: what the escrow hashes into the job id.
func specWords(spec *types.JobSpec, chainID uint64) ([][32]byte, error) {
	td := spec.TypedData(chainID)
	enc, err := td.EncodeData(types.JobSpecPrimaryType, td.Message, 1)
	if err != nil {
		return nil, fmt.Errorf("encoding the job spec: %w", err)
	}
	enc = enc[32:] // the type hash: the escrow has its own
	words := make([][32]byte, len(enc)/32)
	for i := range words {
		copy(words[i][:], enc[32*i:])
	}
	return words, nil
}

// Challenge asks claim id's executor to show, within the dispute window,
// that leaf index pays for a receipt it anchored and a job its owner
// signed at no more than the spec's cap; it sends the escrow's challenge
// bond with it. Unanswered, VoidUnanswered voids the claim.
func (p *Payments) Challenge(ctx context.Context, id common.Hash, index uint64) (PaymentTx, error) {
	bond, err := p.escrow.ChallengeBond(&bind.CallOpts{Context: ctx})
	if err != nil {
		return PaymentTx{}, fmt.Errorf("challenging leaf %d of claim %s: reading the bond: %w", index, id, err)
	}
	return p.send(ctx, fmt.Sprintf("challenging leaf %d of claim %s", index, id), bond, func(opts *bind.TransactOpts) (*ethtypes.Transaction, error) {
		return p.escrow.Challenge(opts, id, new(big.Int).SetUint64(index))
	})
}

// Answer answers a challenge of leaf i of r, claim id's redemption of the
// receipts anchored as anchorRoot: receiptProof is the inclusion proof of
// the leaf's receipt digest in that tree (ledger/merkle), spec and sig
// the owner's signed job spec whose id is the leaf's job.
func (p *Payments) Answer(ctx context.Context, id, anchorRoot common.Hash, r *Redemption, i int, receiptProof []common.Hash, spec *types.JobSpec, sig []byte) (PaymentTx, error) {
	what := fmt.Sprintf("answering the challenge of leaf %d of claim %s", i, id)
	leaf, proof, err := r.proven(i)
	if err != nil {
		return PaymentTx{}, fmt.Errorf("%s: %w", what, err)
	}
	if spec == nil {
		return PaymentTx{}, fmt.Errorf("%s: no job spec", what)
	}
	words, err := specWords(spec, p.c.chainID)
	if err != nil {
		return PaymentTx{}, fmt.Errorf("%s: %w", what, err)
	}
	a := SkyopsEscrowAnswer{AnchorRoot: anchorRoot, ReceiptProof: hashes(receiptProof), SpecWords: words, Signature: sig}
	return p.send(ctx, what, nil, func(opts *bind.TransactOpts) (*ethtypes.Transaction, error) {
		return p.escrow.Answer(opts, id, leaf, proof, a)
	})
}

// AnswerWorkflow answers a challenge of leaf i of r, as Answer does, for
// a leaf whose job is try try of instance of a workflow: sw and sig are
// the owner's signed workflow, whose types.WorkflowJobID(digest,
// instance, try) is the leaf's job.
func (p *Payments) AnswerWorkflow(ctx context.Context, id, anchorRoot common.Hash, r *Redemption, i int, receiptProof []common.Hash, sw *types.SignedWorkflow, sig []byte, instance, try uint32) (PaymentTx, error) {
	what := fmt.Sprintf("answering the challenge of leaf %d of claim %s (try %d of workflow instance %d)", i, id, try, instance)
	leaf, proof, err := r.proven(i)
	if err != nil {
		return PaymentTx{}, fmt.Errorf("%s: %w", what, err)
	}
	if sw == nil {
		return PaymentTx{}, fmt.Errorf("%s: no workflow", what)
	}
	words, err := sw.Words()
	if err != nil {
		return PaymentTx{}, fmt.Errorf("%s: %w", what, err)
	}
	a := SkyopsEscrowAnswer{AnchorRoot: anchorRoot, ReceiptProof: hashes(receiptProof), SpecWords: words, Signature: sig}
	return p.send(ctx, what, nil, func(opts *bind.TransactOpts) (*ethtypes.Transaction, error) {
		return p.escrow.AnswerWorkflow(opts, id, leaf, proof, a, instance, try)
	})
}

// VoidUnanswered voids claim id after the deadline of its unanswered
// challenge of leaf index, and gives the challenger its bond back (to its
// escrow balance); if the claim was voided otherwise, it only does that.
func (p *Payments) VoidUnanswered(ctx context.Context, id common.Hash, index uint64) (PaymentTx, error) {
	return p.send(ctx, fmt.Sprintf("voiding claim %s for its unanswered challenge of leaf %d", id, index), nil, func(opts *bind.TransactOpts) (*ethtypes.Transaction, error) {
		return p.escrow.VoidUnanswered(opts, id, new(big.Int).SetUint64(index))
	})
}

// OpenChallenges is how many challenges of claim id are unanswered.
func (p *Payments) OpenChallenges(ctx context.Context, id common.Hash) (uint64, error) {
	n, err := p.escrow.OpenChallenges(&bind.CallOpts{Context: ctx}, id)
	if err != nil {
		return 0, fmt.Errorf("reading the open challenges of claim %s: %w", id, err)
	}
	return n.Uint64(), nil
}

// OpenChallenge is a challenge of one leaf of a claim not answered yet:
// its executor must answer by block Deadline, else anyone may void the
// claim after it.
type OpenChallenge struct {
	Index      uint64
	Challenger common.Address
	Deadline   uint64
}

// ChallengesOf reads the challenges of claim id, ready at block readyAt,
// from its claim's block on, and returns those not answered, by index. (A
// challenge voided with its claim is no longer open at the escrow, but
// still listed here; the claim's state says it is over.)
func (p *Payments) ChallengesOf(ctx context.Context, id common.Hash, readyAt uint64) ([]OpenChallenge, error) {
	from, err := p.claimBlock(ctx, readyAt)
	if err != nil {
		return nil, fmt.Errorf("reading the challenges of claim %s: %w", id, err)
	}
	opts := &bind.FilterOpts{Start: from, Context: ctx}
	ch, err := p.escrow.FilterChallenged(opts, [][32]byte{id}, nil)
	if err != nil {
		return nil, fmt.Errorf("reading the challenges of claim %s: %w", id, err)
	}
	defer ch.Close()
	open := map[uint64]OpenChallenge{}
	var order []uint64
	for ch.Next() {
		e := ch.Event
		if !e.Index.IsUint64() || !e.Deadline.IsUint64() {
			continue
		}
		i := e.Index.Uint64()
		if _, seen := open[i]; !seen {
			order = append(order, i)
		}
		open[i] = OpenChallenge{Index: i, Challenger: e.Challenger, Deadline: e.Deadline.Uint64()}
	}
	if err := ch.Error(); err != nil {
		return nil, fmt.Errorf("reading the challenges of claim %s: %w", id, err)
	}
	an, err := p.escrow.FilterAnswered(opts, [][32]byte{id})
	if err != nil {
		return nil, fmt.Errorf("reading the answers of claim %s: %w", id, err)
	}
	defer an.Close()
	for an.Next() {
		if an.Event.Index.IsUint64() {
			delete(open, an.Event.Index.Uint64())
		}
	}
	if err := an.Error(); err != nil {
		return nil, fmt.Errorf("reading the answers of claim %s: %w", id, err)
	}
	var out []OpenChallenge
	for _, i := range order {
		if c, ok := open[i]; ok {
			out = append(out, c)
		}
	}
	return out, nil
}
