package docker

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/distribution/reference"
	"github.com/docker/docker/api/types/image"
	"github.com/docker/docker/client"

	"github.com/skyops/skyops/exec/fault"
	"github.com/skyops/skyops/types"
)

// ErrPull: the job's image is not on this node and could not be pulled by
// its pinned digest (the registry is unreachable, refuses the credentials,
// has no such manifest, or served other content). It wraps fault.ErrLocal,
// so the executor gives the attempt back; whether it is the job's fault
// (every node fails alike) is for the network to tell, from how many
// distinct nodes gave it back for that (sched.MaxPullGiveBacks).
var ErrPull = fmt.Errorf("docker: image pull failed: %w", fault.ErrLocal)

// DefaultPullTimeout bounds one pull, progress and all, unless the
// PullTimeout option says otherwise.
const DefaultPullTimeout = 10 * time.Minute

// PullTimeout bounds each image pull (DefaultPullTimeout otherwise).
func PullTimeout(d time.Duration) Option {
	return func(o *options) { o.pullTimeout = d }
}

// ensureImage makes sure the job's image is here: a reference pinned to a
// registry digest (types.ParseImageRef) is pulled by that digest when the
// engine lacks it, and then must carry that digest; anything else (a local
// image ID, or a plain name in direct use of this package) must already be
// here, and is never pulled.
func (r *Runtime) ensureImage(ctx context.Context, ref, auth string) error {
	pin, err := types.ParseImageRef(ref)
	if err != nil || !pin.Pullable() {
		return r.checkImage(ctx, ref)
	}
	want := pin.ByDigest()
	if _, err := r.cli.ImageInspect(ctx, want); err == nil {
		// The engine resolves repo@digest through the image's RepoDigests:
		// found means it is held under that digest.
		return nil
	} else if !isNotFound(err) {
		return fmt.Errorf("docker: inspect image %q: %w", want, engineError(err))
	}
	if err := r.pull(ctx, pin, auth); err != nil {
		return err
	}
	return r.checkDigest(ctx, pin)
}

// pull pulls the image by its digest, within the pull timeout, reading the
// engine's progress stream to its end (the pull is over only then).
func (r *Runtime) pull(ctx context.Context, pin types.ImageRef, auth string) error {
	timeout := r.pullTimeout
	if timeout <= 0 {
		timeout = DefaultPullTimeout
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	start := time.Now()
	body, err := r.cli.ImagePull(ctx, pin.ByDigest(), image.PullOptions{RegistryAuth: auth})
	if err == nil {
		err = readPullStream(body)
		body.Close() //nolint:errcheck // read to its end or failed already
	}
	if err != nil {
		if ctx.Err() != nil && errors.Is(ctx.Err(), context.DeadlineExceeded) {
			err = fmt.Errorf("no image after %s: %w", timeout, err)
		}
		return localError{pullError(pin, err), ErrPull}
	}
	r.log("pulled image", "image", pin.ByDigest(), "took", time.Since(start).Round(time.Millisecond))
	return nil
}

// readPullStream reads the engine's JSON progress messages; the first
// error message is the pull's error.
func readPullStream(body io.Reader) error {
	dec := json.NewDecoder(body)
	for {
		var msg struct {
			Error       string `json:"error"`
			ErrorDetail struct {
				Message string `json:"message"`
			} `json:"errorDetail"`
		}
		if err := dec.Decode(&msg); err == io.EOF {
			return nil
		} else if err != nil {
			return fmt.Errorf("read pull progress: %w", err)
		}
		if msg.Error != "" {
			return errors.New(msg.Error)
		}
		if msg.ErrorDetail.Message != "" {
			return errors.New(msg.ErrorDetail.Message)
		}
	}
}

// pullError says what went wrong in words a job's owner can act on. The
// engine's own message follows; it never holds the credentials.
func pullError(pin types.ImageRef, err error) error {
	host := pin.Registry()
	msg := strings.ToLower(err.Error())
	switch {
	case client.IsErrConnectionFailed(err):
		return fmt.Errorf("docker: pull %s: the Docker engine did not answer: %w", pin.ByDigest(), err)
	case strings.Contains(msg, "unauthorized") || strings.Contains(msg, "authentication required") ||
		strings.Contains(msg, "no basic auth credentials") || strings.Contains(msg, "denied"):
		return fmt.Errorf("registry %s refused access to %s (pass its credentials as the job secret %s): %w", host, pin.Repo, types.RegistryAuthSecret, err)
	case strings.Contains(msg, "manifest unknown") || strings.Contains(msg, "not found") || strings.Contains(msg, "does not exist"):
		return fmt.Errorf("registry %s has no image %s: %w", host, pin.ByDigest(), err)
	case strings.Contains(msg, "digest") && (strings.Contains(msg, "mismatch") || strings.Contains(msg, "verif") || strings.Contains(msg, "invalid")):
		return fmt.Errorf("image digest does not match the spec: registry %s served other content for %s: %w", host, pin.ByDigest(), err)
	case strings.Contains(msg, "connection refused") || strings.Contains(msg, "no such host") ||
		strings.Contains(msg, "timeout") || strings.Contains(msg, "deadline") || strings.Contains(msg, "i/o timeout") ||
		strings.Contains(msg, "network is unreachable") || strings.Contains(msg, "no image after"):
		return fmt.Errorf("registry %s unreachable: %w", host, err)
	default:
		return fmt.Errorf("pull %s from registry %s: %w", pin.ByDigest(), host, err)
	}
}

// checkDigest makes sure the pulled image carries the pinned digest in its
// RepoDigests: content a registry served under another digest does not
// run. (The engine checks a pull by digest already; this is the rule said
// again where it matters, and it catches an engine that does not.)
func (r *Runtime) checkDigest(ctx context.Context, pin types.ImageRef) error {
	info, err := r.cli.ImageInspect(ctx, pin.ByDigest())
	if err != nil {
		if isNotFound(err) {
			return localError{fmt.Errorf("image digest does not match the spec: after the pull the engine holds no %s", pin.ByDigest()), ErrPull}
		}
		return fmt.Errorf("docker: inspect pulled image %q: %w", pin.ByDigest(), engineError(err))
	}
	if !holdsDigest(info.RepoDigests, pin) {
		return localError{fmt.Errorf("image digest does not match the spec: %s pulled, but its digests are %v", pin.ByDigest(), info.RepoDigests), ErrPull}
	}
	return nil
}

// holdsDigest reports whether one of repoDigests is the pinned repository
// at the pinned digest (names compared as Docker normalises them:
// "alpine" is "docker.io/library/alpine").
func holdsDigest(repoDigests []string, pin types.ImageRef) bool {
	want, err := reference.ParseNormalizedNamed(pin.Repo)
	if err != nil {
		return false
	}
	for _, rd := range repoDigests {
		got, err := reference.ParseNormalizedNamed(rd)
		if err != nil {
			continue
		}
		if d, ok := got.(reference.Digested); ok && got.Name() == want.Name() && d.Digest().String() == pin.Digest {
			return true
		}
	}
	return false
}

// checkImage makes sure an image that is not pulled (see ensureImage) is on
// this node.
func (r *Runtime) checkImage(ctx context.Context, ref string) error {
	if ref == "" {
		return errors.New("docker: job names no image")
	}
	if _, err := r.cli.ImageInspect(ctx, ref); err != nil {
		if isNotFound(err) {
			return localError{fmt.Errorf("docker: image %q is not on this node (only an image pinned to a registry digest is pulled)", ref), ErrImageMissing}
		}
		return fmt.Errorf("docker: inspect image %q: %w", ref, engineError(err))
	}
	return nil
}

// Images lists the image references this engine holds, sorted, at most
// MaxImages: what a node advertises so that placement prefers it for jobs
// that name them. A signed spec pins its image (types.ParseImageRef), so
// what it can name comes first when there are more than MaxImages: the
// registry digests ("alpine@sha256:…", pulled images among them) and the
// IDs of images that have none (built or loaded here); tags such as
// "localhost/trainer:1" fill the room left.
func (r *Runtime) Images(ctx context.Context) ([]string, error) {
	list, err := r.cli.ImageList(ctx, image.ListOptions{})
	if err != nil {
		return nil, fmt.Errorf("docker: list images: %w", engineError(err))
	}
	seen := map[string]bool{}
	var pinned, tags []string
	add := func(to *[]string, ref string) {
		if ref == "" || strings.HasPrefix(ref, "<none>") || len(ref) > 256 || seen[ref] {
			return
		}
		seen[ref] = true
		*to = append(*to, ref)
	}
	for _, im := range list {
		for _, ref := range im.RepoDigests {
			add(&pinned, ref)
		}
		if len(im.RepoDigests) == 0 && strings.HasPrefix(im.ID, "sha256:") {
			add(&pinned, im.ID)
		}
		for _, ref := range im.RepoTags {
			add(&tags, ref)
		}
	}
	slices.Sort(pinned)
	slices.Sort(tags)
	out := append(pinned, tags...)
	if len(out) > MaxImages {
		out = out[:MaxImages]
	}
	slices.Sort(out)
	return out, nil
}
