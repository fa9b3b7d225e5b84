package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/skyops/skyops/api"
)

func runDaemon(t *testing.T, ctx context.Context, args ...string) (string, error) {
	t.Helper()
	var stderr bytes.Buffer
	cmd := newRootCmd(&stderr)
	cmd.SetArgs(args)
	cmd.SetOut(&stderr)
	cmd.SetErr(&stderr)
	err := cmd.ExecuteContext(ctx)
	return stderr.String(), err
}

func TestBadInputExitsWithOneLine(t *testing.T) {
	dir, err := os.MkdirTemp("", "skd")
	if err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(dir)
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		os.WriteFile(p, []byte(body), 0o600)
		return p
	}
	cases := []struct {
		args []string
		want string
	}{
		{[]string{"--bogus"}, "unknown flag: --bogus"},
		{[]string{"extra-arg"}, "unknown command"},
		{[]string{"--data-dir", dir + "/a", "--log-format", "xml"}, "log format"},
		{[]string{"--data-dir", dir + "/a", "--log-level", "loud"}, "log level"},
		{[]string{"--data-dir", dir + "/a", "--advert-interval", "soon"}, "advert-interval"},
		{[]string{"--config", write("typo.yaml", "sim-gpu: dgxa100\n")}, "field sim-gpu not found"},
		{[]string{"--config", write("bad.yaml", "network: [\n")}, "config file"},
		{[]string{"--config", filepath.Join(dir, "missing.yaml")}, "read config file"},
		{[]string{"--config", write("fleet.yaml", "data-dir: "+dir+"/b\nsim-gpus: dgx9\n")}, "dgx9"},
	}
	for _, c := range cases {
		_, err := runDaemon(t, context.Background(), c.args...)
		if err == nil {
			t.Fatalf("%v: accepted", c.args)
		}
		if !strings.Contains(err.Error(), c.want) {
			t.Fatalf("%v: error %q, want it to mention %q", c.args, err, c.want)
		}
	}
}

// The config file fills what the command line did not say; the command
// line wins where both do.
func TestConfigFileAndFlags(t *testing.T) {
	dir, err := os.MkdirTemp("", "skd")
	if err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(dir)
	cfg := filepath.Join(dir, "c.yaml")
	os.WriteFile(cfg, []byte("data-dir: "+dir+"/from-file\nsim-gpus: H100:2\nnetwork: filenet\nlog-format: json\n"), 0o600)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		_, err := runDaemon(t, ctx, "--config", cfg, "--network", "flagnet", "--log-level", "error")
		done <- err
	}()
	sock := filepath.Join(dir, "from-file", "skyopsd.sock")
	deadline := time.Now().Add(20 * time.Second)
	for {
		if _, err := os.Stat(sock); err == nil {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("daemon did not start from the config file's data dir")
		}
		time.Sleep(50 * time.Millisecond)
	}
	id, err := api.NewClient(sock).ID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if id.Network != "flagnet" {
		t.Fatalf("network %q: the flag must win over the config file", id.Network)
	}
	nodes, err := api.NewClient(sock).Nodes(ctx)
	if err != nil || len(nodes) != 1 || nodes[0].GPUTotal != 2 {
		t.Fatalf("sim-gpus from the config file not applied: %+v %v", nodes, err)
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(sock); !os.IsNotExist(err) {
		t.Fatal("socket left after clean shutdown")
	}
}
