package node

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/skyops/skyops/api"
	"github.com/skyops/skyops/deliver"
	"github.com/skyops/skyops/ledger"
	"github.com/skyops/skyops/types"
)

// RecordDelivery answers POST /v1/jobs/{id}/deliveries: the job's home
// records where its owner put the sealed result. The owner signs the
// record as for a cancel (types.SigningHash over the delivery's canonical
// body), so nobody else can point the job's record at other bytes.
func (n *Node) RecordDelivery(ctx context.Context, ref string, req *api.DeliveryRequest) (*api.Job, error) {
	j, err := n.findJob(ref)
	if err != nil {
		return nil, err
	}
	d, err := deliver.Delivery{Kind: deliver.Kind(req.Kind), Ref: req.Ref, URL: req.URL}.Validate()
	if err != nil {
		return nil, api.Errorf("bad_request", "delivery: %v", err)
	}
	if d.Ref != req.Ref || d.URL != req.URL {
		// The signature covers the fields as sent; a canonical form that
		// differs would verify against other bytes than were signed.
		return nil, api.Errorf("bad_request", "delivery: give ref and url in canonical form (%s, %s)", d.Ref, d.URL)
	}
	sig, err := types.ParseSignatureHex(req.Signature)
	if err != nil {
		return nil, api.Errorf("bad_request", "signature: %v", err)
	}
	n.mu.Lock()
	owner, id, home := j.Owner, j.ID, j.Home
	n.mu.Unlock()
	if self := n.key.PeerID(); home != self {
		return nil, api.Errorf("forbidden", "job %s's home is %s: record its deliveries there", short(id), home)
	}
	signer, err := recoverSigner(types.SigningHash(n.cfg.Network, types.KindJobEvent, d.SigningBody(id.Hex())), sig)
	if err != nil {
		return nil, api.Errorf("bad_request", "the delivery signature does not verify: %v", err)
	}
	if signer != owner {
		return nil, api.Errorf("forbidden", "only the job's owner %s can record its deliveries: the signature is by %s", owner.Hex(), signer.Hex())
	}
	if n.store == nil {
		return nil, api.Errorf("unavailable", "this daemon keeps no store to record deliveries in")
	}
	rec := ledger.Delivery{Kind: string(d.Kind), Ref: d.Ref, URL: d.URL, At: time.Now().UTC(), Sig: sig}
	if err := n.store.PutDelivery(id.Hex(), rec, deliver.MaxDeliveries); err != nil {
		if errors.Is(err, ledger.ErrTooMany) {
			return nil, api.Errorf("bad_request", "%v", err)
		}
		return nil, api.Errorf("unavailable", "record the delivery: %v", err)
	}
	n.log.Info("delivery recorded", "job", short(id), "kind", d.Kind, "ref", d.Ref)
	return n.Job(ctx, id.Hex())
}

// deliveriesOf is what the job view shows of a job's deliveries (none
// where the store has none or cannot say).
func (n *Node) deliveriesOf(ctx context.Context, job string) []api.Delivery {
	if n.store == nil {
		return nil
	}
	ds, err := n.store.Deliveries(ctx, job)
	if err != nil {
		n.log.Warn("load deliveries", "job", job, "err", err)
		return nil
	}
	out := make([]api.Delivery, 0, len(ds))
	for _, d := range ds {
		out = append(out, api.Delivery{Kind: d.Kind, Ref: d.Ref, URL: d.URL, RecordedAt: api.At(d.At)})
	}
	return out
}

// recoverSigner recovers who signed hash; sig is 65 bytes with V 0/1 or
// 27/28, as wallets give it (as types.CancelSigner takes it).
func recoverSigner(hash common.Hash, sig []byte) (common.Address, error) {
	if len(sig) != crypto.SignatureLength {
		return common.Address{}, fmt.Errorf("signature is %d bytes, want %d", len(sig), crypto.SignatureLength)
	}
	norm := append([]byte{}, sig...)
	if norm[64] >= 27 {
		norm[64] -= 27
	}
	pub, err := crypto.SigToPub(hash[:], norm)
	if err != nil {
		return common.Address{}, err
	}
	return crypto.PubkeyToAddress(*pub), nil
}
