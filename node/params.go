package node

import (
	"context"
	"math/big"
	"slices"
	"strconv"
	"time"

	"github.com/skyops/skyops/api"
	"github.com/skyops/skyops/ledger/chain"
	"github.com/skyops/skyops/sched"
)

// paramsLoop reads the network's governed parameter changes from the
// parameters contract the escrow names, every BondPoll, and hands the
// brain the whole list when it changed. A chain that is down keeps the
// last list (a change is scheduled with notice, so one missed read does
// not make this peer rank a job differently).
func (n *Node) paramsLoop(ctx context.Context) {
	n.readParams(ctx)
	tick(ctx, n.cfg.BondPoll, func() { n.readParams(ctx) })
}

func (n *Node) readParams(ctx context.Context) {
	_, pay, err := n.paymentsChain()
	if err != nil || pay == nil || pay.Params() == nil {
		return
	}
	cctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	changes, err := pay.Params().Changes(cctx)
	if err != nil {
		n.metrics.chainError(ctx, "params")
		n.log.Debug("reading the governed parameters (keeping the last list)", "err", err)
		return
	}
	list := make([]sched.ParamChange, 0, len(changes))
	for _, c := range changes {
		if !c.Value.IsUint64() || c.FromTime > (1<<63)/1000 {
			continue // outside what the contract allows: the brain would drop it too
		}
		list = append(list, sched.ParamChange{Name: c.Name, Value: c.Value.Uint64(), FromMs: c.FromTime * 1000})
	}
	n.paramsMu.Lock()
	same := n.paramsRead && slices.Equal(n.params, list)
	n.params, n.paramsRead = list, true
	n.paramsMu.Unlock()
	if same {
		return
	}
	n.drive.Step(sched.Msg{Type: sched.MsgParams, Params: list, NowMs: uint64(time.Now().UnixMilli())})
	n.stepSoon()
	n.log.Info("governed parameters read", "changes", len(list), "contract", pay.Params().Address())
}

// Params answers GET /v1/params: the parameters contract, every change it
// holds, and the values in effect for a job created now.
func (n *Node) Params(ctx context.Context) (*api.ParamsInfo, error) {
	_, pay, err := n.paymentsChain()
	if err != nil {
		return nil, err
	}
	now := time.Now()
	out := &api.ParamsInfo{Changes: []api.ParamChange{}}
	n.paramsMu.Lock()
	list := slices.Clone(n.params)
	n.paramsMu.Unlock()
	cur := n.paramsNow()
	for _, c := range list {
		in := c.FromMs <= uint64(now.UnixMilli())
		out.Changes = append(out.Changes, api.ParamChange{Name: c.Name, Value: new(big.Int).SetUint64(c.Value).String(),
			From: api.At(time.UnixMilli(int64(c.FromMs))), InEffect: in})
	}
	out.Current = make(map[string]string, len(sched.ParamNames()))
	for _, name := range sched.ParamNames() {
		v, _ := cur.Value(name)
		out.Current[name] = strconv.FormatUint(v, 10)
	}
	if pay != nil && pay.Params() != nil {
		p := pay.Params()
		out.Contract, out.Governor, out.NoticeSeconds = p.Address().Hex(), p.Governor().Hex(), p.Notice()
		out.DevGovernor = p.Governor() == chain.DevFaucet()
	}
	return out, nil
}

// paramsNow are the governed values a job signed now is priced and ranked
// with, as the brain holds them.
func (n *Node) paramsNow() sched.Params {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.brain.ParamsAt(uint64(time.Now().UnixMilli()))
}
