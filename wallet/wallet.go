// Package wallet keeps a user's Ethereum keys in a go-ethereum keystore
// directory: one scrypt-encrypted JSON file per key (0600, in a 0700
// directory), the format geth and MetaMask import and export. The CLI signs
// job specs with them; daemons never hold user keys, so only the CLI uses
// this package.
package wallet

import (
	"bytes"
	"crypto/ecdsa"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Environment variables that stand for the CLI's --keystore and
// --password-file.
const (
	DirEnv          = "SKYOPS_KEYSTORE"
	PasswordFileEnv = "SKYOPS_PASSWORD_FILE"
)

// Errors that callers tell apart with errors.Is.
var (
	ErrNoWallet       = errors.New("no wallet")
	ErrSeveralWallets = errors.New("several wallets")
	ErrNotFound       = errors.New("no such wallet")
	ErrWrongPassword  = errors.New("could not decrypt key with the given password")
	ErrExists         = errors.New("wallet already exists")
)

// DefaultDir is $SKYOPS_KEYSTORE, else ~/.skyops/keystore.
func DefaultDir() string {
	if d := os.Getenv(DirEnv); d != "" {
		return d
	}
	if home, err := os.UserHomeDir(); err == nil {
		return filepath.Join(home, ".skyops", "keystore")
	}
	return ""
}

// Option changes how Open's keystore encrypts new keys.
type Option func(*config)

type config struct{ scryptN, scryptP int }

// WithScrypt sets the scrypt cost of keys that New and Import write.
// Decryption always uses the cost written in each key file.
func WithScrypt(n, p int) Option { return func(c *config) { c.scryptN, c.scryptP = n, p } }

// LightScrypt is for tests only: 4 MiB of scrypt instead of 256 MiB, so a
// key is written in milliseconds, and cracked that much faster too.
func LightScrypt() Option { return WithScrypt(keystore.LightScryptN, keystore.LightScryptP) }

// Account is one key in the keystore.
type Account struct {
	Address common.Address `json:"address"`
	File    string         `json:"file"`
}

// Keystore is one keystore directory.
type Keystore struct {
	dir string
	ks  *keystore.KeyStore
}

// Open opens the keystore in dir, which need not exist yet: New and Import
// create it. Keys written through it use standard scrypt unless opts say
// otherwise.
func Open(dir string, opts ...Option) (*Keystore, error) {
	if dir == "" {
		return nil, fmt.Errorf("no keystore dir: pass --keystore or set %s", DirEnv)
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("keystore dir %s: %w", dir, err)
	}
	if fi, err := os.Stat(abs); err == nil && !fi.IsDir() {
		return nil, fmt.Errorf("keystore %s is a file, not a directory", abs)
	} else if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("keystore dir: %w", err)
	}
	c := config{scryptN: keystore.StandardScryptN, scryptP: keystore.StandardScryptP}
	for _, o := range opts {
		o(&c)
	}
	return &Keystore{dir: abs, ks: keystore.NewKeyStore(abs, c.scryptN, c.scryptP)}, nil
}

// Dir is the keystore's absolute path.
func (k *Keystore) Dir() string { return k.dir }

// New makes a new key, encrypted with password.
func (k *Keystore) New(password string) (Account, error) {
	if err := k.ensureDir(); err != nil {
		return Account{}, err
	}
	a, err := k.ks.NewAccount(password)
	if err != nil {
		return Account{}, fmt.Errorf("new wallet in %s: %w", k.dir, err)
	}
	return account(a), nil
}

// Import stores a key given as a keystore JSON file (decrypted with
// password, and stored encrypted with the same password) or as a hex
// private key (stored encrypted with password).
func (k *Keystore) Import(key []byte, password string) (Account, error) {
	key = bytes.TrimSpace(key)
	if err := k.ensureDir(); err != nil {
		return Account{}, err
	}
	var (
		a   accounts.Account
		err error
	)
	if bytes.HasPrefix(key, []byte("{")) {
		a, err = k.ks.Import(key, password, password)
		if errors.Is(err, keystore.ErrDecrypt) {
			return Account{}, fmt.Errorf("key file: %w", ErrWrongPassword)
		}
	} else {
		priv, perr := parseHexKey(key)
		if perr != nil {
			return Account{}, perr
		}
		a, err = k.ks.ImportECDSA(priv, password)
	}
	if errors.Is(err, keystore.ErrAccountAlreadyExists) {
		return Account{}, fmt.Errorf("%w: %s is already in %s", ErrExists, a.Address.Hex(), k.dir)
	}
	if err != nil {
		return Account{}, fmt.Errorf("import into %s: %w", k.dir, err)
	}
	return account(a), nil
}

// parseHexKey reads a 32-byte hex private key. Its errors never quote the
// input: it is a secret.
func parseHexKey(key []byte) (*ecdsa.PrivateKey, error) {
	s := strings.TrimPrefix(strings.TrimPrefix(string(key), "0x"), "0X")
	b, err := hex.DecodeString(s)
	if err != nil || len(b) != 32 {
		return nil, errors.New("the key is neither a keystore JSON file nor a 32-byte hex private key")
	}
	priv, err := crypto.ToECDSA(b)
	if err != nil {
		return nil, fmt.Errorf("the hex private key is not a valid secp256k1 key: %w", err)
	}
	return priv, nil
}

// List returns the keystore's accounts, oldest key file first.
func (k *Keystore) List() []Account {
	var out []Account
	for _, a := range k.ks.Accounts() {
		out = append(out, account(a))
	}
	return out
}

// Find picks an account: the one with address, or with address "" the only
// one there is.
func (k *Keystore) Find(address string) (Account, error) {
	all := k.List()
	if address == "" {
		switch len(all) {
		case 0:
			return Account{}, fmt.Errorf("%w in %s: run skyops wallet new", ErrNoWallet, k.dir)
		case 1:
			return all[0], nil
		default:
			return Account{}, fmt.Errorf("%w in %s: pass --from ADDRESS (skyops wallet list shows them)", ErrSeveralWallets, k.dir)
		}
	}
	if !common.IsHexAddress(address) {
		return Account{}, fmt.Errorf("%q is not an Ethereum address: pass 0x and 40 hex digits", address)
	}
	want := common.HexToAddress(address)
	var found []Account
	for _, a := range all {
		if a.Address == want {
			found = append(found, a)
		}
	}
	switch len(found) {
	case 0:
		if len(all) == 0 {
			return Account{}, fmt.Errorf("%w in %s: run skyops wallet new", ErrNoWallet, k.dir)
		}
		return Account{}, fmt.Errorf("%w: %s is not in %s (skyops wallet list shows what is)", ErrNotFound, want.Hex(), k.dir)
	case 1:
		return found[0], nil
	}
	return Account{}, fmt.Errorf("%s has %d key files in %s (%s, ...): keep one", want.Hex(), len(found), k.dir, found[0].File)
}

// Unlock decrypts the chosen account's key (see Find) and returns a signer
// that holds it in memory until Lock.
func (k *Keystore) Unlock(address, password string) (*Signer, error) {
	a, err := k.Find(address)
	if err != nil {
		return nil, err
	}
	acct := accounts.Account{Address: a.Address, URL: accounts.URL{Scheme: keystore.KeyStoreScheme, Path: a.File}}
	// Decrypting once, rather than once per signature as
	// SignHashWithPassphrase does, costs one scrypt run (~1 s, 256 MiB)
	// per command, and keeps the password itself out of memory.
	if err := k.ks.Unlock(acct, password); err != nil {
		if errors.Is(err, keystore.ErrDecrypt) {
			return nil, fmt.Errorf("wallet %s: %w", a.Address.Hex(), ErrWrongPassword)
		}
		return nil, fmt.Errorf("unlock %s: %w", a.Address.Hex(), err)
	}
	return &Signer{ks: k.ks, acct: acct}, nil
}

// ensureDir makes the keystore dir 0700: the key files are encrypted, but
// which addresses a user holds is nobody else's business.
func (k *Keystore) ensureDir() error {
	if err := os.MkdirAll(k.dir, 0o700); err != nil {
		return fmt.Errorf("keystore dir: %w", err)
	}
	fi, err := os.Stat(k.dir)
	if err != nil {
		return fmt.Errorf("keystore dir: %w", err)
	}
	if fi.Mode().Perm()&0o077 != 0 {
		if err := os.Chmod(k.dir, 0o700); err != nil {
			return fmt.Errorf("keystore dir %s is open to others and cannot be made private: %w", k.dir, err)
		}
	}
	return nil
}

func account(a accounts.Account) Account { return Account{Address: a.Address, File: a.URL.Path} }

// Signer signs with one unlocked keystore key. It is a types.Signer.
type Signer struct {
	ks   *keystore.KeyStore
	acct accounts.Account
}

// Sign signs a 32-byte hash: [R || S || V], V 0 or 1.
func (s *Signer) Sign(hash []byte) ([]byte, error) { return s.ks.SignHash(s.acct, hash) }

// Address is the key's Ethereum address.
func (s *Signer) Address() common.Address { return s.acct.Address }

// Lock zeroes the decrypted key; Sign fails afterwards.
func (s *Signer) Lock() error { return s.ks.Lock(s.acct.Address) }

// New makes a new key in the keystore at dir and returns its address.
func New(dir, password string, opts ...Option) (common.Address, error) {
	k, err := Open(dir, opts...)
	if err != nil {
		return common.Address{}, err
	}
	a, err := k.New(password)
	return a.Address, err
}

// Import stores a keystore JSON file or a hex private key in dir.
func Import(dir string, key []byte, password string, opts ...Option) (common.Address, error) {
	k, err := Open(dir, opts...)
	if err != nil {
		return common.Address{}, err
	}
	a, err := k.Import(key, password)
	return a.Address, err
}

// List returns the accounts in dir.
func List(dir string) ([]Account, error) {
	k, err := Open(dir)
	if err != nil {
		return nil, err
	}
	return k.List(), nil
}

// Unlock decrypts the key for address ("" for the only one) in dir.
func Unlock(dir, address, password string) (*Signer, error) {
	k, err := Open(dir)
	if err != nil {
		return nil, err
	}
	return k.Unlock(address, password)
}

// DecryptKey returns the chosen account's private key, for opening what was
// sealed to it (job results). The caller should drop it when done.
func (k *Keystore) DecryptKey(address, password string) (*ecdsa.PrivateKey, error) {
	a, err := k.Find(address)
	if err != nil {
		return nil, err
	}
	blob, err := os.ReadFile(a.File)
	if err != nil {
		return nil, fmt.Errorf("read key file of %s: %w", a.Address.Hex(), err)
	}
	key, err := keystore.DecryptKey(blob, password)
	if err != nil {
		if errors.Is(err, keystore.ErrDecrypt) {
			return nil, fmt.Errorf("wallet %s: %w", a.Address.Hex(), ErrWrongPassword)
		}
		return nil, fmt.Errorf("decrypt key of %s: %w", a.Address.Hex(), err)
	}
	return key.PrivateKey, nil
}
