package testnet

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"
)

// ManifestFile is the name of the manifest inside a testnet dir.
const ManifestFile = "testnet.json"

// Manifest describes a testnet started as OS processes: enough for the CLI
// (and a person with jq) to find each peer's socket, and for Down to stop
// exactly the processes that Up started.
type Manifest struct {
	Network   string     `json:"network"`
	CreatedAt time.Time  `json:"createdAt"`
	Peers     []PeerInfo `json:"peers"`
	Wallet    *DevWallet `json:"wallet,omitempty"`
	Chain     *ChainInfo `json:"chain,omitempty"`
}

// ChainInfo is the testnet's dev chain: one `skyopsd devchain` process
// whose JSON-RPC every peer anchors its receipts on.
type ChainInfo struct {
	URL      string `json:"url"`
	Contract string `json:"contract"`
	ChainID  uint64 `json:"chainId"`
	PID      int    `json:"pid"`
	DataDir  string `json:"dataDir"`
	LogFile  string `json:"logFile"`
}

// proc is the chain as a process Down can stop like a peer.
func (c *ChainInfo) proc() PeerInfo { return PeerInfo{Index: -1, PID: c.PID, DataDir: c.DataDir} }

// DevWallet is the testnet's ready-made submitter wallet.
type DevWallet struct {
	Address      string `json:"address"`
	Keystore     string `json:"keystore"`
	PasswordFile string `json:"passwordFile"`
}

// PeerInfo is one peer of a testnet.
type PeerInfo struct {
	Index   int      `json:"index"`
	ID      string   `json:"id"`      // libp2p peer id
	Address string   `json:"address"` // Ethereum address of the same key
	Socket  string   `json:"socket"`
	Addrs   []string `json:"addrs"`
	PID     int      `json:"pid"`
	DataDir string   `json:"dataDir"`
	Fleet   string   `json:"fleet"` // the --sim-gpus spec it was started with
	LogFile string   `json:"logFile"`
}

// ReadManifest reads DIR/testnet.json. A dir without one gives an error that
// wraps fs.ErrNotExist.
func ReadManifest(dir string) (*Manifest, error) {
	path := filepath.Join(dir, ManifestFile)
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, &noManifestError{dir: dir, err: err}
	}
	if err != nil {
		return nil, fmt.Errorf("read testnet manifest: %w", err)
	}
	var m Manifest
	if err := json.Unmarshal(data, &m); err != nil {
		return nil, fmt.Errorf("read testnet manifest %s: %w", path, err)
	}
	return &m, nil
}

// noManifestError is ReadManifest's answer for a dir without a manifest:
// one line a person can act on, that still matches fs.ErrNotExist.
type noManifestError struct {
	dir string
	err error
}

func (e *noManifestError) Error() string {
	return fmt.Sprintf("no testnet in %s: it has no %s (start one with skyops testnet up --dir %s)", e.dir, ManifestFile, e.dir)
}

func (e *noManifestError) Unwrap() error { return e.err }

// WriteManifest writes DIR/testnet.json through a temp file and a rename, so
// that a reader (or a crash) never sees half a manifest.
func WriteManifest(dir string, m *Manifest) error {
	data, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return fmt.Errorf("encode testnet manifest: %w", err)
	}
	data = append(data, '\n')
	f, err := os.CreateTemp(dir, ".testnet-*.json")
	if err != nil {
		return fmt.Errorf("write testnet manifest: %w", err)
	}
	tmp := f.Name()
	defer os.Remove(tmp) // no-op once renamed
	if _, err := f.Write(data); err != nil {
		f.Close()
		return fmt.Errorf("write testnet manifest %s: %w", tmp, err)
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return fmt.Errorf("write testnet manifest %s: %w", tmp, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("write testnet manifest %s: %w", tmp, err)
	}
	if err := os.Rename(tmp, filepath.Join(dir, ManifestFile)); err != nil {
		return fmt.Errorf("write testnet manifest: %w", err)
	}
	return nil
}
