package main

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/cookiejar"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/skyops/skyops/node"
	"github.com/skyops/skyops/testnet"
)

// skyops dashboard --print prints a login link that works: opened, it
// logs a browser in and lands on the app.
func TestDashboardPrint(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	dir := shortDir(t)
	n, err := node.New(ctx, node.DataDir(filepath.Join(dir, "d")), node.SimGPUs("none"), node.WithoutDocker(),
		node.WithoutChain(), node.HTTP("127.0.0.1:0"), node.Logger(slog.New(slog.DiscardHandler)))
	if err != nil {
		t.Fatal(err)
	}
	defer n.Close()
	if err := n.Start(ctx); err != nil {
		t.Fatal(err)
	}
	out, errs, code := cli(t, "--socket", n.SocketPath(), "dashboard", "--print")
	link := strings.TrimSpace(out)
	if code != 0 || !strings.HasPrefix(link, "http://127.0.0.1:") || !strings.Contains(link, "/login?token=") {
		t.Fatalf("dashboard --print: exit %d, %q %q", code, out, errs)
	}
	jar, _ := cookiejar.New(nil)
	c := &http.Client{Jar: jar, Timeout: 10 * time.Second}
	resp, err := c.Get(link)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || resp.Request.URL.Path != "/" || !strings.Contains(string(body), "<html") {
		t.Fatalf("the printed link: %s at %s", resp.Status, resp.Request.URL)
	}
	// Logged in: the API answers through the dashboard.
	resp, err = c.Get(strings.Split(link, "login")[0] + "v1/id")
	if err != nil {
		t.Fatal(err)
	}
	body, _ = io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(body), n.ID().String()) {
		t.Errorf("GET /v1/id after login: %s %s", resp.Status, body)
	}
	// The token is kept: a second ask prints the same link.
	if again, _, _ := cli(t, "--socket", n.SocketPath(), "dashboard", "--print"); strings.TrimSpace(again) != link {
		t.Errorf("second --print: %q, want %q", again, link)
	}
}

// Without --http the daemon has no dashboard, and says how to get one.
func TestDashboardOff(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	dir := shortDir(t)
	n, err := node.New(ctx, node.DataDir(filepath.Join(dir, "d")), node.SimGPUs("none"), node.WithoutDocker(),
		node.WithoutChain(), node.Logger(slog.New(slog.DiscardHandler)))
	if err != nil {
		t.Fatal(err)
	}
	defer n.Close()
	if err := n.Start(ctx); err != nil {
		t.Fatal(err)
	}
	wantError(t, []string{"--socket", n.SocketPath(), "dashboard", "--print"}, "--http 127.0.0.1:PORT")
}

// The testnet's printout gives each daemon's dashboard link.
func TestRenderUpDashboards(t *testing.T) {
	m := &testnet.Manifest{Network: "t", Peers: []testnet.PeerInfo{
		{Index: 0, ID: "a", Socket: "/s0", Dashboard: "http://127.0.0.1:1/login?token=x"},
		{Index: 1, ID: "b", Socket: "/s1", Dashboard: "http://127.0.0.1:2/login?token=y"},
	}}
	var b strings.Builder
	if err := renderUp(&b, m, "/tmp/tn"); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Dashboards", "peer 0: http://127.0.0.1:1/login?token=x", "peer 1: http://127.0.0.1:2/login?token=y"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("testnet printout lacks %q:\n%s", want, b.String())
		}
	}
}
