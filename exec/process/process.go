// Package process runs a job as a plain process on the provider's machine:
// the runtime for trusted nodes that run their own tooling (a local
// Python, a CUDA sample), and that a provider must switch on
// (skyopsd --allow-process).
//
// It must never run for a provider that did not opt in, never run through
// a shell, never outlive the job's duration (the whole process group is
// killed), and never leave the job's working directory. It gives weaker
// isolation than wasm or Docker: the process sees the machine as the
// daemon's user does, which is why it is opt-in.
package process

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"time"
)

// ExitCodeAborted is the exit code of a run the runtime ended.
const ExitCodeAborted = -1

// Job is one run.
type Job struct {
	// Command is the program: an absolute path, or a name looked up in the
	// daemon's PATH.
	Command string
	Args    []string
	Env     []string
	// InputsDir and OutputsDir are given to the process as SKYOPS_INPUTS and
	// SKYOPS_OUTPUTS (it has no private /inputs); it runs in OutputsDir.
	InputsDir, OutputsDir string
	Stdout, Stderr        io.Writer
	Duration              time.Duration
}

// Result is how a run ended.
type Result struct {
	ExitCode int
	Duration time.Duration
	Reason   string // "", "timeout after 2s", "canceled", "killed by signal N"
	// CPU is user plus system time of the process and its waited-for
	// children; PeakRSSKiB its largest resident set (from the kernel).
	CPU        time.Duration
	PeakRSSKiB uint64
}

// Run runs j and waits for it. Errors are for runs that could not start;
// a program that fails is a Result.
func Run(ctx context.Context, j Job) (Result, error) {
	if j.Command == "" {
		return Result{}, errors.New("process: no command")
	}
	path := j.Command
	if !filepath.IsAbs(path) {
		p, err := exec.LookPath(path)
		if err != nil {
			return Result{}, fmt.Errorf("process: command %q is not on this node: %w", j.Command, err)
		}
		path = p
	}
	runCtx, cancel := ctx, context.CancelFunc(func() {})
	if j.Duration > 0 {
		runCtx, cancel = context.WithTimeout(ctx, j.Duration)
	}
	defer cancel()
	cmd := exec.Command(path, j.Args...)
	cmd.Dir = j.OutputsDir
	// A clean environment: the daemon's own variables are not the job's.
	cmd.Env = append([]string{
		"PATH=" + os.Getenv("PATH"),
		"HOME=" + j.OutputsDir,
		"SKYOPS_INPUTS=" + j.InputsDir,
		"SKYOPS_OUTPUTS=" + j.OutputsDir,
	}, j.Env...)
	cmd.Stdout, cmd.Stderr = j.Stdout, j.Stderr
	// Its own process group, so a timeout kills everything it started.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	start := time.Now()
	if err := cmd.Start(); err != nil {
		return Result{}, fmt.Errorf("process: start %s: %w", path, err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	var err error
	select {
	case err = <-done:
	case <-runCtx.Done():
		_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
		<-done
		res := Result{ExitCode: ExitCodeAborted, Duration: time.Since(start), Reason: "canceled"}
		if ctx.Err() == nil {
			res.Reason = fmt.Sprintf("timeout after %s", j.Duration)
			return res, nil
		}
		return res, fmt.Errorf("process: run: %w", ctx.Err())
	}
	// Children left behind in the group go with it.
	_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
	res := Result{Duration: time.Since(start)}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok && ru != nil {
		res.CPU = time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
		res.PeakRSSKiB = uint64(ru.Maxrss) // KiB on Linux
	}
	var exitErr *exec.ExitError
	switch {
	case err == nil:
	case errors.As(err, &exitErr):
		if ws, ok := exitErr.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
			res.ExitCode, res.Reason = ExitCodeAborted, fmt.Sprintf("killed by signal %d", ws.Signal())
		} else {
			res.ExitCode = exitErr.ExitCode()
		}
	default:
		return res, fmt.Errorf("process: wait: %w", err)
	}
	return res, nil
}
