package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The CLI sends nothing (no spec, no data key, no secret) to a socket that
// another user owns or could have replaced.
func TestRefusesUntrustedSocket(t *testing.T) {
	h := walletTestHooks()
	w := newCLITestWallet(t)
	d := startSubmitDaemon(t)
	wasm := writeTestModule(t, emptyWasmModule)
	submit := append([]string{"submit-task", "--socket", d.socket, "--model", "resnet50", "--wasm", wasm}, w.flags()...)
	dir := filepath.Dir(d.socket)

	os.Chmod(dir, 0o777)
	cliMustFail(t, h, submit, "refusing to talk to the daemon socket "+d.socket, "writable by group/others (mode 0777)", "chmod 700 "+dir)
	wantError(t, []string{"id", "--socket", d.socket}, "writable by group/others")
	os.Chmod(dir, 0o700)

	if os.Geteuid() != 0 {
		t.Log("not root: a socket of another user needs chown")
	} else {
		if err := os.Chown(d.socket, 12345, 12345); err != nil {
			t.Fatal(err)
		}
		cliMustFail(t, h, submit, "refusing to talk to the daemon socket", "owned by uid 12345, not by you (uid 0) or root")
		os.Chown(d.socket, 0, 0)
	}
	d.mu.Lock()
	sent := len(d.reqs)
	d.mu.Unlock()
	if sent != 0 {
		t.Fatalf("%d submits reached an untrusted socket", sent)
	}
	// Trusted again, the same daemon answers.
	if out, errs, code := cli(t, "id", "--socket", d.socket); code != 0 || !strings.Contains(out, testHome) {
		t.Fatalf("id at a trusted socket: %d %s %s", code, out, errs)
	}
}
