package ledger

import (
	"bytes"
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"
	p2pcrypto "github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/skyops/skyops/ledger/merkle"
	"github.com/skyops/skyops/types"
)

// A crash between cutting a batch and anchoring it loses nothing: the
// batch is there after a reopen, with every receipt's proof, and the
// receipts left the queue exactly once.
func TestReceiptBatchesSurviveReopen(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	var keys []ReceiptKey
	digests := map[ReceiptKey]common.Hash{}
	for i := 0; i < 5; i++ {
		k := ReceiptKey{Job: common.BigToHash(big.NewInt(int64(i + 1))), Attempt: 1}
		d := crypto.Keccak256Hash([]byte{byte(i)})
		keys, digests[k] = append(keys, k), d
		if err := s.PutReceipt(k, []byte{byte(i)}, i != 4, d); err != nil { // the last is someone else's
			t.Fatal(err)
		}
		if err := s.PutReceipt(k, []byte{0xff}, true, d); err != nil { // a second store is a no-op
			t.Fatal(err)
		}
	}
	if q, _ := s.QueuedReceipts(); q != 4 {
		t.Fatalf("%d queued, want the 4 own receipts", q)
	}
	b1, err := s.CutBatch(3, 1)
	if err != nil || b1 == nil || len(b1.Receipts) != 3 {
		t.Fatalf("first batch: %+v %v", b1, err)
	}
	s.Close()
	if s, err = Open(dir); err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	b2, err := s.CutBatch(3, 2)
	if err != nil || b2 == nil || len(b2.Receipts) != 1 {
		t.Fatalf("second batch: %+v %v", b2, err)
	}
	if b, err := s.CutBatch(3, 3); b != nil || err != nil {
		t.Fatalf("empty queue cut a batch: %+v %v", b, err)
	}
	batches, _ := s.Batches(context.Background())
	if len(batches) != 2 || batches[0].Anchor != nil || batches[1].Anchor != nil {
		t.Fatalf("batches after reopen: %+v", batches)
	}
	for _, b := range []*Batch{b1, b2} {
		for _, k := range b.Receipts {
			p, err := s.Proof(k)
			if err != nil || p.Root != b.Root || !merkle.Verify(merkle.Leaf(digests[k]), p.Siblings, p.Root) {
				t.Fatalf("proof of %v: %+v %v", k, p, err)
			}
		}
	}
	b1.Anchor = &Anchor{ChainID: 1337, Block: 7}
	if err := s.UpdateBatch(b1); err != nil {
		t.Fatal(err)
	}
	if p, _ := s.Proof(b1.Receipts[0]); p.Anchor == nil || p.Anchor.Block != 7 {
		t.Fatalf("proof does not carry its batch's anchor: %+v", p)
	}
	if _, err := s.Proof(keys[4]); !errors.Is(err, ErrNotFound) {
		t.Fatalf("someone else's receipt has an own proof: %v", err)
	}
	got, _ := s.Receipt(keys[0])
	if len(got) != 1 || got[0] != 0 {
		t.Fatalf("stored receipt %x: the second store overwrote the first", got)
	}
	all, _ := s.ReceiptsOf(keys[2].Job)
	if len(all) != 1 || all[1] == nil {
		t.Fatalf("receipts of a job: %v", all)
	}
}

func testPeer(t *testing.T, seed byte) (peer.ID, types.KeySigner) {
	t.Helper()
	priv, _ := crypto.ToECDSA(append(make([]byte, 31), seed))
	pk, _ := p2pcrypto.UnmarshalSecp256k1PrivateKey(crypto.FromECDSA(priv))
	id, _ := peer.IDFromPrivateKey(pk)
	return id, types.KeySigner{Key: priv}
}

func attempt(t *testing.T) AttemptEvents {
	exec, _ := testPeer(t, 7)
	price, _ := types.ParseETH("0.5")
	return AttemptEvents{
		Spec:  &types.JobSpec{GPUModel: "H100", GPUCount: 2, InputCIDs: []string{"bafyin"}},
		Owner: common.HexToAddress("0x0b"),
		Claim: &types.JobEvent{Type: types.EvClaim, Actor: exec, Attempt: 1, TimeMs: 100, PriceWei: price},
		Start: &types.JobEvent{Type: types.EvStart, Actor: exec, Attempt: 1, TimeMs: 200},
		End: &types.JobEvent{Type: types.EvComplete, Actor: exec, Attempt: 1, TimeMs: 60_300, OutputCID: "bafyout", LogCID: "bafylog",
			Meter: types.Metering{WallMs: 60_000, CPUMs: 50_000, GPUs: 2, EnergyJ: 9, BytesIn: 1, BytesOut: 2}},
	}
}

func TestBuildAndCheckReceipt(t *testing.T) {
	ev := attempt(t)
	job := common.HexToHash("0x0a")
	r, err := BuildReceipt(job, ev, "NVIDIA H100 80GB HBM3")
	if err != nil {
		t.Fatal(err)
	}
	if r.StartMs != 200 || r.EndMs != 60_300 || r.GPUMs != 120_000 || r.CostWei.String() != "16666666666666666" || r.InputCIDs[0] != "bafyin" {
		t.Fatalf("receipt %+v", r)
	}
	if err := CheckReceipt(r, ev); err != nil {
		t.Fatalf("a receipt built from the events contradicts them: %v", err)
	}
	for field, mutate := range map[string]func(r *types.Receipt){
		"bytes out": func(r *types.Receipt) { r.BytesOut++ },
		"output":    func(r *types.Receipt) { r.OutputCID = "bafyother" },
		"price":     func(r *types.Receipt) { r.PriceWei = big.NewInt(1) },
		"start":     func(r *types.Receipt) { r.StartMs = 100 },
		"owner":     func(r *types.Receipt) { r.Owner = common.HexToAddress("0x0c") },
	} {
		bad, _ := BuildReceipt(job, ev, "NVIDIA H100 80GB HBM3")
		mutate(bad)
		if err := CheckReceipt(bad, ev); err == nil || !strings.Contains(err.Error(), field) {
			t.Errorf("changed %s: %v", field, err)
		}
	}
	// A failure before the start: the receipt starts when it ended.
	ev.Start = nil
	ev.End.Type = types.EvFail
	r, err = BuildReceipt(job, ev, "x")
	if err != nil || r.StartMs != r.EndMs || r.Outcome != types.OutcomeFailed {
		t.Fatalf("failed before start: %+v %v", r, err)
	}
	// Another node's result cannot make this node's receipt.
	other, _ := testPeer(t, 8)
	ev.End.Actor = other
	if _, err := BuildReceipt(job, ev, "x"); err == nil {
		t.Fatal("built a receipt from two nodes' events")
	}
	// A GPU job's run that reports no GPUs bills nothing: never its cores
	// at the GPU price.
	ev = attempt(t)
	ev.End.Meter.GPUs = 0
	if r, err := BuildReceipt(job, ev, "NVIDIA H100"); err != nil || r.CostWei.Sign() != 0 || r.GPUModel != "" || r.CoreMs != 0 {
		t.Fatalf("a GPU job without GPUs: %+v %v", r, err)
	}
	// A CPU-only job bills the cores it held for its wall time, at the
	// claim's price per core-hour: 4 cores for a minute at 0.5 ETH.
	ev.Spec = &types.JobSpec{CPUCores: 4, InputCIDs: []string{}}
	r, err = BuildReceipt(job, ev, "NVIDIA H100")
	if err != nil || r.GPUModel != "" || r.Cores != 4 || r.CoreMs != 240_000 || r.CostWei.String() != "33333333333333333" {
		t.Fatalf("CPU-only: %+v %v", r, err)
	}
	if err := CheckReceipt(r, ev); err != nil {
		t.Fatal(err)
	}
	more := *r
	more.Cores, more.CoreMs = 8, 480_000
	more.CostWei = types.CostFor(more.CoreMs, more.PriceWei)
	if err := CheckReceipt(&more, ev); err == nil || !strings.Contains(err.Error(), "cores") {
		t.Errorf("a CPU-only receipt billing more cores than held: %v", err)
	}
	more.CoreMs = 1
	if err := more.Validate(); err == nil {
		t.Error("a receipt whose core time is not cores × wall time validates")
	}
	// A spec without cores holds one.
	ev.Spec.CPUCores = 0
	if r, err := BuildReceipt(job, ev, "x"); err != nil || r.Cores != 1 || r.CoreMs != 60_000 {
		t.Fatalf("CPU-only without cores: %+v %v", r, err)
	}
}

// A job paid in $SKYOPS is receipted in $SKYOPS: the claim's ETH price at
// the governed rate its spec was signed under. A receipt at another rate,
// or one that says ETH, contradicts the events; without the rate there is
// no receipt.
func TestSkyopsReceipt(t *testing.T) {
	ev := attempt(t)
	ev.Spec.PaymentToken = types.PaySKYOPS
	job := common.HexToHash("0x0a")
	if _, err := BuildReceipt(job, ev, "NVIDIA H100"); err == nil {
		t.Fatal("built a $SKYOPS receipt without the rate")
	}
	ev.MicroSkyopsPerETH = 2500 * 1e6 // 2,500 $SKYOPS per ETH
	r, err := BuildReceipt(job, ev, "NVIDIA H100")
	if err != nil {
		t.Fatal(err)
	}
	// 0.5 ETH per GPU-hour is 1,250 $SKYOPS; 2 GPUs for a minute, 1/30 of that.
	if r.Token != types.PaySKYOPS || r.PriceWei.String() != "1250000000000000000000" || r.CostWei.String() != "41666666666666666666" {
		t.Fatalf("$SKYOPS receipt: token %q, price %s, cost %s", r.Token, r.PriceWei, r.CostWei)
	}
	if err := CheckReceipt(r, ev); err != nil {
		t.Fatal(err)
	}
	other := ev
	other.MicroSkyopsPerETH = 1000 * 1e6
	if err := CheckReceipt(r, other); err == nil || !strings.Contains(err.Error(), "price") {
		t.Errorf("a receipt at another rate: %v", err)
	}
	asETH := *r
	asETH.Token = ""
	if err := CheckReceipt(&asETH, ev); err == nil || !strings.Contains(err.Error(), "token") {
		t.Errorf("a $SKYOPS job's receipt that says ETH: %v", err)
	}
	bad := *r
	bad.Token = "DOGE"
	if err := bad.Validate(); err == nil {
		t.Error("a receipt in an unknown token validates")
	}
	// An ETH receipt encodes as before the token existed: its digest and
	// every anchored root stay what they were.
	ethEv := attempt(t)
	er, _ := BuildReceipt(job, ethEv, "NVIDIA H100")
	type before struct {
		Job                                                          common.Hash
		Attempt                                                      uint32
		Owner, Executor                                              common.Address
		Outcome                                                      uint8
		ExitCode                                                     uint32
		InputCIDs                                                    []string
		OutputCID, LogCID, TelemetryCID                              string
		StartMs, EndMs                                               uint64
		GPUModel                                                     string
		GPUs                                                         uint32
		GPUMs, EnergyJ, WallMs, CPUMs, PeakRAMMiB, BytesIn, BytesOut uint64
		PriceWei, CostWei                                            *big.Int
	}
	old := before{er.Job, er.Attempt, er.Owner, er.Executor, er.Outcome, er.ExitCode, er.InputCIDs, er.OutputCID, er.LogCID, er.TelemetryCID,
		er.StartMs, er.EndMs, er.GPUModel, er.GPUs, er.GPUMs, er.EnergyJ, er.WallMs, er.CPUMs, er.PeakRAMMiB, er.BytesIn, er.BytesOut, er.PriceWei, er.CostWei}
	a, _ := rlp.EncodeToBytes(er)
	b, _ := rlp.EncodeToBytes(&old)
	if !bytes.Equal(a, b) {
		t.Error("an ETH receipt's encoding changed with the token field")
	}
	sr, _ := rlp.EncodeToBytes(r)
	var back types.Receipt
	if err := rlp.DecodeBytes(sr, &back); err != nil || back.Token != types.PaySKYOPS {
		t.Errorf("a $SKYOPS receipt round-trips as %q, %v", back.Token, err)
	}
}

// A run its owner cancelled is receipted from the executor's stop report:
// outcome cancelled, metered until the stop; a stop report without the
// owner's cancel, or for a run that never started, makes no receipt.
func TestCancelledRunReceipt(t *testing.T) {
	job := common.HexToHash("0x0a")
	stopped := func() AttemptEvents {
		ev := attempt(t)
		ev.End = &types.JobEvent{Type: types.EvProgress, Actor: ev.Claim.Actor, Attempt: 1, TimeMs: 42_300, Reason: StopReasonCancelled,
			Meter: types.Metering{WallMs: 42_000, CPUMs: 41_000, GPUs: 2, EnergyJ: 5, BytesIn: 1}}
		ev.End.SetExit(-1)
		ev.Cancel = &types.JobEvent{Type: types.EvCancel, TimeMs: 42_100, OwnerSig: []byte{1}}
		return ev
	}
	ev := stopped()
	r, err := BuildReceipt(job, ev, "NVIDIA H100 80GB HBM3")
	if err != nil {
		t.Fatal(err)
	}
	if r.Outcome != types.OutcomeCancelled || r.StartMs != 200 || r.EndMs != 42_300 || r.GPUMs != 84_000 || r.CostWei.Sign() <= 0 || int32(r.ExitCode) != -1 {
		t.Fatalf("receipt of a cancelled run: %+v", r)
	}
	if err := CheckReceipt(r, ev); err != nil {
		t.Fatalf("a cancelled run's receipt contradicts its events: %v", err)
	}
	r.Outcome = types.OutcomeCompleted
	if err := CheckReceipt(r, ev); err == nil || !strings.Contains(err.Error(), "outcome") {
		t.Fatalf("a cancelled run receipted as completed: %v", err)
	}
	for name, mutate := range map[string]func(*AttemptEvents){
		"no cancel":        func(ev *AttemptEvents) { ev.Cancel = nil },
		"never started":    func(ev *AttemptEvents) { ev.Start = nil },
		"plain progress":   func(ev *AttemptEvents) { ev.End.Reason = "" },
		"nothing metered":  func(ev *AttemptEvents) { ev.End.Meter = types.Metering{} },
		"cancel not valid": func(ev *AttemptEvents) { ev.Cancel.Type = types.EvFail },
		"ran on long after the cancel": func(ev *AttemptEvents) {
			ev.End.TimeMs = ev.Cancel.TimeMs + StopGraceMs + 1
			ev.End.Meter.WallMs = ev.End.TimeMs - ev.Start.TimeMs
		},
	} {
		ev := stopped()
		mutate(&ev)
		if r, err := BuildReceipt(job, ev, "x"); err == nil {
			t.Errorf("%s: built %+v", name, r)
		}
	}
}
