package wasm

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"time"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/experimental"
	"github.com/tetratelabs/wazero/imports/wasi_snapshot_preview1"
	"github.com/tetratelabs/wazero/sys"
)

const (
	// DefaultMemoryLimitMiB is the memory cap of a job that names none, when
	// New is given no MemoryLimitMiB option.
	DefaultMemoryLimitMiB = 512
	// MaxMemoryMiB is the most a wasm32 module can address (65536 pages);
	// larger caps are clamped to it.
	MaxMemoryMiB = 4096

	// ExitCodeAborted is Result.ExitCode when the module did not choose its
	// own exit code: it trapped, timed out, was canceled or could not start.
	ExitCodeAborted = -1

	// argv0 is what every job sees as its program name, so that nothing
	// about the host (paths, file names) leaks through argv.
	argv0 = "job"

	pageSize = 64 << 10
)

// Option configures a Runtime.
type Option func(*options)

type options struct {
	memoryMiB uint64
	cacheDir  string
}

// MemoryLimitMiB sets the memory cap of jobs whose Job.MemoryMiB is zero.
func MemoryLimitMiB(n uint64) Option {
	return func(o *options) { o.memoryMiB = n }
}

// CompilationCache keeps compiled machine code under dir so that running the
// same module again (a retry, another job from the same image) skips the
// compiler. Without it, machine code is shared only between runs that
// overlap, and a Go module of a few MiB takes about a second to compile.
func CompilationCache(dir string) Option {
	return func(o *options) { o.cacheDir = dir }
}

// Runtime runs jobs. It is safe for concurrent Run calls; each run gets its
// own wazero runtime (and so its own WASI instance and memory), sharing only
// the compilation cache.
type Runtime struct {
	memoryMiB uint64
	cache     wazero.CompilationCache

	// compileMu serialises compilation against the shared cache: wazero
	// v1.12.0 publishes a module loaded from the file cache before it is
	// fully set up, and a concurrent run of the same module then panics on
	// instantiation (wazero/wazero#2547).
	compileMu sync.Mutex

	mu      sync.Mutex
	closed  bool
	running sync.WaitGroup
}

// New returns a Runtime.
func New(opts ...Option) (*Runtime, error) {
	o := options{memoryMiB: DefaultMemoryLimitMiB}
	for _, opt := range opts {
		opt(&o)
	}
	if o.memoryMiB == 0 {
		return nil, errors.New("wasm: memory limit must be positive")
	}
	r := &Runtime{memoryMiB: min(o.memoryMiB, MaxMemoryMiB)}
	if o.cacheDir != "" {
		c, err := wazero.NewCompilationCacheWithDir(o.cacheDir)
		if err != nil {
			return nil, fmt.Errorf("wasm: compilation cache %s: %w", o.cacheDir, err)
		}
		r.cache = c
	} else {
		r.cache = wazero.NewCompilationCache()
	}
	return r, nil
}

// Close waits for running jobs to end (or ctx to be done) and releases the
// compilation cache. Runs started after Close fail.
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
		// Closing the cache under a running module would pull its code
		// away; leave it to the garbage collector instead.
		return fmt.Errorf("wasm: close: jobs still running: %w", ctx.Err())
	}
	if err := r.cache.Close(ctx); err != nil {
		return fmt.Errorf("wasm: close compilation cache: %w", err)
	}
	return nil
}

// Job is one run of a module.
type Job struct {
	Module []byte
	Args   []string // argv[1:]; argv[0] is "job"
	Env    []string // KEY=VALUE

	// InputsDir and OutputsDir are host directories mounted at /inputs
	// (read-only) and /outputs (read-write); empty means not mounted. They
	// must not contain symlinks or special files.
	InputsDir, OutputsDir string
	// CheckpointDir, when set, is mounted read-write at /checkpoint: what
	// the job keeps there is snapshotted, and a later attempt starts with
	// the latest snapshot in it.
	CheckpointDir string

	Stdout, Stderr io.Writer // nil discards

	MemoryMiB uint64        // memory cap; 0 means the runtime's default
	Duration  time.Duration // longest the job may run; 0 means no limit
}

// Result is how a job ended.
type Result struct {
	// ExitCode is the code the module exited with, or ExitCodeAborted.
	ExitCode int
	// Duration is how long the module ran (instantiation and _start; not
	// compilation).
	Duration time.Duration
	// CPU is the CPU time (user and system) the module used over the same
	// span: the guest runs on one OS thread, which Run locks and measures
	// (CLOCK_THREAD_CPUTIME_ID), so a guest asleep in poll_oneoff costs
	// none. Zero means not measured (not Linux).
	CPU time.Duration
	// Reason is empty when the module ended on its own (whatever its exit
	// code), and otherwise says why it was ended: "timeout after 2s",
	// "canceled", "trap: unreachable", "memory limit: ...".
	Reason string
}

// Run runs the job to completion. A module that exits non-zero, traps,
// times out or hits its memory cap is reported in Result with a nil error;
// errors are for jobs that could not be started (invalid module, missing
// import, bad directories) and for ctx being canceled by the caller.
func (r *Runtime) Run(ctx context.Context, j Job) (res Result, err error) {
	r.mu.Lock()
	if r.closed {
		r.mu.Unlock()
		return Result{}, errors.New("wasm: runtime closed")
	}
	r.running.Add(1)
	r.mu.Unlock()
	defer r.running.Done()

	// wazero recovers guest and host-function panics itself; this is the
	// last line for anything else, so a bad module never takes the daemon
	// down.
	defer func() {
		if p := recover(); p != nil {
			res = Result{ExitCode: ExitCodeAborted, Reason: fmt.Sprintf("internal error: %v", p)}
			err = fmt.Errorf("wasm: run panicked: %v\n%s", p, debug.Stack())
		}
	}()

	if len(j.Module) == 0 {
		return Result{}, errors.New("wasm: empty module")
	}
	capMiB := j.MemoryMiB
	if capMiB == 0 {
		capMiB = r.memoryMiB
	}
	capMiB = min(capMiB, MaxMemoryMiB)
	alloc := &capAllocator{limit: capMiB << 20}

	mc, err := moduleConfig(j)
	if err != nil {
		return Result{}, err
	}

	// The memory cap is enforced by alloc (see capAllocator), not by
	// wazero's page limit, because a grow refused by the page limit never
	// reaches any hook and so could not be reported as "memory limit".
	cfg := newRuntimeConfig(wazero.NewRuntimeConfig()).
		WithCompilationCache(r.cache).
		WithCloseOnContextDone(true) // interrupts loops, not just host calls
	rt := wazero.NewRuntimeWithConfig(ctx, cfg)
	defer rt.Close(context.Background()) //nolint:errcheck // nothing to do about it

	compiled, err := r.compile(ctx, rt, j.Module)
	if err != nil {
		return Result{}, err
	}
	// The compilation cache is shared by all runs and keeps machine code
	// while anything refers to it; release this run's reference, or every
	// module ever run would stay in memory.
	defer compiled.Close(context.Background()) //nolint:errcheck // never fails
	if _, ok := compiled.ExportedFunctions()["_start"]; !ok {
		return Result{}, errors.New("wasm: module does not export _start (not a WASI command)")
	}
	// Refuse before instantiation a module whose initial memory is already
	// over the cap, rather than allocating it.
	minPages, err := memoryMinPages(j.Module)
	if err != nil {
		return Result{}, fmt.Errorf("wasm: read memory section: %w", err)
	}
	if uint64(minPages)*pageSize > alloc.limit {
		return Result{
			ExitCode: ExitCodeAborted,
			Reason: fmt.Sprintf("memory limit: module needs %d MiB at start, cap is %d MiB",
				(uint64(minPages)*pageSize+(1<<20)-1)>>20, capMiB),
		}, nil
	}

	// The clock starts after compilation, which is the node's work, not
	// the job's. The timeout gets its own cause so that it can be told
	// apart from the caller canceling ctx.
	runCtx, cancel := ctx, context.CancelFunc(func() {})
	if j.Duration > 0 {
		runCtx, cancel = context.WithTimeoutCause(ctx, j.Duration, errTimeout)
	}
	defer cancel()
	// wazero interrupts guest code when runCtx ends, but not a guest asleep
	// in poll_oneoff, so sleeps end with the context too.
	mc = mc.WithNanosleep(func(ns int64) { sleepCtx(runCtx, time.Duration(ns)) })

	end := ending{runCtx: runCtx, parent: ctx, alloc: alloc, capMiB: capMiB, duration: j.Duration, stderr: j.Stderr}
	execCtx := experimental.WithMemoryAllocator(runCtx, alloc)
	// The guest runs on this goroutine; locked to its thread, the thread's
	// CPU clock is the guest's.
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	start, cpuStart := time.Now(), cpuNow()
	ran := func(res Result) Result {
		res.Duration = time.Since(start)
		if cpuStart >= 0 {
			res.CPU = max(cpuNow()-cpuStart, 0)
		}
		return res
	}
	mod, err := rt.InstantiateModule(execCtx, compiled, mc)
	if err != nil {
		// A start section can loop, trap or exit too: that is the job's
		// doing. Anything else (a missing import, say) is an error.
		res, ok := end.result(err)
		if !ok {
			return Result{}, fmt.Errorf("wasm: instantiate module: %w", err)
		}
		res = ran(res)
		return res, canceledErr(res, ctx)
	}
	defer mod.Close(context.Background()) //nolint:errcheck // the exit is already recorded

	_, err = mod.ExportedFunction("_start").Call(execCtx)
	res, ok := end.result(err)
	if !ok {
		// An error that is no trap (a host function failing, say) still
		// ended the job, not the daemon.
		res = Result{ExitCode: ExitCodeAborted, Reason: "error: " + firstLine(err.Error())}
	}
	res = ran(res)
	return res, canceledErr(res, ctx)
}

// cpuNow is threadCPU, or -1 where it is not measured.
func cpuNow() time.Duration {
	if d, ok := threadCPU(); ok {
		return d
	}
	return -1
}

const reasonCanceled = "canceled"

// compile instantiates WASI in rt and compiles module (see compileMu). The
// module comes from the network (a home daemon may have been modified to
// send anything), so it is pre-scanned here as at submit time.
func (r *Runtime) compile(ctx context.Context, rt wazero.Runtime, module []byte) (wazero.CompiledModule, error) {
	if err := prescan(module); err != nil {
		return nil, err
	}
	module, err := boundTables(module)
	if err != nil {
		return nil, err
	}
	r.compileMu.Lock()
	defer r.compileMu.Unlock()
	if _, err := wasi_snapshot_preview1.Instantiate(ctx, rt); err != nil {
		return nil, fmt.Errorf("wasm: instantiate WASI: %w", err)
	}
	compiled, err := rt.CompileModule(ctx, module)
	if err != nil {
		return nil, fmt.Errorf("wasm: compile module: %w", err)
	}
	return compiled, nil
}

// errTimeout is the cause of runCtx when Job.Duration runs out.
var errTimeout = errors.New("job duration exceeded")

// canceledErr is the error Run returns once the module has run: only the
// caller's own cancellation, when it is what ended the job.
func canceledErr(res Result, ctx context.Context) error {
	if res.Reason == reasonCanceled {
		return fmt.Errorf("wasm: run: %w", ctx.Err())
	}
	return nil
}

// ending is what is needed to tell how a run ended.
type ending struct {
	runCtx, parent context.Context
	alloc          *capAllocator
	capMiB         uint64
	duration       time.Duration
	stderr         io.Writer
}

// result turns how the module returned into a Result. ok is false when err
// is neither an exit, a trap nor the end of the context.
func (e ending) result(err error) (res Result, ok bool) {
	if err == nil {
		return Result{ExitCode: 0}, true
	}
	// Checked first: when the context ends, wazero closes the module and
	// the guest sees an exit error whatever it was doing.
	if e.runCtx.Err() != nil {
		if e.parent.Err() != nil {
			return Result{ExitCode: ExitCodeAborted, Reason: reasonCanceled}, true
		}
		if errors.Is(context.Cause(e.runCtx), errTimeout) {
			return Result{ExitCode: ExitCodeAborted, Reason: "timeout after " + e.duration.String()}, true
		}
	}
	memReason := ""
	if e.alloc.hit.Load() {
		memReason = fmt.Sprintf("memory limit: grew past %d MiB", e.capMiB)
	}
	var exit *sys.ExitError
	if errors.As(err, &exit) {
		res := Result{ExitCode: int(exit.ExitCode())}
		if res.ExitCode != 0 {
			res.Reason = memReason
		}
		return res, true
	}
	msg, ok := trapMessage(err)
	if !ok {
		return Result{}, false
	}
	if e.stderr != nil {
		// The stack trace is for the job's owner; Reason stays one line.
		fmt.Fprintf(e.stderr, "\nskyops: module trapped: %v\n", err)
	}
	reason := "trap: " + msg
	if memReason != "" {
		reason = memReason + " (" + reason + ")"
	}
	return Result{ExitCode: ExitCodeAborted, Reason: reason}, true
}

// trapMessage extracts the first line of a wazero runtime error ("wasm
// error: unreachable\nwasm stack trace: ...").
func trapMessage(err error) (string, bool) {
	s := err.Error()
	const prefix = "wasm error: "
	i := strings.Index(s, prefix)
	if i < 0 {
		return "", false
	}
	return firstLine(s[i+len(prefix):]), true
}

func firstLine(s string) string {
	if nl := strings.IndexByte(s, '\n'); nl >= 0 {
		return s[:nl]
	}
	return s
}

// moduleConfig builds the guest's view of the world: argv, env, clocks,
// randomness, stdio and the two mounts. Nothing else (no sockets, no other
// paths) is configured, and wazero grants nothing by default.
func moduleConfig(j Job) (wazero.ModuleConfig, error) {
	mc := wazero.NewModuleConfig().
		WithName("").         // anonymous: runs never collide on module names
		WithStartFunctions(). // _start is called by Run, to tell traps from link errors
		WithArgs(append([]string{argv0}, j.Args...)...).
		WithStdout(orDiscard(j.Stdout)).
		WithStderr(orDiscard(j.Stderr)).
		WithSysWalltime().
		WithSysNanotime().
		WithRandSource(rand.Reader)
	for _, kv := range j.Env {
		k, v, ok := strings.Cut(kv, "=")
		if !ok || k == "" {
			return nil, fmt.Errorf("wasm: env entry %q is not KEY=VALUE", kv)
		}
		mc = mc.WithEnv(k, v)
	}
	fsc, err := mounts(j.InputsDir, j.OutputsDir, j.CheckpointDir)
	if err != nil {
		return nil, err
	}
	return mc.WithFSConfig(fsc), nil
}

// sleepCtx sleeps for d or until ctx ends.
func sleepCtx(ctx context.Context, d time.Duration) {
	if d <= 0 {
		return
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
	case <-ctx.Done():
	}
}

func orDiscard(w io.Writer) io.Writer {
	if w == nil {
		return io.Discard
	}
	return w
}
