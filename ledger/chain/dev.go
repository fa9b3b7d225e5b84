package chain

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"reflect"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	ethtypes "github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
)

// DevFaucetKey is the well-known key that funds wallets on dev chains (the
// embedded chain and `skyopsd devchain`), as Hardhat's and Anvil's
// published accounts do: it is funded at their genesis and holds their
// whole $SKYOPS supply. Anyone can derive it, so on any other chain it
// holds nothing worth taking; never send it real funds.
func DevFaucetKey() *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte("skyops dev chain faucet")))
	if err != nil {
		panic("chain: dev faucet key: " + err.Error()) // a fixed 32-byte hash below the curve order
	}
	return k
}

// DevFaucet is DevFaucetKey's address.
func DevFaucet() common.Address { return crypto.PubkeyToAddress(DevFaucetKey().PublicKey) }

// devSupply is the $SKYOPS a dev chain's faucet holds: 10^9 tokens.
func devSupply() *big.Int { return new(big.Int).Mul(big.NewInt(1_000_000_000), big.NewInt(1e18)) }

// DevDisputeWindow is the escrow's dispute window on dev chains, in blocks
// (transactions there).
const DevDisputeWindow = 3

// DevWithdrawDelay is the escrow's withdrawal delay on dev chains, in
// blocks: short enough to try by hand, as a dev chain mines only when sent
// a transaction (so there the delay counts transactions).
const DevWithdrawDelay = 2

// ErrNotDevChain: funding was asked of a chain whose faucet has nothing.
var ErrNotDevChain = errors.New("not a dev chain: the dev faucet holds nothing here")

// SendETH sends wei from this client's key to to and waits until it is mined.
func (c *Chain) SendETH(ctx context.Context, to common.Address, wei *big.Int) (PaymentTx, error) {
	what := fmt.Sprintf("sending %s wei to %s", wei, to)
	if c.key == nil {
		return PaymentTx{}, fmt.Errorf("%s: %w", what, ErrReadOnly)
	}
	if wei == nil || wei.Sign() <= 0 {
		return PaymentTx{}, fmt.Errorf("%s: the amount must be above zero", what)
	}
	c.txMu.Lock()
	defer c.txMu.Unlock()
	nonce, err := c.client.PendingNonceAt(ctx, c.from)
	if err != nil {
		return PaymentTx{}, fmt.Errorf("%s: reading the nonce: %w", what, err)
	}
	tip, err := c.client.SuggestGasTipCap(ctx)
	if err != nil {
		return PaymentTx{}, fmt.Errorf("%s: reading the gas tip: %w", what, err)
	}
	head, err := c.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return PaymentTx{}, fmt.Errorf("%s: reading the head block: %w", what, err)
	}
	feeCap := new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
	signer := ethtypes.LatestSignerForChainID(new(big.Int).SetUint64(c.chainID))
	tx, err := ethtypes.SignNewTx(c.key, signer, &ethtypes.DynamicFeeTx{
		ChainID: new(big.Int).SetUint64(c.chainID), Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap,
		Gas: 21_000, To: &to, Value: wei,
	})
	if err != nil {
		return PaymentTx{}, fmt.Errorf("%s: signing: %w", what, err)
	}
	if err := c.client.SendTransaction(ctx, tx); err != nil {
		return PaymentTx{}, fmt.Errorf("%s from %s: %w", what, c.from, registryError(err))
	}
	if c.sent != nil {
		c.sent()
	}
	rcpt, err := waitMined(ctx, c.client, tx.Hash())
	if err != nil {
		return PaymentTx{}, fmt.Errorf("%s: waiting for tx %s: %w", what, tx.Hash(), err)
	}
	fee := new(big.Int).Mul(new(big.Int).SetUint64(rcpt.GasUsed), rcpt.EffectiveGasPrice)
	return PaymentTx{TxHash: tx.Hash(), Block: rcpt.BlockNumber.Uint64(), GasUsed: rcpt.GasUsed, FeeWei: fee}, nil
}

// BalanceOf is addr's ETH balance at the head.
func (c *Chain) BalanceOf(ctx context.Context, addr common.Address) (*big.Int, error) {
	b, err := c.client.BalanceAt(ctx, addr, nil)
	if err != nil {
		return nil, fmt.Errorf("reading the ETH balance of %s on chain at %s: %w", addr, c.url, err)
	}
	return b, nil
}

// TopUpFromDevAccount sends wei to to from the first account the node at
// rpcURL holds unlocked (geth --dev's developer account) with
// eth_sendTransaction: how a dev faucet is funded on a chain that skyops
// did not start. ErrNotDevChain when the node holds no account.
func TopUpFromDevAccount(ctx context.Context, rpcURL string, to common.Address, wei *big.Int) (common.Hash, error) {
	client, _, err := dialClient(ctx, rpcURL)
	if err != nil {
		return common.Hash{}, err
	}
	defer client.Close()
	raw := client.Client()
	var accounts []common.Address
	if err := raw.CallContext(ctx, &accounts, "eth_accounts"); err != nil || len(accounts) == 0 {
		return common.Hash{}, fmt.Errorf("funding %s on chain at %s: %w (and the node holds no unlocked account to fund it from)", to, rpcURL, ErrNotDevChain)
	}
	var h common.Hash
	tx := map[string]any{"from": accounts[0], "to": to, "value": (*hexutil.Big)(wei)}
	if err := raw.CallContext(ctx, &h, "eth_sendTransaction", tx); err != nil {
		return common.Hash{}, fmt.Errorf("funding %s from the node's account %s on chain at %s: %w", to, accounts[0], rpcURL, err)
	}
	if _, err := waitMined(ctx, client, h); err != nil {
		return common.Hash{}, fmt.Errorf("funding %s: waiting for tx %s: %w", to, h, err)
	}
	return h, nil
}

// FundDev sends wei to to on the dev chain at rpcURL: from the dev faucet
// when it holds more than that there (skyopsd devchain), else from the
// node's unlocked developer account (geth --dev). ErrNotDevChain when
// neither can pay.
func FundDev(ctx context.Context, rpcURL string, to common.Address, wei *big.Int) (common.Hash, error) {
	client, chainID, err := dialClient(ctx, rpcURL)
	if err != nil {
		return common.Hash{}, err
	}
	defer client.Close()
	b, err := client.BalanceAt(ctx, DevFaucet(), nil)
	if err != nil || b.Cmp(wei) <= 0 {
		return TopUpFromDevAccount(ctx, rpcURL, to, wei)
	}
	// A registry-less client: SendETH needs only the key and the chain.
	c := &Chain{url: rpcURL, client: client, chainID: chainID, key: DevFaucetKey(), from: DevFaucet()}
	tx, err := c.SendETH(ctx, to, wei)
	return tx.TxHash, err
}

// relayed says whether Relay forwards method: what a wallet needs to read
// the chain, estimate a transaction and send one it signed itself. Nothing
// that signs with a key the node holds, mines, subscribes or administers.
func relayed(method string) bool {
	switch method {
	case "eth_chainId", "net_version", "eth_blockNumber", "eth_getBalance", "eth_getCode",
		"eth_getTransactionCount", "eth_call", "eth_estimateGas", "eth_gasPrice",
		"eth_maxPriorityFeePerGas", "eth_feeHistory", "eth_getBlockByNumber", "eth_getBlockByHash",
		"eth_getTransactionByHash", "eth_getTransactionReceipt", "eth_getLogs", "eth_sendRawTransaction",
		"eth_getStorageAt", "eth_syncing", "web3_clientVersion":
		return true
	}
	return false
}

// rawRPC is the JSON-RPC client under b: ethclient's own, or the one the
// simulated backend's client wraps. That wrapper keeps its ethclient in an
// embedded field named Client, which shadows the method; reflect reads the
// (exported) field.
func rawRPC(b backend) *rpc.Client {
	if ec, ok := b.(interface{ Client() *rpc.Client }); ok {
		return ec.Client()
	}
	v := reflect.ValueOf(b)
	if v.Kind() != reflect.Struct {
		return nil
	}
	if f := v.FieldByName("Client"); f.IsValid() && f.CanInterface() {
		if ec, ok := f.Interface().(*ethclient.Client); ok && ec != nil {
			return ec.Client()
		}
	}
	return nil
}

// ErrNotRelayed: Relay was asked a method it does not forward.
var ErrNotRelayed = errors.New("method not relayed")

// RelayError is a JSON-RPC error the chain answered, kept whole (its data
// carries a revert's custom error).
type RelayError struct {
	Code    int
	Message string
	Data    any
}

func (e *RelayError) Error() string { return e.Message }

// Relay forwards one JSON-RPC call to the chain this client talks to,
// embedded or remote, when relayed allows the method, and returns the raw
// result: how a wallet that signs its own transactions uses a daemon's
// chain, the embedded one included. A relayed raw transaction is mined at
// once on an embedded chain, as the daemon's own are.
func (c *Chain) Relay(ctx context.Context, method string, params []json.RawMessage) (json.RawMessage, error) {
	if !relayed(method) {
		return nil, fmt.Errorf("%w: %s (only reads, estimates and eth_sendRawTransaction are)", ErrNotRelayed, method)
	}
	rc := rawRPC(c.client)
	if rc == nil {
		return nil, fmt.Errorf("relaying %s: this chain client has no JSON-RPC connection", method)
	}
	args := make([]any, len(params))
	for i, p := range params {
		args[i] = p
	}
	var out json.RawMessage
	if err := rc.CallContext(ctx, &out, method, args...); err != nil {
		var re rpc.Error
		if errors.As(err, &re) {
			e := &RelayError{Code: re.ErrorCode(), Message: re.Error()}
			var de rpc.DataError
			if errors.As(err, &de) {
				e.Data = de.ErrorData()
			}
			return nil, e
		}
		return nil, fmt.Errorf("relaying %s to chain at %s: %w", method, c.url, err)
	}
	if method == "eth_sendRawTransaction" && c.sent != nil {
		c.sent()
	}
	return out, nil
}

// HeadTime is the timestamp of the chain's latest block: the clock a
// contract's time checks (a parameter change's notice) read. A dev chain
// that mines a block per transaction can run ahead of the wall clock.
func (c *Chain) HeadTime(ctx context.Context) (time.Time, error) {
	h, err := c.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return time.Time{}, fmt.Errorf("reading the head block of chain at %s: %w", c.url, err)
	}
	return time.Unix(int64(h.Time), 0), nil
}

// HeadBlock is the number of the chain's latest block.
func (c *Chain) HeadBlock(ctx context.Context) (uint64, error) {
	h, err := c.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("reading the head block of chain at %s: %w", c.url, err)
	}
	return h.Number.Uint64(), nil
}

// SealBlock seals a block now on an embedded chain (empty when nothing is
// pending), so that block-counted waits pass on a chain only this daemon
// sends to; on any other chain it does nothing.
func (c *Chain) SealBlock() {
	if c.url == "embedded" && c.sent != nil {
		c.sent()
	}
}
