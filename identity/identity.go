// Package identity loads or creates a daemon's one secp256k1 key. The same
// key is the node's libp2p peer id and its Ethereum address: the address
// that signs what the node says and receives what it earns.
//
// It must never write a key anyone but the owner can read, nor silently
// replace a key that exists but cannot be read.
package identity

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	p2pcrypto "github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
)

// FileName is the key's file in the data dir.
const FileName = "node.key"

// Key is a node's identity.
type Key struct {
	priv   *ecdsa.PrivateKey
	p2p    p2pcrypto.PrivKey
	id     peer.ID
	addr   common.Address
	path   string
	create bool
}

// LoadOrCreate reads dir/node.key, or creates it (mode 0600) if there is
// none. A key file readable by others is refused: fix its mode first.
func LoadOrCreate(dir string) (*Key, error) {
	path := filepath.Join(dir, FileName)
	st, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		priv, err := crypto.GenerateKey()
		if err != nil {
			return nil, fmt.Errorf("generate node key: %w", err)
		}
		if err := writeKey(path, priv); err != nil {
			return nil, err
		}
		k, err := fromECDSA(priv, path)
		if err != nil {
			return nil, err
		}
		k.create = true
		return k, nil
	case err != nil:
		return nil, fmt.Errorf("read node key: %w", err)
	}
	if st.Mode().Perm()&0o077 != 0 {
		return nil, fmt.Errorf("node key %s has mode %04o; others can read it: run chmod 600 %s", path, st.Mode().Perm(), path)
	}
	priv, err := crypto.LoadECDSA(path)
	if err != nil {
		return nil, fmt.Errorf("load node key %s: %w", path, err)
	}
	return fromECDSA(priv, path)
}

// writeKey writes to a temp file and renames it, so a crash never leaves
// half a key behind.
func writeKey(path string, priv *ecdsa.PrivateKey) error {
	tmp := path + ".tmp"
	if err := crypto.SaveECDSA(tmp, priv); err != nil {
		return fmt.Errorf("write node key: %w", err)
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("write node key: %w", err)
	}
	return nil
}

// FromECDSA wraps an existing key (tests, tools).
func FromECDSA(priv *ecdsa.PrivateKey) (*Key, error) { return fromECDSA(priv, "") }

func fromECDSA(priv *ecdsa.PrivateKey, path string) (*Key, error) {
	pk, err := p2pcrypto.UnmarshalSecp256k1PrivateKey(crypto.FromECDSA(priv))
	if err != nil {
		return nil, fmt.Errorf("convert node key: %w", err)
	}
	id, err := peer.IDFromPrivateKey(pk)
	if err != nil {
		return nil, fmt.Errorf("derive peer id: %w", err)
	}
	return &Key{priv: priv, p2p: pk, id: id, addr: crypto.PubkeyToAddress(priv.PublicKey), path: path}, nil
}

// PeerID is the node's libp2p identity.
func (k *Key) PeerID() peer.ID { return k.id }

// Address is the node's Ethereum address.
func (k *Key) Address() common.Address { return k.addr }

// P2PKey is the key in libp2p's form, for the host.
func (k *Key) P2PKey() p2pcrypto.PrivKey { return k.p2p }

// Sign signs a 32-byte hash: 65 bytes [R || S || V], V in {0,1}.
func (k *Key) Sign(hash []byte) ([]byte, error) { return crypto.Sign(hash, k.priv) }

// Path is where the key lives ("" for keys not from a file).
func (k *Key) Path() string { return k.path }

// Created reports whether LoadOrCreate made the key just now.
func (k *Key) Created() bool { return k.create }

// PrivateKey is the node key itself, for opening what peers sealed to this
// node (a job's data key handed to its executor). It never leaves the
// process.
func (k *Key) PrivateKey() *ecdsa.PrivateKey { return k.priv }
