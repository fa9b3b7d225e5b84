package process

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func dirs(t *testing.T) (string, string) {
	in, out := t.TempDir(), t.TempDir()
	os.WriteFile(filepath.Join(in, "in.txt"), []byte("input"), 0o600)
	return in, out
}

func TestRun(t *testing.T) {
	in, out := dirs(t)
	var stdout, stderr bytes.Buffer
	res, err := Run(context.Background(), Job{
		Command: "sh", Args: []string{"-c", `cat "$SKYOPS_INPUTS/in.txt"; echo " $FOO"; echo err >&2; echo made > result.txt; exit 3`},
		Env: []string{"FOO=bar"}, InputsDir: in, OutputsDir: out, Stdout: &stdout, Stderr: &stderr,
	})
	if err != nil || res.ExitCode != 3 || res.Reason != "" {
		t.Fatalf("%+v %v", res, err)
	}
	if stdout.String() != "input bar\n" || stderr.String() != "err\n" {
		t.Fatalf("stdout %q stderr %q", stdout.String(), stderr.String())
	}
	if b, _ := os.ReadFile(filepath.Join(out, "result.txt")); string(b) != "made\n" {
		t.Fatalf("result.txt %q: the process runs in its outputs dir", b)
	}
}

func TestRunTimeoutKillsTheGroup(t *testing.T) {
	in, out := dirs(t)
	marker := filepath.Join(out, "late")
	start := time.Now()
	res, err := Run(context.Background(), Job{
		Command: "sh", Args: []string{"-c", "(sleep 3; touch " + marker + ") & sleep 30"},
		InputsDir: in, OutputsDir: out, Stdout: &bytes.Buffer{}, Stderr: &bytes.Buffer{}, Duration: 500 * time.Millisecond,
	})
	if err != nil || res.ExitCode != ExitCodeAborted || !strings.HasPrefix(res.Reason, "timeout after") {
		t.Fatalf("%+v %v", res, err)
	}
	if time.Since(start) > 10*time.Second {
		t.Fatal("the timeout did not end the run")
	}
	time.Sleep(3500 * time.Millisecond)
	if _, err := os.Stat(marker); err == nil {
		t.Fatal("a child of the job outlived its timeout")
	}
}

func TestRunCancelAndErrors(t *testing.T) {
	in, out := dirs(t)
	ctx, cancel := context.WithCancel(context.Background())
	go func() { time.Sleep(200 * time.Millisecond); cancel() }()
	res, err := Run(ctx, Job{Command: "sleep", Args: []string{"30"}, InputsDir: in, OutputsDir: out})
	if !errors.Is(err, context.Canceled) || res.Reason != "canceled" {
		t.Fatalf("cancel: %+v %v", res, err)
	}
	if _, err := Run(context.Background(), Job{Command: "no-such-command-here", OutputsDir: out}); err == nil || !strings.Contains(err.Error(), "not on this node") {
		t.Fatalf("missing command: %v", err)
	}
	if _, err := Run(context.Background(), Job{}); err == nil {
		t.Fatal("empty command accepted")
	}
}
