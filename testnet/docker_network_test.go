package testnet

import (
	"archive/tar"
	"bytes"
	"context"
	"encoding/hex"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/docker/docker/api/types/build"
	"github.com/docker/docker/api/types/image"
	"github.com/docker/docker/client"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/skyops/skyops/api"
	"github.com/skyops/skyops/types"
)

// buildImageFrom builds the Go program in pkg (a static binary) into a FROM
// scratch image through the Engine API, and removes it when the test ends.
// (buildImage in docker_test.go is this for ./testdata/dockerapp.)
func buildImageFrom(t testing.TB, c *client.Client, pkg string) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "app")
	cmd := exec.Command("go", "build", "-o", bin, pkg)
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("build %s: %v\n%s", pkg, err, out)
	}
	app, err := os.ReadFile(bin)
	if err != nil {
		t.Fatal(err)
	}
	var ctxTar bytes.Buffer
	tw := tar.NewWriter(&ctxTar)
	for name, body := range map[string][]byte{"Dockerfile": []byte("FROM scratch\nCOPY app /app\nENTRYPOINT [\"/app\"]\n"), "app": app} {
		tw.WriteHeader(&tar.Header{Name: name, Mode: 0o755, Size: int64(len(body))})
		tw.Write(body)
	}
	tw.Close()
	tag := "skyops-test/" + filepath.Base(pkg) + ":" + hex.EncodeToString(crypto.Keccak256([]byte(t.Name() + time.Now().String()))[:4])
	resp, err := c.ImageBuild(context.Background(), &ctxTar, build.ImageBuildOptions{Tags: []string{tag}, Remove: true})
	if err != nil {
		t.Fatal(err)
	}
	out, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !strings.Contains(string(out), "Successfully tagged") {
		t.Fatalf("image build: %s", out)
	}
	t.Cleanup(func() { c.ImageRemove(context.Background(), tag, image.RemoveOptions{Force: true}) })
	return tag
}

// A Docker job's network comes from its signed spec: without networkAccess
// the container has loopback alone; with it, an interface on the bridge.
func TestDockerJobNetwork(t *testing.T) {
	if testing.Short() {
		t.Skip("runs containers")
	}
	dc := dockerOrSkip(t)
	tag := buildImageFrom(t, dc, "./testdata/netapp")
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	c := startCluster(t, ctx, InProcessConfig{Peers: 2, Network: "docknet", Fleets: []string{"H100:2", "none"}})
	key, _ := crypto.GenerateKey()
	owner := types.KeySigner{Key: key}
	cl := api.NewClient(c.Nodes[1].SocketPath())
	// The interfaces the job's container had: name -> flags.
	run := func(network bool) map[string][]string {
		t.Helper()
		req := signedJob(t, "docknet", c.Nodes[1].ID(), owner, nil, "H100", 1)
		req.Spec.Runtime, req.Spec.Artifact, req.Spec.ArtifactSize, req.Artifact = "docker", imageID(t, dc, tag), 0, nil
		req.Spec.NetworkAccess = network
		resign(t, &req, owner)
		resp, err := cl.Submit(ctx, req)
		if err != nil {
			t.Fatal(err)
		}
		j := waitJob(t, ctx, cl, resp.ID)
		if j.State != "completed" {
			t.Fatalf("networkAccess %v: %s (%s)", network, j.State, j.Error)
		}
		b, err := os.ReadFile(filepath.Join(ownerOutput(t, ctx, cl, key, j.ID), "ifaces.txt"))
		if err != nil {
			t.Fatal(err)
		}
		got := map[string][]string{}
		for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
			f := strings.Fields(line)
			if len(f) != 3 || f[0] != "iface" {
				t.Fatalf("networkAccess %v: line %q in %q", network, line, b)
			}
			got[f[1]] = strings.Split(f[2], "|")
		}
		return got
	}

	if got := run(false); len(got) != 1 || !slices.Contains(got["lo"], "loopback") {
		t.Errorf("networkAccess false: interfaces %v, want lo alone", got)
	}
	got := run(true)
	bridged := false
	for _, flags := range got {
		bridged = bridged || !slices.Contains(flags, "loopback") && slices.Contains(flags, "up")
	}
	if !bridged {
		t.Errorf("networkAccess true: interfaces %v, want one besides loopback that is up (eth0)", got)
	}
}
