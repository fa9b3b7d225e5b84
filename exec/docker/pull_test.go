package docker

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/docker/docker/api/types/image"

	"github.com/skyops/skyops/exec/docker/registrytest"
	"github.com/skyops/skyops/exec/fault"
	"github.com/skyops/skyops/types"
)

// pushed pushes the test image to a fresh local registry and returns it
// with the pinned reference; the engine then lacks that reference, so a
// run must pull it.
func pushed(t *testing.T, opts ...registrytest.Option) (*Runtime, *registrytest.Registry, string) {
	t.Helper()
	rt, img := setup(t)
	reg := registrytest.Start(t, opts...)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	ref := reg.Push(ctx, t, rt.cli, img, "skyops-test/pull")
	t.Cleanup(func() { unpull(t, rt, ref) })
	return rt, reg, ref
}

// unpull removes what a pull of ref left, so tests do not see each other's.
func unpull(t *testing.T, rt *Runtime, ref string) {
	pin, err := types.ParseImageRef(ref)
	if err != nil {
		return
	}
	rt.cli.ImageRemove(context.Background(), pin.ByDigest(), image.RemoveOptions{}) //nolint:errcheck // may not be there
}

func TestPullByDigest(t *testing.T) {
	rt, _, ref := pushed(t)
	if _, err := rt.cli.ImageInspect(context.Background(), ref); err == nil {
		t.Fatalf("%s is on the engine before the run: the test would not pull", ref)
	}
	res, stdout, _, err := run(t, Job{Image: ref, Args: []string{"echo", "pulled"}})
	if err != nil || res.ExitCode != 0 || strings.TrimSpace(stdout) != "pulled" {
		t.Fatalf("Run(%s) = %+v, %q, %v; want it pulled and run", ref, res, stdout, err)
	}
	// Now held, and advertised by its digest.
	refs, err := rt.Images(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	pin, _ := types.ParseImageRef(ref)
	if !strings.Contains(strings.Join(refs, " "), pin.ByDigest()) && len(refs) < MaxImages {
		t.Fatalf("Images = %v; want %s among them", refs, pin.ByDigest())
	}
}

func TestPullWrongDigest(t *testing.T) {
	rt, _, ref := pushed(t)
	pin, _ := types.ParseImageRef(ref)
	other := strings.Repeat("0", 64)
	pin.Digest = "sha256:" + other
	_, err := rt.Run(context.Background(), Job{Image: pin.String(), Args: []string{"echo"}})
	assertPullError(t, err, "registry "+pin.Registry()+" has no image "+pin.ByDigest())
}

func TestPullRegistryDown(t *testing.T) {
	rt, _ := setup(t)
	host := registrytest.FreeAddr(t)
	ref := host + "/skyops-test/gone:1@sha256:" + strings.Repeat("ab", 32)
	_, err := rt.Run(context.Background(), Job{Image: ref, Args: []string{"echo"}})
	assertPullError(t, err, "registry "+host+" unreachable: ")
}

func TestPullTimeout(t *testing.T) {
	_, _ = setup(t)
	rt, err := New(context.Background(), PullTimeout(time.Nanosecond))
	if err != nil {
		t.Fatal(err)
	}
	defer rt.Close(context.Background()) //nolint:errcheck
	ref := registrytest.FreeAddr(t) + "/skyops-test/slow:1@sha256:" + strings.Repeat("cd", 32)
	_, err = rt.Run(context.Background(), Job{Image: ref})
	assertPullError(t, err, "unreachable: no image after 1ns")
}

func TestPullWithCredentials(t *testing.T) {
	rt, reg, ref := pushed(t, registrytest.Auth("skyops", "s3cret-pass"))
	_, err := rt.Run(context.Background(), Job{Image: ref, Args: []string{"echo"}})
	assertPullError(t, err, "refused access")
	if strings.Contains(err.Error(), "s3cret-pass") {
		t.Fatalf("the error shows the password: %v", err)
	}
	res, stdout, _, err := run(t, Job{Image: ref, RegistryAuth: reg.AuthHeader(), Args: []string{"echo", "authed"}})
	if err != nil || res.ExitCode != 0 || strings.TrimSpace(stdout) != "authed" {
		t.Fatalf("Run with credentials = %+v, %q, %v", res, stdout, err)
	}
}

// A pinned image that is here already is not pulled again; one not pinned
// to a registry digest is never pulled.
func TestNoPullWhenHeldOrUnpinned(t *testing.T) {
	rt, img := setup(t)
	info, err := rt.cli.ImageInspect(context.Background(), img)
	if err != nil {
		t.Fatal(err)
	}
	if res, _, _, err := run(t, Job{Image: info.ID, Args: []string{"echo"}}); err != nil || res.ExitCode != 0 {
		t.Fatalf("Run by image ID %s = %+v, %v", info.ID, res, err)
	}
	_, err = rt.Run(context.Background(), Job{Image: "sha256:" + strings.Repeat("e", 64)})
	if !errors.Is(err, ErrImageMissing) || errors.Is(err, ErrPull) {
		t.Fatalf("Run of an absent image ID = %v; want ErrImageMissing, no pull", err)
	}
}

func assertPullError(t *testing.T, err error, want string) {
	t.Helper()
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Fatalf("Run = %v; want a pull error with %q", err, want)
	}
	if !errors.Is(err, ErrPull) || !errors.Is(err, fault.ErrLocal) {
		t.Fatalf("pull error %v is not ErrPull (local): the executor would not give it back", err)
	}
}

func TestHoldsDigest(t *testing.T) {
	d := "sha256:" + strings.Repeat("1", 64)
	pin := types.ImageRef{Repo: "alpine", Digest: d}
	if !holdsDigest([]string{"alpine@" + d}, pin) || !holdsDigest([]string{"docker.io/library/alpine@" + d}, pin) {
		t.Fatal("alpine's own digest not recognised")
	}
	if holdsDigest([]string{"alpine@sha256:" + strings.Repeat("2", 64)}, pin) || holdsDigest([]string{"other@" + d}, pin) {
		t.Fatal("another digest or repository taken for the pinned one")
	}
}
