package web

import (
	"os"
	"path/filepath"
	"testing"
)

// The token is made once (0600), kept across restarts, and replaced when
// others could have read it or it is not a token.
func TestTokenFile(t *testing.T) {
	dir := t.TempDir()
	tok, err := LoadOrCreateToken(dir)
	if err != nil || !validToken(tok) {
		t.Fatalf("token %q, %v", tok, err)
	}
	path := filepath.Join(dir, TokenFile)
	if fi, err := os.Stat(path); err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("token file: %v, %v", fi.Mode(), err)
	}
	if again, err := LoadOrCreateToken(dir); err != nil || again != tok {
		t.Fatalf("second load: %q, %v; want the same token", again, err)
	}
	os.Chmod(path, 0o644)
	if other, err := LoadOrCreateToken(dir); err != nil || other == tok {
		t.Fatalf("a world-readable token was kept: %q, %v", other, err)
	}
	if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o600 {
		t.Fatalf("replaced token file mode %v", fi.Mode())
	}
	os.WriteFile(path, []byte("short\n"), 0o600)
	if tok, err := LoadOrCreateToken(dir); err != nil || !validToken(tok) {
		t.Fatalf("a malformed token file: %q, %v", tok, err)
	}
	if _, err := New("nope", nil); err == nil {
		t.Error("New took a malformed token")
	}
}
