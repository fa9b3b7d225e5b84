package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/spf13/pflag"

	"github.com/skyops/skyops/api"
	"github.com/skyops/skyops/node"
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
	os.WriteFile(cfg, []byte("data-dir: "+dir+"/from-file\nsim-gpus: H100:2\nnetwork: filenet\nlog-format: json\nno-docker: true\nallow-process: true\nno-chain: true\n"), 0o600)
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
	// allow-process and no-docker from the file decide the runtimes offered.
	if rt := strings.Join(nodes[0].Runtimes, ","); !strings.Contains(rt, "process") || strings.Contains(rt, "docker") {
		t.Fatalf("runtimes %q: the file's allow-process and no-docker not applied", rt)
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(sock); !os.IsNotExist(err) {
		t.Fatal("socket left after clean shutdown")
	}
}

// Every flag can be set from the config file, under its own name: the file
// is read through the flag set, so a new flag is a new key.
func TestConfigFileTakesEveryFlag(t *testing.T) {
	cmd := newRootCmd(io.Discard)
	fl := cmd.Flags()
	var yml strings.Builder
	want := map[string]string{}
	fl.VisitAll(func(f *pflag.Flag) {
		if !configurable(f.Name) {
			return
		}
		switch f.Value.Type() {
		case "bool":
			fmt.Fprintf(&yml, "%s: true\n", f.Name)
			want[f.Name] = "true"
		case "duration":
			fmt.Fprintf(&yml, "%s: 1m7s\n", f.Name)
			want[f.Name] = "1m7s"
		case "int", "uint32", "uint64":
			fmt.Fprintf(&yml, "%s: 7\n", f.Name)
			want[f.Name] = "7"
		case "string":
			fmt.Fprintf(&yml, "%s: from-file-%s\n", f.Name, f.Name)
			want[f.Name] = "from-file-" + f.Name
		case "stringSlice":
			fmt.Fprintf(&yml, "%s:\n  - /one/%s\n  - /two\n", f.Name, f.Name)
			want[f.Name] = "[/one/" + f.Name + ",/two]"
		default:
			t.Errorf("flag --%s has type %s: teach this test a value for it", f.Name, f.Value.Type())
		}
		if f.Value.String() == want[f.Name] {
			t.Fatalf("--%s defaults to the test's value %q: pick another", f.Name, want[f.Name])
		}
	})
	for _, name := range []string{"no-docker", "allow-process", "no-chain", "data-dir", "listen", "sim-gpus"} {
		if _, ok := want[name]; !ok {
			t.Fatalf("--%s is not among the flags the file takes", name)
		}
	}
	path := filepath.Join(t.TempDir(), "all.yaml")
	if err := os.WriteFile(path, []byte(yml.String()), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := applyConfigFile(fl, &flags{config: path}); err != nil {
		t.Fatalf("config file with every flag:\n%s\n%v", yml.String(), err)
	}
	for name, v := range want {
		if got := fl.Lookup(name).Value.String(); got != v {
			t.Errorf("%s from the config file: %q, want %q", name, got, v)
		}
	}

	// A flag on the command line wins; a list flag takes one scalar too.
	cmd = newRootCmd(io.Discard)
	fl = cmd.Flags()
	if err := fl.Parse([]string{"--no-docker=false", "--network", "cli"}); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(path, []byte("no-docker: true\nnetwork: file\nlisten: /ip4/127.0.0.1/tcp/9\nallow-process: true\n"), 0o600)
	if err := applyConfigFile(fl, &flags{config: path}); err != nil {
		t.Fatal(err)
	}
	for name, v := range map[string]string{"no-docker": "false", "network": "cli", "listen": "[/ip4/127.0.0.1/tcp/9]", "allow-process": "true"} {
		if got := fl.Lookup(name).Value.String(); got != v {
			t.Errorf("%s: %q, want %q", name, got, v)
		}
	}

	// What the file cannot say is refused with the line and the key.
	for body, wants := range map[string]string{
		"config: other.yaml\n":       "field config not found",
		"no-docker: maybe\n":         "line 1: no-docker",
		"network: [a, b]\n":          "network: takes one value, not a list",
		"cpus: 2\ncpus: 3\n":         "line 2: cpus is given twice",
		"- sim-gpus\n":               "want a mapping",
		"price:\n":                   "price: no value",
		"region:\n  name: eu-west\n": "region: want a value",
		"anchor-batch: many\n":       "anchor-batch",
	} {
		os.WriteFile(path, []byte(body), 0o600)
		err := applyConfigFile(newRootCmd(io.Discard).Flags(), &flags{config: path})
		if err == nil || !strings.Contains(err.Error(), wants) {
			t.Errorf("config %q: %v, want an error with %q", body, err, wants)
		}
	}
}

// The bond flags reach the daemon's config: --bond-eth (checked), --bond-poll
// and --unbonded-network, which is off unless given.
func TestBondFlags(t *testing.T) {
	config := func(args ...string) (node.Config, error) {
		t.Helper()
		f := new(flags)
		if err := newRootCmdFor(io.Discard, f).Flags().Parse(args); err != nil {
			t.Fatal(err)
		}
		var c node.Config
		for _, o := range f.options(nil) {
			if err := o(&c); err != nil {
				return c, err
			}
		}
		return c, nil
	}
	c, err := config()
	if err != nil {
		t.Fatal(err)
	}
	if c.UnbondedNetwork || c.BondWei.Cmp(big.NewInt(1e18)) != 0 || c.BondPoll != node.DefaultBondPoll {
		t.Fatalf("defaults: unbonded %v, bond %v wei, poll %v", c.UnbondedNetwork, c.BondWei, c.BondPoll)
	}
	c, err = config("--unbonded-network", "--bond-eth", "2.5", "--bond-poll", "750ms")
	if err != nil {
		t.Fatal(err)
	}
	if !c.UnbondedNetwork || c.BondWei.String() != "2500000000000000000" || c.BondPoll != 750*time.Millisecond {
		t.Fatalf("set: unbonded %v, bond %v wei, poll %v", c.UnbondedNetwork, c.BondWei, c.BondPoll)
	}
	for args, want := range map[string]string{
		"--bond-eth 0":    "want more than 0",
		"--bond-eth lots": "bond",
		"--bond-eth=-1":   "bond",
		"--bond-poll 1ms": "bond poll",
	} {
		if _, err := config(strings.Fields(args)...); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: %v, want an error with %q", args, err, want)
		}
	}
}
