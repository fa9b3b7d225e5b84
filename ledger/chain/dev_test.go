package chain

import (
	"context"
	"encoding/json"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	ethtypes "github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// The relay forwards reads and raw signed transactions, which are mined on
// the embedded chain as the daemon's own are; anything that would use a
// key the daemon holds, or administer the node, is refused.
func TestRelay(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	key, _ := crypto.GenerateKey()
	c, err := NewEmbedded(ctx, key)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if c.PaymentsContracts() == nil {
		t.Fatal("the embedded chain deployed no payments contracts")
	}
	if b, err := c.BalanceOf(ctx, DevFaucet()); err != nil || b.Sign() == 0 {
		t.Fatalf("the dev faucet holds %v, %v", b, err)
	}
	if held, err := c.PaymentsContracts().TokenBalance(ctx, DevFaucet()); err != nil || held.Cmp(devSupply()) != 0 {
		t.Fatalf("the dev faucet holds %v $SKYOPS, %v; want the whole supply", held, err)
	}
	for _, m := range []string{"eth_sendTransaction", "eth_sign", "personal_unlockAccount", "admin_peers", "miner_start", "debug_traceTransaction", ""} {
		if _, err := c.Relay(ctx, m, nil); !errors.Is(err, ErrNotRelayed) {
			t.Errorf("relay %q: %v, want ErrNotRelayed", m, err)
		}
	}
	out, err := c.Relay(ctx, "eth_chainId", nil)
	if err != nil || string(out) != `"0x539"` {
		t.Fatalf("eth_chainId through the relay: %s, %v", out, err)
	}
	// A wallet's own transaction, signed outside and sent through the relay.
	wallet, _ := crypto.GenerateKey()
	to := crypto.PubkeyToAddress(wallet.PublicKey)
	signer := ethtypes.LatestSignerForChainID(big.NewInt(SimulatedChainID))
	nonceRaw, err := c.Relay(ctx, "eth_getTransactionCount", []json.RawMessage{mustJSON(t, DevFaucet()), mustJSON(t, "pending")})
	if err != nil {
		t.Fatal(err)
	}
	var nonce hexutil.Uint64
	json.Unmarshal(nonceRaw, &nonce)
	head, _ := c.client.HeaderByNumber(ctx, nil)
	tx, _ := ethtypes.SignNewTx(DevFaucetKey(), signer, &ethtypes.DynamicFeeTx{
		ChainID: big.NewInt(SimulatedChainID), Nonce: uint64(nonce), GasTipCap: big.NewInt(1e9),
		GasFeeCap: new(big.Int).Add(big.NewInt(1e9), new(big.Int).Mul(head.BaseFee, big.NewInt(2))), Gas: 21_000, To: &to, Value: big.NewInt(1e18),
	})
	raw, _ := tx.MarshalBinary()
	if _, err := c.Relay(ctx, "eth_sendRawTransaction", []json.RawMessage{mustJSON(t, hexutil.Bytes(raw))}); err != nil {
		t.Fatal(err)
	}
	if _, err := waitMined(ctx, c.client, tx.Hash()); err != nil {
		t.Fatalf("a relayed transaction was not mined: %v", err)
	}
	if b, _ := c.BalanceOf(ctx, to); b.Cmp(big.NewInt(1e18)) != 0 {
		t.Fatalf("the wallet holds %s after the relayed transfer", b)
	}
	// A chain's own refusal comes back whole, as a RelayError.
	_, err = c.Relay(ctx, "eth_sendRawTransaction", []json.RawMessage{mustJSON(t, hexutil.Bytes(raw))})
	var re *RelayError
	if !errors.As(err, &re) || re.Code == 0 {
		t.Fatalf("the same transaction again: %v, want the chain's JSON-RPC error", err)
	}
	// SendETH from the wallet now funded.
	w, err := newChain(ctx, "embedded", c.client, SimulatedChainID, c.Contract(), wallet)
	if err != nil {
		t.Fatal(err)
	}
	w.sent = c.sent
	if _, err := w.SendETH(ctx, common.Address{1}, big.NewInt(1e17)); err != nil {
		t.Fatal(err)
	}
	if _, err := w.SendETH(ctx, common.Address{1}, big.NewInt(0)); err == nil {
		t.Error("sending 0 ETH was not refused")
	}
}

func mustJSON(t *testing.T, v any) json.RawMessage {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
