package node

import (
	"context"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/skyops/skyops/api"
)

func tmp(t *testing.T) string {
	t.Helper()
	dir, err := os.MkdirTemp("", "sknode")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	return dir
}

// quiet discards the daemon's log; SKYOPS_TEST_LOG=1 shows it (debug level)
// when a test needs looking into.
func quiet() Option {
	if os.Getenv("SKYOPS_TEST_LOG") != "" {
		return Logger(slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug})))
	}
	return Logger(slog.New(slog.DiscardHandler))
}

// startedNode makes and starts a daemon, closed when the test ends.
func startedNode(t *testing.T, ctx context.Context, opts ...Option) *Node {
	t.Helper()
	n, err := New(ctx, opts...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { n.Close() })
	if err := n.Start(ctx); err != nil {
		t.Fatal(err)
	}
	return n
}

// A daemon restarted on its data dir keeps its identity and continues its
// advert sequence; a second daemon on a data dir in use is refused.
func TestDataDirLockAndRestart(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	dir := filepath.Join(tmp(t), "d")
	n1, err := New(ctx, DataDir(dir), SimGPUs("H100:2"), quiet())
	if err != nil {
		t.Fatal(err)
	}
	if err := n1.Start(ctx); err != nil {
		t.Fatal(err)
	}
	id := n1.ID()
	if _, err := New(ctx, DataDir(dir), quiet()); err == nil || !strings.Contains(err.Error(), "in use") {
		t.Fatalf("second daemon on one data dir: %v", err)
	}
	// The refused second daemon must not have broken the first.
	c := api.NewClient(n1.SocketPath())
	nodes, err := c.Nodes(ctx)
	if err != nil || len(nodes) != 1 || !nodes[0].Self || nodes[0].GPUTotal != 2 {
		t.Fatalf("first daemon after refused second: %+v, %v", nodes, err)
	}
	seq1 := nodes[0].Seq
	if err := n1.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(n1.SocketPath()); !os.IsNotExist(err) {
		t.Fatalf("socket left behind after Close: %v", err)
	}

	n2, err := New(ctx, DataDir(dir), SimGPUs("H100:2"), quiet())
	if err != nil {
		t.Fatal(err)
	}
	defer n2.Close()
	if err := n2.Start(ctx); err != nil {
		t.Fatal(err)
	}
	if n2.ID() != id {
		t.Fatalf("restart changed the identity: %s -> %s", id, n2.ID())
	}
	nodes, err = api.NewClient(n2.SocketPath()).Nodes(ctx)
	if err != nil || len(nodes) != 1 || nodes[0].Seq <= seq1 {
		t.Fatalf("restart reused advert sequence numbers: before %d, after %+v (%v)", seq1, nodes, err)
	}
}

func TestBadInputIsRefused(t *testing.T) {
	ctx := context.Background()
	dir := tmp(t)
	file := filepath.Join(dir, "file")
	os.WriteFile(file, nil, 0o600)
	cases := []struct {
		name string
		opts []Option
		want string
	}{
		{"data dir is a file", []Option{DataDir(file)}, "data dir"},
		{"unknown fleet", []Option{DataDir(filepath.Join(dir, "a")), SimGPUs("dgx9")}, "dgx9"},
		{"bad listen address", []Option{DataDir(filepath.Join(dir, "b")), Listen("not-a-multiaddr")}, "listen address"},
		{"bootstrap without peer id", []Option{DataDir(filepath.Join(dir, "c")), Bootstrap("/ip4/127.0.0.1/tcp/1")}, "/p2p/"},
		{"bad network", []Option{DataDir(filepath.Join(dir, "d")), Network("Has Spaces")}, "network id"},
		{"bad price", []Option{DataDir(filepath.Join(dir, "e")), PriceETH("-1")}, "price"},
		{"TTL below two intervals", []Option{DataDir(filepath.Join(dir, "f")), AdvertInterval(time.Second), AdvertTTL(time.Second)}, "twice"},
		{"socket path too long", []Option{DataDir(filepath.Join(dir, "g")), Socket(filepath.Join(dir, strings.Repeat("s", 120)))}, "shorter"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			n, err := New(ctx, append(c.opts, quiet())...)
			if err == nil {
				n.Close()
				t.Fatal("accepted")
			}
			if !strings.Contains(err.Error(), c.want) || strings.Contains(err.Error(), "\n") {
				t.Fatalf("error %q: want one line mentioning %q", err, c.want)
			}
		})
	}
	// A failed start leaves the data dir unlocked for the next try.
	d := filepath.Join(dir, "a")
	n, err := New(ctx, DataDir(d), quiet())
	if err != nil {
		t.Fatalf("data dir still locked after a failed start: %v", err)
	}
	n.Close()
}

func TestUnreachableBootstrapFailsStart(t *testing.T) {
	ctx := context.Background()
	n, err := New(ctx, DataDir(filepath.Join(tmp(t), "d")), quiet(), BootstrapWait(time.Second),
		Bootstrap("/ip4/127.0.0.1/tcp/1/p2p/16Uiu2HAm4Rb2te2WsAY4WjfpW8RWebtSWGBrQnniyQzSPRtvgFgk"))
	if err != nil {
		t.Fatal(err)
	}
	defer n.Close()
	if err := n.Start(ctx); err == nil || !strings.Contains(err.Error(), "no bootstrap peer reachable") {
		t.Fatalf("Start with an unreachable bootstrap: %v", err)
	}
}
