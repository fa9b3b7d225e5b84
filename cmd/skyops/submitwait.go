package main

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/spf13/cobra"

	"github.com/skyops/skyops/api"
)

// Sending a signed job to the daemon, and --wait.

func (f *submitFlags) submit(cmd *cobra.Command, o *options, job *signedJob) error {
	c, err := o.client()
	if err != nil {
		return err
	}
	if cmd.Context().Err() != nil {
		return fmt.Errorf("interrupted: job %s was not submitted (nothing was sent to the daemon)", job.id)
	}
	targets, arKey, err := f.deliver.check(f.wait)
	if err != nil {
		return err
	}
	req := api.SubmitRequest{Spec: *job.spec, Signature: hexutil.Encode(job.sig), Artifact: job.artifact, Owner: job.owner.Hex(), Inputs: job.inputs}
	if job.dataKey != nil {
		req.DataKey = hex.EncodeToString(job.dataKey)
	}
	resp, interrupted, err := uninterrupted(cmd, o, "job "+job.id, func(ctx context.Context) (*api.SubmitResponse, error) { return c.Submit(ctx, req) })
	if err != nil {
		if interrupted {
			if errors.Is(err, context.DeadlineExceeded) {
				return fmt.Errorf("interrupted: no answer from the daemon within %s: job %s may or may not have been accepted (skyops status %s tells)", o.timeout, job.id, job.id)
			}
			return fmt.Errorf("interrupted: job %s was not submitted: %w", job.id, o.daemonErr(err))
		}
		return o.daemonErr(err)
	}
	// The daemon hashes with its own chain id. Another one gives another
	// id, and recovers a stranger as the owner: say so loudly.
	if !strings.EqualFold(resp.ID, job.id) {
		return fmt.Errorf("the daemon recorded job %s with owner %s, but this spec's id on chain %d is %s (owner %s): the daemon verifies signatures for another chain id; pass its --chain-id",
			resp.ID, resp.Owner, job.chainID, job.id, job.owner.Hex())
	}
	if !f.wait || interrupted {
		if o.json() {
			err = o.printJSON(resp)
		} else {
			err = renderSubmitted(o.stdout, resp)
		}
		if err == nil && interrupted {
			return stoppedWaiting(resp.ID)
		}
		return err
	}
	progress := o.stdout
	if o.json() {
		progress = o.stderr // stdout is for the one JSON document
	} else if err := renderSubmitted(o.stdout, resp); err != nil {
		return err
	}
	j, err := waitForJob(cmd, o, c, resp.ID, resp.State, progress)
	if err != nil {
		return err
	}
	if o.json() {
		if err := o.printJSON(j); err != nil {
			return err
		}
	} else if j.OutputCID != "" {
		fmt.Fprintf(o.stdout, "Output:     %s\n", j.OutputCID)
	}
	switch j.State {
	case "completed":
		return f.deliver.afterWait(cmd, o, c, j, targets, arKey, &f.wallet)
	case "failed":
		return fmt.Errorf("job %s failed: %s", j.ID, orDash(clean(j.Error)))
	}
	return fmt.Errorf("job %s was %s", j.ID, j.State)
}

func renderSubmitted(w io.Writer, r *api.SubmitResponse) error {
	tw := newTable(w)
	fmt.Fprintf(tw, "Job:\t%s\n", clean(r.ID))
	fmt.Fprintf(tw, "Owner:\t%s\n", clean(r.Owner))
	fmt.Fprintf(tw, "State:\t%s\n", clean(r.State))
	fmt.Fprintf(tw, "Placement:\t%s\n", orDash(clean(r.Placement)))
	return tw.Flush()
}

// waitForJob polls the job until it ends, printing each new state.
func waitForJob(cmd *cobra.Command, o *options, c *api.Client, id, last string, w io.Writer) (*api.Job, error) {
	poll := hooksOf(cmd).poll
	for {
		ctx, cancel := o.callCtx(cmd)
		j, err := c.Job(ctx, id)
		cancel()
		if err != nil {
			if cmd.Context().Err() != nil {
				return nil, stoppedWaiting(id)
			}
			return nil, fmt.Errorf("follow job %s: %w", id, o.daemonErr(err))
		}
		if j.State != last {
			line := time.Now().Format("15:04:05") + "  " + clean(j.State)
			if j.Node != "" {
				line += " on " + shortID(clean(j.Node))
			}
			if j.Error != "" {
				line += ": " + clean(j.Error)
			}
			fmt.Fprintln(w, line)
			last = j.State
		}
		switch j.State {
		case "completed", "failed", "cancelled":
			return j, nil
		}
		select {
		case <-cmd.Context().Done():
			return nil, stoppedWaiting(id)
		case <-time.After(poll):
		}
	}
}

// stoppedWaiting is what an interrupted submit says once the daemon has the
// job: its id, and how to follow it.
func stoppedWaiting(id string) error {
	return fmt.Errorf("interrupted: job %s was submitted and goes on in the network; follow it with: skyops watch %s (cancel it with: skyops cancel %s)", id, id, id)
}

// uninterrupted sends a submit that Ctrl-C must not cut off: once the
// request is on its way, an interrupt must not leave the user with work
// running somewhere and no id, so only --timeout ends it, the wait is
// said on stderr, and the outcome is printed either way. It reports
// whether the command was interrupted meanwhile.
func uninterrupted[T any](cmd *cobra.Command, o *options, what string, send func(context.Context) (T, error)) (T, bool, error) {
	ctx, cancel := context.WithTimeout(context.WithoutCancel(cmd.Context()), o.timeout)
	defer cancel()
	done := make(chan struct{})
	go func() {
		select {
		case <-cmd.Context().Done():
			fmt.Fprintf(o.stderr, "interrupted: waiting for the daemon's answer to the submit of %s (at most %s)\n", what, o.timeout)
		case <-done:
		}
	}()
	resp, err := send(ctx)
	close(done)
	return resp, cmd.Context().Err() != nil, err
}
