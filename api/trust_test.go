package api

import (
	"context"
	"errors"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
)

// countingBackend counts the requests that reached the daemon.
type countingBackend struct {
	fixedBackend
	n *atomic.Int32
}

func (b countingBackend) Identity() Identity { b.n.Add(1); return b.fixedBackend.Identity() }

// The client sends nothing to a socket that another user owns, or whose
// directory others can write to.
func TestClientRefusesUntrustedSocket(t *testing.T) {
	var reached atomic.Int32
	h := Handler(countingBackend{n: &reached}, slog.New(slog.DiscardHandler))
	sock := serveTest(t, h)
	c := NewClient(sock)
	if _, err := c.ID(context.Background()); err != nil || reached.Load() != 1 {
		t.Fatalf("own socket: %v (%d requests)", err, reached.Load())
	}
	dir := filepath.Dir(sock)
	refused := func(what, want string) {
		t.Helper()
		before := reached.Load()
		_, err := NewClient(sock).ID(context.Background())
		var u *UntrustedSocketError
		if !errors.As(err, &u) || !strings.Contains(err.Error(), want) {
			t.Fatalf("%s: %v, want a refusal saying %q", what, err, want)
		}
		if reached.Load() != before {
			t.Fatalf("%s: the request reached the socket", what)
		}
	}
	os.Chmod(dir, 0o777)
	refused("world-writable dir", "its directory "+dir+" is writable by group/others (mode 0777)")
	os.Chmod(dir, 0o1777) // sticky is not enough either
	refused("sticky world-writable dir", "writable by group/others")
	os.Chmod(dir, 0o700)
	if os.Geteuid() != 0 {
		t.Log("not root: the other-owner cases need chown")
		return
	}
	if err := os.Chown(sock, 12345, 12345); err != nil {
		t.Fatal(err)
	}
	refused("socket of another user", "it is owned by uid 12345, not by you (uid 0) or root")
	os.Chown(sock, 0, 0)
	os.Chown(dir, 12345, 12345)
	refused("dir of another user", "its directory "+dir+" is owned by uid 12345")
}
