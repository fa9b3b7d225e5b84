package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/skyops/skyops/ledger/chain"
)

// DevChainFile is what `skyopsd devchain` writes into its data dir once the
// chain serves: where it is and where the registry contract is.
const DevChainFile = "chain.json"

// devChainInfo is the content of DevChainFile.
type devChainInfo struct {
	URL      string `json:"url"`
	Contract string `json:"contract"` // the registry
	Escrow   string `json:"escrow"`   // the payments escrow (which names the registry)
	Token    string `json:"token"`    // $SKYOPS, all held by the dev faucet
	ChainID  uint64 `json:"chainId"`
	PID      int    `json:"pid"`
}

func newDevChainCmd(stderr io.Writer) *cobra.Command {
	var (
		dataDir    string
		listen     string
		fund       []string
		blockEvery time.Duration
	)
	cmd := &cobra.Command{
		Use:   "devchain",
		Short: "Run a development Ethereum chain on loopback, with the skyops registry deployed",
		Long: `devchain runs go-ethereum's simulated chain (chain id 1337, in memory: it
is gone when the process stops) and serves its JSON-RPC over HTTP. It funds
each --fund address with 1000 ETH at genesis, deploys the skyops registry
contract (node bonds of at least 1 ETH, paid back 7200 blocks after unbonding),
mines whenever a transaction waits, and writes the URL and contract address to
DATA_DIR/chain.json. A local testnet runs one for all its peers:
skyopsd --chain-rpc URL --contract ADDRESS.`,
		Example: `  skyopsd devchain --data-dir /tmp/chain --listen 127.0.0.1:8545 --fund 0xAbC…`,
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if dataDir == "" {
				return errors.New("devchain needs --data-dir: where chain.json goes")
			}
			var addrs []common.Address
			for _, a := range fund {
				a = strings.TrimSpace(a)
				if !common.IsHexAddress(a) {
					return fmt.Errorf("--fund %q is not an address (0x and 40 hex digits)", a)
				}
				addrs = append(addrs, common.HexToAddress(a))
			}
			if err := os.MkdirAll(dataDir, 0o700); err != nil {
				return fmt.Errorf("devchain data dir: %w", err)
			}
			log, err := newLogger(stderr, "info", "text")
			if err != nil {
				return err
			}
			ctx := cmd.Context()
			dc, err := chain.StartDevChain(ctx, listen, addrs, chain.WithLogger(log), chain.WithIdleBlocks(blockEvery))
			if err != nil {
				return err
			}
			defer dc.Close()
			info, _ := json.MarshalIndent(devChainInfo{URL: dc.URL, Contract: dc.Contract.Hex(), Escrow: dc.Escrow.Hex(), Token: dc.Token.Hex(), ChainID: dc.ChainID, PID: os.Getpid()}, "", "  ")
			path := filepath.Join(dataDir, DevChainFile)
			tmp := path + ".tmp"
			if err := os.WriteFile(tmp, append(info, '\n'), 0o600); err != nil {
				return fmt.Errorf("write %s: %w", path, err)
			}
			if err := os.Rename(tmp, path); err != nil {
				return fmt.Errorf("write %s: %w", path, err)
			}
			log.Info("dev chain up", "url", dc.URL, "contract", dc.Contract, "escrow", dc.Escrow, "chainId", dc.ChainID, "funded", len(addrs), "faucet", chain.DevFaucet())
			<-ctx.Done()
			os.Remove(path)
			log.Info("dev chain stopped")
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&dataDir, "data-dir", "", "where chain.json (URL and contract address) is written")
	f.StringVar(&listen, "listen", "127.0.0.1:8545", "host:port for JSON-RPC over HTTP (port 0 picks a free one)")
	f.DurationVar(&blockEvery, "block-every", time.Second, "seal an empty block after this long without one, as geth --dev.period does, so that block-counted waits (dispute windows, withdrawals) pass; 0: only when sent a transaction")
	f.StringSliceVar(&fund, "fund", nil, "address to fund with 1000 ETH at genesis (repeatable, or comma-separated)")
	return cmd
}
