package chain

import (
	"context"
	"encoding/json"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// ethersView is what tools/ethers-check/check.js prints.
type ethersView struct {
	ChainID string `json:"chainId"`
	Token   struct {
		Address, Name, Symbol, TotalSupply, OwnerBalance, EscrowBalance, AllowanceToEscrow string
		Decimals, TransfersToOwner                                                         int
	} `json:"token"`
	Escrow struct {
		Registry, WithdrawDelay, EthHeld string
		Eth, Skyops                      struct{ Balance, Withdrawing, WithdrawableAt string }
	} `json:"escrow"`
}

// ethersCheck runs check.js against the chain at url and hands what it read
// to check. It skips without make ethers-check, unless SKYOPS_REQUIRE_ETHERS=1.
func ethersCheck(t *testing.T, ctx context.Context, url string, escrow, owner common.Address, check func(ethersView)) {
	t.Helper()
	dir, err := filepath.Abs(filepath.Join("..", "..", "tools", "ethers-check"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "node_modules", "ethers")); err != nil {
		if os.Getenv("SKYOPS_REQUIRE_ETHERS") == "1" {
			t.Fatalf("SKYOPS_REQUIRE_ETHERS=1 and no ethers in %s: run make ethers-check", dir)
		}
		t.Skipf("no ethers in %s (make ethers-check installs it)", dir)
	}
	node, err := exec.LookPath("node")
	if err != nil {
		t.Fatalf("ethers.js is installed but node is not on PATH: %v", err)
	}
	cmd := exec.CommandContext(ctx, node, "check.js", url, escrow.Hex(), owner.Hex())
	cmd.Dir = dir
	out, err := cmd.Output()
	if err != nil {
		var stderr string
		if ee, ok := err.(*exec.ExitError); ok {
			stderr = string(ee.Stderr)
		}
		t.Fatalf("node check.js: %v\n%s", err, stderr)
	}
	var got ethersView
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatalf("check.js printed %s: %v", out, err)
	}
	check(got)
}

// ethers.js, from outside Go, reads $SKYOPS as a standard ERC-20 and the
// escrow's view functions on a dev chain served over JSON-RPC, and sees
// what the Go client did: a wallet funded by the dev faucet that deposited
// ETH and $SKYOPS and asked for some back. Needs make ethers-check (npm);
// skips without it unless SKYOPS_REQUIRE_ETHERS=1 (CI).
func TestEthersReadsTokenAndEscrow(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	owner, _ := crypto.GenerateKey()
	dc, err := StartDevChain(ctx, "127.0.0.1:0", nil)
	if err != nil {
		t.Fatal(err)
	}
	defer dc.Close()
	faucet, err := Dial(ctx, dc.URL, dc.Contract, DevFaucetKey())
	if err != nil {
		t.Fatal(err)
	}
	defer faucet.Close()
	fp, err := faucet.Payments(ctx, dc.Escrow)
	if err != nil {
		t.Fatal(err)
	}
	ownerAddr := crypto.PubkeyToAddress(owner.PublicKey)
	if _, err := faucet.SendETH(ctx, ownerAddr, eth(5)); err != nil {
		t.Fatal(err)
	}
	if _, err := fp.TransferToken(ctx, ownerAddr, eth(300)); err != nil {
		t.Fatal(err)
	}
	oc, err := Dial(ctx, dc.URL, dc.Contract, owner)
	if err != nil {
		t.Fatal(err)
	}
	defer oc.Close()
	op, err := oc.Payments(ctx, dc.Escrow)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := op.Deposit(ctx, ETH, eth(2)); err != nil {
		t.Fatal(err)
	}
	if _, err := op.Deposit(ctx, SKYOPS, eth(120)); err != nil {
		t.Fatal(err)
	}
	_, at, err := op.RequestWithdraw(ctx, SKYOPS, eth(20))
	if err != nil {
		t.Fatal(err)
	}

	ethersCheck(t, ctx, dc.URL, dc.Escrow, ownerAddr, func(got ethersView) {
		tok := got.Token
		supply, _ := new(big.Int).SetString(tok.TotalSupply, 10)
		for _, c := range []struct {
			what      string
			got, want any
		}{
			{"chain id", got.ChainID, "1337"},
			{"token address", tok.Address, fp.TokenAddress().Hex()},
			{"name", tok.Name, "Skyops"},
			{"symbol", tok.Symbol, "SKYOPS"},
			{"decimals", tok.Decimals, 18},
			{"total supply", supply.Cmp(devSupply()), 0},
			{"owner's tokens", tok.OwnerBalance, eth(180).String()},
			{"escrow's tokens", tok.EscrowBalance, eth(120).String()},
			{"allowance left", tok.AllowanceToEscrow, "0"},
			{"transfers to the owner", tok.TransfersToOwner, 1},
			{"registry", got.Escrow.Registry, dc.Contract.Hex()},
			{"withdraw delay", got.Escrow.WithdrawDelay, "2"},
			{"ETH account", got.Escrow.Eth.Balance, eth(2).String()},
			{"ETH held", got.Escrow.EthHeld, eth(2).String()},
			{"SKYOPS account", got.Escrow.Skyops.Balance, eth(100).String()},
			{"SKYOPS withdrawing", got.Escrow.Skyops.Withdrawing, eth(20).String()},
			{"SKYOPS withdrawable at", got.Escrow.Skyops.WithdrawableAt, new(big.Int).SetUint64(at).String()},
		} {
			if c.got != c.want {
				t.Errorf("ethers.js reads %s = %v, want %v", c.what, c.got, c.want)
			}
		}
	})
}
