// Package gethdev starts a real geth --dev node for tests: the geth that
// make tools builds from the go-ethereum version go.mod pins (bin/geth, or
// $SKYOPS_GETH), on loopback, stopped when the test ends. It never builds
// or downloads geth (a build inside a test ran past go test's timeout on a
// loaded 2-core machine) and never listens beyond 127.0.0.1.
package gethdev

import (
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/version"
)

const (
	// BinaryEnv names the geth to run; make test sets it to bin/geth.
	BinaryEnv = "SKYOPS_GETH"
	// RequireEnv makes a missing geth a failure, not a skip (CI).
	RequireEnv = "SKYOPS_REQUIRE_GETH"
)

// Version is the go-ethereum version this module is built with: the one
// go.mod pins, and the one bin/geth must be.
func Version() string {
	return fmt.Sprintf("v%d.%d.%d", version.Major, version.Minor, version.Patch)
}

// Binary returns the geth to run, checked to be the pinned version: the one
// BinaryEnv names, else the module's bin/geth. Without one the test is
// skipped, or fails under RequireEnv=1.
func Binary(t testing.TB, ctx context.Context) string {
	t.Helper()
	v := Version()
	bin := os.Getenv(BinaryEnv)
	if bin == "" {
		if root, ok := moduleRoot(); ok {
			if p := filepath.Join(root, "bin", "geth"); fileExists(p) {
				bin = p
			}
		}
	}
	if bin == "" {
		msg := fmt.Sprintf("no geth binary: run `make tools` (builds geth %s from the pinned module into bin/geth; the first build takes a few minutes), or set %s=PATH", v, BinaryEnv)
		if os.Getenv(RequireEnv) == "1" {
			t.Fatalf("%s=1: %s", RequireEnv, msg)
		}
		t.Skip(msg)
	}
	out, err := exec.CommandContext(ctx, bin, "version").Output()
	if err != nil {
		t.Fatalf("%s version: %v: run `make tools` to build geth %s", bin, err, v)
	}
	if !strings.Contains(string(out), "Version: "+strings.TrimPrefix(v, "v")) {
		t.Fatalf("%s is not geth %s, the version go.mod pins: run `make tools` to build it\n%s", bin, v, out)
	}
	return bin
}

// Start starts geth --dev on loopback with extra flags (e.g.
// "--dev.period", "1") and returns its HTTP URL once it answers. geth is
// stopped when the test ends, and its log shown if the test failed.
func Start(t testing.TB, ctx context.Context, geth string, extra ...string) string {
	t.Helper()
	httpPort, authPort := freePort(t), freePort(t)
	logFile := filepath.Join(t.TempDir(), "geth.log")
	lf, err := os.Create(logFile)
	if err != nil {
		t.Fatal(err)
	}
	args := append([]string{"--dev",
		"--http", "--http.addr", "127.0.0.1", "--http.port", strconv.Itoa(httpPort), "--http.api", "eth,net,web3",
		"--authrpc.addr", "127.0.0.1", "--authrpc.port", strconv.Itoa(authPort),
		"--datadir", t.TempDir(), "--ipcdisable", "--nodiscover", "--maxpeers", "0", "--port", "0",
		"--verbosity", "2"}, extra...)
	cmd := exec.Command(geth, args...)
	cmd.Stdout, cmd.Stderr = lf, lf
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait(); lf.Close() }()
	t.Cleanup(func() {
		cmd.Process.Signal(syscall.SIGINT)
		select {
		case <-exited:
		case <-time.After(10 * time.Second):
			cmd.Process.Kill()
			<-exited
		}
		if t.Failed() {
			b, _ := os.ReadFile(logFile)
			t.Logf("geth log:\n%s", b)
		}
	})
	url := fmt.Sprintf("http://127.0.0.1:%d", httpPort)
	deadline := time.Now().Add(60 * time.Second)
	for {
		c, err := ethclient.DialContext(ctx, url)
		if err == nil {
			_, err = c.ChainID(ctx)
			c.Close()
		}
		if err == nil {
			return url
		}
		select {
		case err := <-exited:
			b, _ := os.ReadFile(logFile)
			t.Fatalf("geth exited at start: %v\n%s", err, b)
		case <-time.After(100 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			t.Fatalf("geth at %s did not answer within 60s: %v", url, err)
		}
	}
}

func freePort(t testing.TB) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// moduleRoot is the nearest directory at or above the working directory
// (a test's package directory) that holds go.mod.
func moduleRoot() (string, bool) {
	dir, err := os.Getwd()
	if err != nil {
		return "", false
	}
	for {
		if fileExists(filepath.Join(dir, "go.mod")) {
			return dir, true
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", false
		}
		dir = parent
	}
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}
