package testnet

// The chaos harness: faults injected into a running process testnet (Up),
// addressed by its dir, so that the CLI (`skyops testnet kill|pause|resume|
// restart|partition|heal`) and Go tests share one implementation.
//
//   - Kill(dir, i): SIGKILL peer i's daemon, as `kill -9` would. It leaves a
//     stale socket and whatever the daemon had not yet written.
//   - Pause(dir, i) / Resume(dir, i): SIGSTOP / SIGCONT. A paused daemon
//     keeps its connections open but answers nothing and sends no adverts:
//     the others drop it from their views once its advert TTL runs out.
//   - Restart(ctx, dir, i): start peer i again (after stopping it, if it
//     still runs) with its data dir and the command line it was first
//     started with (PeerInfo.Args), plus a --bootstrap for every other
//     running peer so that it rejoins even if it was a bootstrap peer
//     itself; wait until its socket answers; record the new pid and
//     addresses in the manifest. In an isolated testnet it runs in the same
//     namespace, on the same address, so on the same side of a partition.
//   - Partition(ctx, dir, groups) / Heal(ctx, dir): cut the network between
//     groups of peers (every peer in exactly one group), and make it whole
//     again. Only an isolated testnet (ProcessConfig.Isolated, Linux, root)
//     can be partitioned: each peer then has its own network namespace (see
//     netns_linux.go), and a partition is a set of drop rules inside the
//     peers' namespaces, never in the root namespace's firewall. The dev
//     chain listens in the root namespace and stays reachable from every
//     group: a partition splits the peers, not the peers from the chain.
//
// Every fault checks first that the pid in the manifest is still that peer's
// daemon (procIsOurs), so a reused pid is never signalled, and says so
// plainly when the index is out of range or the peer is not running.

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/skyops/skyops/api"
)

// chaosLockFile serialises the faults (and the manifest updates of Restart,
// Partition and Heal) of one testnet dir between processes.
const chaosLockFile = ".chaos.lock"

// Kill sends SIGKILL to peer i's daemon and waits until it is gone.
func Kill(dir string, i int) error {
	p, err := chaosRunningPeer(dir, i, "kill")
	if err != nil {
		return err
	}
	if err := syscall.Kill(p.PID, syscall.SIGKILL); err != nil && !errors.Is(err, syscall.ESRCH) {
		return fmt.Errorf("testnet kill: peer %d (pid %d): %w", i, p.PID, err)
	}
	if left := procWaitGone(context.Background(), []PeerInfo{p}, procReapWait); len(left) > 0 {
		return fmt.Errorf("testnet kill: peer %d (pid %d) still running %s after SIGKILL", i, p.PID, procReapWait)
	}
	return nil
}

// Pause stops peer i's daemon with SIGSTOP: it stays alive but does
// nothing until Resume (or Down, which wakes it to stop it).
func Pause(dir string, i int) error {
	p, err := chaosRunningPeer(dir, i, "pause")
	if err != nil {
		return err
	}
	if err := syscall.Kill(p.PID, syscall.SIGSTOP); err != nil {
		return fmt.Errorf("testnet pause: peer %d (pid %d): %w", i, p.PID, err)
	}
	// SIGSTOP is asynchronous: return once the kernel has stopped it.
	for deadline := time.Now().Add(2 * time.Second); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		if st, ok := procState(p.PID); !ok || st == 'T' || st == 't' {
			break
		}
	}
	return nil
}

// Resume continues peer i's daemon with SIGCONT after Pause.
func Resume(dir string, i int) error {
	p, err := chaosRunningPeer(dir, i, "resume")
	if err != nil {
		return err
	}
	if err := syscall.Kill(p.PID, syscall.SIGCONT); err != nil {
		return fmt.Errorf("testnet resume: peer %d (pid %d): %w", i, p.PID, err)
	}
	return nil
}

// Paused reports whether peer i's daemon is running but stopped (Pause).
func Paused(dir string, i int) (bool, error) {
	p, err := chaosRunningPeer(dir, i, "status")
	if err != nil {
		return false, err
	}
	st, ok := procState(p.PID)
	return ok && (st == 'T' || st == 't'), nil
}

// Restart starts peer i again, with the same data dir and command line as
// the first time, and waits (bounded by ctx) until its socket answers. A
// peer that still runs is stopped first: SIGTERM (and SIGCONT, should it be
// paused), SIGKILL after 10s. It returns the peer's new manifest entry. It
// does not wait for the peer to be back in the others' views.
func Restart(ctx context.Context, dir string, i int) (*PeerInfo, error) {
	unlock, err := chaosLock(dir)
	if err != nil {
		return nil, fmt.Errorf("testnet restart: %w", err)
	}
	defer unlock()
	m, err := ReadManifest(dir)
	if err != nil {
		return nil, fmt.Errorf("testnet restart: %w", err)
	}
	p, err := chaosPeer(m, dir, i)
	if err != nil {
		return nil, fmt.Errorf("testnet restart: %w", err)
	}
	if len(p.Args) == 0 || p.DataDir == "" || p.Socket == "" {
		return nil, fmt.Errorf("testnet restart: the manifest has no command line for peer %d (an older skyops started it): take the testnet down and up again", i)
	}
	if procIsOurs(p) {
		_ = syscall.Kill(p.PID, syscall.SIGTERM)
		_ = syscall.Kill(p.PID, syscall.SIGCONT)
		if left := procWaitGone(ctx, []PeerInfo{p}, procStopGrace); len(left) > 0 {
			if procIsOurs(p) {
				_ = syscall.Kill(p.PID, syscall.SIGKILL)
			}
			if left := procWaitGone(context.Background(), left, procReapWait); len(left) > 0 {
				return nil, fmt.Errorf("testnet restart: peer %d (pid %d) still running after SIGKILL", i, p.PID)
			}
		}
	}
	if m.Net != nil {
		if i >= len(m.Net.Namespaces) {
			return nil, fmt.Errorf("testnet restart: the manifest lists no network namespace for peer %d", i)
		}
		if err := netNamespaceExists(m.Net.Namespaces[i]); err != nil {
			return nil, fmt.Errorf("testnet restart: peer %d: %w", i, err)
		}
	}

	// Rejoin through every peer that runs: the ones this peer bootstrapped
	// from may be gone, and peer 0 bootstrapped from nobody. A paused peer
	// would only hold up the start.
	argv := append([]string(nil), p.Args...)
	for _, q := range m.Peers {
		if q.Index == i || !procIsOurs(q) {
			continue
		}
		if st, ok := procState(q.PID); ok && (st == 'T' || st == 't') {
			continue
		}
		var a string
		if m.Net != nil && q.Index < len(m.Net.PeerIPs) {
			a, err = procTCPOn(q, m.Net.PeerIPs[q.Index])
		} else {
			a, err = procLoopbackTCP(q)
		}
		if err == nil && !slices.Contains(argv, a) {
			argv = append(argv, "--bootstrap", a)
		}
	}

	if fi, err := os.Lstat(p.Socket); err == nil && fi.Mode()&fs.ModeSocket != 0 {
		if err := os.Remove(p.Socket); err != nil {
			return nil, fmt.Errorf("testnet restart: peer %d: remove stale socket: %w", i, err)
		}
	}
	// Append: the log of the first life is evidence too.
	logf, err := os.OpenFile(p.LogFile, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o600)
	if err != nil {
		return nil, fmt.Errorf("testnet restart: peer %d: open log: %w", i, err)
	}
	defer logf.Close()
	fmt.Fprintf(logf, "--- testnet: restarting peer %d at %s ---\n", i, time.Now().UTC().Format(time.RFC3339Nano))
	pp, err := procLaunch(argv, p.DataDir, logf)
	if err != nil {
		return nil, fmt.Errorf("testnet restart: peer %d: %w", i, err)
	}
	info := p
	info.PID = pp.info.PID
	info.Addrs = nil
	pp.info, pp.client = info, api.NewClient(p.Socket)
	chaosSetPeer(m, info)
	if err := WriteManifest(dir, m); err != nil {
		return nil, fmt.Errorf("testnet restart: %w", err)
	}
	if _, ok := ctx.Deadline(); !ok {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, DefaultReadyTimeout)
		defer cancel()
	}
	n := &procNet{dir: dir, timeout: chaosDeadline(ctx), log: slog.New(slog.DiscardHandler), manifest: *m}
	if err := n.waitReady(ctx, pp); err != nil {
		// Like Up: nothing half-started is left running.
		_ = pp.cmd.Process.Kill()
		select {
		case <-pp.exited:
		case <-time.After(procReapWait):
		}
		return nil, fmt.Errorf("testnet restart: %w", err)
	}
	chaosSetPeer(m, pp.info)
	if err := WriteManifest(dir, m); err != nil {
		return nil, fmt.Errorf("testnet restart: %w", err)
	}
	out := pp.info
	return &out, nil
}

// Partition cuts the network of an isolated testnet between groups of
// peers: a peer then reaches only the peers of its own group (and the dev
// chain). groups must hold every peer exactly once, in two or more groups.
// A second Partition replaces the first.
func Partition(ctx context.Context, dir string, groups [][]int) error {
	unlock, err := chaosLock(dir)
	if err != nil {
		return fmt.Errorf("testnet partition: %w", err)
	}
	defer unlock()
	m, err := chaosIsolated(dir, "partition")
	if err != nil {
		return err
	}
	if err := CheckGroups(groups, len(m.Peers)); err != nil {
		return fmt.Errorf("testnet partition: %w", err)
	}
	if err := netPartition(ctx, m.Net, groups); err != nil {
		return fmt.Errorf("testnet partition: %w", err)
	}
	m.Net.Partition = groups
	if err := WriteManifest(dir, m); err != nil {
		return fmt.Errorf("testnet partition: %w", err)
	}
	return nil
}

// Heal removes the partition of an isolated testnet: every peer reaches
// every other again. Healing a whole network does nothing.
func Heal(ctx context.Context, dir string) error {
	unlock, err := chaosLock(dir)
	if err != nil {
		return fmt.Errorf("testnet heal: %w", err)
	}
	defer unlock()
	m, err := chaosIsolated(dir, "heal")
	if err != nil {
		return err
	}
	if err := netHeal(ctx, m.Net); err != nil {
		return fmt.Errorf("testnet heal: %w", err)
	}
	m.Net.Partition = nil
	if err := WriteManifest(dir, m); err != nil {
		return fmt.Errorf("testnet heal: %w", err)
	}
	return nil
}

// ParseGroups reads partition groups as the CLI takes them: one argument a
// group, peer indexes joined by commas ("0,1" "2,3").
func ParseGroups(args []string) ([][]int, error) {
	var groups [][]int
	for _, a := range args {
		var g []int
		for _, f := range strings.Split(a, ",") {
			f = strings.TrimSpace(f)
			k, err := strconv.Atoi(f)
			if err != nil || k < 0 {
				return nil, fmt.Errorf("group %q: %q is not a peer index (give groups as 0,1 2,3)", a, f)
			}
			g = append(g, k)
		}
		groups = append(groups, g)
	}
	return groups, nil
}

// CheckGroups checks that groups split peers 0..peers-1: two groups or
// more, none empty, every peer in exactly one.
func CheckGroups(groups [][]int, peers int) error {
	if len(groups) < 2 {
		return fmt.Errorf("a partition needs two groups or more, got %d", len(groups))
	}
	where := make(map[int]int, peers)
	for g, grp := range groups {
		if len(grp) == 0 {
			return fmt.Errorf("group %d is empty", g)
		}
		for _, i := range grp {
			if i < 0 || i >= peers {
				return fmt.Errorf("group %d: no peer %d: the testnet has peers 0..%d", g, i, peers-1)
			}
			if h, ok := where[i]; ok {
				if h == g {
					return fmt.Errorf("group %d lists peer %d twice", g, i)
				}
				return fmt.Errorf("peer %d is in group %d and in group %d: every peer must be in exactly one group", i, h, g)
			}
			where[i] = g
		}
	}
	var missing []string
	for i := 0; i < peers; i++ {
		if _, ok := where[i]; !ok {
			missing = append(missing, strconv.Itoa(i))
		}
	}
	if len(missing) > 0 {
		return fmt.Errorf("peer %s in no group: every peer must be in exactly one group", strings.Join(missing, ", "))
	}
	return nil
}

// chaosRunningPeer is peer i of the testnet in dir, which must be running.
func chaosRunningPeer(dir string, i int, op string) (PeerInfo, error) {
	m, err := ReadManifest(dir)
	if err != nil {
		return PeerInfo{}, fmt.Errorf("testnet %s: %w", op, err)
	}
	p, err := chaosPeer(m, dir, i)
	if err != nil {
		return PeerInfo{}, fmt.Errorf("testnet %s: %w", op, err)
	}
	if !procIsOurs(p) {
		return PeerInfo{}, fmt.Errorf("testnet %s: peer %d is not running (pid %d has exited): skyops testnet restart %d --dir %s starts it again", op, i, p.PID, i, dir)
	}
	return p, nil
}

func chaosPeer(m *Manifest, dir string, i int) (PeerInfo, error) {
	for _, p := range m.Peers {
		if p.Index == i {
			return p, nil
		}
	}
	if len(m.Peers) == 0 {
		return PeerInfo{}, fmt.Errorf("no peer %d: the testnet in %s has no peers", i, dir)
	}
	return PeerInfo{}, fmt.Errorf("no peer %d: the testnet in %s has peers 0..%d", i, dir, len(m.Peers)-1)
}

func chaosSetPeer(m *Manifest, p PeerInfo) {
	for k := range m.Peers {
		if m.Peers[k].Index == p.Index {
			m.Peers[k] = p
		}
	}
}

// chaosIsolated reads the manifest of a testnet that must be isolated.
func chaosIsolated(dir, op string) (*Manifest, error) {
	m, err := ReadManifest(dir)
	if err != nil {
		return nil, fmt.Errorf("testnet %s: %w", op, err)
	}
	if m.Net == nil {
		return nil, fmt.Errorf("testnet %s: the testnet in %s is not isolated: partitions need each peer in its own network namespace (skyops testnet up --isolated, as root)", op, dir)
	}
	return m, nil
}

// chaosDeadline is what is left of ctx, for error messages.
func chaosDeadline(ctx context.Context) time.Duration {
	if d, ok := ctx.Deadline(); ok {
		return time.Until(d).Round(time.Second)
	}
	return 0
}

// chaosLock takes an exclusive lock on DIR/.chaos.lock until unlock.
func chaosLock(dir string) (unlock func(), err error) {
	if _, err := os.Stat(filepath.Join(dir, ManifestFile)); errors.Is(err, fs.ErrNotExist) {
		return nil, &noManifestError{dir: dir, err: err}
	}
	f, err := os.OpenFile(filepath.Join(dir, chaosLockFile), os.O_CREATE|os.O_RDWR, 0o600)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, &noManifestError{dir: dir, err: err}
		}
		return nil, err
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX); err != nil {
		f.Close()
		return nil, fmt.Errorf("lock %s: %w", f.Name(), err)
	}
	return func() {
		_ = syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
		f.Close()
	}, nil
}

// procTCPOn picks p's TCP multiaddr on ip, with its /p2p/ id.
func procTCPOn(p PeerInfo, ip string) (string, error) {
	for _, a := range p.Addrs {
		parts := strings.Split(a, "/") // "", ip4, IP, tcp, PORT[, p2p, ID]
		if len(parts) < 5 || parts[1] != "ip4" || parts[2] != ip || parts[3] != "tcp" {
			continue
		}
		switch {
		case len(parts) == 5:
			return a + "/p2p/" + p.ID, nil
		case len(parts) == 7 && parts[5] == "p2p":
			return a, nil
		}
	}
	return "", fmt.Errorf("no TCP address on %s among %v", ip, p.Addrs)
}

// procState is the one-letter state of a process in /proc/PID/stat (R, S,
// T for stopped, Z, ...); ok is false where there is no /proc.
func procState(pid int) (byte, bool) {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0, false
	}
	s := string(data)
	k := strings.LastIndexByte(s, ')')
	if k < 0 || k+2 >= len(s) {
		return 0, false
	}
	return s[k+2], true
}
