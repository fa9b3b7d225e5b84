package testnet

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/skyops/skyops/api"
)

// chaosAdvertArgs make views react in seconds: a peer that stops
// advertising is dropped 2s after its last advert.
var chaosAdvertArgs = []string{"--advert-interval", "200ms", "--advert-ttl", "2s"}

// chaosBuild builds skyopsd and skyops for a test, or skips it in -short
// mode. It returns the daemon, and a function that runs the CLI.
func chaosBuild(t *testing.T) (string, func(args ...string) (string, error)) {
	t.Helper()
	bin := buildBinaries(t)
	cli := func(args ...string) (string, error) {
		out, err := exec.Command(filepath.Join(bin, "skyops"), args...).CombinedOutput()
		return string(out), err
	}
	return filepath.Join(bin, "skyopsd"), cli
}

// chaosCLI runs the CLI and checks its exit status and output.
func chaosCLI(t *testing.T, cli func(...string) (string, error), ok bool, want string, args ...string) {
	t.Helper()
	out, err := cli(args...)
	if (err == nil) != ok || !strings.Contains(out, want) {
		t.Errorf("skyops %s: %v, want success %v and output with %q:\n%s", strings.Join(args, " "), err, ok, want, out)
	}
}

// chaosWaitViews waits until each peer i in want lists exactly the peers
// want[i] in its Nodes(), and fails the test after d.
func chaosWaitViews(t *testing.T, dir string, want map[int][]int, d time.Duration, what string) time.Duration {
	t.Helper()
	start := time.Now()
	var last []string
	for {
		m, err := ReadManifest(dir)
		if err != nil {
			t.Fatal(err)
		}
		last = last[:0]
		for i, ws := range want {
			p := m.Peers[i]
			ctx, cancel := context.WithTimeout(context.Background(), time.Second)
			nodes, err := api.NewClient(p.Socket).Nodes(ctx)
			cancel()
			if err != nil {
				last = append(last, fmt.Sprintf("peer %d: %v", i, err))
				continue
			}
			var got []int
			for _, n := range nodes {
				for _, q := range m.Peers {
					if q.ID == n.ID {
						got = append(got, q.Index)
					}
				}
			}
			slices.Sort(got)
			w := slices.Sorted(slices.Values(ws))
			if !slices.Equal(got, w) {
				last = append(last, fmt.Sprintf("peer %d sees %v, want %v", i, got, w))
			}
		}
		if len(last) == 0 {
			took := time.Since(start)
			t.Logf("%s: %s", what, took.Round(10*time.Millisecond))
			return took
		}
		if time.Since(start) > d {
			slices.Sort(last)
			t.Fatalf("%s: not within %s: %s", what, d, strings.Join(last, "; "))
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func chaosAll(peers ...int) map[int][]int {
	w := map[int][]int{}
	for _, i := range peers {
		w[i] = peers
	}
	return w
}

func chaosWantErr(t *testing.T, err error, want string) {
	t.Helper()
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("error %v, want one that says %q", err, want)
	}
}

// Kill, Pause, Resume and Restart on a loopback testnet of three skyopsd
// processes, as the others' views see them.
func TestChaosKillPauseRestart(t *testing.T) {
	daemon, cli := chaosBuild(t)
	dir := procTempDir(t)
	procDownAtCleanup(t, dir)
	m, err := Up(context.Background(), ProcessConfig{Peers: 3, Dir: dir, Network: "chaos", DaemonPath: daemon,
		ExtraArgs: chaosAdvertArgs, ReadyTimeout: 40 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range m.Peers {
		if len(p.Args) < 2 || p.Args[0] != daemon || !slices.Contains(p.Args, "--advert-ttl") {
			t.Fatalf("peer %d: manifest args %q", p.Index, p.Args)
		}
	}

	chaosWantErr(t, Kill(dir, 3), "no peer 3: the testnet in "+dir+" has peers 0..2")
	chaosWantErr(t, Pause(dir, -1), "no peer -1")
	chaosWantErr(t, Partition(context.Background(), dir, [][]int{{0}, {1, 2}}), "is not isolated")
	chaosWantErr(t, Heal(context.Background(), dir), "is not isolated")
	chaosCLI(t, cli, false, "no peer 3: the testnet in "+dir+" has peers 0..2", "testnet", "kill", "3", "--dir", dir)
	chaosCLI(t, cli, false, `peer "one": give a peer index`, "testnet", "pause", "one", "--dir", dir)
	chaosCLI(t, cli, false, "accepts 1 arg(s)", "testnet", "resume", "--dir", dir)
	chaosCLI(t, cli, false, "is not isolated", "testnet", "partition", "--dir", dir, "0", "1,2")

	// kill -9: Status says so at once, the others drop it after its TTL.
	if err := Kill(dir, 2); err != nil {
		t.Fatal(err)
	}
	st, err := Status(dir)
	if err != nil {
		t.Fatal(err)
	}
	if !st[0].Alive || !st[1].Alive || st[2].Alive {
		t.Errorf("Status after Kill(2): alive %v %v %v", st[0].Alive, st[1].Alive, st[2].Alive)
	}
	chaosWantErr(t, Kill(dir, 2), "peer 2 is not running")
	chaosWantErr(t, Pause(dir, 2), "peer 2 is not running")
	chaosWaitViews(t, dir, chaosAll(0, 1), 10*time.Second, "killed peer 2 dropped from the views")

	// Restart: the same data dir (so the same identity), a new pid, back
	// in every view.
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	p, err := Restart(ctx, dir, 2)
	if err != nil {
		t.Fatal(err)
	}
	if p.PID == m.Peers[2].PID || p.ID != m.Peers[2].ID || len(p.Addrs) == 0 {
		t.Errorf("restarted peer 2: %+v, was %+v", p, m.Peers[2])
	}
	if m2, _ := ReadManifest(dir); m2.Peers[2].PID != p.PID || !slices.Equal(m2.Peers[2].Args, m.Peers[2].Args) {
		t.Errorf("manifest after Restart: %+v", m2.Peers[2])
	}
	chaosWaitViews(t, dir, chaosAll(0, 1, 2), 15*time.Second, "restarted peer 2 back in every view")

	// Restart a running peer, and the one that bootstrapped from nobody.
	p0, err := Restart(ctx, dir, 0)
	if err != nil {
		t.Fatal(err)
	}
	if p0.PID == m.Peers[0].PID || procPidGone(p0.PID) || !procPidGone(m.Peers[0].PID) {
		t.Errorf("restarted peer 0: pid %d, was %d", p0.PID, m.Peers[0].PID)
	}
	chaosWaitViews(t, dir, chaosAll(0, 1, 2), 15*time.Second, "restarted running peer 0 back in every view")

	// SIGSTOP: still alive, silent, dropped; SIGCONT: back (through the
	// CLI, this time).
	chaosCLI(t, cli, true, "paused peer 1", "testnet", "pause", "1", "--dir", dir)
	if ok, err := Paused(dir, 1); err != nil || !ok {
		t.Errorf("Paused(1) = %v, %v", ok, err)
	}
	if st, _ := Status(dir); !st[1].Alive {
		t.Error("Status says a paused peer is not alive")
	}
	chaosWaitViews(t, dir, chaosAll(0, 2), 10*time.Second, "paused peer 1 dropped from the views")
	chaosCLI(t, cli, true, "resumed peer 1", "testnet", "resume", "1", "--dir", dir)
	if ok, _ := Paused(dir, 1); ok {
		t.Error("peer 1 still paused after Resume")
	}
	chaosWaitViews(t, dir, chaosAll(0, 1, 2), 15*time.Second, "resumed peer 1 back in every view")

	// Down stops a paused peer at once, not after the SIGKILL grace.
	if err := Pause(dir, 1); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	if err := Down(context.Background(), dir); err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d >= procStopGrace {
		t.Errorf("Down took %s with a paused peer", d)
	}
	m, _ = ReadManifest(dir)
	for _, p := range m.Peers {
		procWaitPidGone(t, p.PID)
	}
	chaosWantErr(t, Resume(dir, 1), "peer 1 is not running")
}

// An isolated testnet: each peer in its own network namespace, split in
// two and healed; Down leaves no namespace or link behind.
func TestChaosPartition(t *testing.T) {
	if runtime.GOOS != "linux" || os.Geteuid() != 0 {
		netnsUnavailable(t, "network namespaces need Linux and root")
	}
	if _, err := exec.LookPath("ip"); err != nil {
		netnsUnavailable(t, "needs ip (iproute2)")
	}
	if netNft() == "" {
		if _, err := exec.LookPath("iptables"); err != nil {
			netnsUnavailable(t, "partitions need nft (nftables) or iptables")
		}
	}
	daemon, cli := chaosBuild(t)
	dir := procTempDir(t)
	procDownAtCleanup(t, dir)
	m, err := Up(context.Background(), ProcessConfig{Peers: 4, Dir: dir, Network: "chaos", DaemonPath: daemon,
		ExtraArgs: chaosAdvertArgs, ReadyTimeout: 40 * time.Second, Isolated: true})
	if err != nil {
		t.Fatal(err)
	}
	ni := m.Net
	if ni == nil || len(ni.Namespaces) != 4 || m.Chain == nil || !strings.Contains(m.Chain.URL, "//"+ni.HostIP+":") {
		t.Fatalf("manifest: net %+v, chain %+v", ni, m.Chain)
	}
	t.Logf("subnet %s, namespaces %v", ni.Subnet, ni.Namespaces)
	for i, p := range m.Peers {
		for _, a := range p.Addrs {
			if !strings.HasPrefix(a, "/ip4/"+ni.PeerIPs[i]+"/") {
				t.Errorf("peer %d announces %s, not on its own %s", i, a, ni.PeerIPs[i])
			}
		}
		if p.Args[0] == daemon || !slices.Contains(p.Args, ni.Namespaces[i]) {
			t.Errorf("peer %d: args %q do not run it in its namespace", i, p.Args)
		}
	}
	chaosNetLeft(t, ni, true)

	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	chaosWantErr(t, Partition(ctx, dir, [][]int{{0, 1}, {1, 2, 3}}), "peer 1 is in group 0 and in group 1")
	chaosWantErr(t, Partition(ctx, dir, [][]int{{0, 1}, {2}}), "peer 3 in no group")
	chaosWantErr(t, Partition(ctx, dir, [][]int{{0, 1}, {2, 3, 4}}), "no peer 4")
	chaosWantErr(t, Partition(ctx, dir, [][]int{{0, 1, 2, 3}}), "two groups or more")
	chaosCLI(t, cli, false, "peer 2 is in group 0 and in group 1", "testnet", "partition", "--dir", dir, "0,1,2", "2,3")
	chaosCLI(t, cli, false, "two groups or more", "testnet", "partition", "--dir", dir, "0,1,2,3")
	chaosCLI(t, cli, false, `"x" is not a peer index`, "testnet", "partition", "--dir", dir, "0,x", "2,3")

	chaosCLI(t, cli, true, "partitioned: 0,1 | 2,3", "testnet", "partition", "--dir", dir, "0,1", "2,3")
	if m, _ := ReadManifest(dir); len(m.Net.Partition) != 2 {
		t.Errorf("manifest partition %v", m.Net.Partition)
	}
	want := map[int][]int{0: {0, 1}, 1: {0, 1}, 2: {2, 3}, 3: {2, 3}}
	chaosWaitViews(t, dir, want, 10*time.Second, "each side of {0,1} | {2,3} sees only itself")
	if err := Heal(ctx, dir); err != nil {
		t.Fatal(err)
	}
	chaosWaitViews(t, dir, chaosAll(0, 1, 2, 3), 15*time.Second, "healed: all see all")
	if err := Heal(ctx, dir); err != nil {
		t.Errorf("second Heal: %v", err)
	}

	// Kill and Restart work the same inside a namespace.
	if err := Kill(dir, 3); err != nil {
		t.Fatal(err)
	}
	if _, err := Restart(ctx, dir, 3); err != nil {
		t.Fatal(err)
	}
	chaosWaitViews(t, dir, chaosAll(0, 1, 2, 3), 15*time.Second, "restarted peer 3 back in every view")

	if err := Down(context.Background(), dir); err != nil {
		t.Fatal(err)
	}
	chaosNetLeft(t, ni, false)
	if err := Down(context.Background(), dir); err != nil {
		t.Errorf("second Down: %v", err)
	}
}

// chaosNetLeft checks that the namespaces and the root namespace's link of
// ni all exist (or, after Down, that none does).
func chaosNetLeft(t *testing.T, ni *NetInfo, exist bool) {
	t.Helper()
	out, err := exec.Command("ip", "netns", "list").Output()
	if err != nil {
		t.Fatal(err)
	}
	links, err := exec.Command("ip", "-o", "link", "show").Output()
	if err != nil {
		t.Fatal(err)
	}
	for _, ns := range append([]string{ni.Hub}, ni.Namespaces...) {
		if got := slices.ContainsFunc(strings.Split(string(out), "\n"), func(l string) bool {
			f := strings.Fields(l)
			return len(f) > 0 && f[0] == ns
		}); got != exist {
			t.Errorf("namespace %s exists: %v, want %v", ns, got, exist)
		}
	}
	if got := strings.Contains(string(links), ni.Prefix); got != exist {
		t.Errorf("a link named %s* in the root namespace: %v, want %v\n%s", ni.Prefix, got, exist, links)
	}
}

func TestChaosGroups(t *testing.T) {
	g, err := ParseGroups([]string{"0,1", " 2 , 3"})
	if err != nil || fmt.Sprint(g) != "[[0 1] [2 3]]" {
		t.Fatalf("ParseGroups = %v, %v", g, err)
	}
	if err := CheckGroups(g, 4); err != nil {
		t.Error(err)
	}
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"0,a", "1"}, `"a" is not a peer index`},
		{[]string{"0,", "1"}, `"" is not a peer index`},
		{[]string{"-1", "1"}, `"-1" is not a peer index`},
	} {
		if _, err := ParseGroups(c.args); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("ParseGroups(%q) = %v, want %q", c.args, err, c.want)
		}
	}
	for _, c := range []struct {
		groups [][]int
		want   string
	}{
		{[][]int{{0, 1, 2}}, "two groups or more, got 1"},
		{[][]int{{0, 1}, {}}, "group 1 is empty"},
		{[][]int{{0, 1}, {2, 5}}, "group 1: no peer 5: the testnet has peers 0..2"},
		{[][]int{{0, 0}, {1, 2}}, "group 0 lists peer 0 twice"},
		{[][]int{{0, 1}, {1, 2}}, "peer 1 is in group 0 and in group 1"},
		{[][]int{{0}, {2}}, "peer 1 in no group"},
	} {
		if err := CheckGroups(c.groups, 3); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("CheckGroups(%v) = %v, want %q", c.groups, err, c.want)
		}
	}
	dir := procTempDir(t)
	chaosWantErr(t, Kill(dir, 0), "no testnet in "+dir)
	if _, err := Restart(context.Background(), dir, 0); err == nil || !strings.Contains(err.Error(), "no testnet in") {
		t.Errorf("Restart in an empty dir: %v", err)
	}
	chaosWantErr(t, Partition(context.Background(), dir, [][]int{{0}, {1}}), "no testnet in "+dir)
}

// An isolated Up that fails part-way removes what it made; what a crash
// leaves behind, Down (or the next Up in the same dir) removes.
func TestChaosIsolatedCleanup(t *testing.T) {
	if runtime.GOOS != "linux" || os.Geteuid() != 0 {
		netnsUnavailable(t, "network namespaces need Linux and root")
	}
	if _, err := exec.LookPath("ip"); err != nil {
		netnsUnavailable(t, "needs ip (iproute2)")
	}
	dir := procTempDir(t)
	exe := procUseFake(t, "fail-1")
	procDownAtCleanup(t, dir)
	cfg := ProcessConfig{Peers: 2, Dir: dir, DaemonPath: exe, NoChain: true, Isolated: true, ReadyTimeout: 20 * time.Second}
	if _, err := Up(context.Background(), cfg); err == nil {
		t.Fatal("Up with a failing peer succeeded")
	}
	m, err := ReadManifest(dir)
	if err != nil || m.Net == nil {
		t.Fatalf("manifest after a failed Up: %+v, %v", m, err)
	}
	chaosNetLeft(t, m.Net, false)

	// A crash after the namespaces were made: Down removes them.
	if err := netUp(context.Background(), m.Net); err != nil {
		t.Fatal(err)
	}
	chaosNetLeft(t, m.Net, true)
	if err := Down(context.Background(), dir); err != nil {
		t.Fatal(err)
	}
	chaosNetLeft(t, m.Net, false)

	// And the next Up in the same dir clears them before it makes its own.
	if err := netUp(context.Background(), m.Net); err != nil {
		t.Fatal(err)
	}
	if _, err := Up(context.Background(), cfg); err == nil || strings.Contains(err.Error(), "already exists") {
		t.Fatalf("second Up: %v", err)
	}
	chaosNetLeft(t, m.Net, false)

	// A manifest that names anything without the testnet's prefix is
	// refused, not obeyed.
	bad := *m.Net
	bad.HostLink = "eth0"
	chaosWantErr(t, netDown(&bad), `"eth0" does not start with the testnet's prefix`)
}

// The partition rules alone, without daemons, with nftables and with the
// iptables fallback: what they cut, what they leave (the dev chain's
// address), and that Heal removes them.
func TestChaosNetRules(t *testing.T) {
	if runtime.GOOS != "linux" || os.Geteuid() != 0 {
		netnsUnavailable(t, "network namespaces need Linux and root")
	}
	if _, err := exec.LookPath("ip"); err != nil {
		netnsUnavailable(t, "needs ip (iproute2)")
	}
	for _, fw := range []string{"nft", "iptables"} {
		t.Run(fw, func(t *testing.T) {
			path, err := exec.LookPath(fw)
			if err != nil {
				t.Skipf("no %s", fw)
			}
			old := netNft
			t.Cleanup(func() { netNft = old })
			netNft = func() string {
				if fw == "nft" {
					return path
				}
				return ""
			}
			ni, err := netPlan(procTempDir(t), 3)
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() {
				if err := netDown(ni); err != nil {
					t.Error(err)
				}
			})
			ctx := context.Background()
			if err := netUp(ctx, ni); err != nil {
				t.Fatal(err)
			}
			// reach says whether a TCP connect from peer i to ip gets an
			// answer (a refusal: nothing listens on port 9) within 1s.
			reach := func(i int, ip string) bool {
				out, err := exec.Command("ip", "netns", "exec", ni.Namespaces[i], "timeout", "1",
					"bash", "-c", "exec 3<>/dev/tcp/"+ip+"/9").CombinedOutput()
				if err == nil {
					t.Fatalf("something listens on %s:9 (from peer %d)", ip, i)
				}
				return strings.Contains(string(out), "refused")
			}
			check := func(what string, i int, ip string, want bool) {
				t.Helper()
				if got := reach(i, ip); got != want {
					t.Errorf("%s: peer %d reaches %s: %v, want %v", what, i, ip, got, want)
				}
			}
			check("whole", 0, ni.PeerIPs[1], true)
			check("whole", 2, ni.PeerIPs[0], true)
			if err := netPartition(ctx, ni, [][]int{{0}, {1, 2}}); err != nil {
				t.Fatal(err)
			}
			check("split", 0, ni.PeerIPs[1], false)
			check("split", 2, ni.PeerIPs[0], false)
			check("split", 1, ni.PeerIPs[2], true)
			check("split", 0, ni.HostIP, true)
			// A second partition replaces the first.
			if err := netPartition(ctx, ni, [][]int{{0, 1}, {2}}); err != nil {
				t.Fatal(err)
			}
			check("split again", 0, ni.PeerIPs[1], true)
			check("split again", 1, ni.PeerIPs[2], false)
			if err := netHeal(ctx, ni); err != nil {
				t.Fatal(err)
			}
			check("healed", 1, ni.PeerIPs[2], true)
			check("healed", 2, ni.PeerIPs[0], true)
			if err := netHeal(ctx, ni); err != nil {
				t.Errorf("second heal: %v", err)
			}
		})
	}
}
