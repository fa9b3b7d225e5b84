package types

import (
	"bytes"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rlp"
)

func sampleReceipt(k testKey) *Receipt {
	price, _ := ParseETH("0.5")
	r := &Receipt{
		Job: common.HexToHash("0x0a"), Attempt: 1, Owner: common.HexToAddress("0x0b"), Executor: k.Address(),
		Outcome: OutcomeCompleted, InputCIDs: []string{}, OutputCID: "bafyout", LogCID: "bafylog",
		StartMs: 1_700_000_000_000, EndMs: 1_700_000_060_000, GPUModel: "NVIDIA H100", GPUs: 2, WallMs: 60_000,
		GPUMs: 120_000, EnergyJ: 42_000, CPUMs: 59_000, BytesIn: 10, BytesOut: 20, PriceWei: price,
	}
	r.CostWei = CostFor(r.GPUMs, r.PriceWei)
	return r
}

func TestCostIsFixedPoint(t *testing.T) {
	price, _ := ParseETH("0.5")
	// Two GPUs for one minute at 0.5 ETH per GPU-hour: 1/60 ETH, rounded down to the wei.
	if got, want := CostFor(120_000, price).String(), "16666666666666666"; got != want {
		t.Fatalf("cost %s, want %s", got, want)
	}
	if CostFor(0, price).Sign() != 0 || CostFor(1000, nil).Sign() != 0 {
		t.Fatal("no GPU time or no price must cost nothing")
	}
}

func TestReceiptRoundTripAndRejects(t *testing.T) {
	k, other := newTestKey(t, 1), newTestKey(t, 2)
	data, err := SealReceipt("n", sampleReceipt(k), k)
	if err != nil {
		t.Fatal(err)
	}
	op, err := OpenReceipt("n", data)
	if err != nil || op.Receipt.Executor != k.Address() || op.Receipt.CostWei.String() != sampleReceipt(k).CostWei.String() {
		t.Fatalf("round trip: %+v %v", op, err)
	}
	if op.Digest != SigningHash("n", KindReceipt, mustRLP(t, op.Receipt)) {
		t.Fatal("digest is not the signing hash of the body")
	}
	if _, err := SealReceipt("n", sampleReceipt(k), other); !errors.Is(err, ErrWrongSigner) {
		t.Fatalf("sealing another executor's receipt: %v", err)
	}
	// Signed by someone else than the executor it names.
	forged, _ := Seal("n", KindReceipt, sampleReceipt(k), other)
	if _, err := OpenReceipt("n", forged); !errors.Is(err, ErrWrongSigner) {
		t.Fatalf("forged receipt: %v", err)
	}
	if _, err := OpenReceipt("other-net", data); !errors.Is(err, ErrWrongSigner) {
		t.Fatalf("receipt replayed on another network: %v", err)
	}
	for name, mutate := range map[string]func(r *Receipt){
		"cost":      func(r *Receipt) { r.CostWei = new(big.Int).Add(r.CostWei, big.NewInt(1)) },
		"gpu time":  func(r *Receipt) { r.GPUMs++ },
		"no job":    func(r *Receipt) { r.Job = common.Hash{} },
		"attempt 0": func(r *Receipt) { r.Attempt = 0 },
		"outcome":   func(r *Receipt) { r.Outcome = 7 },
		"backwards": func(r *Receipt) { r.EndMs = r.StartMs - 1 },
		"no price":  func(r *Receipt) { r.PriceWei = nil },
		"huge":      func(r *Receipt) { r.PriceWei = new(big.Int).Lsh(big.NewInt(1), 130) },
	} {
		r := sampleReceipt(k)
		mutate(r)
		if _, err := SealReceipt("n", r, k); !errors.Is(err, ErrMalformed) {
			t.Errorf("%s: sealed: %v", name, err)
		}
		if name == "no price" {
			continue // RLP cannot carry a nil big.Int
		}
		raw, _ := Seal("n", KindReceipt, r, k)
		if _, err := OpenReceipt("n", raw); !errors.Is(err, ErrMalformed) {
			t.Errorf("%s: opened: %v", name, err)
		}
	}
	oversize := append(data, make([]byte, MaxReceiptSize)...)
	if _, err := OpenReceipt("n", oversize); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("oversize: %v", err)
	}
	if _, err := OpenReceipt("n", append(append([]byte{}, data...), 0)); err == nil {
		t.Fatal("trailing byte accepted")
	}
}

func mustRLP(t *testing.T, v any) []byte {
	t.Helper()
	b, err := rlp.EncodeToBytes(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// FuzzOpenReceipt: no input crashes the decoder; what it accepts is
// canonical and self-consistent.
func FuzzOpenReceipt(f *testing.F) {
	k := newTestKey(f, 1)
	good, err := SealReceipt("fuzz", sampleReceipt(k), k)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(good)
	f.Add([]byte{0xc0})
	f.Fuzz(func(t *testing.T, data []byte) {
		op, err := OpenReceipt("fuzz", data)
		if err != nil {
			return
		}
		if err := op.Receipt.Validate(); err != nil {
			t.Fatalf("accepted an invalid receipt: %v", err)
		}
		var s Signed
		if err := rlp.DecodeBytes(data, &s); err != nil || !bytes.Equal(s.Body, mustRLP(t, op.Receipt)) {
			t.Fatal("accepted a non-canonical receipt")
		}
	})
}

// BenchmarkSealReceipt and BenchmarkOpenReceipt: receipts signed and
// verified per second by one core.
func BenchmarkSealReceipt(b *testing.B) {
	k := newTestKey(b, 1)
	r := sampleReceipt(k)
	for b.Loop() {
		if _, err := SealReceipt("bench", r, k); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "receipts/s")
}

func BenchmarkOpenReceipt(b *testing.B) {
	k := newTestKey(b, 1)
	data, _ := SealReceipt("bench", sampleReceipt(k), k)
	for b.Loop() {
		if _, err := OpenReceipt("bench", data); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "receipts/s")
}

// A stored receipt decodes to what OpenReceipt gave, without the
// signature recovery; what is not a well-formed receipt is still refused.
func TestDecodeStoredReceipt(t *testing.T) {
	k := newTestKey(t, 1)
	data, err := SealReceipt("n", sampleReceipt(k), k)
	if err != nil {
		t.Fatal(err)
	}
	op, _ := OpenReceipt("n", data)
	r, err := DecodeStoredReceipt(data)
	if err != nil || !bytes.Equal(mustRLP(t, r), mustRLP(t, op.Receipt)) {
		t.Fatalf("stored receipt decodes to %+v, %v; opened %+v", r, err, op.Receipt)
	}
	bad := sampleReceipt(k)
	bad.CostWei = big.NewInt(1) // contradicts its own GPU time and price
	badBody, _ := rlp.EncodeToBytes(bad)
	for name, in := range map[string][]byte{
		"garbage":      []byte("not rlp"),
		"too large":    make([]byte, MaxReceiptSize+1),
		"other kind":   mustEnvelope(t, KindJobEvent, mustRLP(t, op.Receipt)),
		"invalid body": mustEnvelope(t, KindReceipt, badBody),
	} {
		if _, err := DecodeStoredReceipt(in); err == nil {
			t.Errorf("%s: decoded", name)
		}
	}
}

func mustEnvelope(t testing.TB, kind Kind, body []byte) []byte {
	t.Helper()
	out, err := rlp.EncodeToBytes(&Signed{Version: WireVersion, Kind: kind, Body: body, Sig: make([]byte, 65)})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// What a bill or an earnings statement pays per stored receipt.
// go test ./types -run '^$' -bench 'StoredReceipt' -benchmem
func BenchmarkStoredReceipt(b *testing.B) {
	k := newTestKey(b, 1)
	data, err := SealReceipt("n", sampleReceipt(k), k)
	if err != nil {
		b.Fatal(err)
	}
	b.Run("open", func(b *testing.B) {
		for range b.N {
			if _, err := OpenReceipt("n", data); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("decode-stored", func(b *testing.B) {
		for range b.N {
			if _, err := DecodeStoredReceipt(data); err != nil {
				b.Fatal(err)
			}
		}
	})
}
