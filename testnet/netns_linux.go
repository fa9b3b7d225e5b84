//go:build linux

package testnet

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// An isolated testnet (ProcessConfig.Isolated) gives every peer its own
// network namespace. The layout, for prefix P = "sk" + 6 hex digits of a
// hash of the testnet dir:
//
//	root namespace         P-hub namespace              P-i namespace (peer i)
//	Pr 10.x.y.1/24 ──veth── Prb ─┐
//	                             Pbr (bridge)
//	                        Phi ─┘ ──────────veth─────── Ppi 10.x.y.(i+2)/24, lo
//
// The bridge lives in a namespace of its own (P-hub), not in the root
// namespace: with br_netfilter loaded, bridged frames go through the root
// namespace's iptables FORWARD chain, whose policy Docker sets to DROP, and
// the harness must not touch the root firewall. The only thing it adds to
// the root namespace is the veth Pr with 10.x.y.1, where the dev chain
// listens (the root namespace owns the testnet dir and its sockets, and the
// CLI keeps working from there). The peer namespaces have no default route:
// a peer reaches the subnet and nothing else.
//
// Partition installs, inside each peer's namespace, an nftables table
// (iptables when nft is missing) that drops IPv4 to and from the addresses of
// the peers in other groups; the dev chain's 10.x.y.1 stays reachable from
// every group. Heal deletes those tables. Nothing changes in the root
// namespace's firewall.

const (
	netChaosTable = "skyops_chaos" // nftables table (inet family) in a peer namespace
	netChaosChain = "SKYOPS-CHAOS" // iptables chain, when there is no nft
	netCmdTimeout = 10 * time.Second
)

var netPrefixRE = regexp.MustCompile(`^sk[0-9a-f]{6}$`)

// netNft is the nft program that partitions use, or "" for iptables (a
// variable, so that tests can try both).
var netNft = func() string {
	p, _ := exec.LookPath("nft")
	return p
}

// netCheck says whether this machine and user can make namespaces.
func netCheck() error {
	if os.Geteuid() != 0 {
		return errors.New("an isolated testnet (--isolated) makes network namespaces and links: run it as root")
	}
	if _, err := exec.LookPath("ip"); err != nil {
		return errors.New("an isolated testnet needs the ip command (iproute2): not on $PATH")
	}
	return nil
}

// netPlan names what an isolated testnet in dir will make, and picks a
// 10.x.y.0/24 that no route or address of the root namespace overlaps.
func netPlan(dir string, peers int) (*NetInfo, error) {
	sum := sha256.Sum256([]byte(dir))
	p := "sk" + hex.EncodeToString(sum[:3])
	ni := &NetInfo{Prefix: p, HostLink: p + "r", Hub: p + "-hub", Bridge: p + "br"}
	used, err := netUsedPrefixes()
	if err != nil {
		return nil, err
	}
	for k := 0; k < 1<<16; k++ {
		v := (int(sum[3])<<8 | int(sum[4])) + k
		x, y := (v>>8)&0xff, v&0xff
		if x == 0 || x == 255 {
			continue
		}
		_, sub, _ := net.ParseCIDR(fmt.Sprintf("10.%d.%d.0/24", x, y))
		if netOverlaps(sub, used) {
			continue
		}
		ni.Subnet = sub.String()
		ni.HostIP = fmt.Sprintf("10.%d.%d.1", x, y)
		for i := 0; i < peers; i++ {
			ni.Namespaces = append(ni.Namespaces, fmt.Sprintf("%s-%d", p, i))
			ni.PeerIPs = append(ni.PeerIPs, fmt.Sprintf("10.%d.%d.%d", x, y, i+2))
			ni.Veths = append(ni.Veths, [2]string{fmt.Sprintf("%sh%d", p, i), fmt.Sprintf("%sp%d", p, i)})
		}
		return ni, nil
	}
	return nil, errors.New("no free 10.x.y.0/24 for an isolated testnet: every one overlaps a route of this machine")
}

// netUsedPrefixes lists the IPv4 prefixes that the root namespace routes or
// holds addresses in.
func netUsedPrefixes() ([]*net.IPNet, error) {
	out, err := netIP(context.Background(), "-4", "-o", "route", "show", "table", "all")
	if err != nil {
		return nil, err
	}
	types := map[string]bool{"unicast": true, "local": true, "broadcast": true, "multicast": true, "throw": true,
		"unreachable": true, "prohibit": true, "blackhole": true, "nat": true, "anycast": true}
	var used []*net.IPNet
	for _, line := range strings.Split(out, "\n") {
		f := strings.Fields(line)
		if len(f) > 0 && types[f[0]] {
			f = f[1:]
		}
		if len(f) == 0 || f[0] == "default" {
			continue
		}
		s := f[0]
		if !strings.Contains(s, "/") {
			s += "/32"
		}
		if _, n, err := net.ParseCIDR(s); err == nil {
			used = append(used, n)
		}
	}
	addrs, err := net.InterfaceAddrs()
	if err != nil {
		return nil, fmt.Errorf("list this machine's addresses: %w", err)
	}
	for _, a := range addrs {
		if n, ok := a.(*net.IPNet); ok && n.IP.To4() != nil {
			used = append(used, &net.IPNet{IP: n.IP.Mask(n.Mask), Mask: n.Mask})
		}
	}
	return used, nil
}

func netOverlaps(a *net.IPNet, used []*net.IPNet) bool {
	for _, u := range used {
		if u.Contains(a.IP) || a.Contains(u.IP) {
			return true
		}
	}
	return false
}

// netUp makes the namespaces, bridge and links that ni names. It refuses to
// touch a name that already exists: it only ever makes (and later removes)
// its own.
func netUp(ctx context.Context, ni *NetInfo) error {
	if err := netValidate(ni); err != nil {
		return err
	}
	existing, err := netNamespaces()
	if err != nil {
		return err
	}
	for _, ns := range append([]string{ni.Hub}, ni.Namespaces...) {
		if existing[ns] {
			return fmt.Errorf("network namespace %s already exists, and this testnet's manifest does not list it: remove it (ip netns delete %s) if no testnet uses it", ns, ns)
		}
	}
	if netLinkExists(ni.HostLink) {
		return fmt.Errorf("link %s already exists, and this testnet's manifest does not list it: remove it (ip link delete %s) if no testnet uses it", ni.HostLink, ni.HostLink)
	}
	_, sub, err := net.ParseCIDR(ni.Subnet)
	if err != nil {
		return fmt.Errorf("isolated testnet subnet %q: %w", ni.Subnet, err)
	}
	bits, _ := sub.Mask.Size()
	cidr := func(ip string) string { return ip + "/" + strconv.Itoa(bits) }
	steps := [][]string{
		{"netns", "add", ni.Hub},
		{"-n", ni.Hub, "link", "add", ni.Bridge, "type", "bridge"},
		{"-n", ni.Hub, "link", "set", ni.Bridge, "up"},
		{"link", "add", ni.HostLink, "type", "veth", "peer", "name", ni.HostLink + "b", "netns", ni.Hub},
		{"-n", ni.Hub, "link", "set", ni.HostLink + "b", "master", ni.Bridge, "up"},
		{"addr", "add", cidr(ni.HostIP), "dev", ni.HostLink},
		{"link", "set", ni.HostLink, "up"},
	}
	for i, ns := range ni.Namespaces {
		hub, in := ni.Veths[i][0], ni.Veths[i][1]
		steps = append(steps,
			[]string{"netns", "add", ns},
			[]string{"-n", ns, "link", "set", "lo", "up"},
			[]string{"-n", ni.Hub, "link", "add", hub, "type", "veth", "peer", "name", in, "netns", ns},
			[]string{"-n", ni.Hub, "link", "set", hub, "master", ni.Bridge, "up"},
			[]string{"-n", ns, "addr", "add", cidr(ni.PeerIPs[i]), "dev", in},
			[]string{"-n", ns, "link", "set", in, "up"},
		)
	}
	for _, s := range steps {
		if _, err := netIP(ctx, s...); err != nil {
			return fmt.Errorf("isolated testnet: %w", err)
		}
	}
	return nil
}

// netDown removes what ni names, and nothing else: a namespace or link that
// is already gone is skipped, and a name without ni's prefix is refused.
// Call it once the daemons inside have stopped.
func netDown(ni *NetInfo) error {
	if ni == nil {
		return nil
	}
	if err := netValidate(ni); err != nil {
		return fmt.Errorf("remove isolated testnet: %w", err)
	}
	var errs []error
	// The root namespace's link first: deleting it removes its veth peer
	// at once, rather than whenever the kernel gets round to a deleted
	// namespace's links.
	if netLinkExists(ni.HostLink) {
		if _, err := netIP(context.Background(), "link", "delete", ni.HostLink); err != nil && netLinkExists(ni.HostLink) {
			errs = append(errs, err)
		}
	}
	existing, err := netNamespaces()
	if err != nil {
		return errors.Join(append(errs, err)...)
	}
	for _, ns := range append(append([]string(nil), ni.Namespaces...), ni.Hub) {
		if !existing[ns] {
			continue
		}
		if _, err := netIP(context.Background(), "netns", "delete", ns); err != nil {
			errs = append(errs, err)
		}
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("remove isolated testnet: %w", err)
	}
	return nil
}

// netValidate checks that every name in ni carries its prefix, so that a
// damaged or hand-edited manifest cannot make netDown remove anything that
// the harness did not make.
func netValidate(ni *NetInfo) error {
	if !netPrefixRE.MatchString(ni.Prefix) {
		return fmt.Errorf("manifest net prefix %q is not one the harness makes (sk and 6 hex digits)", ni.Prefix)
	}
	if len(ni.PeerIPs) != len(ni.Namespaces) || len(ni.Veths) != len(ni.Namespaces) {
		return fmt.Errorf("manifest net %s lists %d namespaces, %d addresses and %d veths", ni.Prefix, len(ni.Namespaces), len(ni.PeerIPs), len(ni.Veths))
	}
	names := []string{ni.HostLink, ni.Hub, ni.Bridge}
	names = append(names, ni.Namespaces...)
	for _, v := range ni.Veths {
		names = append(names, v[0], v[1])
	}
	for _, s := range names {
		if !strings.HasPrefix(s, ni.Prefix) {
			return fmt.Errorf("manifest net name %q does not start with the testnet's prefix %s: not touching it", s, ni.Prefix)
		}
	}
	return nil
}

// netExecArgv wraps a command line to run inside peer i's namespace.
func netExecArgv(ni *NetInfo, i int, argv []string) []string {
	ip, err := exec.LookPath("ip")
	if err != nil {
		ip = "ip"
	}
	return append([]string{ip, "netns", "exec", ni.Namespaces[i]}, argv...)
}

// netPartition cuts the network between groups (peer indexes; every peer in
// exactly one group, checked by the caller): each peer's namespace drops
// IPv4 to and from the peers of the other groups. It replaces any earlier
// partition.
func netPartition(ctx context.Context, ni *NetInfo, groups [][]int) error {
	if err := netValidate(ni); err != nil {
		return err
	}
	nft := netNft()
	var errs []error
	for g, grp := range groups {
		var others []string
		for h, o := range groups {
			if h == g {
				continue
			}
			for _, i := range o {
				others = append(others, ni.PeerIPs[i])
			}
		}
		for _, i := range grp {
			ns := ni.Namespaces[i]
			var err error
			if nft != "" {
				err = netNftPartition(ctx, nft, ns, others)
			} else {
				err = netIptablesPartition(ctx, ns, others)
			}
			if err != nil {
				errs = append(errs, fmt.Errorf("peer %d: %w", i, err))
			}
		}
	}
	return errors.Join(errs...)
}

// netNftPartition replaces the chaos table in ns in one transaction.
func netNftPartition(ctx context.Context, nft, ns string, drop []string) error {
	set := strings.Join(drop, ", ")
	rules := fmt.Sprintf(`add table inet %[1]s
delete table inet %[1]s
table inet %[1]s {
	chain input {
		type filter hook input priority -10; policy accept;
		ip saddr { %[2]s } drop
	}
	chain output {
		type filter hook output priority -10; policy accept;
		ip daddr { %[2]s } drop
	}
}
`, netChaosTable, set)
	_, err := netRun(ctx, rules, "ip", "netns", "exec", ns, nft, "-f", "-")
	return err
}

func netIptablesPartition(ctx context.Context, ns string, drop []string) error {
	netIptablesHeal(ctx, ns)
	ipt := func(args ...string) error {
		_, err := netRun(ctx, "", "ip", append([]string{"netns", "exec", ns, "iptables", "-w"}, args...)...)
		return err
	}
	if err := ipt("-N", netChaosChain); err != nil {
		return err
	}
	for _, a := range drop {
		if err := ipt("-A", netChaosChain, "-s", a, "-j", "DROP"); err != nil {
			return err
		}
		if err := ipt("-A", netChaosChain, "-d", a, "-j", "DROP"); err != nil {
			return err
		}
	}
	if err := ipt("-I", "INPUT", "-j", netChaosChain); err != nil {
		return err
	}
	return ipt("-I", "OUTPUT", "-j", netChaosChain)
}

func netIptablesHeal(ctx context.Context, ns string) {
	for _, args := range [][]string{
		{"-D", "INPUT", "-j", netChaosChain},
		{"-D", "OUTPUT", "-j", netChaosChain},
		{"-F", netChaosChain},
		{"-X", netChaosChain},
	} {
		_, _ = netRun(ctx, "", "ip", append([]string{"netns", "exec", ns, "iptables", "-w"}, args...)...)
	}
}

// netHeal removes every partition rule from the peers' namespaces.
func netHeal(ctx context.Context, ni *NetInfo) error {
	if err := netValidate(ni); err != nil {
		return err
	}
	existing, err := netNamespaces()
	if err != nil {
		return err
	}
	nft := netNft()
	var errs []error
	for i, ns := range ni.Namespaces {
		if !existing[ns] {
			errs = append(errs, fmt.Errorf("peer %d: network namespace %s is gone", i, ns))
			continue
		}
		if nft == "" {
			netIptablesHeal(ctx, ns)
			continue
		}
		out, err := netRun(ctx, "", "ip", "netns", "exec", ns, nft, "list", "tables")
		if err != nil {
			errs = append(errs, fmt.Errorf("peer %d: %w", i, err))
			continue
		}
		if !strings.Contains(out, "inet "+netChaosTable) {
			continue
		}
		if _, err := netRun(ctx, "", "ip", "netns", "exec", ns, nft, "delete", "table", "inet", netChaosTable); err != nil {
			errs = append(errs, fmt.Errorf("peer %d: %w", i, err))
		}
	}
	return errors.Join(errs...)
}

// netNamespaces lists the named network namespaces.
func netNamespaces() (map[string]bool, error) {
	out, err := netIP(context.Background(), "netns", "list")
	if err != nil {
		return nil, err
	}
	m := map[string]bool{}
	for _, line := range strings.Split(out, "\n") {
		if f := strings.Fields(line); len(f) > 0 {
			m[f[0]] = true
		}
	}
	return m, nil
}

// netNamespaceExists says, as an error, when the named namespace is gone.
func netNamespaceExists(ns string) error {
	m, err := netNamespaces()
	if err != nil {
		return err
	}
	if !m[ns] {
		return fmt.Errorf("its network namespace %s is gone (was the testnet taken down?)", ns)
	}
	return nil
}

// netLinkExists says whether the root namespace has a link named name.
func netLinkExists(name string) bool {
	_, err := net.InterfaceByName(name)
	return err == nil
}

func netIP(ctx context.Context, args ...string) (string, error) {
	return netRun(ctx, "", "ip", args...)
}

// netRun runs a command with stdin, and puts its stderr in the error.
func netRun(ctx context.Context, stdin, name string, args ...string) (string, error) {
	ctx, cancel := context.WithTimeout(ctx, netCmdTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	if stdin != "" {
		cmd.Stdin = strings.NewReader(stdin)
	}
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		msg := strings.TrimSpace(stderr.String())
		if msg == "" {
			msg = err.Error()
		}
		return "", fmt.Errorf("%s %s: %s", name, strings.Join(args, " "), msg)
	}
	return stdout.String(), nil
}
