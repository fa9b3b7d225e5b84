package testnet

import (
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"
)

// The skyopsd and skyops binaries the process tests run, built once per
// test binary (into binDir, removed when the tests end).
var (
	binOnce sync.Once
	binDir  string
	binErr  error
	binOut  []byte
)

func TestMain(m *testing.M) {
	code := m.Run()
	if binDir != "" {
		os.RemoveAll(binDir)
	}
	os.Exit(code)
}

// buildBinaries builds skyopsd and skyops (once) and returns their dir.
func buildBinaries(t testing.TB) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds and runs skyopsd")
	}
	binOnce.Do(func() {
		if binDir, binErr = os.MkdirTemp("", "skbin"); binErr != nil {
			return
		}
		build := exec.Command("go", "build", "-o", binDir+"/", "./cmd/skyopsd", "./cmd/skyops")
		build.Dir = ".."
		binOut, binErr = build.CombinedOutput()
	})
	if binErr != nil {
		t.Fatalf("build skyopsd and skyops: %v\n%s", binErr, binOut)
	}
	return binDir
}

// cliFor runs the skyops CLI against peer i's socket, with env added to the
// environment (a keystore, say), and returns its combined output.
func cliFor(bin string, m *Manifest, env ...string) func(peer int, args ...string) (string, error) {
	full := append(os.Environ(), env...)
	return func(peer int, args ...string) (string, error) {
		cmd := exec.Command(filepath.Join(bin, "skyops"), append([]string{"--socket", m.Peers[peer].Socket, "--timeout", "60s"}, args...)...)
		cmd.Env = full
		out, err := cmd.CombinedOutput()
		return string(out), err
	}
}
