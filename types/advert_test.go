package types

import (
	"bytes"
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"
	p2pcrypto "github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
)

type testKey struct {
	KeySigner
	id peer.ID
}

func newTestKey(t testing.TB, seed byte) testKey {
	t.Helper()
	priv, err := crypto.ToECDSA(bytes.Repeat([]byte{seed}, 32))
	if err != nil {
		t.Fatal(err)
	}
	pk, err := p2pcrypto.UnmarshalSecp256k1PrivateKey(crypto.FromECDSA(priv))
	if err != nil {
		t.Fatal(err)
	}
	id, err := peer.IDFromPrivateKey(pk)
	if err != nil {
		t.Fatal(err)
	}
	return testKey{KeySigner{priv}, id}
}

func sampleAdvert(id peer.ID) *Advert {
	return &Advert{
		Node:     id,
		Seq:      7,
		TimeMs:   1_700_000_000_000,
		Addrs:    []string{"/ip4/127.0.0.1/tcp/4001"},
		GPUs:     []GPUGroup{{Model: "NVIDIA A100-SXM4-40GB", MemoryMiB: 40960, Total: 8, Free: 6, Simulated: true}},
		CPUCores: 64,
		RAMMiB:   1 << 20,
		DiskMiB:  1 << 22,
		Runtimes: []string{"wasm"},
		PriceWei: big.NewInt(5e17),
		Region:   "eu-west",
		Jobs:     []string{},
		CIDs:     []string{},
		Agent:    "skyopsd/test",
	}
}

func TestAdvertRoundTrip(t *testing.T) {
	k := newTestKey(t, 1)
	a := sampleAdvert(k.id)
	data, err := SealAdvert("testnet", a, k)
	if err != nil {
		t.Fatal(err)
	}
	got, err := OpenAdvert("testnet", data)
	if err != nil {
		t.Fatal(err)
	}
	if got.Node != a.Node || got.Seq != 7 || got.GPUs[0] != a.GPUs[0] || got.PriceWei.Cmp(a.PriceWei) != 0 || got.Region != "eu-west" {
		t.Fatalf("round trip changed the advert: %+v", got)
	}
	if !got.Simulated() {
		t.Fatal("simulated flag lost")
	}
	if tot, free := got.GPUTotals(); tot != 8 || free != 6 {
		t.Fatalf("totals = %d/%d", tot, free)
	}
}

func TestAdvertSealRefusesOthersNode(t *testing.T) {
	a, b := newTestKey(t, 1), newTestKey(t, 2)
	if _, err := SealAdvert("testnet", sampleAdvert(a.id), b); !errors.Is(err, ErrWrongSigner) {
		t.Fatalf("sealing another node's advert: got %v, want ErrWrongSigner", err)
	}
}

func TestAdvertRejects(t *testing.T) {
	k := newTestKey(t, 1)
	other := newTestKey(t, 2)
	good, err := SealAdvert("testnet", sampleAdvert(k.id), k)
	if err != nil {
		t.Fatal(err)
	}
	reseal := func(mut func(*Signed)) []byte {
		var s Signed
		if err := rlp.DecodeBytes(good, &s); err != nil {
			t.Fatal(err)
		}
		mut(&s)
		out, err := rlp.EncodeToBytes(&s)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	// An advert for k's node, signed correctly but by other's key.
	forged := func() []byte {
		body, _ := rlp.EncodeToBytes(sampleAdvert(k.id))
		h := SigningHash("testnet", KindAdvert, body)
		sig, _ := other.Sign(h[:])
		out, _ := rlp.EncodeToBytes(&Signed{Version: WireVersion, Kind: KindAdvert, Body: body, Sig: sig})
		return out
	}()
	sealBody := func(a *Advert) []byte {
		out, err := Seal("testnet", KindAdvert, a, k)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	huge := sampleAdvert(k.id)
	for i := 0; i < 600; i++ {
		huge.Jobs = append(huge.Jobs, strings.Repeat("j", 200))
	}
	tooManyFree := sampleAdvert(k.id)
	tooManyFree.GPUs[0].Free = 9
	ctrl := sampleAdvert(k.id)
	ctrl.Region = "eu\x1b[31m"
	zeroSeq := sampleAdvert(k.id)
	zeroSeq.Seq = 0
	highS := reseal(func(s *Signed) {
		// (r, n-s, v^1) is the same signature's malleable twin.
		n := crypto.S256().Params().N
		sv := new(big.Int).SetBytes(s.Sig[32:64])
		sv.Sub(n, sv)
		copy(s.Sig[32:64], sv.FillBytes(make([]byte, 32)))
		s.Sig[64] ^= 1
	})

	cases := []struct {
		name string
		net  string
		data []byte
		want error
	}{
		{"empty", "testnet", nil, ErrMalformed},
		{"garbage", "testnet", []byte("hello, world"), ErrMalformed},
		{"trailing bytes", "testnet", append(append([]byte{}, good...), 0x00), ErrMalformed},
		{"truncated", "testnet", good[:len(good)-3], ErrMalformed},
		{"oversized", "testnet", make([]byte, MaxAdvertSize+1), ErrTooLarge},
		{"oversized advert", "testnet", sealBody(huge), ErrTooLarge},
		{"other network", "mainnet", good, ErrWrongSigner},
		{"unknown version", "testnet", reseal(func(s *Signed) { s.Version = 2 }), ErrVersion},
		{"other kind", "testnet", reseal(func(s *Signed) { s.Kind = 9 }), ErrKind},
		{"unsigned", "testnet", reseal(func(s *Signed) { s.Sig = nil }), ErrBadSignature},
		{"short signature", "testnet", reseal(func(s *Signed) { s.Sig = s.Sig[:64] }), ErrBadSignature},
		{"high-S signature", "testnet", highS, ErrBadSignature},
		{"tampered body", "testnet", reseal(func(s *Signed) { s.Body[len(s.Body)-1] ^= 1 }), ErrWrongSigner},
		{"forged author", "testnet", forged, ErrWrongSigner},
		{"free > total", "testnet", sealBody(tooManyFree), ErrMalformed},
		{"control characters", "testnet", sealBody(ctrl), ErrMalformed},
		{"sequence zero", "testnet", sealBody(zeroSeq), ErrMalformed},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := OpenAdvert(c.net, c.data)
			if err == nil {
				t.Fatal("accepted")
			}
			// A tampered body may also fail to decode; both are refusals.
			if !errors.Is(err, c.want) && !(c.want == ErrWrongSigner && errors.Is(err, ErrMalformed)) {
				t.Fatalf("got %v, want %v", err, c.want)
			}
		})
	}
}

func TestNodeAddressMatchesKey(t *testing.T) {
	k := newTestKey(t, 3)
	addr, err := NodeAddress(k.id)
	if err != nil {
		t.Fatal(err)
	}
	if addr != k.Address() {
		t.Fatalf("NodeAddress = %s, key address %s", addr, k.Address())
	}
	ed, _, _ := p2pcrypto.GenerateEd25519Key(nil)
	edID, _ := peer.IDFromPrivateKey(ed)
	if _, err := NodeAddress(edID); err == nil {
		t.Fatal("an ed25519 peer id has no Ethereum address")
	}
}

// FuzzOpenAdvert: no input crashes the decoder, and anything it accepts is
// the one canonical encoding of what it decoded.
func FuzzOpenAdvert(f *testing.F) {
	k := newTestKey(f, 1)
	good, err := SealAdvert("fuzz", sampleAdvert(k.id), k)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(good)
	withImages := sampleAdvert(k.id)
	withImages.Images = []string{"localhost/trainer:1"}
	if imgs, err := SealAdvert("fuzz", withImages, k); err == nil {
		f.Add(imgs)
	}
	withCoord := sampleAdvert(k.id)
	withCoord.Coord = sampleCoord()
	if c, err := SealAdvert("fuzz", withCoord, k); err == nil {
		f.Add(c)
	}
	// Hostile coordinates, signed by a peer that does not check them: the
	// decoder must refuse each one.
	for _, bad := range hostileCoords() {
		a := sampleAdvert(k.id)
		a.Coord = bad.c
		if raw, err := Seal("fuzz", KindAdvert, a, k); err == nil {
			f.Add(raw)
		}
	}
	f.Add([]byte{0xc0})
	f.Add([]byte{})
	f.Add(good[:len(good)/2])
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := OpenAdvert("fuzz", data)
		if err != nil {
			return
		}
		body, err := rlp.EncodeToBytes(a)
		if err != nil {
			t.Fatalf("accepted advert does not re-encode: %v", err)
		}
		var s Signed
		if err := rlp.DecodeBytes(data, &s); err != nil || !bytes.Equal(s.Body, body) {
			t.Fatalf("accepted a non-canonical body")
		}
		if a.Coord != nil && a.Coord.Validate() != nil {
			t.Fatalf("accepted an out-of-range coordinate: %+v", a.Coord)
		}
	})
}

// The fast check (compressed key inside the peer id) agrees with the slow
// one (decompress, hash to an address).
func TestSignedByMatchesNodeAddress(t *testing.T) {
	k, other := newTestKey(t, 5), newTestKey(t, 6)
	if !strings.HasPrefix(string(k.id), secp256k1PeerIDPrefix) {
		t.Fatal("secp256k1 peer ids are not laid out as the fast path assumes")
	}
	if !signedBy(&k.Key.PublicKey, k.id) {
		t.Fatal("own key not recognised")
	}
	if signedBy(&other.Key.PublicKey, k.id) {
		t.Fatal("another key accepted")
	}
}

// An advert carries the Docker images its node holds, at most MaxImages;
// one with more is refused, when sealed and when opened, saying so.
func TestAdvertImages(t *testing.T) {
	k := newTestKey(t, 1)
	a := sampleAdvert(k.id)
	a.Images = []string{"alpine@sha256:" + strings.Repeat("ab", 32), "localhost/trainer:1"}
	data, err := SealAdvert("testnet", a, k)
	if err != nil {
		t.Fatal(err)
	}
	got, err := OpenAdvert("testnet", data)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Images) != 2 || got.Images[0] != a.Images[0] || got.Images[1] != a.Images[1] {
		t.Fatalf("images after a round trip: %q", got.Images)
	}
	// No images: the field is left out, and comes back empty.
	a.Images = nil
	if data, err = SealAdvert("testnet", a, k); err != nil {
		t.Fatal(err)
	}
	if got, err = OpenAdvert("testnet", data); err != nil || len(got.Images) != 0 {
		t.Fatalf("advert without images: %q, %v", got.Images, err)
	}

	a.Images = make([]string, MaxImages+1)
	for i := range a.Images {
		a.Images[i] = "img:" + strings.Repeat("x", i%8+1)
	}
	if _, err := SealAdvert("testnet", a, k); !errors.Is(err, ErrMalformed) || !strings.Contains(err.Error(), "65 images, limit 64") {
		t.Fatalf("seal with %d images: %v", len(a.Images), err)
	}
	raw, err := Seal("testnet", KindAdvert, a, k) // a peer that does not check
	if err != nil {
		t.Fatal(err)
	}
	if _, err := OpenAdvert("testnet", raw); !errors.Is(err, ErrMalformed) || !strings.Contains(err.Error(), "65 images, limit 64") {
		t.Fatalf("open with %d images: %v", len(a.Images), err)
	}
	a.Images = []string{"bad\x00image"}
	if _, err := SealAdvert("testnet", a, k); !errors.Is(err, ErrMalformed) {
		t.Fatalf("seal with an unprintable image: %v", err)
	}
}

// A CPU price travels without a coordinate: the advert opens with Coord
// nil (not an empty coordinate, which would not validate) and the price
// as sent; an advert without a CPU price encodes as before the field.
func TestAdvertCPUPriceWithoutCoord(t *testing.T) {
	k := newTestKey(t, 1)
	a := sampleAdvert(k.id)
	plain, err := rlp.EncodeToBytes(a)
	if err != nil {
		t.Fatal(err)
	}
	a.CPUPriceWei = big.NewInt(1e16)
	data, err := SealAdvert("testnet", a, k)
	if err != nil {
		t.Fatal(err)
	}
	got, err := OpenAdvert("testnet", data)
	if err != nil {
		t.Fatal(err)
	}
	if got.Coord != nil || got.CPUPriceWei == nil || got.CPUPriceWei.Cmp(a.CPUPriceWei) != 0 {
		t.Fatalf("opened coord %+v, CPU price %v", got.Coord, got.CPUPriceWei)
	}
	a.CPUPriceWei = nil
	if again, _ := rlp.EncodeToBytes(a); !bytes.Equal(again, plain) {
		t.Fatal("an advert without a CPU price encodes differently")
	}
	a.CPUPriceWei = new(big.Int).Lsh(big.NewInt(1), 130)
	if err := a.Validate(); err == nil {
		t.Fatal("a 131-bit CPU price validates")
	}
}
