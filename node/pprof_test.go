package node

import (
	"context"
	"net"
	"net/http"
	"path/filepath"
	"testing"
	"time"
)

// The runtime's profiles are on the API socket only when asked for.
func TestPprofOnlyWhenAsked(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	dir := tmp(t)
	for _, c := range []struct {
		name string
		opts []Option
		want int
	}{
		{"off", nil, http.StatusNotFound},
		{"on", []Option{Pprof()}, http.StatusOK},
	} {
		n := startedNode(t, ctx, append(c.opts, DataDir(filepath.Join(dir, c.name)), quiet())...)
		cl := &http.Client{Transport: &http.Transport{DialContext: func(ctx context.Context, _, _ string) (net.Conn, error) {
			return (&net.Dialer{}).DialContext(ctx, "unix", n.SocketPath())
		}}}
		resp, err := cl.Get("http://skyopsd/debug/pprof/cmdline")
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != c.want {
			t.Fatalf("pprof %s: status %d, want %d", c.name, resp.StatusCode, c.want)
		}
		n.Close()
	}
}
