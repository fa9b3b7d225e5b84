package main

// skyops workflow list|status|logs|get|cancel: following the workflows
// skyops run submitted. Each try of each instance is a job of its own, so
// logs and get go through the job commands' code for the instance's last
// try.

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/spf13/cobra"

	"github.com/skyops/skyops/api"
	"github.com/skyops/skyops/types"
)

func newWorkflowCmd(o *options) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "workflow",
		Short: "Follow, fetch and cancel workflows (skyops run FILE submits one)",
		Long: `A workflow is a graph of jobs submitted with skyops run FILE. Each of its
instances (train, train[2], train[batch=32,lr=0.1]) runs as a job, retried
as the file says; these commands show them, print an instance's logs, fetch
the completed instances' outputs and cancel what is left.

ID is the workflow id skyops run printed, or a unique prefix of it (at least
6 hex digits); skyops workflow list shows them.`,
		Args: cobra.ArbitraryArgs,
		RunE: groupRunE,
	}
	cmd.AddCommand(newWorkflowListCmd(o), newWorkflowStatusCmd(o), newWorkflowLogsCmd(o), newWorkflowGetCmd(o), newWorkflowCancelCmd(o))
	return cmd
}

func newWorkflowListCmd(o *options) *cobra.Command {
	var (
		wide, all bool
		owner     string
		w         walletFlags
	)
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List your workflows (or everyone's) that the daemon holds",
		Long: `List the workflows the daemon holds: yours by default (the wallet of --owner,
else $` + fromEnv + `, else the keystore's only wallet), everyone's with --all.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			owner, err := listedOwner(cmd, &w, all, owner)
			if err != nil {
				return err
			}
			c, err := o.client()
			if err != nil {
				return err
			}
			ctx, cancel := o.callCtx(cmd)
			defer cancel()
			list, err := c.Workflows(ctx, owner)
			if err != nil {
				return fmt.Errorf("list workflows: %w", o.daemonErr(err))
			}
			if o.json() {
				if list == nil {
					list = []api.Workflow{}
				}
				return o.printJSON(list)
			}
			return renderWorkflows(o.stdout, list, time.Now(), wide)
		},
	}
	cmd.Flags().BoolVarP(&wide, "wide", "w", false, "show full ids")
	cmd.Flags().BoolVar(&all, "all", false, "everyone's workflows, not only yours")
	cmd.Flags().StringVar(&owner, "owner", "", "only this owner's workflows (an address)")
	w.register(cmd.Flags())
	return cmd
}

func renderWorkflows(w io.Writer, list []api.Workflow, now time.Time, wide bool) error {
	t := newTable(w)
	fmt.Fprintln(t, "ID\tNAME\tSTATE\tINSTANCES\tCOUNTS\tCREATED")
	for _, wf := range list {
		id := clean(wf.ID)
		if !wide && len(id) > 14 {
			id = id[:14]
		}
		fmt.Fprintf(t, "%s\t%s\t%s\t%d\t%s\t%s\n", id, clean(wf.Name), clean(wf.State), total(wf.Counts), orDash(formatCounts(wf.Counts)), ago(now, wf.CreatedAt))
	}
	if err := t.Flush(); err != nil {
		return err
	}
	if len(list) == 0 {
		_, err := fmt.Fprintln(w, "(no workflows: skyops run FILE submits one)")
		return err
	}
	return nil
}

func newWorkflowStatusCmd(o *options) *cobra.Command {
	var wide bool
	cmd := &cobra.Command{
		Use:   "status ID",
		Short: "Show a workflow: its state and one row per instance",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			_, wf, err := resolveWorkflow(cmd, o, args[0])
			if err != nil {
				return err
			}
			if o.json() {
				return o.printJSON(wf)
			}
			return renderWorkflow(o.stdout, wf, wide)
		},
	}
	cmd.Flags().BoolVarP(&wide, "wide", "w", false, "show full job and executor ids")
	return cmd
}

func renderWorkflow(w io.Writer, wf *api.Workflow, wide bool) error {
	t := newTable(w)
	row := func(k, v string) { fmt.Fprintf(t, "%s:\t%s\n", k, v) }
	row("Workflow", clean(wf.ID))
	row("Name", clean(wf.Name))
	row("Owner", clean(wf.Owner))
	row("Home", orDash(clean(wf.Home)))
	row("State", clean(wf.State))
	if !wf.CreatedAt.IsZero() {
		row("Created", wf.CreatedAt.Format(api.NanoTimeLayout))
	}
	row("Instances", fmt.Sprintf("%d (%s)", max(total(wf.Counts), len(wf.Instances)), orDash(formatCounts(wf.Counts))))
	if err := t.Flush(); err != nil {
		return err
	}
	fmt.Fprintln(w)
	return renderInstances(w, wf.Instances, wide, "")
}

// renderInstances is the INDEX NAME STATE TRIES JOB EXECUTOR table, each
// line after indent.
func renderInstances(w io.Writer, list []api.WorkflowInstance, wide bool, indent string) error {
	t := newTable(w)
	fmt.Fprintln(t, indent+"INDEX\tNAME\tSTATE\tTRIES\tJOB\tEXECUTOR")
	for _, in := range list {
		state := clean(in.State)
		if in.JobState != "" && in.JobState != in.State {
			state += " (" + clean(in.JobState) + ")"
		}
		job, exec := "-", orDash(clean(in.Executor))
		if n := len(in.Tries); n > 0 {
			job = clean(in.Tries[n-1])
		}
		if !wide {
			if len(job) > 14 {
				job = job[:14]
			}
			exec = shortID(exec)
		}
		fmt.Fprintf(t, "%s%d\t%s\t%s\t%d\t%s\t%s\n", indent, in.Index, clean(in.Name), state, len(in.Tries), job, exec)
	}
	return t.Flush()
}

// instanceStates is the order counts are shown in; others follow, sorted.
var instanceStates = []string{"waiting", "released", "completed", "failed", "skipped", "cancelled"}

// formatCounts is "1 completed, 2 released", zeros left out.
func formatCounts(counts map[string]int) string {
	var parts []string
	for _, s := range instanceStates {
		if n := counts[s]; n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n, s))
		}
	}
	var rest []string
	for s, n := range counts {
		if n > 0 && !slices.Contains(instanceStates, s) {
			rest = append(rest, fmt.Sprintf("%d %s", n, clean(s)))
		}
	}
	slices.Sort(rest)
	return strings.Join(append(parts, rest...), ", ")
}

func total(counts map[string]int) int {
	n := 0
	for _, c := range counts {
		n += c
	}
	return n
}

// resolveWorkflow finds a workflow by its id or a unique prefix of it
// (resolved here, from the daemon's list, as the job commands accept one).
// It returns the client it asked through, for the command's next calls.
func resolveWorkflow(cmd *cobra.Command, o *options, ref string) (*api.Client, *api.Workflow, error) {
	c, err := o.client()
	if err != nil {
		return nil, nil, err
	}
	digits := strings.TrimPrefix(strings.ToLower(strings.TrimSpace(ref)), "0x")
	if len(digits) == 0 || len(digits) > 64 || strings.Trim(digits, "0123456789abcdef") != "" {
		return nil, nil, fmt.Errorf("%q is not a workflow id: pass the 0x id skyops run printed, or a unique prefix of it (skyops workflow list)", ref)
	}
	ctx, cancel := o.callCtx(cmd)
	defer cancel()
	id := "0x" + digits
	if len(digits) < 64 {
		if len(digits) < 6 {
			return nil, nil, fmt.Errorf("workflow id prefix %q is too short: give at least 6 hex digits, or the whole id (skyops workflow list)", ref)
		}
		list, err := c.Workflows(ctx, "")
		if err != nil {
			return nil, nil, fmt.Errorf("find workflow %s: %w", ref, o.daemonErr(err))
		}
		var match []string
		for _, wf := range list {
			if strings.HasPrefix(strings.TrimPrefix(strings.ToLower(wf.ID), "0x"), digits) {
				match = append(match, wf.ID)
			}
		}
		switch len(match) {
		case 0:
			return nil, nil, fmt.Errorf("the daemon at %s holds no workflow whose id starts with %s (skyops workflow list --all shows those it holds)", o.socket, id)
		case 1:
			id = match[0]
		default:
			return nil, nil, fmt.Errorf("workflow id prefix %s is ambiguous: %s; give more digits", id, strings.Join(match[:min(len(match), 5)], ", "))
		}
	}
	wf, err := c.Workflow(ctx, id)
	if err != nil {
		return nil, nil, fmt.Errorf("workflow %s: %w", id, o.daemonErr(err))
	}
	return c, wf, nil
}

// findInstance is an instance of wf by name ("train[2]") or index.
func findInstance(wf *api.Workflow, ref string) (*api.WorkflowInstance, error) {
	for i := range wf.Instances {
		if wf.Instances[i].Name == ref {
			return &wf.Instances[i], nil
		}
	}
	if n, err := strconv.Atoi(ref); err == nil {
		for i := range wf.Instances {
			if wf.Instances[i].Index == n {
				return &wf.Instances[i], nil
			}
		}
	}
	var of []string
	for _, in := range wf.Instances {
		if in.Job == ref {
			of = append(of, in.Name)
		}
	}
	if len(of) > 0 {
		return nil, fmt.Errorf("job %s of workflow %s has %d instances: name one (%s), or give its index", ref, wf.ID[:min(len(wf.ID), 14)], len(of), clean(strings.Join(of[:min(len(of), 5)], ", ")))
	}
	return nil, fmt.Errorf("workflow %s has no instance %q: give a name as skyops workflow status %s lists them (train, train[2]) or its INDEX", wf.ID[:min(len(wf.ID), 14)], ref, wf.ID)
}

func newWorkflowLogsCmd(o *options) *cobra.Command {
	var (
		w      walletFlags
		follow bool
	)
	cmd := &cobra.Command{
		Use:   "logs ID INSTANCE",
		Short: "Print the logs of an instance's last try (decrypted as skyops logs does)",
		Long: `INSTANCE is an instance's name (train, train[2], train[batch=32,lr=0.1]) or its
index, as skyops workflow status lists them. The logs are those of its last
try's job, printed exactly as skyops logs JOB prints them.`,
		Example: `  skyops workflow logs 0xabc123 train[2]
  skyops workflow logs 0xabc123 0 -f`,
		Args: cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, wf, err := resolveWorkflow(cmd, o, args[0])
			if err != nil {
				return err
			}
			in, err := findInstance(wf, args[1])
			if err != nil {
				return err
			}
			if len(in.Tries) == 0 {
				return fmt.Errorf("instance %s is %s: it has not run yet, so it has no logs (skyops workflow status %s)", clean(in.Name), clean(in.State), wf.ID)
			}
			return printJobLogs(cmd, o, c, &w, in.Tries[len(in.Tries)-1], follow)
		},
	}
	w.register(cmd.Flags())
	cmd.Flags().BoolVarP(&follow, "follow", "f", false, "stream the output as the instance's job runs, until it ends")
	return cmd
}

func newWorkflowGetCmd(o *options) *cobra.Command {
	var (
		out, only string
		w         walletFlags
	)
	cmd := &cobra.Command{
		Use:   "get ID -o DIR",
		Short: "Fetch the outputs of a workflow's completed instances into DIR/<instance>/",
		Long: `get fetches each completed instance's output as skyops get does for its last
try's job (checked against the output CID its executor signed, decrypted with
the owner's wallet) and unpacks it into DIR/<instance name>/. An instance
whose directory is there already and not empty is left as it is, so a
second get fetches only what completed since. --instance NAME fetches one.`,
		Example: `  skyops workflow get 0xabc123 -o out
  skyops workflow get 0xabc123 -o out --instance evaluate`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if out == "" {
				return fmt.Errorf("say where to put the files: skyops workflow get ID -o DIR")
			}
			c, wf, err := resolveWorkflow(cmd, o, args[0])
			if err != nil {
				return err
			}
			return getWorkflowOutputs(cmd, o, c, &w, wf, only, out)
		},
	}
	// As skyops get: -o names the directory.
	cmd.Flags().StringVarP(&out, "output", "o", "", "directory to write the instances' files into, one directory each")
	cmd.Flags().StringVar(&only, "instance", "", "only this instance (its name or index)")
	w.register(cmd.Flags())
	return cmd
}

func getWorkflowOutputs(cmd *cobra.Command, o *options, c *api.Client, w *walletFlags, wf *api.Workflow, only, out string) error {
	short := wf.ID[:min(len(wf.ID), 14)]
	list := wf.Instances
	if only != "" {
		in, err := findInstance(wf, only)
		if err != nil {
			return err
		}
		if in.State != "completed" || len(in.Tries) == 0 {
			return fmt.Errorf("instance %s is %s: only a completed instance has outputs (skyops workflow status %s)", clean(in.Name), clean(in.State), wf.ID)
		}
		list = []api.WorkflowInstance{*in}
	}
	type todo struct {
		in  api.WorkflowInstance
		dir string
	}
	var work []todo
	used := map[string]bool{}
	for _, in := range list {
		if in.State != "completed" || len(in.Tries) == 0 {
			continue
		}
		name := instanceDirName(in)
		if used[name] {
			name += "-" + strconv.Itoa(in.Index)
		}
		used[name] = true
		dir := filepath.Join(out, name)
		if entries, err := os.ReadDir(dir); err == nil && len(entries) > 0 {
			fmt.Fprintf(o.stdout, "%s: %s is not empty, left as it is\n", clean(in.Name), dir)
			continue
		}
		work = append(work, todo{in, dir})
	}
	if len(work) == 0 {
		if len(used) > 0 {
			return nil // all there already
		}
		return fmt.Errorf("no instance of workflow %s has completed yet (%s): skyops workflow status %s", short, orDash(formatCounts(wf.Counts)), wf.ID)
	}
	// One unlock for every instance: they share the owner and its keys.
	key, err := w.ownerKey(cmd, o, wf.Owner, "workflow "+short+"'s output")
	if err != nil {
		return err
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return fmt.Errorf("make %s: %w", out, err)
	}
	for _, t := range work {
		ctx, cancel := o.callCtx(cmd)
		j, err := c.Job(ctx, t.in.Tries[len(t.in.Tries)-1])
		cancel()
		if err != nil {
			return fmt.Errorf("instance %s: %w", clean(t.in.Name), o.daemonErr(err))
		}
		what := "instance " + clean(t.in.Name) + "'s output"
		if !strings.EqualFold(j.Owner, wf.Owner) {
			return fmt.Errorf("%s: its job %s belongs to %s, not to the workflow's owner %s: the daemon relayed another job", what, clean(j.ID), clean(j.Owner), clean(wf.Owner))
		}
		openKey, err := resultsKeyOf(key, &j.Spec, what)
		if err != nil {
			return err
		}
		sealed, err := fetchOutput(cmd.Context(), c, j)
		if err != nil {
			return fmt.Errorf("fetch %s: %w", what, o.daemonErr(err))
		}
		fmt.Fprintf(o.stdout, "%s: ", clean(t.in.Name))
		err = openInto(o, openKey, sealed, t.dir)
		sealed.Close()
		if err != nil {
			return fmt.Errorf("%s: %w", what, err)
		}
	}
	return nil
}

// instanceDirName is an instance's name as one directory name: the
// daemon says the name, and it must not lead out of DIR.
func instanceDirName(in api.WorkflowInstance) string {
	name := strings.Map(func(r rune) rune {
		if r == '/' || r == '\\' || r == 0 {
			return '_'
		}
		return r
	}, clean(in.Name))
	if name == "" || name == "." || name == ".." {
		return "instance-" + strconv.Itoa(in.Index)
	}
	return name
}

func newWorkflowCancelCmd(o *options) *cobra.Command {
	var (
		w             walletFlags
		from, network string
	)
	cmd := &cobra.Command{
		Use:   "cancel ID",
		Short: "Cancel a workflow (only its owner's wallet can)",
		Long: `cancel signs "cancel ID on this network" with the owner's wallet, as skyops
cancel signs a job's cancel (EIP-712 typed data, Cancel{job, network}, the
workflow's id in place of a job's), and hands it to the daemon, which
gossips it: waiting instances never start and running ones are cancelled.
Instances that already ended stay as they ended.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, wf, err := resolveWorkflow(cmd, o, args[0])
			if err != nil {
				return err
			}
			if !cmd.Flags().Changed("network") {
				network = wf.Network // what the owner signed the workflow for
			}
			if network == "" {
				ctx, cancel := o.callCtx(cmd)
				id, err := c.ID(ctx)
				cancel()
				if err != nil {
					return fmt.Errorf("ask the daemon for its network (or pass --network): %w", o.daemonErr(err))
				}
				network = id.Network
			}
			signer, err := w.signer(cmd, o, from)
			if err != nil {
				return err
			}
			defer signer.Lock()
			if !common.IsHexAddress(wf.Owner) || common.HexToAddress(wf.Owner) != signer.Address() {
				return fmt.Errorf("workflow %s belongs to %s, and this wallet is %s: only the owner can cancel it", wf.ID[:min(len(wf.ID), 14)], clean(wf.Owner), signer.Address().Hex())
			}
			sig, err := types.SignCancel(network, common.HexToHash(wf.ID), signer)
			if err != nil {
				return fmt.Errorf("sign the cancel: %w", err)
			}
			ctx, cancel := o.callCtx(cmd)
			defer cancel()
			after, err := c.CancelWorkflow(ctx, wf.ID, api.CancelRequest{Signature: hexutil.Encode(sig)})
			if err != nil {
				return fmt.Errorf("cancel workflow %s: %w", wf.ID[:min(len(wf.ID), 14)], o.daemonErr(err))
			}
			if o.json() {
				return o.printJSON(after)
			}
			if after.State != "cancelled" {
				fmt.Fprintf(o.stdout, "workflow %s had already ended: %s\n", clean(after.ID), clean(after.State))
				return nil
			}
			fmt.Fprintf(o.stdout, "workflow %s cancelled (%s)\n", clean(after.ID), orDash(formatCounts(after.Counts)))
			return nil
		},
	}
	w.register(cmd.Flags())
	registerFrom(cmd.Flags(), &from, "owner wallet address, when the keystore holds several")
	cmd.Flags().StringVar(&network, "network", "", "network the cancel is signed for (default: the daemon's)")
	return cmd
}
