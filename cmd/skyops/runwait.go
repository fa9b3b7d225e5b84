package main

// run --wait: following a workflow until it ends.

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/skyops/skyops/api"
)

// followWorkflow polls the workflow until it is no longer running,
// printing the instances whose state changed (JSON lines of the workflow
// with -o json); its error says which instances did not succeed.
func followWorkflow(cmd *cobra.Command, o *options, c *api.Client, id string) error {
	poll := hooksOf(cmd).poll
	var last *api.Workflow
	for {
		ctx, cancel := o.callCtx(cmd)
		wf, err := c.Workflow(ctx, id)
		cancel()
		if err != nil {
			if cmd.Context().Err() != nil {
				return stoppedWaitingWorkflow(id)
			}
			return fmt.Errorf("follow workflow %s: %w (it keeps running: skyops workflow status %s)", id, o.daemonErr(err), id)
		}
		changed := changedInstances(last, wf)
		if last == nil || len(changed) > 0 || wf.State != last.State {
			if o.json() {
				b, err := json.Marshal(wf)
				if err != nil {
					return fmt.Errorf("write json: %w", err)
				}
				if _, err := o.stdout.Write(append(b, '\n')); err != nil {
					return err
				}
			} else if err := drawProgress(o.stdout, wf, changed, time.Now()); err != nil {
				return err
			}
		}
		last = wf
		if wf.State != "running" {
			return workflowOutcome(wf)
		}
		select {
		case <-cmd.Context().Done():
			return stoppedWaitingWorkflow(id)
		case <-time.After(poll):
		}
	}
}

// changedInstances are the instances of wf that differ from last's (all
// of them when there is no last).
func changedInstances(last, wf *api.Workflow) []api.WorkflowInstance {
	var out []api.WorkflowInstance
	for i, in := range wf.Instances {
		if last != nil && i < len(last.Instances) {
			p := last.Instances[i]
			if p.State == in.State && len(p.Tries) == len(in.Tries) && p.JobState == in.JobState && p.Executor == in.Executor {
				continue
			}
		}
		out = append(out, in)
	}
	return out
}

// maxProgressRows bounds the rows one redraw prints.
const maxProgressRows = 20

func drawProgress(w io.Writer, wf *api.Workflow, changed []api.WorkflowInstance, now time.Time) error {
	fmt.Fprintf(w, "%s  %s: %s\n", now.Format("15:04:05"), clean(wf.State), orDash(formatCounts(wf.Counts)))
	if len(changed) == 0 {
		return nil
	}
	if err := renderInstances(w, changed[:min(len(changed), maxProgressRows)], false, "  "); err != nil {
		return err
	}
	if n := len(changed) - maxProgressRows; n > 0 {
		fmt.Fprintf(w, "  … and %d more changed (skyops workflow status %s)\n", n, clean(wf.ID))
	}
	return nil
}

// workflowOutcome is nil for a workflow that succeeded, else an error
// naming the instances that failed, were skipped or were cancelled.
func workflowOutcome(wf *api.Workflow) error {
	if wf.State == "succeeded" {
		return nil
	}
	var parts []string
	for _, s := range []string{"failed", "skipped", "cancelled"} {
		var names []string
		for _, in := range wf.Instances {
			if in.State == s {
				names = append(names, clean(in.Name))
			}
		}
		if len(names) == 0 {
			continue
		}
		p := s + ": " + strings.Join(names[:min(len(names), 10)], ", ")
		if len(names) > 10 {
			p += fmt.Sprintf(" (and %d more)", len(names)-10)
		}
		parts = append(parts, p)
	}
	msg := fmt.Sprintf("workflow %s %s", clean(wf.ID), clean(wf.State))
	if len(parts) > 0 {
		msg += ": " + strings.Join(parts, "; ")
	}
	return fmt.Errorf("%s (skyops workflow status %s; skyops workflow logs %s INSTANCE)", msg, clean(wf.ID), clean(wf.ID))
}
