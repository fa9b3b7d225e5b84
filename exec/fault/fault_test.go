package fault

import (
	"errors"
	"fmt"
	"os"
	"syscall"
	"testing"
)

func TestIsLocal(t *testing.T) {
	base := errors.New("image x is not on this node")
	marked := fmt.Errorf("docker: %w", Local(base))
	if !IsLocal(marked) || !errors.Is(marked, base) || marked.Error() != "docker: image x is not on this node" {
		t.Fatalf("marked error: %v local=%v", marked, IsLocal(marked))
	}
	full := &os.PathError{Op: "write", Path: "/outputs/x", Err: syscall.ENOSPC}
	if !IsLocal(fmt.Errorf("stage inputs: %w", full)) {
		t.Fatal("a full disk is local")
	}
	for _, err := range []error{nil, base, errors.New("exited with status 3"), &os.PathError{Op: "open", Path: "x", Err: syscall.ENOENT}} {
		if IsLocal(err) {
			t.Fatalf("%v counted as local", err)
		}
	}
	if Local(nil) != nil {
		t.Fatal("Local(nil) is not nil")
	}
}
