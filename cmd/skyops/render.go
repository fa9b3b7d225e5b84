package main

import (
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"
	"unicode"

	"github.com/skyops/skyops/api"
	"github.com/skyops/skyops/sched"
	"github.com/skyops/skyops/types"
)

// Table rendering. Everything here is a pure function of its arguments (the
// clock included) so that tests can pin the output.

// table is a tabwriter that drops the padding it leaves at line ends (the
// continuation rows of a multi-line cell end in empty cells).
type table struct {
	out io.Writer
	buf bytes.Buffer
	tw  *tabwriter.Writer
}

func newTable(w io.Writer) *table {
	t := &table{out: w}
	t.tw = tabwriter.NewWriter(&t.buf, 0, 0, 2, ' ', 0)
	return t
}

func (t *table) Write(p []byte) (int, error) { return t.tw.Write(p) }

func (t *table) Flush() error {
	if err := t.tw.Flush(); err != nil {
		return err
	}
	var b bytes.Buffer
	for line := range strings.Lines(t.buf.String()) {
		b.WriteString(strings.TrimRight(line, " \n"))
		b.WriteByte('\n')
	}
	t.buf.Reset()
	_, err := t.out.Write(b.Bytes())
	return err
}

func renderID(w io.Writer, id *api.Identity, now time.Time) error {
	tw := newTable(w)
	kv := func(k, v string) { fmt.Fprintf(tw, "%s:\t%s\n", k, orDash(clean(v))) }
	kv("ID", id.ID)
	kv("Address", id.Address)
	kv("Network", id.Network)
	kv("Agent", id.Agent)
	if id.PID > 0 {
		kv("PID", strconv.Itoa(id.PID))
	}
	kv("Data dir", id.DataDir)
	kv("Socket", id.Socket)
	if !id.StartedAt.IsZero() {
		kv("Started", fmt.Sprintf("%s (up %s)", id.StartedAt.Local().Format(time.RFC3339), roundDur(now.Sub(id.StartedAt))))
	}
	if len(id.Addrs) == 0 {
		kv("Addrs", "")
	}
	for i, a := range id.Addrs {
		k := ""
		if i == 0 {
			k = "Addrs:"
		}
		fmt.Fprintf(tw, "%s\t%s\n", k, clean(a))
	}
	return tw.Flush()
}

func renderPeers(w io.Writer, peers []api.Peer, wide bool) error {
	tw := newTable(w)
	fmt.Fprintln(tw, "ID\tDIRECTION\tLATENCY\tSCORE\tADDRS")
	for _, p := range peers {
		id := clean(p.ID)
		if !wide {
			id = shortID(id)
		}
		lat := "-"
		if p.LatencyMs > 0 {
			lat = fmt.Sprintf("%.1fms", p.LatencyMs)
		}
		addrs := p.Addrs
		if len(addrs) == 0 {
			addrs = []string{"-"}
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%.1f\t%s\n", id, orDash(clean(p.Direction)), lat, p.GossipScore, clean(addrs[0]))
		for _, a := range addrs[1:] {
			fmt.Fprintf(tw, "\t\t\t\t%s\n", clean(a))
		}
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if len(peers) == 0 {
		_, err := fmt.Fprintln(w, "(no open connections)")
		return err
	}
	return nil
}

// renderNodes prints one row per node, and one more line per extra GPU
// group under the GPUS column. Simulated GPUs are marked on every group and
// summed up under the table: nobody should take a mock fleet for hardware.
func renderNodes(w io.Writer, nodes []api.Node, now time.Time, wide bool) error {
	tw := newTable(w)
	fmt.Fprintln(tw, "ID\tADDRESS\tGPUS\tCPUS\tRAM\tRUNTIMES\tPRICE (ETH/GPU-h)\tCPU PRICE (ETH/core-h)\tREGION\tRTT\tREP\tUPTIME\tBOND\tLAST SEEN")
	var simulated int
	for _, n := range nodes {
		id, addr := clean(n.ID), clean(n.Address)
		if !wide {
			id, addr = shortID(id), shortAddr(addr)
		}
		if n.Self {
			id += " (self)"
		}
		gpus := gpuLines(n.GPUs)
		if n.Simulated {
			simulated++
		}
		cpus := "-"
		if n.CPUCores > 0 {
			cpus = strconv.Itoa(int(n.CPUCores))
			if n.CPUFree != n.CPUCores {
				cpus = fmt.Sprintf("%d/%d", n.CPUFree, n.CPUCores)
			}
		}
		rtt := "-"
		if n.RTTEstimateUs != nil {
			rtt = sched.FormatMicros(uint64(*n.RTTEstimateUs))
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%d\t%d%%\t%s\t%s\n",
			id, orDash(addr), gpus[0], cpus, formatMiB(n.RAMMiB), orDash(clean(strings.Join(n.Runtimes, ","))),
			orDash(clean(n.PriceETH)), orDash(clean(n.CPUPriceETH)), orDash(clean(n.Region)), rtt, n.Reputation, n.UptimePct, bondCell(n), ago(now, n.LastSeen))
		for _, g := range gpus[1:] {
			fmt.Fprintf(tw, "\t\t%s\t\t\t\t\t\t\t\t\t\t\t\n", g)
		}
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if simulated > 0 {
		_, err := fmt.Fprintf(w, "\nSIMULATED: %d of %d nodes advertise simulated GPUs (go-nvml mock fleets), not real hardware.\n", simulated, len(nodes))
		return err
	}
	return nil
}

// bondCell is the BOND column: "yes" or "no" where the network places
// bonded nodes only, "-" where it does not require bonds.
func bondCell(n api.Node) string {
	switch {
	case !n.BondRequired:
		return "-"
	case n.Bonded:
		return "yes"
	}
	return "no"
}

// gpuLines renders each GPU group, e.g.
// "8x NVIDIA A100-SXM4-40GB 40GiB (8 free) [simulated]"; never empty.
func gpuLines(groups []types.GPUGroup) []string {
	if len(groups) == 0 {
		return []string{"cpu only"}
	}
	out := make([]string, len(groups))
	for i, g := range groups {
		s := fmt.Sprintf("%dx %s %s (%d free)", g.Total, orDash(clean(g.Model)), formatMiB(g.MemoryMiB), g.Free)
		if g.Simulated {
			s += " [simulated]"
		}
		out[i] = s
	}
	return out
}

// formatMiB renders a size in the largest binary unit it reaches, with one
// decimal only when it is not whole: 40960 → "40GiB", 81559 → "79.6GiB".
func formatMiB(m uint64) string {
	unit, div := "MiB", uint64(1)
	switch {
	case m == 0:
		return "-"
	case m >= 1<<20:
		unit, div = "TiB", 1<<20
	case m >= 1<<10:
		unit, div = "GiB", 1<<10
	}
	if m%div == 0 {
		return fmt.Sprintf("%d%s", m/div, unit)
	}
	return fmt.Sprintf("%.1f%s", float64(m)/float64(div), unit)
}

// ago renders how long before now t was: "0.4s ago", "12s ago", "3m05s ago".
func ago(now, t time.Time) string {
	if t.IsZero() {
		return "-"
	}
	d := max(now.Sub(t), 0) // a peer's clock may run ahead
	if d < 10*time.Second {
		return fmt.Sprintf("%.1fs ago", d.Seconds())
	}
	return roundDur(d) + " ago"
}

func roundDur(d time.Duration) string {
	switch {
	case d < time.Minute:
		return fmt.Sprintf("%ds", int(d.Seconds()))
	case d < time.Hour:
		return fmt.Sprintf("%dm%02ds", int(d.Minutes()), int(d.Seconds())%60)
	case d < 48*time.Hour:
		return fmt.Sprintf("%dh%02dm", int(d.Hours()), int(d.Minutes())%60)
	}
	return fmt.Sprintf("%dd", int(d.Hours()/24))
}

// shortID keeps a peer id's head (its key type) and tail (what tells peers
// apart): "16Ui…Xy7kQp2W". -w or -o json show it whole.
func shortID(id string) string {
	if len(id) <= 16 {
		return id
	}
	return id[:4] + "…" + id[len(id)-8:]
}

// shortAddr shortens an Ethereum address the way wallets do: "0x12ab…cd34".
func shortAddr(a string) string {
	if len(a) != 42 || !strings.HasPrefix(a, "0x") {
		return a
	}
	return a[:6] + "…" + a[38:]
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// clean keeps control characters (and tabs, which would break the table)
// that arrived from a remote peer out of the terminal.
func clean(s string) string {
	if strings.IndexFunc(s, func(r rune) bool { return !unicode.IsPrint(r) }) < 0 {
		return s
	}
	return strings.Map(func(r rune) rune {
		if !unicode.IsPrint(r) {
			return '?'
		}
		return r
	}, s)
}
