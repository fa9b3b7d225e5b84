// Command skyops-chain runs a development Ethereum chain for a local skyops
// testnet: go-ethereum's simulated chain, in memory only, serving JSON-RPC
// over HTTP on loopback, with the skyops registry deployed and the given
// addresses funded. Every daemon of the testnet points --chain-rpc and
// --contract at it, so they all anchor on, and verify against, one chain.
//
//	skyops-chain --listen 127.0.0.1:8545 --fund 0xabc…,0xdef… --out chain.json
//
// It writes {"url", "contract", "chainId"} to --out (atomically) and stdout,
// and runs until SIGINT or SIGTERM. The chain is gone when it exits.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/skyops/skyops/ledger/chain"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := newRootCmd(os.Stdout, os.Stderr).ExecuteContext(ctx)
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "skyops-chain: error:", strings.ReplaceAll(err.Error(), "\n", " "))
		os.Exit(1)
	}
}

// Info is what --out holds: all a daemon needs to use the chain.
type Info struct {
	URL      string `json:"url"`
	Contract string `json:"contract"` // checksummed 0x address
	ChainID  uint64 `json:"chainId"`
}

type flags struct {
	listen   string
	fund     []string
	out      string
	balance  uint64
	minePoll time.Duration
	logLevel string
}

func newRootCmd(stdout, stderr io.Writer) *cobra.Command {
	var f flags
	cmd := &cobra.Command{
		Use:   "skyops-chain",
		Short: "A development chain with the skyops registry, for local testnets",
		Long: `skyops-chain runs go-ethereum's simulated chain (chain id 1337, in memory
only) and serves its JSON-RPC over HTTP, deploys the skyops registry contract,
funds the --fund addresses, and mines a block whenever a transaction is pending.
It writes {"url","contract","chainId"} to --out and stdout and runs until
interrupted; the chain is gone when it exits.`,
		Example: `  skyops-chain --listen 127.0.0.1:8545 --fund 0x52908400098527886E0F7030069857D2E4169EE7 --out .testnet/chain.json
  skyopsd --chain-rpc http://127.0.0.1:8545 --contract 0x…`,
		Args:          cobra.NoArgs,
		SilenceUsage:  true,
		SilenceErrors: true,
		RunE: func(cmd *cobra.Command, _ []string) error {
			var level slog.Level
			if err := level.UnmarshalText([]byte(f.logLevel)); err != nil {
				return fmt.Errorf("--log-level %q: want debug, info, warn or error", f.logLevel)
			}
			log := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: level}))
			fund := make([]common.Address, 0, len(f.fund))
			for _, a := range f.fund {
				a = strings.TrimSpace(a)
				if !common.IsHexAddress(a) {
					return fmt.Errorf("--fund %q: want an address, 0x and 40 hex digits", a)
				}
				fund = append(fund, common.HexToAddress(a))
			}
			if f.balance == 0 {
				return errors.New("--balance must be at least 1 ETH")
			}
			ctx := cmd.Context()
			wei := new(big.Int).Mul(new(big.Int).SetUint64(f.balance), big.NewInt(1e18))
			dc, err := chain.StartDevChain(ctx, f.listen, fund,
				chain.WithBalance(wei), chain.WithMinePoll(f.minePoll), chain.WithLogger(log))
			if err != nil {
				return err
			}
			defer dc.Close()
			info := Info{URL: dc.URL, Contract: dc.Contract.Hex(), ChainID: dc.ChainID}
			b, err := json.MarshalIndent(info, "", "  ")
			if err != nil {
				return err
			}
			b = append(b, '\n')
			if f.out != "" {
				if err := writeAtomic(f.out, b); err != nil {
					return fmt.Errorf("writing --out %s: %w", f.out, err)
				}
			}
			if _, err := stdout.Write(b); err != nil {
				return err
			}
			log.Info("dev chain running", "url", info.URL, "contract", info.Contract, "chainId", info.ChainID, "funded", len(fund))
			<-ctx.Done()
			log.Info("stopping dev chain")
			return nil
		},
	}
	cmd.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return fmt.Errorf("%v (see skyops-chain --help)", err)
	})
	fl := cmd.Flags()
	fl.StringVar(&f.listen, "listen", "127.0.0.1:8545", "host:port to serve JSON-RPC over HTTP on (port 0 picks a free one)")
	fl.StringSliceVar(&f.fund, "fund", nil, "address to fund at genesis (comma-separated or repeatable)")
	fl.StringVar(&f.out, "out", "", "file to write {url, contract, chainId} to (atomically)")
	fl.Uint64Var(&f.balance, "balance", 1000, "ETH given to each --fund address")
	fl.DurationVar(&f.minePoll, "mine-poll", 100*time.Millisecond, "how often to check for pending transactions to mine")
	fl.StringVar(&f.logLevel, "log-level", "info", "debug, info, warn or error")
	return cmd
}

// writeAtomic writes b to path through a temporary file in the same
// directory and a rename, so a reader never sees half a file.
func writeAtomic(path string, b []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(b); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
