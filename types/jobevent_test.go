package types

import (
	"bytes"
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rlp"
)

func sampleEvent(k testKey) *JobEvent {
	return &JobEvent{Job: common.HexToHash("0x01"), Type: EvClaim, Actor: k.id, Attempt: 1, TimeMs: 1_700_000_000_000,
		AdvertSeq: 9, Reputation: 1000, PriceWei: big.NewInt(5), Locality: 0, Fit: 3}
}

func TestJobEventRoundTripAndRejects(t *testing.T) {
	k, other := newTestKey(t, 1), newTestKey(t, 2)
	data, err := SealJobEvent("n", sampleEvent(k), k)
	if err != nil {
		t.Fatal(err)
	}
	e, err := OpenJobEvent("n", data)
	if err != nil || e.Actor != k.id || e.AdvertSeq != 9 || e.PriceWei.Int64() != 5 {
		t.Fatalf("round trip: %+v %v", e, err)
	}
	if _, err := SealJobEvent("n", sampleEvent(k), other); !errors.Is(err, ErrWrongSigner) {
		t.Fatalf("sealing another's event: %v", err)
	}
	neg := sampleEvent(k)
	neg.SetExit(-1)
	if neg.Exit() != -1 {
		t.Fatalf("exit -1 stored as %d", neg.Exit())
	}
	forged := func() []byte {
		body, _ := rlp.EncodeToBytes(sampleEvent(k))
		h := SigningHash("n", KindJobEvent, body)
		sig, _ := other.Sign(h[:])
		out, _ := rlp.EncodeToBytes(&Signed{Version: WireVersion, Kind: KindJobEvent, Body: body, Sig: sig})
		return out
	}()
	noAttempt := sampleEvent(k)
	noAttempt.Attempt = 0
	badType := sampleEvent(k)
	badType.Type = 99
	cases := []struct {
		name string
		net  string
		data []byte
		want error
	}{
		{"other network", "m", data, ErrWrongSigner},
		{"forged actor", "n", forged, ErrWrongSigner},
		{"an advert is not an event", "n", mustSealAdvert(t, k), ErrKind},
		{"claim without attempt", "n", mustSeal(t, noAttempt, k), ErrMalformed},
		{"unknown type", "n", mustSeal(t, badType, k), ErrMalformed},
		{"oversized", "n", make([]byte, MaxJobEventSize+1), ErrTooLarge},
		{"trailing byte", "n", append(append([]byte{}, data...), 0), ErrMalformed},
	}
	for _, c := range cases {
		if _, err := OpenJobEvent(c.net, c.data); !errors.Is(err, c.want) {
			t.Errorf("%s: %v, want %v", c.name, err, c.want)
		}
	}
}

func mustSeal(t testing.TB, e *JobEvent, k testKey) []byte {
	out, err := Seal("n", KindJobEvent, e, k)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func mustSealAdvert(t testing.TB, k testKey) []byte {
	out, err := SealAdvert("n", sampleAdvert(k.id), k)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// FuzzOpenJobEvent: no input crashes the decoder; what it accepts is
// canonical.
func FuzzOpenJobEvent(f *testing.F) {
	k := newTestKey(f, 1)
	good, err := SealJobEvent("fuzz", sampleEvent(k), k)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(good)
	f.Add([]byte{0xc0})
	sub := sampleSubmit(k)
	if b, err := SealJobEvent("fuzz", sub, k); err == nil {
		f.Add(b)
	}
	for _, bad := range hostileCoords() {
		sub := sampleSubmit(k)
		sub.HomeCoord = bad.c
		if raw, err := Seal("fuzz", KindJobEvent, sub, k); err == nil {
			f.Add(raw)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		e, err := OpenJobEvent("fuzz", data)
		if err != nil {
			return
		}
		body, err := rlp.EncodeToBytes(e)
		if err != nil {
			t.Fatal(err)
		}
		var s Signed
		if err := rlp.DecodeBytes(data, &s); err != nil || !bytes.Equal(s.Body, body) {
			t.Fatal("accepted a non-canonical event")
		}
		if e.HomeCoord != nil && (e.Type != EvSubmit || e.HomeCoord.Validate() != nil) {
			t.Fatalf("accepted a home coordinate it should refuse: %+v", e)
		}
	})
}

func sampleSubmit(k testKey) *JobEvent {
	return &JobEvent{Job: common.HexToHash("0x01"), Type: EvSubmit, Actor: k.id, TimeMs: 1_700_000_000_000,
		Spec: []byte(`{}`), OwnerSig: make([]byte, 65), HomeCoord: sampleCoord()}
}

// A submit carries its home's coordinate; no other event may, and an
// out-of-range one is refused when opened.
func TestJobEventHomeCoord(t *testing.T) {
	k := newTestKey(t, 1)
	data, err := SealJobEvent("n", sampleSubmit(k), k)
	if err != nil {
		t.Fatal(err)
	}
	e, err := OpenJobEvent("n", data)
	if err != nil || e.HomeCoord == nil || e.HomeCoord.Component(0) != -3500 {
		t.Fatalf("round trip: %+v %v", e, err)
	}
	claim := sampleEvent(k)
	claim.HomeCoord = sampleCoord()
	if _, err := SealJobEvent("n", claim, k); !errors.Is(err, ErrMalformed) || !strings.Contains(err.Error(), "only a submit") {
		t.Fatalf("claim with a coordinate: %v", err)
	}
	for _, bad := range hostileCoords() {
		sub := sampleSubmit(k)
		sub.HomeCoord = bad.c
		raw, err := Seal("n", KindJobEvent, sub, k)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := OpenJobEvent("n", raw); !errors.Is(err, ErrMalformed) || !strings.Contains(err.Error(), bad.want) {
			t.Errorf("%s: %v", bad.name, err)
		}
	}
}

// A complete event that forwards outputs (a field after the optional
// home coordinate) opens as it was sealed: the coordinate stays nil.
func TestForwardingCompleteRoundTrips(t *testing.T) {
	signer := newTestKey(t, 3)
	e := &JobEvent{Job: common.Hash{1}, Type: EvComplete, Actor: signer.id, Attempt: 1, TimeMs: 5, ForwardCID: "bafkforward"}
	raw, err := SealJobEvent("t", e, signer)
	if err != nil {
		t.Fatal(err)
	}
	got, err := OpenJobEvent("t", raw)
	if err != nil {
		t.Fatalf("open: %v", err)
	}
	if got.ForwardCID != "bafkforward" || got.HomeCoord != nil {
		t.Fatalf("opened %+v", got)
	}
	e.Type = EvFail
	if _, err := SealJobEvent("t", e, signer); err == nil {
		t.Fatal("a fail event forwarding outputs was sealed")
	}
}
