package node

import (
	"context"
	"encoding/json"
	"math/big"
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/skyops/skyops/api"
	"github.com/skyops/skyops/ledger"
	"github.com/skyops/skyops/types"
)

// Receipts answers GET /v1/jobs/{id}/receipts.
func (n *Node) Receipts(ctx context.Context, ref string) ([]api.Receipt, error) {
	j, err := n.findJob(ref)
	if err != nil {
		return nil, err
	}
	bundles, err := n.jobReceipts(ctx, j)
	if err != nil {
		return nil, err
	}
	out := make([]api.Receipt, 0, len(bundles))
	for _, b := range bundles {
		r, err := n.receiptInfo(b)
		if err != nil {
			return nil, err
		}
		out = append(out, *r)
	}
	return out, nil
}

func (n *Node) receiptInfo(b *ledger.Bundle) (*api.Receipt, error) {
	op, err := types.OpenReceipt(b.Network, b.Receipt)
	if err != nil {
		return nil, err
	}
	r := op.Receipt
	out := &api.Receipt{
		Network:    b.Network,
		Receipt:    "0x" + common.Bytes2Hex(b.Receipt),
		Job:        r.Job.Hex(),
		Attempt:    r.Attempt,
		Owner:      r.Owner.Hex(),
		Executor:   r.Executor.Hex(),
		Outcome:    outcomeName(r.Outcome),
		ExitCode:   int32(r.ExitCode),
		Inputs:     nonNil(r.InputCIDs),
		Output:     r.OutputCID,
		Log:        r.LogCID,
		Telemetry:  r.TelemetryCID,
		Start:      api.At(time.UnixMilli(int64(r.StartMs))),
		End:        api.At(time.UnixMilli(int64(r.EndMs))),
		WallMs:     r.WallMs,
		CPUMs:      r.CPUMs,
		PeakRAMMiB: r.PeakRAMMiB,
		GPUModel:   r.GPUModel,
		GPUs:       r.GPUs,
		GPUMs:      r.GPUMs,
		Cores:      r.Cores,
		CoreMs:     r.CoreMs,
		EnergyJ:    r.EnergyJ,
		BytesIn:    r.BytesIn,
		BytesOut:   r.BytesOut,
		Token:      r.PaysIn(),
		PriceWei:   r.PriceWei.String(),
		CostWei:    r.CostWei.String(),
	}
	// Price and cost are in the job's payment token, shown in it alone.
	if r.PaysIn() == types.PaySKYOPS {
		out.PriceSKYOPS, out.CostSKYOPS = types.FormatETH(r.PriceWei), types.FormatETH(r.CostWei)
	} else {
		out.PriceETH, out.CostETH = types.FormatETH(r.PriceWei), types.FormatETH(r.CostWei)
	}
	if b.Proof != nil {
		out.Proof, _ = json.Marshal(b.Proof)
		out.Root = b.Proof.Root.Hex()
		if a := b.Proof.Anchor; a != nil {
			out.Anchored, out.Block, out.TxHash, out.ChainID, out.Contract = true, a.Block, a.TxHash.Hex(), a.ChainID, a.Contract.Hex()
		}
	}
	return out, nil
}

func outcomeName(o uint8) string {
	switch o {
	case types.OutcomeCompleted:
		return "completed"
	case types.OutcomeCancelled:
		return "cancelled"
	}
	return "failed"
}

// Verify answers GET /v1/jobs/{id}/verify: every receipt of the job,
// checked here against the job's events, the blobs held here, the proof
// and the chain.
func (n *Node) Verify(ctx context.Context, ref string) ([]api.Verification, error) {
	j, err := n.findJob(ref)
	if err != nil {
		return nil, err
	}
	bundles, err := n.jobReceipts(ctx, j)
	if err != nil {
		return nil, err
	}
	if len(bundles) == 0 {
		n.mu.Lock()
		state := j.State
		n.mu.Unlock()
		if !state.Terminal() {
			return nil, api.Errorf("not_found", "job %s is %s: a receipt is signed when an attempt ends", short(j.ID), state)
		}
		return nil, api.Errorf("not_found", "this daemon holds no receipt of job %s yet: ask again in a moment, or ask another peer", short(j.ID))
	}
	out := make([]api.Verification, 0, len(bundles))
	for _, b := range bundles {
		out = append(out, n.verifyBundle(ctx, b).API())
	}
	return out, nil
}

// Bill answers GET /v1/bill: the receipts of owner's jobs that ended since.
func (n *Node) Bill(ctx context.Context, owner string, since time.Time) (*api.Statement, error) {
	who := common.HexToAddress(owner)
	return n.statement(ctx, who, since, func(r *types.Receipt) bool { return r.Owner == who })
}

// Earnings answers GET /v1/earnings: this node's receipts since.
func (n *Node) Earnings(ctx context.Context, since time.Time) (*api.Statement, error) {
	me := n.key.Address()
	return n.statement(ctx, me, since, func(r *types.Receipt) bool { return r.Executor == me })
}

// maxStatementFetches bounds the proofs one statement asks other daemons
// for: a long bill answers, telling the rest as not anchored yet.
const maxStatementFetches = 32

func (n *Node) statement(ctx context.Context, who common.Address, since time.Time, mine func(*types.Receipt) bool) (*api.Statement, error) {
	rate := n.paramsNow().MicroSkyopsPerETH
	st := &api.Statement{Who: who.Hex(), Since: api.At(since), Lines: []api.StatementLine{},
		SkyopsPerETH: types.FormatETH(new(big.Int).Mul(new(big.Int).SetUint64(rate), big.NewInt(1e12)))}
	total := map[string]*big.Int{types.PayETH: new(big.Int), types.PaySKYOPS: new(big.Int)}
	sinceMs := uint64(max(since.UnixMilli(), 0))
	settle := n.settlements()
	fetched := 0
	err := n.store.Receipts(ctx, func(k ledger.ReceiptKey, sealed []byte) error {
		// Its signature was checked before it was stored.
		r, err := types.DecodeStoredReceipt(sealed)
		if err != nil {
			return nil // stored before a check that now refuses it: not billable
		}
		if !mine(r) || r.EndMs < sinceMs {
			return nil
		}
		anchored := false
		var set settlement
		if p, err := n.store.Proof(k); err == nil && p.Anchor != nil {
			anchored = true
			set = settle.of(ctx, r, p.Root)
		} else if r.Executor != n.key.Address() && fetched < maxStatementFetches {
			// Another's receipt without its proof here: ask its executor
			// (bundle keeps what it fetches), to tell its settlement.
			fetched++
			bctx, cancel := context.WithTimeout(ctx, 5*time.Second)
			if b, err := n.bundle(bctx, k); err == nil && b.Proof != nil && b.Proof.Anchor != nil {
				anchored = true
				set = settle.of(ctx, r, b.Proof.Root)
			}
			cancel()
		}
		total[r.PaysIn()].Add(total[r.PaysIn()], r.CostWei)
		line := api.StatementLine{
			Settlement: set.stateOf(r), Settled: set.pays(r), TxHash: set.tx,
			Job: r.Job.Hex(), Attempt: r.Attempt, End: api.At(time.UnixMilli(int64(r.EndMs))),
			Outcome: outcomeName(r.Outcome), Owner: r.Owner.Hex(), Executor: r.Executor.Hex(),
			GPUModel: r.GPUModel, GPUs: r.GPUs, GPUMs: r.GPUMs, Cores: r.Cores, CoreMs: r.CoreMs,
			Token: r.PaysIn(), CostWei: r.CostWei.String(), Anchored: anchored,
		}
		if r.PaysIn() == types.PaySKYOPS {
			line.CostSKYOPS = types.FormatETH(r.CostWei)
		} else {
			line.CostETH = types.FormatETH(r.CostWei)
		}
		st.Lines = append(st.Lines, line)
		return nil
	})
	if err != nil {
		return nil, err
	}
	// By end time: a statement reads in the order things happened.
	slices.SortFunc(st.Lines, func(a, b api.StatementLine) int {
		if c := a.End.Compare(b.End.Time); c != 0 {
			return c
		}
		return strings.Compare(a.Job, b.Job)
	})
	eth, sky := total[types.PayETH], total[types.PaySKYOPS]
	st.TotalWei, st.TotalETH = eth.String(), types.FormatETH(eth)
	st.TotalSKYOPSWei, st.TotalSKYOPS = sky.String(), types.FormatETH(sky)
	return st, nil
}
