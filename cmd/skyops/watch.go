package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/spf13/cobra"

	"github.com/skyops/skyops/api"
	"github.com/skyops/skyops/exec/progress"
	"github.com/skyops/skyops/types"
	"github.com/skyops/skyops/wallet"
)

func newWatchCmd(o *options) *cobra.Command {
	var w walletFlags
	cmd := &cobra.Command{
		Use:   "watch JOB",
		Short: "Follow a job live: state, executor, progress bar, time remaining, and its output",
		Long: `On a terminal, watch keeps one status block (state, executor, progress, the
GPUs' telemetry) redrawn in place under the job's output. Elsewhere (a pipe,
a file) it prints a status line only when the state, executor or progress
changes. With -o json it streams JSON lines: one {"type":"status",...} object
per change and one {"type":"log","line":...} per output line.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := o.client()
			if err != nil {
				return err
			}
			ctx := cmd.Context()
			j, err := c.Job(ctx, args[0])
			if err != nil {
				return o.daemonErr(err)
			}
			key, err := w.resultsKey(cmd, o, j, "job "+j.ID[:14]+"'s log")
			if err != nil {
				return err
			}
			v := newWatchView(o)
			logsDone := make(chan struct{})
			go func() {
				defer close(logsDone)
				_ = c.FollowLogs(ctx, j.ID, func(sealed []byte) error {
					plain, err := types.OpenSealed(key, sealed)
					if err != nil {
						return err
					}
					for _, line := range strings.Split(strings.TrimSuffix(string(plain), "\n"), "\n") {
						// The progress bar shows the progress lines already.
						if !strings.HasPrefix(line, progress.Prefix) {
							v.log(line)
						}
					}
					return nil
				})
			}()
			poll := hooksOf(cmd).poll
			for {
				j, err := c.Job(ctx, j.ID)
				if err != nil {
					if ctx.Err() != nil {
						return nil // Ctrl-C: the user stopped watching, the job goes on
					}
					return o.daemonErr(err)
				}
				if err := v.status(j, time.Now()); err != nil {
					return err
				}
				switch j.State {
				case "completed", "failed", "cancelled":
					// The log stream ends with the job: print its last lines
					// before returning (a stuck stream waits --timeout at most).
					select {
					case <-logsDone:
					case <-time.After(o.timeout):
					case <-ctx.Done():
					}
					if j.State == "completed" {
						return nil
					}
					return fmt.Errorf("job %s %s: %s", j.ID[:14], j.State, orDash(clean(j.Error)))
				}
				select {
				case <-ctx.Done():
					return nil
				case <-time.After(poll):
				}
			}
		},
	}
	w.register(cmd.Flags())
	return cmd
}

// watchMode is how watch shows a job.
type watchMode int

const (
	watchLines watchMode = iota // not a terminal: a line per change
	watchTTY                    // a terminal: one block redrawn in place
	watchJSON                   // -o json: one object per change
)

// watchView prints a job's status and output lines, from two goroutines.
type watchView struct {
	mu    sync.Mutex
	w     io.Writer
	mode  watchMode
	enc   *json.Encoder
	block []string // the status block last drawn (watchTTY)
	last  string   // the last status printed, without its clock
	err   error
}

func newWatchView(o *options) *watchView {
	v := &watchView{w: o.stdout, mode: watchLines}
	switch f, ok := o.stdout.(*os.File); {
	case o.json():
		v.mode, v.enc = watchJSON, json.NewEncoder(o.stdout)
	case ok && wallet.IsTerminal(f):
		v.mode = watchTTY
	}
	return v
}

// watchStatus is one -o json status object.
type watchStatus struct {
	Type             string           `json:"type"` // "status"
	Time             time.Time        `json:"time"`
	Job              string           `json:"job"`
	State            string           `json:"state"`
	Node             string           `json:"node,omitempty"`
	Attempts         int              `json:"attempts"`
	Progress         *float64         `json:"progress"`
	TimeRemainingSec *int64           `json:"timeRemainingSec"`
	GPUs             []types.GPUPoint `json:"gpus,omitempty"`
	ExitCode         *int             `json:"exitCode,omitempty"`
	Error            string           `json:"error,omitempty"`
}

// watchLog is one -o json output line.
type watchLog struct {
	Type string    `json:"type"` // "log"
	Time time.Time `json:"time"`
	Line string    `json:"line"`
}

// statusLine is the one-line status: state, node, progress, time left.
func statusLine(j *api.Job) string {
	line := fmt.Sprintf("%-9s on %s", j.State, orDash(shortID(clean(j.Node))))
	if j.Progress != nil {
		line += fmt.Sprintf("  %s %5.1f%%", progressBar(*j.Progress, 20), *j.Progress*100)
		if j.TimeRemainingSec != nil {
			line += fmt.Sprintf("  ~%s left", time.Duration(*j.TimeRemainingSec)*time.Second)
		}
	}
	if j.Error != "" {
		line += ": " + clean(j.Error)
	}
	return line
}

func (v *watchView) status(j *api.Job, now time.Time) error {
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.err != nil {
		return v.err
	}
	switch v.mode {
	case watchJSON:
		s := watchStatus{Type: "status", Job: j.ID, State: j.State, Node: j.Node, Attempts: j.Attempts,
			Progress: j.Progress, TimeRemainingSec: j.TimeRemainingSec, ExitCode: j.ExitCode, Error: j.Error}
		if j.State == "running" {
			s.GPUs = j.GPUs
		}
		key, _ := json.Marshal(s)
		if string(key) == v.last {
			return nil
		}
		v.last = string(key)
		s.Time = now
		v.err = v.enc.Encode(s)
	case watchLines:
		line := statusLine(j)
		if line == v.last {
			return nil
		}
		v.last = line
		_, v.err = fmt.Fprintf(v.w, "%s  %s\n", now.Format("15:04:05"), line)
	case watchTTY:
		block := []string{now.Format("15:04:05") + "  " + statusLine(j)}
		if j.State == "running" {
			for _, g := range j.GPUs {
				block = append(block, fmt.Sprintf("          GPU %d  %s", g.GPU, gpuPoint(g)))
			}
		}
		if slices.Equal(block, v.block) {
			return nil
		}
		v.redraw(block, nil)
	}
	return v.err
}

func (v *watchView) log(line string) {
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.err != nil {
		return
	}
	switch v.mode {
	case watchJSON:
		v.err = v.enc.Encode(watchLog{Type: "log", Time: time.Now(), Line: line})
	case watchLines:
		_, v.err = fmt.Fprintf(v.w, "  | %s\n", clean(line))
	case watchTTY:
		v.redraw(v.block, []string{"  | " + clean(line)})
	}
}

// redraw replaces the status block on the terminal (plain ANSI: cursor up,
// clear to the end of the screen): the cursor goes back
// up to its first line, everything below is cleared, the output lines are
// written where the block was (they scroll up with the terminal), and the
// block is drawn again under them.
func (v *watchView) redraw(block, above []string) {
	var b strings.Builder
	if n := len(v.block); n > 0 {
		fmt.Fprintf(&b, "\r\x1b[%dA\x1b[J", n)
	}
	for _, l := range above {
		b.WriteString(l + "\n")
	}
	// With auto-wrap off a line longer than the terminal is cut at its
	// edge, so the block is exactly len(block) rows to go back up over.
	b.WriteString("\x1b[?7l")
	for _, l := range block {
		b.WriteString(l + "\n")
	}
	b.WriteString("\x1b[?7h")
	v.block = block
	_, v.err = io.WriteString(v.w, b.String())
}
