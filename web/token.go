package web

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// TokenFile is the token's file name in the daemon's data dir.
const TokenFile = "web.token"

// tokenBytes is the token's entropy: 32 random bytes, 64 hex digits.
const tokenBytes = 32

// LoadOrCreateToken reads the dashboard token from dir/web.token, or makes
// one (mode 0600) when there is none. A token others could read (the mode
// lets group or others in) or that is not 64 hex digits is replaced: it
// may have leaked, and a restart is a fine time to rotate it.
func LoadOrCreateToken(dir string) (string, error) {
	path := filepath.Join(dir, TokenFile)
	if fi, err := os.Lstat(path); err == nil && fi.Mode().IsRegular() && fi.Mode().Perm()&0o077 == 0 {
		b, err := os.ReadFile(path)
		if err != nil {
			return "", fmt.Errorf("read dashboard token %s: %w", path, err)
		}
		if tok := strings.TrimSpace(string(b)); validToken(tok) {
			return tok, nil
		}
	} else if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return "", fmt.Errorf("check dashboard token %s: %w", path, err)
	}
	var raw [tokenBytes]byte
	rand.Read(raw[:]) // never fails (crypto/rand)
	tok := hex.EncodeToString(raw[:])
	// Written whole under another name, then renamed: a crash never
	// leaves half a token, and the old file (any mode) is replaced.
	tmp := path + ".tmp"
	_ = os.Remove(tmp)
	if err := os.WriteFile(tmp, []byte(tok+"\n"), 0o600); err != nil {
		return "", fmt.Errorf("write dashboard token %s: %w", tmp, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return "", fmt.Errorf("write dashboard token %s: %w", path, err)
	}
	return tok, nil
}

func validToken(s string) bool {
	if len(s) != 2*tokenBytes {
		return false
	}
	_, err := hex.DecodeString(s)
	return err == nil
}

// randomHex is n random bytes in hex.
func randomHex(n int) string {
	b := make([]byte, n)
	rand.Read(b) // never fails (crypto/rand)
	return hex.EncodeToString(b)
}
