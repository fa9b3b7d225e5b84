package types

import (
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"strings"
	"unicode"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"
	p2pcrypto "github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
)

// Limits on an advert. A peer that needs more than this is not a peer we
// want to hear from: they keep one advert well under MaxAdvertSize.
const (
	MaxAdvertSize  = 64 << 10
	MaxGPUGroups   = 64
	MaxGPUsInGroup = 1024
	MaxRuntimes    = 16
	MaxAddrs       = 32
	MaxJobs        = 1024
	MaxCIDs        = 1024
	MaxImages      = 64
	MaxStringLen   = 256
)

// GPUGroup is a set of identical GPUs on one node.
type GPUGroup struct {
	Model     string `json:"model"`     // as the driver names it, e.g. "NVIDIA A100-SXM4-80GB"
	MemoryMiB uint64 `json:"memoryMiB"` // per GPU
	Total     uint32 `json:"total"`
	Free      uint32 `json:"free"`
	// Simulated is true for GPUs that come from a go-nvml mock fleet and
	// not from a real driver. Shown wherever the GPU is shown.
	Simulated bool `json:"simulated"`
}

// Advert is a node's signed statement of its capacity. It doubles as the
// node's heartbeat: peers drop a node whose latest advert is older than
// their TTL.
type Advert struct {
	Node     peer.ID    // the author; its key signs the advert
	Seq      uint64     // strictly increasing per node, across restarts
	TimeMs   uint64     // author's clock, unix milliseconds
	Addrs    []string   // multiaddrs it listens on
	GPUs     []GPUGroup // sorted by model, then memory
	CPUCores uint32
	RAMMiB   uint64
	// CPUFree and RAMFreeMiB are what running jobs leave of CPUCores and
	// RAMMiB: placement counts these now, and the totals for "could ever".
	CPUFree    uint32
	RAMFreeMiB uint64
	DiskMiB    uint64
	Runtimes   []string // e.g. "wasm", "docker", "process"
	// PriceWei is the price per GPU-hour in wei. Fixed point: no floats
	// anywhere near money.
	PriceWei *big.Int
	Region   string
	Jobs     []string // ids of the jobs it is running
	CIDs     []string // content it provides
	Agent    string   // daemon name and version
	// Images are the Docker image references (tags and digests) the node
	// holds, at most MaxImages: placement prefers nodes that hold a job's
	// image. Optional on the wire: an advert without images encodes as it
	// did before the field existed.
	Images []string `rlp:"optional"`
	// Coord is the node's network coordinate (see Coordinate), nil until
	// it has measured one. Optional on the wire like Images: placement
	// estimates a node's RTT to a job's home from it, for jobs that bound
	// their latency. (nil: an advert that has a CPU price but no
	// coordinate decodes with Coord nil, as it was sent.)
	Coord *Coordinate `rlp:"optional,nil"`
	// CPUPriceWei is the price per core-hour in wei, what CPU-only jobs
	// pay (a GPU job pays GPU-hours, its cores included). Optional on the
	// wire; nil counts as 0.
	CPUPriceWei *big.Int `rlp:"optional"`
}

// Simulated reports whether any of the advert's GPUs is simulated.
func (a *Advert) Simulated() bool {
	for _, g := range a.GPUs {
		if g.Simulated {
			return true
		}
	}
	return false
}

// GPUTotals sums the GPU groups.
func (a *Advert) GPUTotals() (total, free uint32) {
	for _, g := range a.GPUs {
		total += g.Total
		free += g.Free
	}
	return total, free
}

// Validate checks the advert's own consistency: bounds, and the fields that
// must be set. It says which field is wrong.
func (a *Advert) Validate() error {
	if a.Node == "" {
		return fmt.Errorf("%w: advert has no node id", ErrMalformed)
	}
	if err := a.Node.Validate(); err != nil {
		return fmt.Errorf("%w: node id: %v", ErrMalformed, err)
	}
	if a.Seq == 0 {
		return fmt.Errorf("%w: advert sequence must start at 1", ErrMalformed)
	}
	if a.TimeMs == 0 {
		return fmt.Errorf("%w: advert has no timestamp", ErrMalformed)
	}
	if err := checkList("addrs", a.Addrs, MaxAddrs); err != nil {
		return err
	}
	if len(a.GPUs) > MaxGPUGroups {
		return fmt.Errorf("%w: %d GPU groups, limit %d", ErrMalformed, len(a.GPUs), MaxGPUGroups)
	}
	for i, g := range a.GPUs {
		if err := checkString("gpu model", g.Model); err != nil {
			return err
		}
		if g.Model == "" {
			return fmt.Errorf("%w: gpu group %d has no model", ErrMalformed, i)
		}
		if g.Total == 0 || g.Total > MaxGPUsInGroup {
			return fmt.Errorf("%w: gpu group %q has %d GPUs, want 1..%d", ErrMalformed, g.Model, g.Total, MaxGPUsInGroup)
		}
		if g.Free > g.Total {
			return fmt.Errorf("%w: gpu group %q has %d free of %d", ErrMalformed, g.Model, g.Free, g.Total)
		}
	}
	if a.CPUFree > a.CPUCores || a.RAMFreeMiB > a.RAMMiB {
		return fmt.Errorf("%w: more free than total (cpu %d of %d, ram %d of %d MiB)", ErrMalformed, a.CPUFree, a.CPUCores, a.RAMFreeMiB, a.RAMMiB)
	}
	if err := checkList("runtimes", a.Runtimes, MaxRuntimes); err != nil {
		return err
	}
	if a.PriceWei == nil {
		return fmt.Errorf("%w: advert has no price", ErrMalformed)
	}
	if a.PriceWei.BitLen() > 128 {
		return fmt.Errorf("%w: price does not fit 128 bits", ErrMalformed)
	}
	if a.CPUPriceWei != nil && a.CPUPriceWei.BitLen() > 128 {
		return fmt.Errorf("%w: CPU price does not fit 128 bits", ErrMalformed)
	}
	if err := checkString("region", a.Region); err != nil {
		return err
	}
	if err := checkList("jobs", a.Jobs, MaxJobs); err != nil {
		return err
	}
	if err := checkList("cids", a.CIDs, MaxCIDs); err != nil {
		return err
	}
	if err := checkList("images", a.Images, MaxImages); err != nil {
		return err
	}
	if a.Coord != nil {
		if err := a.Coord.Validate(); err != nil {
			return err
		}
	}
	return checkString("agent", a.Agent)
}

func checkList(what string, l []string, max int) error {
	if len(l) > max {
		return fmt.Errorf("%w: %d %s, limit %d", ErrMalformed, len(l), what, max)
	}
	for _, s := range l {
		if err := checkString(what, s); err != nil {
			return err
		}
	}
	return nil
}

// checkString keeps control characters and huge strings out of anything a
// person will later see in a terminal.
func checkString(what, s string) error {
	if len(s) > MaxStringLen {
		return fmt.Errorf("%w: %s is %d bytes, limit %d", ErrMalformed, what, len(s), MaxStringLen)
	}
	if strings.IndexFunc(s, func(r rune) bool { return !unicode.IsPrint(r) || r == unicode.ReplacementChar }) >= 0 {
		return fmt.Errorf("%w: %s has unprintable characters", ErrMalformed, what)
	}
	return nil
}

// SealAdvert validates, encodes and signs an advert.
func SealAdvert(network string, a *Advert, signer Signer) ([]byte, error) {
	if err := a.Validate(); err != nil {
		return nil, fmt.Errorf("seal advert: %w", err)
	}
	want, err := NodeAddress(a.Node)
	if err != nil {
		return nil, fmt.Errorf("seal advert: %w", err)
	}
	if want != signer.Address() {
		return nil, fmt.Errorf("seal advert: %w: node %s is %s, signer is %s", ErrWrongSigner, a.Node, want, signer.Address())
	}
	return Seal(network, KindAdvert, a, signer)
}

// OpenAdvert decodes and verifies an advert: envelope, canonical body,
// field bounds, and that the signer is the node the advert speaks for. It is
// PeekAdvert and then VerifyAdvert.
func OpenAdvert(network string, data []byte) (*Advert, error) {
	a, s, err := PeekAdvert(data)
	if err != nil {
		return nil, err
	}
	if err := VerifyAdvert(network, s, a); err != nil {
		return nil, err
	}
	return a, nil
}

// PeekAdvert decodes an advert's envelope and body and checks its bounds,
// but not its signature: nothing in it is its author's word until
// VerifyAdvert passes. It is for a validator that drops, before it pays for
// a signature check, what it would drop anyway (a stale advert, a replayed
// sequence, an author over its rate).
func PeekAdvert(data []byte) (*Advert, *Signed, error) {
	if len(data) > MaxAdvertSize {
		return nil, nil, fmt.Errorf("open advert: %w: %d bytes, limit %d", ErrTooLarge, len(data), MaxAdvertSize)
	}
	var s Signed
	if err := rlp.DecodeBytes(data, &s); err != nil {
		return nil, nil, fmt.Errorf("open advert: %w: envelope: %v", ErrMalformed, err)
	}
	if s.Version != WireVersion {
		return nil, nil, fmt.Errorf("open advert: %w: envelope version %d, this daemon reads %d", ErrVersion, s.Version, WireVersion)
	}
	if s.Kind != KindAdvert {
		return nil, nil, fmt.Errorf("open advert: %w: got %s, want %s", ErrKind, s.Kind, KindAdvert)
	}
	var a Advert
	if err := decodeExact(s.Body, &a); err != nil {
		return nil, nil, fmt.Errorf("open advert: %w: %v", ErrMalformed, err)
	}
	if err := a.Validate(); err != nil {
		return nil, nil, fmt.Errorf("open advert: %w", err)
	}
	return &a, &s, nil
}

// VerifyAdvert checks that the envelope PeekAdvert returned is signed, for
// network, by the node its advert a speaks for.
func VerifyAdvert(network string, s *Signed, a *Advert) error {
	signer, err := recoverSigner(SigningHash(network, s.Kind, s.Body), s.Sig)
	if err != nil {
		return fmt.Errorf("open advert: %w", err)
	}
	if !signedBy(signer, a.Node) {
		return fmt.Errorf("open advert: %w: the signature is by %s, not by node %s", ErrWrongSigner, crypto.PubkeyToAddress(*signer), a.Node)
	}
	return nil
}

// NodeAddress is the Ethereum address of a node: the same secp256k1 key
// that makes its peer id. Peer ids of other key types have no address.
func NodeAddress(id peer.ID) (common.Address, error) {
	pub, err := NodePublicKey(id)
	if err != nil {
		return common.Address{}, err
	}
	return crypto.PubkeyToAddress(*pub), nil
}

// NodePublicKey is the secp256k1 key inside a node's peer id: what is
// sealed to the node (a job's data key handed to its executor).
func NodePublicKey(id peer.ID) (*ecdsa.PublicKey, error) {
	pk, err := id.ExtractPublicKey()
	if err != nil {
		return nil, fmt.Errorf("%w: node id %s carries no public key: %v", ErrMalformed, id, err)
	}
	sk, ok := pk.(*p2pcrypto.Secp256k1PublicKey)
	if !ok {
		return nil, fmt.Errorf("%w: node id %s is not a secp256k1 key", ErrMalformed, id)
	}
	raw, err := sk.Raw()
	if err != nil {
		return nil, fmt.Errorf("%w: node key: %v", ErrMalformed, err)
	}
	pub, err := crypto.DecompressPubkey(raw)
	if err != nil {
		return nil, fmt.Errorf("%w: node key: %v", ErrMalformed, err)
	}
	return pub, nil
}
