package testnet

// A process testnet's daemons seen from outside: stopping them (Down),
// their state (Status), the skyopsd binary to run (FindDaemon), and telling
// a testnet's own processes from whatever else now holds their pids.

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"time"
)

// Down stops the daemons that DIR/testnet.json lists: SIGTERM, then SIGKILL
// for any still running after 10s (or once ctx is done). It only signals a
// pid whose command line is that peer's daemon, so a pid reused by another
// process is never touched. It leaves the data dirs and the manifest, and a
// second Down finds nothing to stop. For an isolated testnet it then removes
// the namespaces and links that the manifest's Net lists, and only those.
func Down(ctx context.Context, dir string) error {
	m, err := ReadManifest(dir)
	if err != nil {
		return fmt.Errorf("testnet down: %w", err)
	}
	var live []PeerInfo
	for _, p := range m.Peers {
		if procIsOurs(p) {
			live = append(live, p)
		}
	}
	if m.Chain != nil && procIsOurs(m.Chain.proc()) {
		live = append(live, m.Chain.proc())
	}
	var errs []error
	for _, p := range live {
		if err := syscall.Kill(p.PID, syscall.SIGTERM); err != nil && !errors.Is(err, syscall.ESRCH) {
			// Go on with the others: one we may not signal must not
			// keep the rest running.
			errs = append(errs, fmt.Errorf("stop %s (pid %d): %w", procName(p), p.PID, err))
			continue
		}
		// A paused peer (Pause) only acts on SIGTERM once it runs again.
		_ = syscall.Kill(p.PID, syscall.SIGCONT)
	}
	live = procWaitGone(ctx, live, procStopGrace)
	if len(live) > 0 {
		// Out of patience: a daemon that ignores SIGTERM must not outlive Down.
		for _, p := range live {
			if procIsOurs(p) {
				_ = syscall.Kill(p.PID, syscall.SIGKILL)
			}
		}
		live = procWaitGone(context.Background(), live, procReapWait)
	}
	for _, p := range live {
		errs = append(errs, fmt.Errorf("%s (pid %d) still running after SIGKILL", procName(p), p.PID))
	}
	if m.Net != nil {
		// Only after the daemons: a namespace goes once nothing is in it.
		if err := netDown(m.Net); err != nil {
			errs = append(errs, err)
		}
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("testnet down: %w", err)
	}
	return nil
}

func procName(p PeerInfo) string {
	if p.Index < 0 {
		return "dev chain"
	}
	return fmt.Sprintf("peer %d", p.Index)
}

// Status reports, for each peer in DIR/testnet.json, whether its daemon is
// still running.
func Status(dir string) ([]PeerStatus, error) {
	m, err := ReadManifest(dir)
	if err != nil {
		return nil, fmt.Errorf("testnet status: %w", err)
	}
	out := make([]PeerStatus, len(m.Peers))
	for i, p := range m.Peers {
		out[i] = PeerStatus{PeerInfo: p, Alive: procIsOurs(p)}
	}
	return out, nil
}

// FindDaemon locates skyopsd: explicit when given, else next to the running
// executable (where `go build -o bin/ ./cmd/...` puts both), else on $PATH.
// It returns an absolute path.
func FindDaemon(explicit string) (string, error) {
	if explicit != "" {
		p, err := filepath.Abs(explicit)
		if err != nil {
			return "", fmt.Errorf("daemon %s: %w", explicit, err)
		}
		if err := procCheckExec(p); err != nil {
			return "", fmt.Errorf("daemon %w", err)
		}
		return p, nil
	}
	var next string
	if exe, err := os.Executable(); err == nil {
		if r, err := filepath.EvalSymlinks(exe); err == nil {
			exe = r
		}
		next = filepath.Join(filepath.Dir(exe), DaemonName)
		if procCheckExec(next) == nil {
			return next, nil
		}
	}
	if p, err := exec.LookPath(DaemonName); err == nil {
		if abs, err := filepath.Abs(p); err == nil {
			return abs, nil
		}
	}
	where := "next to this program"
	if next != "" {
		where = "at " + next
	}
	return "", fmt.Errorf("cannot find %s: not %s and not on $PATH; build it (go build -o %s ./cmd/skyopsd) or pass --daemon PATH",
		DaemonName, where, filepath.Join(filepath.Dir(next), DaemonName))
}

func procCheckExec(path string) error {
	fi, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("%s does not exist", path)
	case err != nil:
		return err
	case fi.IsDir():
		return fmt.Errorf("%s is a directory, not a program", path)
	case fi.Mode().Perm()&0o111 == 0:
		return fmt.Errorf("%s is not executable", path)
	}
	return nil
}

// procLoopbackTCP picks p's loopback TCP multiaddr, with its /p2p/ id, to
// bootstrap others from. Loopback only: a testnet never dials out.
func procLoopbackTCP(p PeerInfo) (string, error) {
	for _, a := range p.Addrs {
		parts := strings.Split(a, "/") // "", ip4, 127.0.0.1, tcp, PORT[, p2p, ID]
		if len(parts) < 5 || parts[3] != "tcp" {
			continue
		}
		if !(parts[1] == "ip4" && strings.HasPrefix(parts[2], "127.")) && !(parts[1] == "ip6" && parts[2] == "::1") {
			continue
		}
		switch {
		case len(parts) == 5:
			return a + "/p2p/" + p.ID, nil
		case len(parts) == 7 && parts[5] == "p2p":
			return a, nil
		}
	}
	return "", fmt.Errorf("no loopback TCP address among %v", p.Addrs)
}

// procIsOurs reports whether p.PID is still the daemon Up started for p: its
// command line carries p's --data-dir. That holds for no other process, so a
// reused pid is never taken for (or signalled as) a peer, and a reaped
// daemon (or a zombie, whose command line is empty) counts as stopped.
func procIsOurs(p PeerInfo) bool {
	if p.PID <= 0 || p.DataDir == "" {
		return false
	}
	args, err := procCmdline(p.PID)
	if err != nil {
		return false
	}
	for k, a := range args {
		if a == "--data-dir="+p.DataDir || (a == "--data-dir" && k+1 < len(args) && args[k+1] == p.DataDir) {
			return true
		}
	}
	return false
}

// procWaitGone polls until none of ps is running, for at most d or until
// ctx is done, and returns those still running.
func procWaitGone(ctx context.Context, ps []PeerInfo, d time.Duration) []PeerInfo {
	deadline := time.NewTimer(d)
	defer deadline.Stop()
	tick := time.NewTicker(procPoll)
	defer tick.Stop()
	for {
		if ps = procStillOurs(ps); len(ps) == 0 {
			return nil
		}
		select {
		case <-tick.C:
		case <-deadline.C:
			return ps
		case <-ctx.Done():
			return ps
		}
	}
}

func procStillOurs(ps []PeerInfo) []PeerInfo {
	var out []PeerInfo
	for _, p := range ps {
		if procIsOurs(p) {
			out = append(out, p)
		}
	}
	return out
}

// procCmdline returns a process's arguments: from /proc where there is one
// (Linux), else from ps(1) (macOS), which cannot keep apart arguments that
// contain spaces.
func procCmdline(pid int) ([]string, error) {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/cmdline", pid))
	if err == nil {
		return strings.Split(strings.TrimRight(string(data), "\x00"), "\x00"), nil
	}
	if _, serr := os.Stat("/proc/self/cmdline"); serr == nil {
		return nil, err // /proc works: the pid is gone
	}
	out, err := exec.Command("ps", "-o", "command=", "-p", fmt.Sprint(pid)).Output()
	if err != nil {
		return nil, err
	}
	return strings.Fields(string(out)), nil
}

// procTail renders the last lines of a daemon's log for an error message.
func procTail(path string) string {
	const maxLines, maxLine, window = 12, 400, 16 << 10
	f, err := os.Open(path)
	if err != nil {
		return ""
	}
	defer f.Close()
	if fi, err := f.Stat(); err == nil && fi.Size() > window {
		_, _ = f.Seek(-window, io.SeekEnd)
	}
	data, _ := io.ReadAll(f)
	lines := bytes.Split(bytes.TrimRight(data, "\n"), []byte("\n"))
	if len(lines) > maxLines {
		lines = lines[len(lines)-maxLines:]
	}
	var b strings.Builder
	fmt.Fprintf(&b, "\nlast lines of %s:", path)
	if len(data) == 0 {
		b.WriteString(" (empty)")
	}
	for _, l := range lines {
		if len(l) > maxLine {
			l = append(l[:maxLine:maxLine], "…"...)
		}
		b.WriteString("\n  ")
		b.Write(l)
	}
	return b.String()
}
