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
	// Net is what an isolated testnet (ProcessConfig.Isolated) created in
	// the kernel: Down removes exactly these, and nothing else.
	Net *NetInfo `json:"net,omitempty"`
}

// NetInfo records the network namespaces, links and subnet of an isolated
// testnet. Every name starts with Prefix ("sk" and six hex digits of a
// hash of the testnet dir), and the harness only ever deletes names that
// do, so a hand-edited manifest cannot make it remove anything else.
type NetInfo struct {
	Prefix string `json:"prefix"`
	// Subnet is the testnet's 10.x.y.0/24; HostIP (10.x.y.1) is the root
	// namespace's end of it, where the dev chain listens.
	Subnet string `json:"subnet"`
	HostIP string `json:"hostIP"`
	// HostLink is the one link in the root namespace: a veth whose other
	// end is a port of Bridge, inside the Hub namespace.
	HostLink string `json:"hostLink"`
	Hub      string `json:"hub"`
	Bridge   string `json:"bridge"`
	// Namespaces[i] and PeerIPs[i] are peer i's namespace and address
	// (10.x.y.(i+2)); Veths[i] is its veth pair: the end on the bridge (in
	// Hub) and the end inside Namespaces[i] that holds PeerIPs[i].
	Namespaces []string    `json:"namespaces"`
	PeerIPs    []string    `json:"peerIPs"`
	Veths      [][2]string `json:"veths"`
	// Partition is the current split (peer indexes by group), nil when
	// the network is whole.
	Partition [][]int `json:"partition,omitempty"`
}

// ChainInfo is the testnet's dev chain: one `skyopsd devchain` process
// whose JSON-RPC every peer anchors its receipts on.
type ChainInfo struct {
	URL      string `json:"url"`
	Contract string `json:"contract"`
	Escrow   string `json:"escrow"`
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
	// Dashboard is the peer's web dashboard login link (skyopsd --http):
	// it carries the dashboard's token.
	Dashboard string `json:"dashboard,omitempty"`
	// Args is the command line the peer was first started with, program
	// first (`ip netns exec NS skyopsd ...` in an isolated testnet):
	// Restart runs it again.
	Args []string `json:"args,omitempty"`
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
