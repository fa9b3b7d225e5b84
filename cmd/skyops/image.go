package main

import (
	"context"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/docker/docker/client"

	"github.com/skyops/skyops/types"
)

// imageResolver turns --image REF into the pinned reference the owner
// signs (types.ParseImageRef).
type imageResolver func(ctx context.Context, ref, registryAuth string, warn io.Writer) (string, error)

// resolveImageRef pins a tag to a digest before signing, through the local
// Docker engine: the registry's manifest digest (DistributionInspect), so
// that executors can pull it; failing that, an image this engine holds,
// by its registry digest or, built here, its image ID (which executors
// must hold: it is never pulled). A reference already pinned is taken as
// it is: the registry is untrusted, the digest is what the owner signs.
func resolveImageRef(ctx context.Context, ref, registryAuth string, warn io.Writer) (string, error) {
	if _, err := types.ParseImageRef(ref); err == nil {
		return ref, nil
	} else if strings.Contains(ref, "@") || !strings.Contains(err.Error(), "not pinned") {
		return "", fmt.Errorf("--image: %w", err)
	}
	cli, err := client.NewClientWithOpts(client.FromEnv, client.WithAPIVersionNegotiation())
	if err != nil {
		return "", fmt.Errorf("--image %s: a Docker client to resolve its digest: %w", ref, err)
	}
	defer cli.Close()
	ctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	dist, distErr := cli.DistributionInspect(ctx, ref, registryAuth)
	if distErr == nil {
		name, _, _ := strings.Cut(ref, "@")
		pinned := name + "@" + dist.Descriptor.Digest.String()
		if _, err := types.ParseImageRef(pinned); err != nil {
			return "", fmt.Errorf("--image %s: the registry gave digest %q: %w", ref, dist.Descriptor.Digest, err)
		}
		return pinned, nil
	}
	info, err := cli.ImageInspect(ctx, ref)
	if err != nil {
		return "", fmt.Errorf("--image %s is not pinned to a digest, and no registry or local Docker engine could resolve it "+
			"(pass repo[:tag]@sha256:<64 hex>): registry: %v; local engine: %w", ref, distErr, err)
	}
	repo := ref
	if i := strings.LastIndexByte(ref, ':'); i > strings.LastIndexByte(ref, '/') {
		repo = ref[:i]
	}
	for _, rd := range info.RepoDigests {
		if r, d, ok := strings.Cut(rd, "@"); ok && r == repo {
			return ref + "@" + d, nil
		}
	}
	fmt.Fprintf(warn, "warning: --image %s has no registry digest (%v); signing its local image ID %s, which executors must already hold (it is never pulled)\n",
		ref, distErr, info.ID)
	return info.ID, nil
}

// secretValue is the value of KEY in --secret KEY=VALUE lines ("" if none).
func secretValue(secrets []string, key string) string {
	for _, kv := range secrets {
		if v, ok := strings.CutPrefix(kv, key+"="); ok {
			return v
		}
	}
	return ""
}
