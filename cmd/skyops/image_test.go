package main

import (
	"archive/tar"
	"bytes"
	"context"
	"io"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/docker/docker/api/types/build"
	"github.com/docker/docker/api/types/image"
	"github.com/docker/docker/client"

	"github.com/skyops/skyops/exec/docker/registrytest"
)

// --image resolves a tag to the registry's digest, and a local-only image
// to its ID (with a warning); a pinned one is taken as it is.
func TestResolveImageRef(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cli, err := client.NewClientWithOpts(client.FromEnv, client.WithAPIVersionNegotiation())
	if err == nil {
		_, err = cli.Ping(ctx)
	}
	if err != nil {
		if os.Getenv("SKYOPS_REQUIRE_DOCKER") == "1" {
			t.Fatalf("no Docker engine: %v", err)
		}
		t.Skipf("no Docker engine (set SKYOPS_REQUIRE_DOCKER=1 to fail instead): %v", err)
	}
	reg := registrytest.Start(t)
	local := "skyops-test/resolve:" + strings.ReplaceAll(t.Name(), "/", "-")
	buildTiny(ctx, t, cli, local)
	pinned := reg.Push(ctx, t, cli, local, "skyops-test/resolve")

	tagged := strings.SplitN(pinned, "@", 2)[0]
	got, err := resolveImageRef(ctx, tagged, "", io.Discard)
	if err != nil || got != pinned {
		t.Fatalf("resolve %s = %q, %v; want %s", tagged, got, err, pinned)
	}
	if got, err := resolveImageRef(ctx, pinned, "", io.Discard); err != nil || got != pinned {
		t.Fatalf("resolve pinned %s = %q, %v", pinned, got, err)
	}
	var warn bytes.Buffer
	got, err = resolveImageRef(ctx, local, "", &warn)
	info, ierr := cli.ImageInspect(ctx, local)
	if err != nil || ierr != nil || got != info.ID || !strings.Contains(warn.String(), "must already hold") {
		t.Fatalf("resolve local %s = %q, %v (warned %q); want its ID %s", local, got, err, warn.String(), info.ID)
	}
	if _, err := resolveImageRef(ctx, "x@sha256:12", "", io.Discard); err == nil || !strings.Contains(err.Error(), "hex digits") {
		t.Fatalf("a short digest: %v", err)
	}
}

// buildTiny builds a FROM scratch image of one file, removed when the test
// ends.
func buildTiny(ctx context.Context, t *testing.T, cli *client.Client, tag string) {
	t.Helper()
	var buf bytes.Buffer
	tw := tar.NewWriter(&buf)
	for name, data := range map[string]string{"Dockerfile": "FROM scratch\nCOPY f /f\n", "f": tag} {
		tw.WriteHeader(&tar.Header{Name: name, Mode: 0o644, Size: int64(len(data))}) //nolint:errcheck // in memory
		tw.Write([]byte(data))                                                       //nolint:errcheck // in memory
	}
	tw.Close() //nolint:errcheck // in memory
	resp, err := cli.ImageBuild(ctx, &buf, build.ImageBuildOptions{Tags: []string{tag}, Remove: true})
	if err != nil {
		t.Fatal(err)
	}
	io.Copy(io.Discard, resp.Body) //nolint:errcheck // checked by the inspect below
	resp.Body.Close()
	if _, err := cli.ImageInspect(ctx, tag); err != nil {
		t.Fatalf("build %s: %v", tag, err)
	}
	t.Cleanup(func() { cli.ImageRemove(context.Background(), tag, image.RemoveOptions{Force: true}) }) //nolint:errcheck // best effort
}
