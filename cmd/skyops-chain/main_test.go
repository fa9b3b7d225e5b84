package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/skyops/skyops/ledger/chain"
)

func TestRunsAndServes(t *testing.T) {
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "chain.json")
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	runCtx, stop := context.WithCancel(ctx)
	var stdout, stderr bytes.Buffer
	cmd := newRootCmd(&stdout, &stderr)
	cmd.SetArgs([]string{"--listen", "127.0.0.1:0", "--fund", crypto.PubkeyToAddress(key.PublicKey).Hex(), "--out", out, "--mine-poll", "50ms"})
	done := make(chan error, 1)
	go func() { done <- cmd.ExecuteContext(runCtx) }()

	var info Info
	for {
		b, err := os.ReadFile(out)
		if err == nil {
			if err := json.Unmarshal(b, &info); err != nil {
				t.Fatalf("--out holds %q: %v", b, err)
			}
			break
		}
		select {
		case err := <-done:
			t.Fatalf("exited early: %v; stderr: %s", err, stderr.String())
		case <-time.After(20 * time.Millisecond):
		}
	}
	if !strings.HasPrefix(info.URL, "http://127.0.0.1:") || info.ChainID != chain.SimulatedChainID || !common.IsHexAddress(info.Contract) {
		t.Fatalf("info %+v", info)
	}

	// Another client, over HTTP, with the funded key.
	c, err := chain.Dial(ctx, info.URL, common.HexToAddress(info.Contract), key)
	if err != nil {
		t.Fatal(err)
	}
	a, err := c.Anchor(ctx, crypto.Keccak256Hash([]byte("root")), 3)
	c.Close()
	if err != nil || a.Block == 0 {
		t.Fatalf("Anchor = %+v, %v", a, err)
	}

	stop()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("exit: %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("did not stop on cancel")
	}
	if !strings.Contains(stdout.String(), info.Contract) {
		t.Fatalf("stdout %q lacks the contract", stdout.String())
	}
}

func TestBadFlags(t *testing.T) {
	for _, args := range [][]string{
		{"--fund", "0x1234"},
		{"--listen", "nonsense"},
		{"--log-level", "loud"},
		{"--balance", "0"},
	} {
		var stdout, stderr bytes.Buffer
		cmd := newRootCmd(&stdout, &stderr)
		cmd.SetArgs(args)
		if err := cmd.ExecuteContext(context.Background()); err == nil {
			t.Errorf("%v: no error", args)
		}
	}
}
