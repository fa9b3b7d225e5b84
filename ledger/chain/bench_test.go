package chain

import (
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"fmt"
	"math/big"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	ethtypes "github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"

	"github.com/skyops/skyops/ledger/merkle"
)

var benchSizes = []int{1, 100, 10000}

func randomHash(b *testing.B) (h common.Hash) {
	if _, err := rand.Read(h[:]); err != nil {
		b.Fatal(err)
	}
	return h
}

// BenchmarkAnchorGas: one anchor transaction per batch, whatever its size, so
// the gas per receipt falls as 1/size.
//
// rules=dev is the embedded chain's default (go-ethereum's dev rules, which
// include forks not yet on mainnet and their state-growth gas repricing);
// rules=osaka is mainnet's schedule at the time of writing.
func BenchmarkAnchorGas(b *testing.B) {
	for _, rules := range []string{"dev", "osaka"} {
		var opts []EmbeddedOption
		if rules == "osaka" {
			opts = append(opts, WithChainConfig(osakaConfig()))
		}
		c := newTestEmbedded(b, newKey(b), opts...)
		for _, n := range benchSizes {
			b.Run(fmt.Sprintf("rules=%s/receipts=%d", rules, n), func(b *testing.B) { benchAnchor(b, c, n) })
		}
	}
}

// osakaConfig is the dev chain's config stopped at Osaka (mainnet today).
func osakaConfig() *params.ChainConfig {
	cfg := *params.AllDevChainProtocolChanges
	cfg.AmsterdamTime, cfg.BogotaTime, cfg.UBTTime = nil, nil, nil
	return &cfg
}

func benchAnchor(b *testing.B, c *Chain, n int) {
	ctx := context.Background()
	leaves := make([]common.Hash, n)
	for i := range leaves {
		leaves[i] = randomHash(b)
	}
	var gas uint64
	iters := 0
	for b.Loop() {
		leaves[0] = randomHash(b)
		tr, err := merkle.Build(leaves)
		if err != nil {
			b.Fatal(err)
		}
		a, err := c.Anchor(ctx, tr.Root(), uint64(n))
		if err != nil {
			b.Fatal(err)
		}
		gas += a.GasUsed
		iters++
	}
	perTx := float64(gas) / float64(iters)
	b.ReportMetric(perTx, "gas/tx")
	b.ReportMetric(perTx/float64(n), "gas/receipt")
}

// BenchmarkVerifyOnChain: eth_call of verifyAnchoredReceipt for a receipt in
// a batch of each size; gas/verify is what the same call would cost as a
// transaction (eth_estimateGas, including the 21000 base).
func BenchmarkVerifyOnChain(b *testing.B) {
	key := newKey(b)
	c := newTestEmbedded(b, key)
	ctx := context.Background()
	const network = "skyops-bench"
	registryABI, err := SkyopsRegistryMetaData.GetAbi()
	if err != nil {
		b.Fatal(err)
	}
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("receipts=%d", n), func(b *testing.B) {
			r := signReceipt(b, network, []byte(fmt.Sprintf("bench receipt %d", n)), newKey(b))
			leaves := make([]common.Hash, n)
			for i := range leaves {
				leaves[i] = randomHash(b)
			}
			idx := n / 2
			leaves[idx] = merkle.Leaf(r.digest)
			tr, err := merkle.Build(leaves)
			if err != nil {
				b.Fatal(err)
			}
			if _, err := c.Anchor(ctx, tr.Root(), uint64(n)); err != nil {
				b.Fatal(err)
			}
			proof := must(tr.Proof(idx))
			data, err := registryABI.Pack("verifyAnchoredReceipt", network, r.bodyHash, r.sig, r.executor, hashes(proof), tr.Root(), c.Submitter())
			if err != nil {
				b.Fatal(err)
			}
			to := c.Contract()
			gas, err := c.client.EstimateGas(ctx, ethereum.CallMsg{From: c.Submitter(), To: &to, Data: data})
			if err != nil {
				b.Fatal(err)
			}
			for b.Loop() {
				ok, err := c.VerifyOnChain(ctx, network, r.bodyHash, r.sig, r.executor, proof, tr.Root(), c.Submitter())
				if err != nil || !ok {
					b.Fatalf("VerifyOnChain = %v, %v", ok, err)
				}
			}
			b.ReportMetric(float64(gas), "gas/verify")
			b.ReportMetric(float64(len(proof)), "proof-len")
		})
	}
}

// BenchmarkBondGas: the gas of one bondNode (a node's first bond, every
// slot new) and of one unbond, under dev rules and Osaka.
func BenchmarkBondGas(b *testing.B) {
	for _, rules := range []string{"dev", "osaka"} {
		b.Run("rules="+rules, func(b *testing.B) {
			var bondGas, unbondGas uint64
			iters := 0
			for b.Loop() {
				b.StopTimer()
				opts := []EmbeddedOption{}
				if rules == "osaka" {
					opts = append(opts, WithChainConfig(osakaConfig()))
				}
				c := newTestEmbedded(b, newKey(b), opts...)
				b.StartTimer()
				tx, err := c.BondNode(context.Background(), DefaultBondTerms().Min)
				if err != nil {
					b.Fatal(err)
				}
				bondGas += tx.GasUsed
				if _, err := c.Unbond(context.Background(), c.NodeID()); err != nil {
					b.Fatal(err)
				}
				unbondGas += c.sentGas(b)
				iters++
				c.Close()
			}
			b.ReportMetric(float64(bondGas)/float64(iters), "gas/bond")
			b.ReportMetric(float64(unbondGas)/float64(iters), "gas/unbond")
		})
	}
}

// sentGas is the gas the latest block used (the embedded chain mines one
// transaction a block).
func (c *Chain) sentGas(b *testing.B) uint64 {
	h, err := c.client.HeaderByNumber(context.Background(), nil)
	if err != nil {
		b.Fatal(err)
	}
	return h.GasUsed
}

// BenchmarkPaymentsGas reports the gas of an owner's deposit of ETH, of
// $SKYOPS (approve, then deposit), and of a withdrawal (request, then
// withdraw), under dev rules and Osaka; each owner is new, so are its
// account's slots, as on a first deposit.
func BenchmarkPaymentsGas(b *testing.B) {
	for _, rules := range []struct {
		name string
		opts []EmbeddedOption
	}{{"dev", nil}, {"osaka", []EmbeddedOption{WithChainConfig(osakaConfig())}}} {
		b.Run(rules.name, func(b *testing.B) {
			ctx := context.Background()
			key := newKey(b)
			owners := make([]*ecdsa.PrivateKey, b.N)
			addrs := make([]common.Address, b.N)
			for i := range owners {
				owners[i] = newKey(b)
				addrs[i] = addrOf(owners[i])
			}
			c := newTestEmbedded(b, key, append(slices.Clone(rules.opts), WithFunded(addrs...))...)
			pay, err := DeployPayments(ctx, c, addrOf(key), new(big.Int).Mul(big.NewInt(1e9), big.NewInt(1e18)), 0)
			if err != nil {
				b.Fatal(err)
			}
			var depETH, approve, depSKY, request, withdraw uint64
			b.ResetTimer()
			for i := range b.N {
				if _, err := pay.TransferToken(ctx, addrs[i], big.NewInt(1e18)); err != nil {
					b.Fatal(err)
				}
				po, err := sameChain(b, c, owners[i]).Payments(ctx, pay.Escrow())
				if err != nil {
					b.Fatal(err)
				}
				d, err := po.Deposit(ctx, ETH, big.NewInt(1e17))
				if err != nil {
					b.Fatal(err)
				}
				depETH = d.GasUsed
				a, err := po.send(ctx, "approve", nil, func(opts *bind.TransactOpts) (*ethtypes.Transaction, error) {
					return po.token.Approve(opts, po.escrowAddr, big.NewInt(1e18))
				})
				if err != nil {
					b.Fatal(err)
				}
				approve = a.GasUsed
				d, err = po.send(ctx, "deposit", nil, func(opts *bind.TransactOpts) (*ethtypes.Transaction, error) {
					return po.escrow.Deposit(opts, po.tokenAddr, big.NewInt(1e18))
				})
				if err != nil {
					b.Fatal(err)
				}
				depSKY = d.GasUsed
				r, _, err := po.RequestWithdraw(ctx, ETH, big.NewInt(1e17))
				if err != nil {
					b.Fatal(err)
				}
				request = r.GasUsed
				w, err := po.Withdraw(ctx, ETH)
				if err != nil {
					b.Fatal(err)
				}
				withdraw = w.GasUsed
			}
			b.ReportMetric(float64(depETH), "gas-deposit-eth")
			b.ReportMetric(float64(approve), "gas-approve-skyops")
			b.ReportMetric(float64(depSKY), "gas-deposit-skyops")
			b.ReportMetric(float64(request), "gas-request-withdraw")
			b.ReportMetric(float64(withdraw), "gas-withdraw")
		})
	}
}
