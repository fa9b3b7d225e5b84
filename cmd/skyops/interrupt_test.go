package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// runCLIEnv makes the test binary run as the skyops CLI (main, with its
// real signal handling), so that tests can send a subprocess real signals
// without building a binary.
const runCLIEnv = "SKYOPS_TEST_RUN_CLI"

func TestMain(m *testing.M) {
	if os.Getenv(runCLIEnv) == "1" {
		main()
		return
	}
	os.Exit(m.Run())
}

// syncBuffer is a bytes.Buffer safe to read while a subprocess writes it.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// cliProcess starts the CLI as a subprocess.
func cliProcess(t *testing.T, args ...string) (*exec.Cmd, *syncBuffer, *syncBuffer) {
	t.Helper()
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), runCLIEnv+"=1")
	var out, errb syncBuffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	return cmd, &out, &errb
}

func waitFor(t *testing.T, what string, ch <-chan struct{}) {
	t.Helper()
	select {
	case <-ch:
	case <-time.After(30 * time.Second):
		t.Fatalf("timed out waiting for %s", what)
	}
}

func waitText(t *testing.T, b *syncBuffer, want string) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for !strings.Contains(b.String(), want) {
		if time.Now().After(deadline) {
			t.Fatalf("no %q in:\n%s", want, b.String())
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func exitCode(t *testing.T, cmd *exec.Cmd) int {
	t.Helper()
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			return ee.ExitCode()
		}
		if err != nil {
			t.Fatal(err)
		}
		return 0
	case <-time.After(30 * time.Second):
		t.Fatal("the CLI did not exit after the interrupt")
		return -1
	}
}

// Ctrl-C (a real SIGINT) while the daemon is taking the submit: the CLI
// waits for the answer and then says the job's id and how to follow it, or
// that it was not submitted.
func TestSubmitInterrupted(t *testing.T) {
	w := newCLITestWallet(t)
	wasm := writeTestModule(t, emptyWasmModule)
	for _, refuse := range []string{"", "node is shutting down"} {
		d := startSubmitDaemon(t)
		d.mu.Lock()
		d.got, d.release, d.refuse = make(chan struct{}, 1), make(chan struct{}), refuse
		d.mu.Unlock()
		cmd, out, errs := cliProcess(t, append([]string{"submit-task", "--socket", d.socket, "--wasm", wasm}, w.flags()...)...)
		waitFor(t, "the submit to reach the daemon", d.got)
		if err := cmd.Process.Signal(syscall.SIGINT); err != nil {
			t.Fatal(err)
		}
		waitText(t, errs, "interrupted: waiting for the daemon's answer")
		close(d.release)
		code := exitCode(t, cmd)
		req := d.last(t)
		id, _ := req.Spec.ID(1337)
		if refuse == "" {
			for _, want := range []string{"was submitted", "skyops watch " + id} {
				if code != 1 || !strings.Contains(errs.String(), want) {
					t.Errorf("accepted, then interrupted: exit %d, stderr lacks %q:\n%s", code, want, errs.String())
				}
			}
			if !strings.Contains(out.String(), "Job:        "+id) {
				t.Errorf("accepted, then interrupted: stdout lacks the job:\n%s", out.String())
			}
		} else if code != 1 || !strings.Contains(errs.String(), "job "+id+" was not submitted") || !strings.Contains(errs.String(), refuse) {
			t.Errorf("refused, interrupted: exit %d\n%s%s", code, out.String(), errs.String())
		}
	}

	// Ctrl-C during --wait: the job goes on, and the CLI says how to follow it.
	d := startSubmitDaemon(t)
	d.script("", "running")
	d.mu.Lock()
	d.polled = make(chan struct{}, 1)
	d.mu.Unlock()
	cmd, out, errs := cliProcess(t, append([]string{"submit-task", "--socket", d.socket, "--wasm", wasm, "--wait", "-o", "json"}, w.flags()...)...)
	waitFor(t, "--wait to follow the job", d.polled)
	if err := cmd.Process.Signal(syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	code := exitCode(t, cmd)
	last := d.last(t)
	id, _ := last.Spec.ID(1337)
	if code != 1 || !strings.Contains(errs.String(), "skyops watch "+id) || strings.Contains(errs.String(), "answer to the submit") {
		t.Errorf("--wait interrupted: exit %d\n%s%s", code, out.String(), errs.String())
	}
}
