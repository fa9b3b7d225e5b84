package node

import (
	"context"
	"encoding/hex"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	gethcommon "github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/skyops/skyops/api"
	"github.com/skyops/skyops/types"
)

// A cancel signed by anyone but the owner is refused as forbidden (403),
// one whose signature does not verify as bad_request; the owner's works.
func TestCancelByStrangerIsForbidden(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	n := startedNode(t, ctx, DataDir(filepath.Join(tmp(t), "d")), SimGPUs("none"), AllowProcess(), WithoutDocker(), WithoutChain(), quiet())
	key, _ := crypto.GenerateKey()
	owner := types.KeySigner{Key: key}
	spec := types.JobSpec{Network: n.cfg.Network, Home: n.ID().String(), Nonce: 1<<63 + 7, CreatedAt: uint64(time.Now().Unix()),
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
	// The nonce above 2^53 came through the string encoding exactly.
	if j, err := c.Job(ctx, resp.ID); err != nil || j.Spec.Nonce != spec.Nonce {
		t.Fatalf("job %+v, %v: nonce not kept", j, err)
	}
	h := types.CancelHash(n.cfg.Network, gethcommon.HexToHash(resp.ID))
	stranger, _ := crypto.GenerateKey()
	strangerSig, _ := crypto.Sign(h[:], stranger)
	var e *api.Error
	_, err = c.Cancel(ctx, resp.ID, api.CancelRequest{Signature: "0x" + hex.EncodeToString(strangerSig)})
	if !errors.As(err, &e) || e.Code != "forbidden" || !strings.Contains(e.Message, "only the job's owner") {
		t.Fatalf("a stranger's cancel: %v, want forbidden", err)
	}
	_, err = c.Cancel(ctx, resp.ID, api.CancelRequest{Signature: "0x" + strings.Repeat("00", 65)})
	if !errors.As(err, &e) || e.Code != "bad_request" {
		t.Fatalf("a cancel signature that does not verify: %v, want bad_request", err)
	}
	ownerSig, _ := crypto.Sign(h[:], key)
	j, err := c.Cancel(ctx, resp.ID, api.CancelRequest{Signature: "0x" + hex.EncodeToString(ownerSig)})
	if err != nil || j.State != "cancelled" {
		t.Fatalf("the owner's cancel: %+v, %v", j, err)
	}
}
