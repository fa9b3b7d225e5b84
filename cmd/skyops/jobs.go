package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/spf13/cobra"

	"github.com/skyops/skyops/api"
	"github.com/skyops/skyops/types"
)

// The commands that follow jobs: status, jobs, logs, get.

func newStatusCmd(o *options) *cobra.Command {
	var explain bool
	cmd := &cobra.Command{
		Use:   "status JOB",
		Short: "Show a job: state, executor, attempts, times, exit code, output",
		Long: `JOB is the id submit-task printed, or a unique prefix of it (at least 6 hex digits).
--explain shows how the daemon ranks the job now: every node, its rank and the
factors of its score (reputation, price, locality, fit), or the filter that rejects it.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := o.client()
			if err != nil {
				return err
			}
			ctx, cancel := o.callCtx(cmd)
			defer cancel()
			if explain {
				x, err := c.Explain(ctx, args[0])
				if err != nil {
					return o.daemonErr(err)
				}
				if o.json() {
					return o.printJSON(x)
				}
				return renderExplanation(o.stdout, x)
			}
			j, err := c.Job(ctx, args[0])
			if err != nil {
				return o.daemonErr(err)
			}
			if o.json() {
				return o.printJSON(j)
			}
			return renderJob(o.stdout, j)
		},
	}
	cmd.Flags().BoolVar(&explain, "explain", false, "how the daemon ranks the job now: each node's rank and score factors, or why it is rejected")
	return cmd
}

func renderExplanation(w io.Writer, x *api.Explanation) error {
	fmt.Fprintf(w, "Job %s, attempt %d: %s\n", x.Job, x.Attempt, clean(x.Summary))
	if len(x.Excluded) > 0 {
		fmt.Fprintf(w, "Excluded (earlier executors, lost): %s\n", strings.Join(x.Excluded, ", "))
	}
	t := newTable(w)
	fmt.Fprintln(t, "RANK\tNODE\tWEIGHT\tREPUTATION\tPRICE\tLOCALITY\tFIT\tSCORE / REJECTED BY")
	for _, n := range x.Nodes {
		if n.Rank < 0 {
			why := clean(n.Rejected)
			if n.Why != "" {
				why += ": " + clean(n.Why)
			}
			fmt.Fprintf(t, "-\t%s\t\t\t\t\t\t%s\n", shortID(n.ID), why)
			continue
		}
		fmt.Fprintf(t, "%d\t%s\t%s\t%s (%d)\t%s\t%s (%d held)\t%s (%d idle)\t%s\n", n.Rank, shortID(n.ID), n.Weight,
			n.Reputation, n.ReputationScore, n.Price, n.Locality, n.InputsHeld, n.Fit, n.GPUsLeftIdle, n.Score)
	}
	return t.Flush()
}

func newJobsCmd(o *options) *cobra.Command {
	var wide, all bool
	var q api.JobQuery
	var w walletFlags
	cmd := &cobra.Command{
		Use:   "jobs",
		Short: "List your jobs (or everyone's), newest first",
		Long: `List jobs the daemon knows, newest first: yours by default (the wallet of
--owner, else $` + fromEnv + `, else the keystore's only wallet), everyone's with --all.
Pages of --limit jobs (default 100): pass the last id shown as --before for the next.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			owner, err := listedOwner(cmd, &w, all, q.Owner)
			if err != nil {
				return err
			}
			q.Owner = owner
			c, err := o.client()
			if err != nil {
				return err
			}
			ctx, cancel := o.callCtx(cmd)
			defer cancel()
			jobs, err := c.Jobs(ctx, q)
			if err != nil {
				return o.daemonErr(err)
			}
			if o.json() {
				if jobs == nil {
					jobs = []api.Job{}
				}
				return o.printJSON(jobs)
			}
			t := newTable(o.stdout)
			fmt.Fprintln(t, "ID\tSTATE\tNODE\tMODEL\tGPUS\tSUBMITTED\tEXIT")
			for _, j := range jobs {
				id, node := j.ID, j.Node
				if !wide {
					id, node = id[:14], shortID(node)
				}
				gpus := "-"
				if j.Spec.GPUCount > 0 {
					gpus = fmt.Sprintf("%dx %s", j.Spec.GPUCount, orDash(j.Spec.GPUModel))
				}
				exit := "-"
				if j.ExitCode != nil {
					exit = fmt.Sprint(*j.ExitCode)
				}
				fmt.Fprintf(t, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", id, j.State, orDash(node), orDash(clean(j.Spec.Model)), gpus,
					ago(time.Now(), j.SubmittedAt.Time), exit)
			}
			return t.Flush()
		},
	}
	cmd.Flags().BoolVarP(&wide, "wide", "w", false, "show full ids")
	cmd.Flags().BoolVar(&all, "all", false, "everyone's jobs, not only yours")
	cmd.Flags().StringVar(&q.Owner, "owner", "", "only this owner's jobs (an address)")
	cmd.Flags().StringVar(&q.State, "state", "", "only jobs in this state: pending, claimed, running, completed, failed, cancelled")
	cmd.Flags().IntVar(&q.Limit, "limit", api.DefaultJobsLimit, fmt.Sprintf("at most this many (1 to %d)", api.MaxJobsLimit))
	cmd.Flags().StringVar(&q.Before, "before", "", "the next page: jobs after this id (the last one shown)")
	w.register(cmd.Flags())
	return cmd
}

func renderJob(w io.Writer, j *api.Job) error {
	t := newTable(w)
	row := func(k, v string) { fmt.Fprintf(t, "%s:\t%s\n", k, v) }
	ts := func(p *api.Time) string {
		if p == nil {
			return "-"
		}
		return p.Format(api.NanoTimeLayout)
	}
	row("ID", j.ID)
	row("State", j.State)
	if j.Placement != "" {
		row("Placement", j.Placement)
	}
	row("Owner", j.Owner)
	row("Home", orDash(j.Home))
	row("Node", orDash(j.Node))
	row("Attempts", fmt.Sprint(j.Attempts))
	for i, n := range j.Notes {
		k := "Notes"
		if i > 0 {
			k = ""
		}
		row(k, clean(n))
	}
	row("Runtime", j.Spec.Runtime+" "+j.Spec.Artifact)
	if j.Spec.Model != "" {
		row("Model", clean(j.Spec.Model))
	}
	if j.Spec.GPUCount > 0 {
		row("GPUs", fmt.Sprintf("%d x %s", j.Spec.GPUCount, orDash(j.Spec.GPUModel)))
	}
	if f := placementFilters(&j.Spec); f != "" {
		row("Node filter", f)
	}
	row("Submitted", j.SubmittedAt.Format(api.NanoTimeLayout))
	row("Claimed", ts(j.ClaimedAt))
	row("Started", ts(j.StartedAt))
	row("Finished", ts(j.FinishedAt))
	if j.Progress != nil {
		p := fmt.Sprintf("%s %.1f%%", progressBar(*j.Progress, 30), *j.Progress*100)
		if j.TimeRemainingSec != nil {
			p += fmt.Sprintf(", about %s left", (time.Duration(*j.TimeRemainingSec) * time.Second).String())
		}
		row("Progress", p)
	}
	for _, g := range j.GPUs {
		row(fmt.Sprintf("GPU %d", g.GPU), gpuPoint(g))
	}
	if j.TelemetryCID != "" {
		row("Telemetry", j.TelemetryCID)
	}
	if j.ExitCode != nil {
		row("Exit code", fmt.Sprint(*j.ExitCode))
	}
	if j.OutputCID != "" {
		row("Output", j.OutputCID)
	}
	for i, d := range j.Deliveries {
		k := "Delivered"
		if i > 0 {
			k = ""
		}
		row(k, fmt.Sprintf("%s %s (%s, %s)", clean(d.Kind), clean(d.Ref), clean(d.URL), d.RecordedAt.Format("2006-01-02 15:04:05")))
	}
	if j.Error != "" {
		row("Error", clean(j.Error))
	}
	if err := t.Flush(); err != nil {
		return err
	}
	if len(j.History) > 1 {
		fmt.Fprintln(w, "\nAttempts:")
		at := newTable(w)
		for _, a := range j.History {
			line := fmt.Sprintf("  #%d\t%s\t%s", a.Attempt, shortID(orDash(a.Node)), a.Outcome)
			if a.EndedAt != nil {
				line += " at " + a.EndedAt.Format("15:04:05.000")
			}
			if a.Reason != "" {
				line += ": " + clean(a.Reason)
			}
			if a.ResumedFrom != "" {
				line += fmt.Sprintf("; resumed from checkpoint %s of %s", a.ResumedFrom, a.ResumedFromAt.Format("15:04:05.000"))
			}
			fmt.Fprintln(at, line)
		}
		if err := at.Flush(); err != nil {
			return err
		}
	}
	if len(j.Events) > 0 {
		fmt.Fprintln(w, "\nEvents:")
		et := newTable(w)
		for _, e := range j.Events {
			fmt.Fprintf(et, "  %s\t%s\t#%d\t%s\t%s\n", e.At.Format("15:04:05.000"), e.Type, e.Attempt, shortID(e.Actor), clean(e.Detail))
		}
		return et.Flush()
	}
	return nil
}

func newLogsCmd(o *options) *cobra.Command {
	var (
		w      walletFlags
		follow bool
	)
	cmd := &cobra.Command{
		Use:   "logs JOB",
		Short: "Print a job's stdout and stderr (decrypted with the owner's wallet); -f follows it live",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := o.client()
			if err != nil {
				return err
			}
			return printJobLogs(cmd, o, c, &w, args[0], follow)
		},
	}
	w.register(cmd.Flags())
	cmd.Flags().BoolVarP(&follow, "follow", "f", false, "stream the output as the job runs, until it ends")
	return cmd
}

// printJobLogs prints job ref's log, decrypted with its owner's results
// key (skyops logs, and skyops workflow logs for an instance's last try);
// follow streams it until the job ends.
func printJobLogs(cmd *cobra.Command, o *options, c *api.Client, w *walletFlags, ref string, follow bool) error {
	ctx, cancel := o.callCtx(cmd)
	defer cancel()
	j, err := c.Job(ctx, ref)
	if err != nil {
		return o.daemonErr(err)
	}
	if follow {
		key, err := w.resultsKey(cmd, o, j, "job "+j.ID[:14]+"'s log")
		if err != nil {
			return err
		}
		// Following lasts as long as the job: no --timeout here.
		err = c.FollowLogs(cmd.Context(), j.ID, func(sealed []byte) error {
			plain, err := types.OpenSealed(key, sealed)
			if err != nil {
				return err
			}
			_, err = o.stdout.Write(plain)
			return err
		})
		return o.daemonErr(err)
	}
	sealed, err := c.Logs(ctx, j.ID)
	if err != nil {
		return o.daemonErr(err)
	}
	key, err := w.resultsKey(cmd, o, j, "job "+j.ID[:14]+"'s log")
	if err != nil {
		return err
	}
	data, err := types.OpenSealed(key, sealed)
	if err != nil {
		return err
	}
	_, err = o.stdout.Write(data)
	return err
}

func newGetCmd(o *options) *cobra.Command {
	var (
		out, carOut string
		w           walletFlags
		d           deliverFlags
	)
	cmd := &cobra.Command{
		Use:   "get JOB -o DIR",
		Short: "Fetch a finished job's output files into DIR, or deliver it to IPFS or Arweave",
		Long: `get fetches the job's output package from the network (the executor, or any
peer holding it), checks it against the output CID the executor signed,
decrypts it with the owner's wallet (it is sealed to the owner's key) and
unpacks it into DIR. DIR must not exist yet, or be empty.

--deliver ipfs=URL adds the package, still sealed, to your kubo node through
its RPC API (pinned) and prints its CID; --deliver arweave=URL posts it as an
Arweave transaction signed with --arweave-wallet (a JWK) and prints the
transaction id. The daemon records where (skyops status shows it). Open a
delivered result with skyops open. --car FILE writes the sealed package's
IPFS DAG as a CAR file, every block checked against the output CID, for
ipfs dag import. With --deliver or --car, -o is optional.`,
		Example: `  skyops get 0xabc123 -o out
  skyops get 0xabc123 --car output.car
  skyops get 0xabc123 --deliver ipfs=http://127.0.0.1:5001
  skyops get 0xabc123 --deliver arweave=https://arweave.net --arweave-wallet wallet.json`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if out == "" && !d.any() && carOut == "" {
				return fmt.Errorf("say where to put the files: skyops get JOB -o DIR (or --car FILE, --deliver ipfs=URL / arweave=URL)")
			}
			targets, arKey, err := d.parse()
			if err != nil {
				return err
			}
			c, err := o.client()
			if err != nil {
				return err
			}
			ctx, cancel := o.callCtx(cmd)
			defer cancel()
			j, err := c.Job(ctx, args[0])
			if err != nil {
				return o.daemonErr(err)
			}
			if carOut != "" {
				// Still sealed: a CAR needs no key.
				if err := writeOutputCAR(cmd.Context(), c, j, carOut); err != nil {
					return o.daemonErr(err)
				}
				fmt.Fprintf(o.stdout, "wrote job %s's sealed output %s as a CAR to %s (ipfs dag import takes it)\n", j.ID[:14], j.OutputCID, carOut)
				if out == "" && !d.any() {
					return nil
				}
			}
			key, err := w.ownerKey(cmd, o, j.Owner, "job "+j.ID[:14]+"'s output")
			if err != nil {
				return err
			}
			// The wallet key signs delivery records; the output opens
			// with the results key when the spec names one.
			openKey, err := resultsKeyOf(key, &j.Spec, "job "+j.ID[:14]+"'s output")
			if err != nil {
				return err
			}
			// The output may be large: it streams for as long as it takes
			// (cmd's context, not --timeout), checked against the CID the
			// executor signed before anything is done with it.
			sealed, err := fetchOutput(cmd.Context(), c, j)
			if err != nil {
				return o.daemonErr(err)
			}
			defer sealed.Close()
			if d.any() {
				if _, err := deliverResult(cmd, o, c, j, sealed, targets, arKey, key); err != nil {
					return err
				}
			}
			if out == "" {
				return nil
			}
			return openInto(o, openKey, sealed, out)
		},
	}
	// Here -o names the directory, as users of docker cp and curl expect;
	// it shadows the global --output format, which get does not use.
	cmd.Flags().StringVarP(&out, "output", "o", "", "directory to write the files into (new or empty)")
	cmd.Flags().StringVar(&carOut, "car", "", "also write the sealed output's DAG as a CAR file here (ipfs dag import takes it)")
	w.register(cmd.Flags())
	d.register(cmd.Flags())
	return cmd
}

func newCancelCmd(o *options) *cobra.Command {
	var (
		w    walletFlags
		from string
	)
	cmd := &cobra.Command{
		Use:   "cancel JOB",
		Short: "Cancel a job (only its owner's wallet can)",
		Long: `cancel signs "cancel JOB on this network" with the owner's wallet (EIP-712
typed data, Cancel{job, network}, as a browser wallet signs it) and hands it
to the daemon, which gossips it: a pending job is never placed, a running one is
stopped and its GPUs are freed. A job that already ended stays as it ended.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := o.client()
			if err != nil {
				return err
			}
			ctx, cancel := o.callCtx(cmd)
			defer cancel()
			j, err := c.Job(ctx, args[0])
			if err != nil {
				return o.daemonErr(err)
			}
			signer, err := w.signer(cmd, o, from)
			if err != nil {
				return err
			}
			if signer.Address().Hex() != j.Owner {
				return fmt.Errorf("job %s belongs to %s, and this wallet is %s: only the owner can cancel it", j.ID[:14], j.Owner, signer.Address().Hex())
			}
			// EIP-712 typed data, as a browser wallet signs it on the page.
			sig, err := types.SignCancel(j.Spec.Network, common.HexToHash(j.ID), signer)
			if err != nil {
				return err
			}
			after, err := c.Cancel(ctx, j.ID, api.CancelRequest{Signature: hexutil.Encode(sig)})
			if err != nil {
				return o.daemonErr(err)
			}
			if o.json() {
				return o.printJSON(after)
			}
			if after.State != "cancelled" {
				fmt.Fprintf(o.stdout, "job %s had already ended: %s\n", after.ID, after.State)
				return nil
			}
			fmt.Fprintf(o.stdout, "job %s cancelled\n", after.ID)
			return nil
		},
	}
	w.register(cmd.Flags())
	registerFrom(cmd.Flags(), &from, "owner wallet address, when the keystore holds several")
	return cmd
}

// progressBar draws p (0..1) in width cells.
func progressBar(p float64, width int) string {
	p = max(0, min(1, p))
	full := int(p * float64(width))
	return "[" + strings.Repeat("#", full) + strings.Repeat(".", width-full) + "]"
}

// gpuPoint renders one GPU reading, marked when simulated.
func gpuPoint(g types.GPUPoint) string {
	s := fmt.Sprintf("util %3d%%  mem %s  %d W  %d C  %d MHz", g.UtilGPU, formatMiB(g.MemUsedMiB), g.PowerMW/1000, g.TempC, g.SMClockMHz)
	if g.Simulated {
		s += "  [simulated]"
	}
	return s
}

// placementFilters says which nodes the owner's signed filters let run the
// job, e.g. "region eu-west, reputation >= 1200, uptime >= 95%"; "" when
// there are none.
func placementFilters(s *types.JobSpec) string {
	var f []string
	if s.Region != "" {
		f = append(f, "region "+clean(s.Region))
	}
	if s.MinReputation > 0 {
		f = append(f, fmt.Sprintf("reputation >= %d", s.MinReputation))
	}
	if s.MinUptimePct > 0 {
		f = append(f, fmt.Sprintf("uptime >= %d%%", s.MinUptimePct))
	}
	if s.MaxLatencyMs > 0 {
		f = append(f, fmt.Sprintf("RTT to home <= %d ms", s.MaxLatencyMs))
	}
	return strings.Join(f, ", ")
}

// listedOwner is whose items a list command shows (jobs, workflow list):
// owner as --owner gave it, everyone's ("") with --all, else mine: the
// wallet the other commands would sign with, if there is exactly one such
// (else everyone's).
func listedOwner(cmd *cobra.Command, w *walletFlags, all bool, owner string) (string, error) {
	switch {
	case all && owner != "":
		return "", fmt.Errorf("--all and --owner: pick one")
	case all:
		return "", nil
	case owner != "":
		if !common.IsHexAddress(owner) {
			return "", fmt.Errorf("--owner %q is not an address (0x and 40 hex digits)", owner)
		}
		return owner, nil
	}
	if k, err := w.open(cmd); err == nil {
		if a, err := k.Find(os.Getenv(fromEnv)); err == nil {
			return a.Address.Hex(), nil
		}
	}
	return "", nil
}
