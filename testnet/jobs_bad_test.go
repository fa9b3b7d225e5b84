package testnet

import (
	"context"
	"encoding/hex"
	"errors"
	"strings"
	"testing"
	"time"

	gethcommon "github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/skyops/skyops/api"
	"github.com/skyops/skyops/exec/result"
	"github.com/skyops/skyops/types"
)

// Bad submissions get a clear error and leave nothing behind; a job whose
// module fails ends failed with its exit code and logs; cancel works and
// only for the owner; a burst larger than the network queues and completes.
func TestJobsBadInputFailureCancelAndBurst(t *testing.T) {
	if testing.Short() {
		t.Skip("starts daemons and runs wasm jobs")
	}
	module := demoModule(t)
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	c := startCluster(t, ctx, InProcessConfig{Peers: 3, Network: "bad", Fleets: []string{"H100:2", "H100:2", "none"}})
	cl := api.NewClient(c.Nodes[0].SocketPath())
	key, _ := crypto.GenerateKey()
	owner := types.KeySigner{Key: key}

	t.Run("bad input", func(t *testing.T) {
		good := func() api.SubmitRequest { return signedJob(t, "bad", c.Nodes[0].ID(), owner, module, "H100", 1) }
		cases := []struct {
			name string
			mut  func(*api.SubmitRequest)
			code string
			has  string
		}{
			{"tampered spec", func(r *api.SubmitRequest) { r.Spec.RAMMiB++ }, "bad_request", "changed after it was signed"},
			{"no signature", func(r *api.SubmitRequest) { r.Signature = "" }, "bad_request", "signature"},
			{"garbage signature", func(r *api.SubmitRequest) { r.Signature = "0xzz" }, "bad_request", "signature"},
			{"unknown GPU model", func(r *api.SubmitRequest) {
				r.Spec.GPUModel = "Z9000"
				resign(t, r, owner)
			}, "unplaceable", "GPU model"},
			{"more GPUs than any node has", func(r *api.SubmitRequest) {
				r.Spec.GPUCount = 8
				resign(t, r, owner)
			}, "unplaceable", "GPU count"},
			{"zero duration", func(r *api.SubmitRequest) {
				r.Spec.DurationSec = 0
				resign(t, r, owner)
			}, "bad_request", "duration"},
			{"not a wasm module", func(r *api.SubmitRequest) {
				r.Artifact = []byte("#!/bin/sh\necho hi\n")
				r.Spec.Artifact, r.Spec.ArtifactSize = result.CIDOf(r.Artifact), uint64(len(r.Artifact))
				resign(t, r, owner)
			}, "bad_request", "wasm"},
			{"module does not match the spec", func(r *api.SubmitRequest) { r.Artifact = append([]byte{}, module[:len(module)-1]...) }, "bad_request", "bytes"},
			{"other network", func(r *api.SubmitRequest) {
				r.Spec.Network = "elsewhere"
				resign(t, r, owner)
			}, "bad_request", "network"},
		}
		for _, tc := range cases {
			req := good()
			tc.mut(&req)
			_, err := cl.Submit(ctx, req)
			var ae *api.Error
			if !errors.As(err, &ae) || ae.Code != tc.code || !strings.Contains(ae.Message, tc.has) {
				t.Errorf("%s: got %v, want code %s mentioning %q", tc.name, err, tc.code, tc.has)
			}
		}
		if jobs, _ := cl.Jobs(ctx, api.JobQuery{Limit: api.MaxJobsLimit}); len(jobs) != 0 {
			t.Fatalf("refused submissions left %d jobs behind", len(jobs))
		}
	})

	t.Run("failing module", func(t *testing.T) {
		req := signedJob(t, "bad", c.Nodes[0].ID(), owner, module, "", 0, "--fail")
		resp, err := cl.Submit(ctx, req)
		if err != nil {
			t.Fatal(err)
		}
		j := waitJob(t, ctx, cl, resp.ID)
		if j.State != "failed" || j.ExitCode == nil || *j.ExitCode != 1 {
			t.Fatalf("failing job: %s exit %v (%s)", j.State, j.ExitCode, j.Error)
		}
		sealed, err := cl.Logs(ctx, resp.ID)
		if err != nil {
			t.Fatal(err)
		}
		logs, err := types.OpenSealed(key, sealed)
		if err != nil || !strings.Contains(string(logs), "failing as asked") {
			t.Fatalf("failed job's logs: %q %v", logs, err)
		}
	})

	t.Run("cancel", func(t *testing.T) {
		req := signedJob(t, "bad", c.Nodes[0].ID(), owner, module, "H100", 1, "--epochs", "100", "--sleep-ms", "200")
		resp, err := cl.Submit(ctx, req)
		if err != nil {
			t.Fatal(err)
		}
		id := gethcommon.HexToHash(resp.ID)
		other, _ := crypto.GenerateKey()
		h := types.CancelHash("bad", id)
		bad, _ := crypto.Sign(h[:], other)
		if _, err := cl.Cancel(ctx, resp.ID, api.CancelRequest{Signature: "0x" + hex.EncodeToString(bad)}); err == nil {
			t.Fatal("a stranger cancelled the job")
		}
		// Let it start, then cancel it.
		for {
			j, _ := cl.Job(ctx, resp.ID)
			if j != nil && j.State == "running" {
				break
			}
			time.Sleep(50 * time.Millisecond)
		}
		sig, _ := crypto.Sign(h[:], key)
		if _, err := cl.Cancel(ctx, resp.ID, api.CancelRequest{Signature: "0x" + hex.EncodeToString(sig)}); err != nil {
			t.Fatal(err)
		}
		for _, n := range c.Nodes {
			j := waitJob(t, ctx, api.NewClient(n.SocketPath()), resp.ID)
			if j.State != "cancelled" {
				t.Fatalf("after cancel: %s", j.State)
			}
		}
		// Its GPU is given back.
		deadline := time.Now().Add(10 * time.Second)
		for {
			free := uint32(0)
			for _, n := range c.Nodes[2].Nodes() {
				free += n.GPUFree
			}
			if free == 4 {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("GPUs not freed after cancel: %d of 4 free", free)
			}
			time.Sleep(50 * time.Millisecond)
		}
	})

	t.Run("burst larger than the network", func(t *testing.T) {
		// 4 H100s in all; 10 jobs of 2 each: at most 2 run at once, the rest queue.
		var ids []string
		for i := 0; i < 10; i++ {
			req := signedJob(t, "bad", c.Nodes[i%3].ID(), owner, module, "H100", 2, "--epochs", "1", "--steps", "2", "--sleep-ms", "100")
			resp, err := api.NewClient(c.Nodes[i%3].SocketPath()).Submit(ctx, req)
			if err != nil {
				t.Fatalf("burst job %d refused: %v", i, err)
			}
			ids = append(ids, resp.ID)
		}
		for _, id := range ids {
			if j := waitJob(t, ctx, cl, id); j.State != "completed" {
				t.Fatalf("burst job %s: %s (%s)", id[:10], j.State, j.Error)
			}
		}
	})
}

func resign(t testing.TB, r *api.SubmitRequest, owner types.Signer) {
	t.Helper()
	sig, err := types.SignJobSpec(&r.Spec, 1337, owner)
	if err != nil {
		t.Fatal(err)
	}
	r.Signature = "0x" + hex.EncodeToString(sig)
}
