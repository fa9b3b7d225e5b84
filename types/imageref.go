package types

import (
	"fmt"
	"strings"
)

// A Docker job's image is pinned in its signed spec: the owner signs a
// content digest, never a tag that a registry could move. Two forms are
// accepted:
//
//	repo[:tag]@sha256:<64 hex>  a registry manifest digest: an executor that
//	                            lacks the image pulls it by that digest
//	sha256:<64 hex>             a local image ID: never pulled, the executor
//	                            must hold the image (built or loaded there)
//
// A tag alone ("trainer:1") is refused: `skyops submit-task --image` resolves
// it to its digest before signing.

// ImageRef is a parsed, pinned Docker image reference.
type ImageRef struct {
	Repo   string // "127.0.0.1:5000/trainer"; empty for a local image ID
	Tag    string // informational only: the digest is what runs
	Digest string // "sha256:<64 hex>"
}

// Pullable reports whether the reference names a registry manifest (and so
// may be pulled), rather than a local image ID.
func (r ImageRef) Pullable() bool { return r.Repo != "" }

// String is the reference as the spec carries it.
func (r ImageRef) String() string {
	if r.Repo == "" {
		return r.Digest
	}
	if r.Tag != "" {
		return r.Repo + ":" + r.Tag + "@" + r.Digest
	}
	return r.Repo + "@" + r.Digest
}

// ByDigest is the reference an executor pulls and runs: the repository and
// the digest, without the tag, which would be ignored anyway.
func (r ImageRef) ByDigest() string {
	if r.Repo == "" {
		return r.Digest
	}
	return r.Repo + "@" + r.Digest
}

// Registry is the host the image comes from ("docker.io" for a name
// without one), as Docker decides it: the first path component, when it
// has a dot or a colon or is "localhost".
func (r ImageRef) Registry() string {
	first, _, ok := strings.Cut(r.Repo, "/")
	if ok && (strings.ContainsAny(first, ".:") || first == "localhost") {
		return first
	}
	return "docker.io"
}

// ParseImageRef parses a pinned image reference; the error says how to pin
// one that is not.
func ParseImageRef(s string) (ImageRef, error) {
	if d, ok := strings.CutPrefix(s, "sha256:"); ok {
		if err := checkHex64(d); err != nil {
			return ImageRef{}, fmt.Errorf("image %q: the image ID %w", s, err)
		}
		return ImageRef{Digest: s}, nil
	}
	name, digest, pinned := strings.Cut(s, "@")
	if !imageRefRE.MatchString(s) && !(pinned && imageRefRE.MatchString(name)) {
		return ImageRef{}, fmt.Errorf("image %q is not a Docker image reference (want repo[:tag]@sha256:<64 hex>, e.g. 127.0.0.1:5000/trainer:1@sha256:…)", s)
	}
	if !pinned {
		return ImageRef{}, fmt.Errorf("image %q is not pinned to a digest: a signed spec names repo[:tag]@sha256:<64 hex> "+
			"(skyops submit-task --image resolves a tag to its digest before signing; or pass `docker inspect --format '{{.Id}}' IMAGE` for an image the executors hold)", s)
	}
	d, ok := strings.CutPrefix(digest, "sha256:")
	if !ok {
		return ImageRef{}, fmt.Errorf("image %q: the digest must be sha256:<64 hex>", s)
	}
	if err := checkHex64(d); err != nil {
		return ImageRef{}, fmt.Errorf("image %q: the digest %w", s, err)
	}
	r := ImageRef{Repo: name, Digest: digest}
	// A colon after the last slash starts the tag; one before it is a
	// registry's port.
	if i := strings.LastIndexByte(name, ':'); i > strings.LastIndexByte(name, '/') {
		r.Repo, r.Tag = name[:i], name[i+1:]
	}
	return r, nil
}

func checkHex64(h string) error {
	if len(h) != 64 {
		return fmt.Errorf("is %d hex digits after sha256:, want 64", len(h))
	}
	for _, c := range h {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f') {
			return fmt.Errorf("has %q: want 64 lowercase hex digits after sha256:", c)
		}
	}
	return nil
}

// RegistryAuthSecret is the job secret (a --secret KEY=VALUE line of the
// job's encrypted secrets package) that holds the credentials an executor
// pulls the job's image with: base64 of the Docker auth JSON
// ({"username":…,"password":…} or {"identitytoken":…}), as the Docker
// Engine's X-Registry-Auth header takes it. The executor uses it for the
// pull alone: the container's environment does not get it.
const RegistryAuthSecret = "SKYOPS_REGISTRY_AUTH"
