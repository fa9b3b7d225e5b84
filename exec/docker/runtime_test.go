package docker

import (
	"archive/tar"
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/docker/docker/api/types/build"
	"github.com/docker/docker/api/types/container"
	"github.com/docker/docker/api/types/filters"
	"github.com/docker/docker/api/types/image"
	"github.com/docker/docker/client"
	"github.com/docker/docker/pkg/stdcopy"

	"github.com/skyops/skyops/exec/fault"
)

// The tests need a Docker engine. Without one they skip, unless
// SKYOPS_REQUIRE_DOCKER=1 (as in CI), when they fail.

var (
	env struct {
		once  sync.Once
		rt    *Runtime
		image string // skyops-test/app:<random>, built from testdata/app
		err   error
	}
)

func TestMain(m *testing.M) {
	code := m.Run()
	if env.rt != nil {
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		if env.image != "" {
			if _, err := env.rt.cli.ImageRemove(ctx, env.image, image.RemoveOptions{Force: true, PruneChildren: true}); err != nil {
				fmt.Fprintln(os.Stderr, "remove test image:", err)
			}
		}
		env.rt.Close(ctx) //nolint:errcheck
		cancel()
	}
	os.Exit(code)
}

// setup returns the shared Runtime and the test image, skipping (or failing,
// with SKYOPS_REQUIRE_DOCKER=1) when there is no engine. It also checks, when
// the test ends, that no skyops container is left behind.
func setup(tb testing.TB) (*Runtime, string) {
	tb.Helper()
	env.once.Do(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
		defer cancel()
		rt, err := New(ctx)
		if err != nil {
			env.err = err
			return
		}
		env.rt = rt
		env.image, env.err = buildTestImage(ctx, tb, rt)
	})
	if env.rt == nil {
		if os.Getenv("SKYOPS_REQUIRE_DOCKER") == "1" {
			tb.Fatalf("SKYOPS_REQUIRE_DOCKER=1 but: %v", env.err)
		}
		tb.Skipf("no Docker engine (set SKYOPS_REQUIRE_DOCKER=1 to fail instead): %v", env.err)
	}
	if env.err != nil {
		tb.Fatalf("build test image: %v", env.err)
	}
	tb.Cleanup(func() { assertNoContainers(tb, env.rt) })
	return env.rt, env.image
}

// buildTestImage compiles testdata/app statically and builds a FROM scratch
// image of it through the Engine API.
func buildTestImage(ctx context.Context, tb testing.TB, rt *Runtime) (string, error) {
	dir, err := os.MkdirTemp("", "skyops-docker-test")
	if err != nil {
		return "", err
	}
	defer os.RemoveAll(dir)
	bin := filepath.Join(dir, "app")
	cmd := exec.CommandContext(ctx, "go", "build", "-trimpath", "-ldflags=-s -w", "-o", bin, "./testdata/app")
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0", "GOOS=linux")
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("go build testdata/app: %v\n%s", err, out)
	}
	app, err := os.ReadFile(bin)
	if err != nil {
		return "", err
	}

	var buf bytes.Buffer
	tw := tar.NewWriter(&buf)
	for _, f := range []struct {
		name string
		mode int64
		data []byte
	}{
		{"Dockerfile", 0o644, []byte("FROM scratch\nCOPY app /app\nENTRYPOINT [\"/app\"]\n")},
		{"app", 0o755, app},
	} {
		if err := tw.WriteHeader(&tar.Header{Name: f.name, Mode: f.mode, Size: int64(len(f.data))}); err != nil {
			return "", err
		}
		if _, err := tw.Write(f.data); err != nil {
			return "", err
		}
	}
	if err := tw.Close(); err != nil {
		return "", err
	}

	var rnd [6]byte
	rand.Read(rnd[:]) //nolint:errcheck
	tag := "skyops-test/app:" + hex.EncodeToString(rnd[:])
	resp, err := rt.cli.ImageBuild(ctx, &buf, build.ImageBuildOptions{
		Tags:        []string{tag},
		Remove:      true,
		ForceRemove: true,
		Labels:      map[string]string{"skyops-test": "1"},
	})
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	dec := json.NewDecoder(resp.Body)
	for {
		var msg struct {
			Error string `json:"error"`
		}
		if err := dec.Decode(&msg); err == io.EOF {
			break
		} else if err != nil {
			return "", fmt.Errorf("read build output: %w", err)
		}
		if msg.Error != "" {
			return "", fmt.Errorf("image build: %s", msg.Error)
		}
	}
	tb.Logf("built test image %s", tag)
	return tag, nil
}

func assertNoContainers(tb testing.TB, rt *Runtime) {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	list, err := rt.cli.ContainerList(ctx, container.ListOptions{
		All:     true,
		Filters: filters.NewArgs(filters.Arg("label", Label+"=1")),
	})
	if err != nil {
		tb.Errorf("list containers: %v", err)
		return
	}
	for _, c := range list {
		tb.Errorf("container %s (%v, %s) left behind", c.ID[:12], c.Names, c.State)
	}
}

func run(t *testing.T, j Job) (Result, string, string, error) {
	t.Helper()
	rt, img := setup(t)
	if j.Image == "" {
		j.Image = img
	}
	var stdout, stderr bytes.Buffer
	j.Stdout, j.Stderr = &stdout, &stderr
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	res, err := rt.Run(ctx, j)
	t.Logf("result %+v, err %v\nstdout: %.500s\nstderr: %.500s", res, err, stdout.String(), stderr.String())
	return res, stdout.String(), stderr.String(), err
}

func TestFiles(t *testing.T) {
	in, out := t.TempDir(), t.TempDir()
	if err := os.WriteFile(filepath.Join(in, "in.txt"), []byte("hello"), 0o644); err != nil {
		t.Fatal(err)
	}
	// Let a non-root container user write too.
	os.Chmod(out, 0o777) //nolint:errcheck
	res, stdout, _, err := run(t, Job{Args: []string{"files"}, InputsDir: in, OutputsDir: out})
	if err != nil || res.ExitCode != 0 || res.Reason != "" {
		t.Fatalf("Run = %+v, %v; want exit 0", res, err)
	}
	got, err := os.ReadFile(filepath.Join(out, "x.txt"))
	if err != nil || string(got) != "got: hello" {
		t.Fatalf("outputs/x.txt = %q, %v", got, err)
	}
	if !strings.Contains(stdout, "inputs read-only") {
		t.Errorf("stdout %q: writing /inputs did not fail", stdout)
	}
	if _, err := os.Stat(filepath.Join(in, "evil.txt")); err == nil {
		t.Error("container wrote into the inputs directory")
	}
}

func TestArgsEnvGPUs(t *testing.T) {
	res, stdout, stderr, err := run(t, Job{
		Args:   []string{"echo", "a b", "c"},
		Env:    []string{"FOO=bar baz"},
		GPUs:   []int{1, 3},
		Labels: map[string]string{"job": "t1", Label: "overridden?"},
	})
	if err != nil || res.ExitCode != 0 {
		t.Fatalf("Run = %+v, %v", res, err)
	}
	if stdout != "a b c\n" {
		t.Errorf("stdout = %q, want %q", stdout, "a b c\n")
	}
	for _, want := range []string{"FOO=bar baz\n", "CUDA_VISIBLE_DEVICES=1,3\n"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr = %q, want it to contain %q", stderr, want)
		}
	}
}

func TestExitCode(t *testing.T) {
	res, _, _, err := run(t, Job{Args: []string{"exit3"}})
	if err != nil || res.ExitCode != 3 || res.Reason != "" {
		t.Fatalf("Run = %+v, %v; want exit 3, no reason", res, err)
	}
	// No args: the image's default command (app without a mode exits 2).
	res, stdout, _, err := run(t, Job{})
	if err != nil || res.ExitCode != 2 || !strings.Contains(stdout, "usage") {
		t.Fatalf("Run(no args) = %+v, %v, stdout %q; want usage, exit 2", res, err, stdout)
	}
}

func TestTimeout(t *testing.T) {
	start := time.Now()
	res, _, _, err := run(t, Job{Args: []string{"sleep"}, Duration: time.Second})
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	if res.ExitCode != ExitCodeAborted || res.Reason != "timeout after 1s" {
		t.Errorf("Run = %+v; want exit -1, timeout after 1s", res)
	}
	if d := time.Since(start); d > 20*time.Second {
		t.Errorf("Run took %v", d)
	}
	if res.Duration < time.Second || res.Duration > 10*time.Second {
		t.Errorf("Duration = %v", res.Duration)
	}
}

func TestOutOfMemory(t *testing.T) {
	res, _, _, err := run(t, Job{Args: []string{"alloc"}, MemoryMiB: 32})
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	if res.ExitCode == 0 || res.Reason != "out of memory (limit 32 MiB)" {
		t.Errorf("Run = %+v; want out of memory (limit 32 MiB)", res)
	}
	// The same job with room enough succeeds.
	res, _, _, err = run(t, Job{Args: []string{"alloc"}, MemoryMiB: 1024})
	if err != nil || res.ExitCode != 0 || res.Reason != "" {
		t.Errorf("Run(1 GiB) = %+v, %v; want exit 0", res, err)
	}
}

// TestNetwork runs real containers: without Job.Network the container has
// loopback alone and cannot dial out; with it, it has an interface on
// Docker's default bridge (eth0) with an address.
func TestNetwork(t *testing.T) {
	res, stdout, _, err := run(t, Job{Args: []string{"net"}})
	if err != nil || res.ExitCode != 0 || !strings.Contains(stdout, "dial failed") {
		t.Fatalf("Run = %+v, %v, stdout %q; want the dial to fail", res, err, stdout)
	}

	type iface struct {
		flags []string // as net.Flags prints them: up, loopback, running, ...
		addrs []string
	}
	ifaces := func(network bool) map[string]iface {
		t.Helper()
		res, stdout, _, err := run(t, Job{Args: []string{"ifaces"}, Network: network})
		if err != nil || res.ExitCode != 0 {
			t.Fatalf("Network %v: Run = %+v, %v", network, res, err)
		}
		got := map[string]iface{}
		for _, line := range strings.Split(strings.TrimSpace(stdout), "\n") {
			f := strings.Fields(line)
			if len(f) < 3 || f[0] != "iface" {
				t.Fatalf("Network %v: unexpected line %q in %q", network, line, stdout)
			}
			got[f[1]] = iface{flags: strings.Split(f[2], "|"), addrs: f[3:]}
		}
		return got
	}

	none := ifaces(false)
	if len(none) != 1 || !slices.Contains(none["lo"].flags, "loopback") {
		t.Errorf("Network false: interfaces %v, want lo alone", none)
	}

	bridged := ifaces(true)
	var outside []string
	for name, ifc := range bridged {
		if !slices.Contains(ifc.flags, "loopback") && slices.Contains(ifc.flags, "up") && len(ifc.addrs) > 0 {
			outside = append(outside, name)
		}
	}
	if len(outside) == 0 || !slices.Contains(bridged["lo"].flags, "loopback") {
		t.Errorf("Network true: interfaces %v, want lo and one that is up with an address (eth0)", bridged)
	}
	t.Logf("with a network: %+v", bridged)
}

func TestMissingImage(t *testing.T) {
	res, _, _, err := run(t, Job{Image: "skyops-test/does-not-exist:nope", Args: []string{"echo"}})
	want := `image "skyops-test/does-not-exist:nope" is not on this node (only an image pinned to a registry digest is pulled)`
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Fatalf("Run = %+v, %v; want error %q", res, err, want)
	}
	// The node's trouble, not the job's: the executor gives it back.
	if !errors.Is(err, ErrImageMissing) || !errors.Is(err, fault.ErrLocal) || errors.Is(err, ErrEngine) {
		t.Fatalf("missing image error %v is not typed as ErrImageMissing (local)", err)
	}
}

// An engine that went away after the runtime connected is this node's
// trouble too. Needs no engine: the client points at a socket that is not
// there.
func TestEngineGoneIsLocal(t *testing.T) {
	cli, err := client.NewClientWithOpts(client.WithHost("unix://"+filepath.Join(t.TempDir(), "gone.sock")), client.WithVersion("1.44"))
	if err != nil {
		t.Fatal(err)
	}
	rt := &Runtime{cli: cli}
	defer rt.Close(context.Background()) //nolint:errcheck // nothing running
	_, err = rt.Run(context.Background(), Job{Image: "alpine:3"})
	if !errors.Is(err, ErrEngine) || !errors.Is(err, fault.ErrLocal) || errors.Is(err, ErrImageMissing) || strings.Contains(err.Error(), "\n") {
		t.Fatalf("Run on a gone engine = %v; want one line typed as ErrEngine (local)", err)
	}
	if _, err := rt.Images(context.Background()); !errors.Is(err, ErrEngine) {
		t.Fatalf("Images on a gone engine = %v; want ErrEngine", err)
	}
}

// Images lists what the engine holds, the test image among them.
func TestImages(t *testing.T) {
	rt, img := setup(t)
	refs, err := rt.Images(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(refs) > MaxImages || !slices.IsSorted(refs) {
		t.Fatalf("Images = %d refs, sorted %v; want at most %d, sorted", len(refs), slices.IsSorted(refs), MaxImages)
	}
	if len(refs) < MaxImages && !slices.Contains(refs, img) {
		t.Fatalf("Images = %v; want the test image %s among them", refs, img)
	}
	// Built here, it has no registry digest: its ID is what a spec pins.
	info, err := rt.cli.ImageInspect(context.Background(), img)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(refs, info.ID) {
		t.Fatalf("Images = %v; want the test image's ID %s among them", refs, info.ID)
	}
}

func TestCancel(t *testing.T) {
	rt, img := setup(t)
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(500*time.Millisecond, cancel)
	start := time.Now()
	res, err := rt.Run(ctx, Job{Image: img, Args: []string{"sleep"}})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
	if res.ExitCode != ExitCodeAborted || res.Reason != "canceled" {
		t.Errorf("Run = %+v; want exit -1, canceled", res)
	}
	if d := time.Since(start); d > 20*time.Second {
		t.Errorf("Run took %v after cancel", d)
	}
}

func TestLotsOfOutput(t *testing.T) {
	res, stdout, _, err := run(t, Job{Args: []string{"lots"}})
	if err != nil || res.ExitCode != 0 {
		t.Fatalf("Run = %+v, %v", res, err)
	}
	lines := strings.Split(strings.TrimSuffix(stdout, "\n"), "\n")
	if len(lines) != 100000 || lines[99999] != "line 99999" {
		t.Errorf("got %d lines, last %q; want 100000", len(lines), lines[len(lines)-1])
	}
}

func TestBadJob(t *testing.T) {
	rt, img := setup(t)
	ctx := context.Background()
	if _, err := rt.Run(ctx, Job{Image: img, InputsDir: "/does/not/exist"}); err == nil {
		t.Error("Run with a missing inputs directory succeeded")
	}
	if _, err := rt.Run(ctx, Job{Image: img, Env: []string{"NOEQUALS"}}); err == nil {
		t.Error("Run with a bad env entry succeeded")
	}
	if _, err := rt.Run(ctx, Job{}); err == nil {
		t.Error("Run with no image succeeded")
	}
}

// TestNoEngine needs no engine: it points New at a socket that is not there.
func TestNoEngine(t *testing.T) {
	sock := "unix://" + filepath.Join(t.TempDir(), "nope.sock")
	_, err := New(context.Background(), Host(sock))
	want := "no Docker engine at " + sock + ": start dockerd, or run without the docker runtime"
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Fatalf("New = %v, want %q", err, want)
	}
	if Available(context.Background(), Host(sock)) {
		t.Error("Available = true with no engine")
	}
}

// TestContainerConfig checks the configuration without an engine.
func TestContainerConfig(t *testing.T) {
	in := t.TempDir()
	cfg, hc, err := containerConfig(Job{
		Image: "x", Args: []string{"a"}, Env: []string{"CUDA_VISIBLE_DEVICES=9"},
		InputsDir: in, OutputsDir: in, CheckpointDir: in,
		CPUs: 2, MemoryMiB: 64, GPUs: []int{2, 5}, RealGPUs: true,
		Labels: map[string]string{Label: "0", "k": "v"},
	})
	if err != nil {
		t.Fatal(err)
	}
	if hc.NetworkMode != "none" || hc.NanoCPUs != 2e9 || hc.Memory != 64<<20 || hc.MemorySwap != hc.Memory {
		t.Errorf("host config: network %q, cpus %d, memory %d, swap %d", hc.NetworkMode, hc.NanoCPUs, hc.Memory, hc.MemorySwap)
	}
	if len(hc.Mounts) != 3 || !hc.Mounts[0].ReadOnly || hc.Mounts[0].Target != "/inputs" || hc.Mounts[1].ReadOnly || hc.Mounts[2].Target != "/checkpoint" {
		t.Errorf("mounts = %+v", hc.Mounts)
	}
	if len(hc.DeviceRequests) != 1 || hc.DeviceRequests[0].Driver != "nvidia" || strings.Join(hc.DeviceRequests[0].DeviceIDs, ",") != "2,5" {
		t.Errorf("device requests = %+v", hc.DeviceRequests)
	}
	if cfg.Labels[Label] != "1" || cfg.Labels["k"] != "v" {
		t.Errorf("labels = %v", cfg.Labels)
	}
	envs := strings.Join(cfg.Env, " ")
	if !strings.HasSuffix(envs, "NVIDIA_VISIBLE_DEVICES=2,5 CUDA_VISIBLE_DEVICES=0,1") {
		t.Errorf("env = %q", envs)
	}

	_, hc, _ = containerConfig(Job{Image: "x", Network: true, GPUs: []int{1}})
	if hc.NetworkMode == "none" || len(hc.DeviceRequests) != 0 || hc.Memory != 0 || hc.NanoCPUs != 0 {
		t.Errorf("network job: %+v", hc)
	}
}

// firstByte records when its first write happened.
type firstByte struct {
	once sync.Once
	at   chan time.Time
}

func newFirstByte() *firstByte { return &firstByte{at: make(chan time.Time, 1)} }

func (f *firstByte) Write(p []byte) (int, error) {
	if len(p) > 0 {
		f.once.Do(func() { f.at <- time.Now() })
	}
	return len(p), nil
}

// BenchmarkStartToFirstLine measures, per op, one echo job from the call to
// its first byte of stdout (reported as ms-to-first-byte) and to the end of
// the whole call with removal included (ns/op). "Run" goes through
// Runtime.Run (image check, create, attach, start, wait, remove); "rawAPI"
// is the bare docker-run equivalent (create, attach, start, wait, remove).
func BenchmarkStartToFirstLine(b *testing.B) {
	rt, img := setup(b)
	ctx := context.Background()
	report := func(b *testing.B, total time.Duration) {
		b.ReportMetric(float64(total.Microseconds())/1000/float64(b.N), "ms-to-first-byte")
	}
	b.Run("Run", func(b *testing.B) {
		var total time.Duration
		for b.Loop() {
			fb := newFirstByte()
			start := time.Now()
			res, err := rt.Run(ctx, Job{Image: img, Args: []string{"echo", "hi"}, Stdout: fb})
			if err != nil || res.ExitCode != 0 {
				b.Fatalf("Run = %+v, %v", res, err)
			}
			total += (<-fb.at).Sub(start)
		}
		report(b, total)
	})
	b.Run("rawAPI", func(b *testing.B) {
		var total time.Duration
		for b.Loop() {
			fb := newFirstByte()
			start := time.Now()
			c, err := rt.cli.ContainerCreate(ctx, &container.Config{
				Image: img, Cmd: []string{"echo", "hi"}, AttachStdout: true, AttachStderr: true,
				Labels: map[string]string{Label: "1"},
			}, &container.HostConfig{NetworkMode: "none"}, nil, nil, "")
			if err != nil {
				b.Fatal(err)
			}
			hj, err := rt.cli.ContainerAttach(ctx, c.ID, container.AttachOptions{Stream: true, Stdout: true, Stderr: true})
			if err != nil {
				b.Fatal(err)
			}
			done := make(chan struct{})
			go func() { stdcopy.StdCopy(fb, io.Discard, hj.Reader); close(done) }() //nolint:errcheck
			if err := rt.cli.ContainerStart(ctx, c.ID, container.StartOptions{}); err != nil {
				b.Fatal(err)
			}
			waitC, errC := rt.cli.ContainerWait(ctx, c.ID, container.WaitConditionNotRunning)
			select {
			case <-waitC:
			case err := <-errC:
				b.Fatal(err)
			}
			<-done
			hj.Close()
			total += (<-fb.at).Sub(start)
			if err := rt.cli.ContainerRemove(ctx, c.ID, container.RemoveOptions{Force: true}); err != nil {
				b.Fatal(err)
			}
		}
		report(b, total)
	})
}
