package docker

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"time"

	cerrdefs "github.com/containerd/errdefs"
	"github.com/docker/docker/api/types/container"
	"github.com/docker/docker/api/types/mount"
	"github.com/docker/docker/client"
	"github.com/docker/docker/pkg/stdcopy"

	"github.com/skyops/skyops/exec/fault"
)

// Errors of this node rather than of the job (both wrap fault.ErrLocal):
// the executor gives such an attempt back, and another node runs it.
var (
	// ErrImageMissing: the job's image is not on this node.
	ErrImageMissing = fmt.Errorf("docker: image not on this node: %w", fault.ErrLocal)
	// ErrEngine: the Docker engine did not answer, or cannot give the
	// container what it needs now (disk, memory, a GPU runtime).
	ErrEngine = fmt.Errorf("docker: engine cannot run the container: %w", fault.ErrLocal)
)

// localError is err, marked as kind (ErrImageMissing or ErrEngine), with
// err's message.
type localError struct{ err, kind error }

func (e localError) Error() string   { return e.err.Error() }
func (e localError) Unwrap() []error { return []error{e.err, e.kind} }

// MaxImages is how many image references Images lists at most.
const MaxImages = 64

const (
	// ExitCodeAborted is Result.ExitCode when the container did not choose
	// its own exit code: it timed out, was canceled or could not be waited
	// for.
	ExitCodeAborted = -1

	// Label is the label (with value "1") on every container this package
	// creates, so that leftovers can always be found.
	Label = "skyops"

	// DefaultHost is where New looks for the engine when neither DOCKER_HOST
	// nor the Host option says otherwise.
	DefaultHost = "unix:///var/run/docker.sock"

	reasonCanceled = "canceled"

	// cleanupTimeout bounds the calls made after the job is over (kill,
	// inspect, remove), which use a context of their own.
	cleanupTimeout = 30 * time.Second
	// drainTimeout bounds how long Run waits for the last output once the
	// container has stopped.
	drainTimeout = 5 * time.Second
)

// Option configures a Runtime.
type Option func(*options)

type options struct {
	host        string
	pullTimeout time.Duration
	logger      *slog.Logger
}

// Logger sets where the runtime says what it did (pulls); none by default.
func Logger(l *slog.Logger) Option {
	return func(o *options) { o.logger = l }
}

// Host sets the engine's address (such as "unix:///run/user/1000/docker.sock"),
// overriding DOCKER_HOST.
func Host(addr string) Option {
	return func(o *options) { o.host = addr }
}

// Runtime runs jobs as containers on one Docker engine. It is safe for
// concurrent Run calls.
type Runtime struct {
	cli         *client.Client
	pullTimeout time.Duration
	logger      *slog.Logger

	mu      sync.Mutex
	closed  bool
	running sync.WaitGroup
}

// New connects to the Docker engine (DOCKER_HOST, or DefaultHost), negotiates
// the API version and pings it. It fails when no engine answers.
func New(ctx context.Context, opts ...Option) (*Runtime, error) {
	o := options{pullTimeout: DefaultPullTimeout}
	for _, opt := range opts {
		opt(&o)
	}
	copts := []client.Opt{client.FromEnv, client.WithAPIVersionNegotiation()}
	if o.host != "" {
		copts = append(copts, client.WithHost(o.host))
	}
	cli, err := client.NewClientWithOpts(copts...)
	if err != nil {
		return nil, fmt.Errorf("docker: client: %w", err)
	}
	// Ping also negotiates the API version, which an old engine needs.
	if _, err := cli.Ping(ctx); err != nil {
		cli.Close() //nolint:errcheck // already failing
		return nil, fmt.Errorf("docker: no Docker engine at %s: start dockerd, or run without the docker runtime: %w",
			cli.DaemonHost(), err)
	}
	cli.NegotiateAPIVersion(ctx)
	return &Runtime{cli: cli, pullTimeout: o.pullTimeout, logger: o.logger}, nil
}

// Available reports whether a Docker engine answers, so that a node can
// decide whether to advertise the docker runtime. It gives up after 5s.
func Available(ctx context.Context, opts ...Option) bool {
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	r, err := New(ctx, opts...)
	if err != nil {
		return false
	}
	r.Close(ctx) //nolint:errcheck // nothing running
	return true
}

// Close waits for running jobs to end (or ctx to be done) and closes the
// connection to the engine. Runs started after Close fail.
func (r *Runtime) Close(ctx context.Context) error {
	r.mu.Lock()
	if r.closed {
		r.mu.Unlock()
		return nil
	}
	r.closed = true
	r.mu.Unlock()

	done := make(chan struct{})
	go func() { r.running.Wait(); close(done) }()
	select {
	case <-done:
	case <-ctx.Done():
		// The running jobs still need the client to remove their
		// containers; leave it open.
		return fmt.Errorf("docker: close: jobs still running: %w", ctx.Err())
	}
	if err := r.cli.Close(); err != nil {
		return fmt.Errorf("docker: close client: %w", err)
	}
	return nil
}

// Job is one run of a container.
type Job struct {
	// Image is pulled by its digest when it is pinned to a registry
	// digest (repo[:tag]@sha256:…) and not here; any other reference or
	// ID must be here already.
	Image string
	// RegistryAuth is base64 of the Docker auth JSON for that pull
	// (types.RegistryAuthSecret); empty pulls anonymously. Never logged.
	RegistryAuth string
	Args         []string // the command (the image's CMD); empty means the image's default
	Env          []string // KEY=VALUE

	// Host directories mounted at /inputs (read-only), /outputs and
	// /checkpoint (read-write); empty means not mounted. They must exist.
	InputsDir, OutputsDir, CheckpointDir string

	Stdout, Stderr io.Writer // nil discards

	CPUs      uint32        // CPU cap in cores; 0 means no limit
	MemoryMiB uint64        // memory cap, swap forbidden; 0 means no limit
	Duration  time.Duration // longest the container may run; 0 means no limit

	Network bool // give the container the default bridge network; false means none

	GPUs     []int // host GPU indices assigned to the job
	RealGPUs bool  // pass GPUs through with the nvidia device driver

	Labels map[string]string // added to the container's labels (skyops=1 always wins)
}

// Result is how a job ended.
type Result struct {
	// ExitCode is the container's exit code, or ExitCodeAborted.
	ExitCode int
	// Duration is how long the container ran (from start to exit or kill).
	Duration time.Duration
	// Reason is empty when the container ended on its own (whatever its
	// exit code), and otherwise says why it was ended: "timeout after 2s",
	// "out of memory (limit 32 MiB)", "canceled".
	Reason string
	// CPU is the container's CPU time and PeakMemMiB its largest memory
	// use, from the engine's stats stream while it ran (0 if the engine
	// gave none).
	CPU        time.Duration
	PeakMemMiB uint64
}

// Run runs the job to completion and removes its container. A container that
// exits non-zero, times out or runs out of memory is reported in Result with
// a nil error; errors are for jobs that could not be started (missing image,
// bad directories, engine errors), for ctx being canceled by the caller, and
// for a container that could not be removed. Those that are this node's
// trouble, not the job's, wrap ErrImageMissing or ErrEngine (and so
// fault.ErrLocal).
func (r *Runtime) Run(ctx context.Context, j Job) (res Result, err error) {
	r.mu.Lock()
	if r.closed {
		r.mu.Unlock()
		return Result{}, errors.New("docker: runtime closed")
	}
	r.running.Add(1)
	r.mu.Unlock()
	defer r.running.Done()

	// The last line: nothing about a job takes the daemon down. Deferred
	// first so that it runs after the container is removed.
	defer func() {
		if p := recover(); p != nil {
			res = Result{ExitCode: ExitCodeAborted, Reason: fmt.Sprintf("internal error: %v", p)}
			err = fmt.Errorf("docker: run panicked: %v\n%s", p, debug.Stack())
		}
	}()
	// Cancelled before the container ran (while creating, attaching or
	// starting it): the same answer as a cancel while it runs.
	defer func() {
		if err != nil && ctx.Err() != nil && res.Reason == "" {
			res = Result{ExitCode: ExitCodeAborted, Reason: reasonCanceled, Duration: res.Duration}
			if !errors.Is(err, ctx.Err()) {
				err = fmt.Errorf("docker: run: %w (%v)", ctx.Err(), err)
			}
		}
	}()

	cfg, hc, err := containerConfig(j)
	if err != nil {
		return Result{}, err
	}
	if err := r.ensureImage(ctx, j.Image, j.RegistryAuth); err != nil {
		return Result{}, err
	}

	name := containerName()
	created, err := r.cli.ContainerCreate(ctx, cfg, hc, nil, nil, name)
	if err != nil {
		// The engine may have created it anyway (ctx ended mid-call).
		r.remove(name) //nolint:errcheck // most likely not there
		// Not found: the image went between checkImage and now.
		if isNotFound(err) {
			return Result{}, localError{fmt.Errorf("docker: image %q is not on this node: %w", j.Image, err), ErrImageMissing}
		}
		return Result{}, fmt.Errorf("docker: create container: %w", engineError(err))
	}
	id := created.ID
	defer func() {
		if rerr := r.remove(id); rerr != nil && err == nil {
			err = rerr
		}
	}()

	// Attach before start, so that no output is lost.
	hijack, err := r.cli.ContainerAttach(ctx, id, container.AttachOptions{Stream: true, Stdout: true, Stderr: true})
	if err != nil {
		return Result{}, fmt.Errorf("docker: attach container: %w", err)
	}
	defer hijack.Close()
	copied := make(chan struct{})
	go func() {
		defer close(copied)
		// Ends when the container's output is closed (it stopped) or the
		// connection is closed; a write error only loses output.
		stdcopy.StdCopy(orDiscard(j.Stdout), orDiscard(j.Stderr), hijack.Reader) //nolint:errcheck // see above
	}()

	if err := r.cli.ContainerStart(ctx, id, container.StartOptions{}); err != nil {
		return Result{}, fmt.Errorf("docker: start container: %w", engineError(err))
	}
	start := time.Now()
	statsCtx, stopStats := context.WithCancel(context.Background())
	defer stopStats()
	statsDone := make(chan containerUsage, 1)
	go func() { statsDone <- r.followStats(statsCtx, id) }()

	// The wait has a context of its own: the job's end (timeout, cancel)
	// kills the container, and the wait then reports that it stopped.
	waitCtx, stopWait := context.WithCancel(context.Background())
	defer stopWait()
	waitC, waitErrC := r.cli.ContainerWait(waitCtx, id, container.WaitConditionNotRunning)

	var timeout <-chan time.Time
	if j.Duration > 0 {
		t := time.NewTimer(j.Duration)
		defer t.Stop()
		timeout = t.C
	}

	res = Result{ExitCode: ExitCodeAborted}
	killed := false
	select {
	case w := <-waitC:
		res.ExitCode = int(w.StatusCode)
	case werr := <-waitErrC:
		return Result{ExitCode: ExitCodeAborted, Duration: time.Since(start)},
			fmt.Errorf("docker: wait for container: %w", werr)
	case <-timeout:
		killed = true
		res.Reason = "timeout after " + j.Duration.String()
	case <-ctx.Done():
		killed = true
		res.Reason = reasonCanceled
	}
	if killed {
		r.kill(id)
		// Wait for the kill to land, so that Duration is honest and the
		// output is complete; the removal forces it anyway.
		select {
		case <-waitC:
		case <-waitErrC:
		case <-time.After(cleanupTimeout):
		}
	}
	res.Duration = time.Since(start)
	stopStats()
	u := <-statsDone
	res.CPU, res.PeakMemMiB = u.cpu, u.peakMem>>20

	select {
	case <-copied:
	case <-time.After(drainTimeout):
	}

	if !killed && res.ExitCode != 0 && j.MemoryMiB > 0 && r.oomKilled(id, res.ExitCode == 128+9) {
		res.Reason = fmt.Sprintf("out of memory (limit %d MiB)", j.MemoryMiB)
	}
	if res.Reason == reasonCanceled {
		return res, fmt.Errorf("docker: run: %w", ctx.Err())
	}
	return res, nil
}

// localCauses are what the engine says when this machine, not the job,
// stands in the way of a container.
var localCauses = []string{
	"no space left on device",
	"cannot allocate memory",
	"could not select device driver", // no NVIDIA container runtime
	"is the docker daemon running",
}

// engineError marks err as ErrEngine when it is the engine's or the
// machine's trouble: no answer, or one of localCauses. Anything else (a bad
// argument in the job, say) is returned as it is.
func engineError(err error) error {
	if client.IsErrConnectionFailed(err) {
		return localError{err, ErrEngine}
	}
	msg := strings.ToLower(err.Error())
	for _, c := range localCauses {
		if strings.Contains(msg, c) {
			return localError{err, ErrEngine}
		}
	}
	return err
}

// kill sends SIGKILL; the container may already have stopped.
func (r *Runtime) kill(id string) {
	ctx, cancel := context.WithTimeout(context.Background(), cleanupTimeout)
	defer cancel()
	r.cli.ContainerKill(ctx, id, "KILL") //nolint:errcheck // removal forces it anyway
}

// oomKilled asks the engine whether the kernel's OOM killer ended the
// container. The engine learns it from an event of its own, which can come
// after the exit: for a SIGKILL nobody here sent (sigkill), it asks again
// for up to a second before it says no.
func (r *Runtime) oomKilled(id string, sigkill bool) bool {
	ctx, cancel := context.WithTimeout(context.Background(), cleanupTimeout)
	defer cancel()
	for try := 0; ; try++ {
		info, err := r.cli.ContainerInspect(ctx, id)
		if err == nil && info.State != nil && info.State.OOMKilled {
			return true
		}
		if !sigkill || try == 20 {
			return false
		}
		select {
		case <-ctx.Done():
			return false
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// remove force-removes the container (killing it if it still runs) with a
// context of its own, so that it happens even when the caller gave up.
func (r *Runtime) remove(id string) error {
	ctx, cancel := context.WithTimeout(context.Background(), cleanupTimeout)
	defer cancel()
	err := r.cli.ContainerRemove(ctx, id, container.RemoveOptions{Force: true, RemoveVolumes: true})
	if err != nil && !isNotFound(err) {
		return fmt.Errorf("docker: remove container %s (label %s=1): %w", id, Label, err)
	}
	return nil
}

// containerConfig turns a Job into the container's configuration.
func containerConfig(j Job) (*container.Config, *container.HostConfig, error) {
	for _, kv := range j.Env {
		if k, _, ok := strings.Cut(kv, "="); !ok || k == "" {
			return nil, nil, fmt.Errorf("docker: env entry %q is not KEY=VALUE", kv)
		}
	}
	labels := make(map[string]string, len(j.Labels)+1)
	for k, v := range j.Labels {
		labels[k] = v
	}
	labels[Label] = "1"

	cfg := &container.Config{
		Image:        j.Image,
		Env:          append(append([]string(nil), j.Env...), gpuEnv(j)...),
		Labels:       labels,
		AttachStdout: true,
		AttachStderr: true,
	}
	if len(j.Args) > 0 {
		cfg.Cmd = append([]string(nil), j.Args...)
	}

	hc := &container.HostConfig{
		NetworkMode: "none",
		SecurityOpt: []string{"no-new-privileges"},
	}
	if j.Network {
		hc.NetworkMode = "default"
	}
	if j.CPUs > 0 {
		hc.NanoCPUs = int64(j.CPUs) * 1e9
	}
	if j.MemoryMiB > 0 {
		hc.Memory = int64(j.MemoryMiB) << 20
		hc.MemorySwap = hc.Memory // equal: no swap
	}
	for _, m := range []struct {
		src, dst string
		ro       bool
	}{
		{j.InputsDir, "/inputs", true},
		{j.OutputsDir, "/outputs", false},
		{j.CheckpointDir, "/checkpoint", false},
	} {
		if m.src == "" {
			continue
		}
		abs, err := filepath.Abs(m.src)
		if err != nil {
			return nil, nil, fmt.Errorf("docker: %s: %w", m.dst, err)
		}
		if fi, err := os.Stat(abs); err != nil {
			return nil, nil, fmt.Errorf("docker: %s: %w", m.dst, err)
		} else if !fi.IsDir() {
			return nil, nil, fmt.Errorf("docker: %s: %s is not a directory", m.dst, abs)
		}
		hc.Mounts = append(hc.Mounts, mount.Mount{Type: mount.TypeBind, Source: abs, Target: m.dst, ReadOnly: m.ro})
	}
	if j.RealGPUs && len(j.GPUs) > 0 {
		hc.DeviceRequests = []container.DeviceRequest{{
			Driver:       "nvidia",
			DeviceIDs:    intsToStrings(j.GPUs),
			Capabilities: [][]string{{"gpu"}},
		}}
	}
	return cfg, hc, nil
}

// gpuEnv is the GPU environment of a job (see the package doc); it comes
// after Job.Env so that it wins.
func gpuEnv(j Job) []string {
	if !j.RealGPUs {
		env := []string{"NVIDIA_VISIBLE_DEVICES=void"}
		if len(j.GPUs) > 0 {
			env = append(env, "CUDA_VISIBLE_DEVICES="+strings.Join(intsToStrings(j.GPUs), ","))
		}
		return env
	}
	if len(j.GPUs) == 0 {
		return []string{"NVIDIA_VISIBLE_DEVICES=void"}
	}
	inside := make([]int, len(j.GPUs))
	for i := range inside {
		inside[i] = i
	}
	return []string{
		"NVIDIA_VISIBLE_DEVICES=" + strings.Join(intsToStrings(j.GPUs), ","),
		"CUDA_VISIBLE_DEVICES=" + strings.Join(intsToStrings(inside), ","),
	}
}

func intsToStrings(xs []int) []string {
	s := make([]string, len(xs))
	for i, x := range xs {
		s[i] = strconv.Itoa(x)
	}
	return s
}

func containerName() string {
	var b [8]byte
	rand.Read(b[:]) //nolint:errcheck // never fails
	return "skyops-" + hex.EncodeToString(b[:])
}

// isNotFound reports whether err is the engine's "no such object".
func isNotFound(err error) bool { return cerrdefs.IsNotFound(err) }

func orDiscard(w io.Writer) io.Writer {
	if w == nil {
		return io.Discard
	}
	return w
}

// containerUsage is what the stats stream said of a container.
type containerUsage struct {
	cpu     time.Duration
	peakMem uint64 // bytes
}

// followStats reads the container's stats stream until ctx ends or the
// container stops, keeping its CPU time and peak memory.
func (r *Runtime) followStats(ctx context.Context, id string) containerUsage {
	var u containerUsage
	resp, err := r.cli.ContainerStats(ctx, id, true)
	if err != nil {
		return u
	}
	defer resp.Body.Close()
	dec := json.NewDecoder(resp.Body)
	for {
		var s container.StatsResponse
		if err := dec.Decode(&s); err != nil {
			return u
		}
		if cpu := time.Duration(s.CPUStats.CPUUsage.TotalUsage); cpu > u.cpu {
			u.cpu = cpu
		}
		u.peakMem = max(u.peakMem, s.MemoryStats.Usage, s.MemoryStats.MaxUsage)
	}
}

// log says what the runtime did, when it was given a logger.
func (r *Runtime) log(msg string, args ...any) {
	if r.logger != nil {
		r.logger.Info(msg, args...)
	}
}
