package testnet

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/docker/docker/api/types/image"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/skyops/skyops/api"
	"github.com/skyops/skyops/exec/docker/registrytest"
	"github.com/skyops/skyops/sched"
	"github.com/skyops/skyops/types"
)

// A Docker job pinned to a registry digest: pulled by the executor and
// run; one whose registry is down is given back by each node that tries,
// and fails, with the reason, once sched.MaxPullGiveBacks distinct nodes
// did. (In-process peers share one engine: after the first pull every peer
// holds the image.)
func TestDockerPullJob(t *testing.T) {
	if testing.Short() {
		t.Skip("runs containers")
	}
	dc := dockerOrSkip(t)
	tag := buildImage(t, dc)
	reg := registrytest.Start(t)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	ref := reg.Push(ctx, t, dc, tag, "skyops-test/pulljob")
	t.Cleanup(func() {
		pin, _ := types.ParseImageRef(ref)
		dc.ImageRemove(context.Background(), pin.ByDigest(), image.RemoveOptions{}) //nolint:errcheck // may be gone
	})
	c := startCluster(t, ctx, InProcessConfig{Peers: 3, Network: "dockpull"})
	key, _ := crypto.GenerateKey()
	owner := types.KeySigner{Key: key}
	cl := api.NewClient(c.Nodes[0].SocketPath())
	submit := func(img string) *api.Job {
		req := signedJob(t, "dockpull", c.Nodes[0].ID(), owner, nil, "", 0, "hello", "pulled")
		req.Spec.Runtime, req.Spec.Artifact, req.Spec.ArtifactSize, req.Artifact = "docker", img, 0, nil
		resign(t, &req, owner)
		resp, err := cl.Submit(ctx, req)
		if err != nil {
			t.Fatal(err)
		}
		return waitJob(t, ctx, cl, resp.ID)
	}
	if j := submit(ref); j.State != "completed" {
		t.Fatalf("pulled docker job: %s (%s)", j.State, j.Error)
	}

	down := registrytest.FreeAddr(t) + "/skyops-test/gone:1@sha256:" + strings.Repeat("ab", 32)
	j := submit(down)
	if j.State != "failed" || !strings.Contains(j.Error, "could not pull its image") || !strings.Contains(j.Error, "unreachable") || j.ExitCode != nil {
		t.Fatalf("registry down: %s (%q), exit %v; want failed with the reason, no exit code", j.State, j.Error, j.ExitCode)
	}
	gave := map[string]bool{}
	for _, e := range j.Events {
		if e.Type == "withdraw" && strings.Contains(e.Detail, sched.PullGiveBackPrefix) {
			gave[e.Actor] = true
		}
	}
	if len(gave) != sched.MaxPullGiveBacks {
		t.Fatalf("registry down: %d nodes gave it back, want %d: %+v", len(gave), sched.MaxPullGiveBacks, j.Events)
	}
}
