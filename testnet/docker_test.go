package testnet

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/docker/docker/client"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/skyops/skyops/api"
	"github.com/skyops/skyops/types"
)

// dockerOrSkip returns an Engine API client, or skips (fails under
// SKYOPS_REQUIRE_DOCKER=1, as CI runs) when no engine answers.
func dockerOrSkip(t testing.TB) *client.Client {
	t.Helper()
	c, err := client.NewClientWithOpts(client.FromEnv, client.WithAPIVersionNegotiation())
	if err == nil {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		_, err = c.Ping(ctx)
		cancel()
	}
	if err != nil {
		if os.Getenv("SKYOPS_REQUIRE_DOCKER") == "1" {
			t.Fatalf("no Docker engine: %v", err)
		}
		t.Skipf("no Docker engine here: %v", err)
	}
	return c
}

// buildImage builds testdata/dockerapp into a FROM scratch image through
// the Engine API, and removes it when the test ends.
func buildImage(t *testing.T, c *client.Client) string {
	return buildImageFrom(t, c, "./testdata/dockerapp")
}

// imageID is the local image ID of tag: a signed spec pins its image, and
// an image built here has no registry digest (nothing is pulled for it).
func imageID(t testing.TB, c *client.Client, tag string) string {
	t.Helper()
	info, err := c.ImageInspect(context.Background(), tag)
	if err != nil {
		t.Fatalf("inspect %s: %v", tag, err)
	}
	return info.ID
}

// A Docker job on a GPU node: placed on a peer that offers the runtime,
// run in a real container with its GPU index, progress reported, output
// sealed to the owner; an image the node lacks is given back, not failed.
func TestDockerJob(t *testing.T) {
	if testing.Short() {
		t.Skip("runs containers")
	}
	dc := dockerOrSkip(t)
	tag := buildImage(t, dc)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	c := startCluster(t, ctx, InProcessConfig{Peers: 2, Network: "dock", Fleets: []string{"H100:2", "none"}})
	key, _ := crypto.GenerateKey()
	owner := types.KeySigner{Key: key}
	cl := api.NewClient(c.Nodes[1].SocketPath())
	send := func(image string) string {
		req := signedJob(t, "dock", c.Nodes[1].ID(), owner, nil, "H100", 1, "hello", "world")
		req.Spec.Runtime, req.Spec.Artifact, req.Spec.ArtifactSize, req.Artifact = "docker", image, 0, nil
		resign(t, &req, owner)
		resp, err := cl.Submit(ctx, req)
		if err != nil {
			t.Fatal(err)
		}
		return resp.ID
	}
	submit := func(image string) *api.Job { return waitJob(t, ctx, cl, send(image)) }
	j := submit(imageID(t, dc, tag))
	if j.State != "completed" || j.Node != c.Nodes[0].ID().String() {
		t.Fatalf("docker job: %s on %s (%s)", j.State, j.Node, j.Error)
	}
	out := ownerOutput(t, ctx, cl, key, j.ID)
	if b, _ := os.ReadFile(filepath.Join(out, "result.txt")); !strings.Contains(string(b), "hello world") {
		t.Fatalf("result.txt = %q", b)
	}
	sealedLogs, _ := cl.Logs(ctx, j.ID)
	logs, _ := types.OpenSealed(key, sealedLogs)
	if !strings.Contains(string(logs), "gpus: 0") || !strings.Contains(string(logs), "dockerapp args: hello world") {
		t.Fatalf("logs: %q", logs)
	}
	if m := j.Meter; m == nil || m.GPUs != 1 || m.WallMs == 0 || m.BytesOut == 0 {
		t.Fatalf("metering of a docker job: %+v", j.Meter)
	}
	if j.Progress == nil || *j.Progress != 1 {
		t.Fatalf("progress %v", j.Progress)
	}
	// An image the node lacks is the node's trouble, not the job's: it
	// gives the attempt back (here no other node fits, so the job waits),
	// and no fake exit code appears.
	id := send("sha256:" + strings.Repeat("f", 64)) // an image ID no node holds
	for {
		missing, err := cl.Job(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		gaveBack := false
		for _, e := range missing.Events {
			if e.Type == "withdraw" && e.Actor == c.Nodes[0].ID().String() && strings.Contains(e.Detail, "not on this node") {
				gaveBack = true
			}
			if e.Type == "fail" {
				t.Fatalf("missing image failed the job: %+v", e)
			}
		}
		if gaveBack {
			if missing.State != "pending" || missing.ExitCode != nil {
				t.Fatalf("missing image, given back: %s, exit %v; want pending, no exit code", missing.State, missing.ExitCode)
			}
			break
		}
		select {
		case <-ctx.Done():
			t.Fatalf("missing image: never given back: %+v", missing.Events)
		case <-time.After(100 * time.Millisecond):
		}
	}
}
