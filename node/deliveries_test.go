package node

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/skyops/skyops/api"
	"github.com/skyops/skyops/deliver"
	"github.com/skyops/skyops/types"
)

// The home records a delivery signed by the job's owner, shows it in the
// job view, and refuses a stranger's, a malformed one, and more than
// deliver.MaxDeliveries.
func TestRecordDelivery(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	n := startedNode(t, ctx, DataDir(filepath.Join(tmp(t), "d")), SimGPUs("none"), AllowProcess(), WithoutDocker(), WithoutChain(), quiet())
	key, _ := crypto.GenerateKey()
	owner := types.KeySigner{Key: key}
	spec := types.JobSpec{Network: n.cfg.Network, Home: n.ID().String(), Nonce: 9, CreatedAt: uint64(time.Now().Unix()),
		Runtime: "process", Artifact: "sleep", Args: []string{"30"}, Env: []string{}, RAMMiB: 16,
		DurationSec: 60, PriceCapWei: "0", InputCIDs: []string{}}
	sig, err := types.SignJobSpec(&spec, n.cfg.ChainID, owner)
	if err != nil {
		t.Fatal(err)
	}
	c := api.NewClient(n.SocketPath())
	resp, err := c.Submit(ctx, api.SubmitRequest{Spec: spec, Signature: "0x" + hex.EncodeToString(sig), Owner: owner.Address().Hex()})
	if err != nil {
		t.Fatal(err)
	}
	signed := func(k types.KeySigner, d deliver.Delivery) api.DeliveryRequest {
		h := types.SigningHash(n.cfg.Network, types.KindJobEvent, d.SigningBody(resp.ID))
		s, _ := k.Sign(h[:])
		return api.DeliveryRequest{Kind: string(d.Kind), Ref: d.Ref, URL: d.URL, Signature: "0x" + hex.EncodeToString(s)}
	}
	d := deliver.Delivery{Kind: deliver.KindArweave, Ref: strings.Repeat("b", 43), URL: "http://127.0.0.1:1984"}
	var e *api.Error
	sk, _ := crypto.GenerateKey()
	if _, err := c.RecordDelivery(ctx, resp.ID, signed(types.KeySigner{Key: sk}, d)); !errors.As(err, &e) || e.Code != "forbidden" {
		t.Fatalf("a stranger's record: %v, want forbidden", err)
	}
	bad := d
	bad.Ref = "short"
	if _, err := c.RecordDelivery(ctx, resp.ID, signed(owner, bad)); !errors.As(err, &e) || e.Code != "bad_request" || !strings.Contains(e.Message, "43") {
		t.Fatalf("a malformed tx id: %v, want bad_request", err)
	}
	j, err := c.RecordDelivery(ctx, resp.ID, signed(owner, d))
	if err != nil {
		t.Fatal(err)
	}
	if len(j.Deliveries) != 1 || j.Deliveries[0].Ref != d.Ref || j.Deliveries[0].Kind != "arweave" {
		t.Fatalf("deliveries %+v, want the one recorded", j.Deliveries)
	}
	// The same place again is the same record.
	if j, err = c.RecordDelivery(ctx, resp.ID, signed(owner, d)); err != nil || len(j.Deliveries) != 1 {
		t.Fatalf("recorded twice: %+v, %v", j.Deliveries, err)
	}
	for i := 1; i < deliver.MaxDeliveries; i++ {
		d := deliver.Delivery{Kind: deliver.KindArweave, Ref: fmt.Sprintf("%043d", i), URL: "http://127.0.0.1:1984"}
		if _, err := c.RecordDelivery(ctx, resp.ID, signed(owner, d)); err != nil {
			t.Fatal(err)
		}
	}
	over := deliver.Delivery{Kind: deliver.KindArweave, Ref: strings.Repeat("c", 43), URL: "http://127.0.0.1:1984"}
	if _, err := c.RecordDelivery(ctx, resp.ID, signed(owner, over)); !errors.As(err, &e) || e.Code != "bad_request" {
		t.Fatalf("delivery %d: %v, want bad_request", deliver.MaxDeliveries+1, err)
	}
	if j, err := c.Job(ctx, resp.ID); err != nil || len(j.Deliveries) != deliver.MaxDeliveries {
		t.Fatalf("job view: %d deliveries, %v", len(j.Deliveries), err)
	}
}
