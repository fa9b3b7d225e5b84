package node

import (
	"archive/tar"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"io"
	"net"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"

	gethcommon "github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"github.com/skyops/skyops/api"
	"github.com/skyops/skyops/types"
)

// submitSpec signs spec with owner and submits it through n's API.
func submitSpec(t *testing.T, ctx context.Context, n *Node, owner *ecdsa.PrivateKey, spec *types.JobSpec) (string, error) {
	t.Helper()
	sig, err := types.SignJobSpec(spec, n.cfg.ChainID, types.KeySigner{Key: owner})
	if err != nil {
		t.Fatal(err)
	}
	resp, err := api.NewClient(n.SocketPath()).Submit(ctx, api.SubmitRequest{Spec: *spec, Signature: hexutil.Encode(sig), Owner: crypto.PubkeyToAddress(owner.PublicKey).Hex()})
	if err != nil {
		return "", err
	}
	return resp.ID, nil
}

func pendingSpec(n *Node, nonce uint64) *types.JobSpec {
	return &types.JobSpec{Network: n.cfg.Network, Home: n.ID().String(), Nonce: nonce, CreatedAt: uint64(time.Now().Unix()),
		Runtime: "process", Artifact: "sleep", Args: []string{"30"}, Env: []string{}, RAMMiB: 16,
		DurationSec: 60, PriceCapWei: "0", InputCIDs: []string{}}
}

func waitJobState(t *testing.T, ctx context.Context, n *Node, id string, want ...string) *api.Job {
	t.Helper()
	for {
		j, err := n.Job(ctx, id)
		if err == nil {
			for _, w := range want {
				if j.State == w {
					return j
				}
			}
		}
		select {
		case <-ctx.Done():
			t.Fatalf("job %s at %s: %+v, %v; want %v", id[:10], n.ID(), j, err, want)
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// The owner cancels with the EIP-712 typed data the API hands out (what a
// browser wallet signs), or with the old prefixed hash (old CLIs); a
// hostile peer that moves a cancel signature onto another job is refused
// at every peer, and so is a cancel signed by anyone but the owner.
func TestCancelTypedDataAndReplay(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	dir := tmp(t)
	a := startedNode(t, ctx, DataDir(filepath.Join(dir, "a")), Network(syncTestNet), quiet(), SimGPUs("none"), AllowProcess(), WithoutChain(), WithoutDocker(), SyncEvery(time.Hour))
	var boot []string
	for _, s := range a.Host().Addrs() {
		if strings.Contains(s, "/tcp/") {
			boot = append(boot, s)
		}
	}
	b := startedNode(t, ctx, DataDir(filepath.Join(dir, "b")), Network(syncTestNet), quiet(), SimGPUs("none"), AllowProcess(), WithoutChain(), WithoutDocker(), SyncEvery(time.Hour), Bootstrap(boot...))
	key, _ := crypto.GenerateKey()
	owner := types.KeySigner{Key: key}
	x, err := submitSpec(t, ctx, a, key, pendingSpec(a, 1))
	if err != nil {
		t.Fatal(err)
	}
	y, err := submitSpec(t, ctx, a, key, pendingSpec(a, 2))
	if err != nil {
		t.Fatal(err)
	}
	live := []string{"pending", "claimed", "running"} // sleep 30: it runs on for the test
	waitJobState(t, ctx, b, y, live...)
	waitJobState(t, ctx, b, x, live...)

	// The typed data of GET /v1/jobs/{id}/cancel/typed-data, parsed as a
	// wallet does, signed as eth_signTypedData_v4 signs it.
	hc := &http.Client{Transport: &http.Transport{DialContext: func(ctx context.Context, _, _ string) (net.Conn, error) {
		return (&net.Dialer{}).DialContext(ctx, "unix", a.SocketPath())
	}}}
	resp, err := hc.Get("http://skyopsd/v1/jobs/" + x + "/cancel/typed-data")
	if err != nil {
		t.Fatal(err)
	}
	var answer api.CancelTypedDataResponse
	if err := json.NewDecoder(resp.Body).Decode(&answer); err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("GET cancel/typed-data: %s, %v", resp.Status, err)
	}
	resp.Body.Close()
	raw := answer.TypedData
	var td apitypes.TypedData
	if err := json.Unmarshal(raw, &td); err != nil {
		t.Fatal(err)
	}
	digest, _, err := apitypes.TypedDataAndHash(td)
	if err != nil {
		t.Fatal(err)
	}
	if td.PrimaryType != "Cancel" || td.Message["job"] != x || td.Message["network"] != a.cfg.Network {
		t.Fatalf("cancel typed data %s", raw)
	}
	sigX, err := owner.Sign(digest)
	if err != nil {
		t.Fatal(err)
	}
	sigX[64] += 27

	// b, hostile, publishes x's cancel signature as a cancel of y; a gets
	// it as any gossiped event.
	yID := gethcommon.HexToHash(y)
	replay := &types.JobEvent{Job: yID, Type: types.EvCancel, OwnerSig: sigX}
	_ = b.publishEvent(ctx, replay)
	rawReplay := sealed(t, b, &types.JobEvent{Job: yID, Type: types.EvCancel, OwnerSig: sigX, TimeMs: uint64(time.Now().UnixMilli()) + 1})
	ev, err := types.OpenJobEvent(a.cfg.Network, rawReplay)
	if err != nil {
		t.Fatal(err)
	}
	_, _ = a.receive(ctx, ev, rawReplay, true)
	// A stranger's EIP-712 cancel of y, published by b too.
	stranger, _ := crypto.GenerateKey()
	strangerSig, _ := types.SignCancel(a.cfg.Network, yID, types.KeySigner{Key: stranger})
	_ = b.publishEvent(ctx, &types.JobEvent{Job: yID, Type: types.EvCancel, OwnerSig: strangerSig})

	// Through the API, the replay and the stranger are refused with why.
	c := api.NewClient(a.SocketPath())
	var e *api.Error
	if _, err := c.Cancel(ctx, y, api.CancelRequest{Signature: hexutil.Encode(sigX)}); !errors.As(err, &e) || e.Code != "forbidden" || !strings.Contains(e.Message, "another job or network") {
		t.Fatalf("x's cancel signature on y through the API: %v, want forbidden", err)
	}
	if _, err := c.Cancel(ctx, y, api.CancelRequest{Signature: hexutil.Encode(strangerSig)}); !errors.As(err, &e) || e.Code != "forbidden" {
		t.Fatalf("a stranger's cancel: %v, want forbidden", err)
	}

	// The owner's EIP-712 cancel of x through a's API ends x at both.
	if j, err := c.Cancel(ctx, x, api.CancelRequest{Signature: hexutil.Encode(sigX)}); err != nil || j.State != "cancelled" {
		t.Fatalf("the owner's EIP-712 cancel: %+v, %v", j, err)
	}
	waitJobState(t, ctx, b, x, "cancelled")
	// y was not cancelled at either: give the hostile events time to land.
	time.Sleep(500 * time.Millisecond)
	for _, n := range []*Node{a, b} {
		if j, _ := n.Job(ctx, y); j == nil || j.State == "cancelled" {
			t.Fatalf("at %s, y took a replayed or stranger's cancel: %+v", n.ID(), j)
		}
	}

	// An old CLI's cancel (the prefixed hash), through b's API, still works.
	h := types.CancelHash(a.cfg.Network, yID)
	legacy, _ := crypto.Sign(h[:], key)
	if j, err := api.NewClient(b.SocketPath()).Cancel(ctx, y, api.CancelRequest{Signature: hexutil.Encode(legacy)}); err != nil || j.State != "cancelled" {
		t.Fatalf("the old-form cancel: %+v, %v", j, err)
	}
	waitJobState(t, ctx, a, y, "cancelled")
}

// A job whose spec names a results key has its log and output sealed to
// it: they open with the key derived from the owner's results-key
// signature and not with the wallet key; a job without one opens with the
// wallet key, as before. A malformed results key is refused at submit.
func TestResultsKeySealsOutputsAndLogs(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	n := startedNode(t, ctx, DataDir(filepath.Join(tmp(t), "d")), SimGPUs("none"), AllowProcess(), WithoutDocker(), WithoutChain(), quiet())
	wallet, _ := crypto.GenerateKey()
	ownerAddr := crypto.PubkeyToAddress(wallet.PublicKey)
	// What the page does: the wallet signs the fixed message, the daemon
	// checks who signed and derives the key.
	rsig, err := types.SignResultsKey(types.KeySigner{Key: wallet})
	if err != nil {
		t.Fatal(err)
	}
	rkey, err := types.ResultsKeyFor(ownerAddr, rsig)
	if err != nil {
		t.Fatal(err)
	}

	job := func(nonce uint64, resultsKey string) *types.JobSpec {
		s := pendingSpec(n, nonce)
		s.Artifact, s.Args = "sh", []string{"-c", `echo "hello from $SKYOPS_JOB"; echo result > answer.txt`}
		s.ResultsKey = resultsKey
		return s
	}
	// Malformed: refused at submit, saying what a results key is.
	for _, bad := range []string{"0x1234", "0x04" + strings.Repeat("11", 32), ownerAddr.Hex()} {
		_, err := submitSpec(t, ctx, n, wallet, job(9, bad))
		var e *api.Error
		if !errors.As(err, &e) || e.Code != "bad_request" || !strings.Contains(e.Message, "resultsKey") || !strings.Contains(e.Message, "compressed secp256k1 public key") {
			t.Fatalf("resultsKey %q: %v, want bad_request naming resultsKey", bad, err)
		}
	}

	// A running job's live log, followed with the results key.
	slow := job(3, types.ResultsKeyHex(&rkey.PublicKey))
	slow.Args = []string{"-c", "echo one; sleep 1; echo two"}
	slowID, err := submitSpec(t, ctx, n, wallet, slow)
	if err != nil {
		t.Fatal(err)
	}
	var e *api.Error
	if err := n.FollowJobLogs(ctx, slowID, wallet, io.Discard, func() {}); !errors.As(err, &e) || e.Code != "forbidden" {
		t.Fatalf("following with the wallet key: %v, want forbidden", err)
	}
	var live strings.Builder
	if err := n.FollowJobLogs(ctx, slowID, rkey, &live, func() {}); err != nil || live.String() != "one\ntwo\n" {
		t.Fatalf("live log %q, %v", live.String(), err)
	}
	// Once ended, following gives the whole log at once.
	waitJobState(t, ctx, n, slowID, "completed")
	live.Reset()
	if err := n.FollowJobLogs(ctx, slowID, rkey, &live, func() {}); err != nil || live.String() != "one\ntwo\n" {
		t.Fatalf("ended job's log %q, %v", live.String(), err)
	}

	withKey, err := submitSpec(t, ctx, n, wallet, job(1, types.ResultsKeyHex(&rkey.PublicKey)))
	if err != nil {
		t.Fatal(err)
	}
	plain, err := submitSpec(t, ctx, n, wallet, job(2, ""))
	if err != nil {
		t.Fatal(err)
	}
	waitJobState(t, ctx, n, withKey, "completed", "failed")
	waitJobState(t, ctx, n, plain, "completed", "failed")

	check := func(id string, key *ecdsa.PrivateKey) {
		t.Helper()
		logs, err := n.OpenJobLogs(ctx, id, key)
		if err != nil || !strings.Contains(string(logs), "hello from "+id) {
			t.Fatalf("job %s's log: %q, %v", id[:10], logs, err)
		}
		out, err := n.OpenJobOutput(ctx, id, key)
		if err != nil {
			t.Fatal(err)
		}
		defer out.Close()
		tr := tar.NewReader(out)
		found := false
		for {
			h, err := tr.Next()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("job %s's output: %v", id[:10], err)
			}
			if strings.HasSuffix(h.Name, "answer.txt") {
				b, _ := io.ReadAll(tr)
				found = string(b) == "result\n"
			}
		}
		if !found {
			t.Fatalf("job %s's output lacks answer.txt", id[:10])
		}
	}
	refused := func(id string, key *ecdsa.PrivateKey, want string) {
		t.Helper()
		var e *api.Error
		if _, err := n.OpenJobLogs(ctx, id, key); !errors.As(err, &e) || e.Code != "forbidden" || !strings.Contains(e.Message, want) {
			t.Fatalf("job %s's log with the wrong key: %v, want forbidden (%s)", id[:10], err, want)
		}
		if _, err := n.OpenJobOutput(ctx, id, key); !errors.As(err, &e) || e.Code != "forbidden" {
			t.Fatalf("job %s's output with the wrong key: %v, want forbidden", id[:10], err)
		}
	}
	check(withKey, rkey)
	refused(withKey, wallet, "sealed to the results key")
	check(plain, wallet)
	refused(plain, rkey, "sealed to its owner's wallet key")

	// The bytes themselves: the sealed log of withKey does not open with
	// the wallet key whatever the check above says.
	sealedLog, err := n.JobLogs(ctx, withKey)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := types.OpenSealed(wallet, sealedLog); !errors.Is(err, types.ErrNotYours) {
		t.Fatalf("the wallet key opened a log sealed to the results key: %v", err)
	}
	sealedOut, _, err := n.JobOutput(ctx, withKey)
	if err != nil {
		t.Fatal(err)
	}
	defer sealedOut.Close()
	if _, err := types.OpenOutput(wallet, sealedOut, 1<<20); !errors.Is(err, types.ErrNotYours) {
		t.Fatalf("the wallet key opened an output sealed to the results key: %v", err)
	}
}
