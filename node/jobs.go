package node

import (
	"bytes"
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/skyops/skyops/exec/docker"
	"github.com/skyops/skyops/exec/process"
	"github.com/skyops/skyops/exec/progress"
	"github.com/skyops/skyops/exec/telemetry"
	"github.com/skyops/skyops/exec/wasm"
	"github.com/skyops/skyops/sched"
	"github.com/skyops/skyops/types"
)

// runResultAborted is the exit code of a run the node ended.
const runResultAborted = -1

var errDiskLimit = errors.New("disk limit")

// diskLimitMiB is how much a job may write: what it asked for, else a
// default, and never more than half of what the data dir's disk has above
// its floor (the other half holds the sealed copy of the outputs). local
// says that the disk, not the job's allowance, set the limit: a job that
// writes past it met this node's shortage, not its own limit.
func (n *Node) diskLimitMiB(asked uint64) (limit uint64, local bool) {
	limit = asked
	if limit == 0 {
		limit = 4 << 10
	}
	if room := n.disk.jobDiskMiB() / 2; limit > room {
		limit, local = room, true
	}
	return max(limit, 1), local
}

// watchDisk calls over once when dir grows past limit bytes, checking
// twice a second, until the returned stop is called.
func watchDisk(ctx context.Context, dir string, limit uint64, over func()) (stop func()) {
	return every(ctx, 500*time.Millisecond, func() bool {
		var size uint64
		_ = filepath.WalkDir(dir, func(_ string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				if info, err := d.Info(); err == nil {
					size += uint64(info.Size())
				}
			}
			return nil
		})
		if size > limit {
			over()
			return false
		}
		return true
	})
}

// runResult is what any runtime reports of a run.
type runResult struct {
	ExitCode   int
	Duration   time.Duration
	Reason     string
	CPU        time.Duration // 0 where the runtime cannot measure it
	PeakRAMMiB uint64
}

// execution is one attempt this node runs (or is about to), with the
// capacity it holds. Guarded by Node.mu.
type execution struct {
	job     common.Hash
	attempt uint32
	cancel  context.CancelFunc
	gpus    []int    // the devices the brain reserved for it (its other capacity is the brain's to count)
	live    *liveLog // the run's output as it happens, for logs -f
}

// eventHash identifies an event by its signed bytes.
func eventHash(raw []byte) common.Hash { return crypto.Keccak256Hash(raw) }

// loadJobs folds every stored event back in after a restart. The store
// gives them in key order (by hash); they are folded submits first, then
// claims, then the rest by time, so that the job's caps keep what they kept
// before.
func (n *Node) loadJobs(ctx context.Context) error {
	type loaded struct {
		e     *types.JobEvent
		raw   []byte
		proof *sched.EventProof
	}
	var all []loaded
	err := n.store.JobEvents(ctx, func(raw []byte) error {
		e, err := types.OpenJobEvent(n.cfg.Network, raw)
		if err != nil {
			n.log.Warn("skipping stored job event that no longer verifies", "err", err)
			return nil
		}
		proof, err := n.proveEvent(e)
		if err != nil {
			n.log.Warn("skipping stored job event whose evidence no longer verifies", "job", e.Job, "type", e.Type, "err", err)
			return nil
		}
		all = append(all, loaded{e, raw, proof})
		return nil
	})
	if err != nil {
		return err
	}
	rank := func(t types.EventType) int {
		switch t {
		case types.EvSubmit, types.EvWorkflow:
			return 0
		case types.EvClaim:
			return 1
		}
		return 2
	}
	slices.SortStableFunc(all, func(a, b loaded) int {
		if c := cmp.Compare(rank(a.e.Type), rank(b.e.Type)); c != 0 {
			return c
		}
		return cmp.Compare(a.e.TimeMs, b.e.TimeMs)
	})
	for _, l := range all {
		// Stored already: folded, not stored again.
		r := n.drive.Step(sched.Msg{Type: sched.MsgEvent, Event: l.e, Hash: eventHash(l.raw), Proof: l.proof})
		if r.New {
			shell{n}.Folded(l.e)
		}
	}
	if len(all) > 0 {
		n.log.Info("restored jobs", "events", len(all))
	}
	return nil
}

// publishEvent seals, stores, folds and gossips one of this node's own
// events (those of its runs and its API; the brain's own come out of its
// Ready).
func (n *Node) publishEvent(ctx context.Context, e *types.JobEvent) error {
	proof, err := n.proveEvent(e)
	if err != nil {
		return err
	}
	return n.drive.Publish(ctx, e, proof, uint64(time.Now().UnixMilli()))
}

// receive folds a verified event that came from another peer (by gossip,
// live, or catch-up sync); a new checkpoint is fetched to keep, as the
// home daemon of its job must.
func (n *Node) receive(ctx context.Context, e *types.JobEvent, raw []byte, live bool) (fresh bool, err error) {
	h := eventHash(raw)
	n.verified.Lock()
	proof := n.verified.m[h]
	delete(n.verified.m, h)
	n.verified.Unlock()
	if proof == nil {
		if proof, err = n.proveEvent(e); err != nil {
			return false, err
		}
	}
	fresh, err = n.drive.Receive(e, raw, h, proof, uint64(time.Now().UnixMilli()), live)
	n.metrics.received(n, e, fresh, live)
	if fresh && e.Type == types.EvCheckpoint {
		n.keepCheckpoint(ctx, e)
	}
	if fresh && e.Type == types.EvComplete && e.ForwardCID != "" {
		n.keepForward(ctx, e)
	}
	return fresh, err
}

// jobLoop receives gossiped job events.
func (n *Node) jobLoop(ctx context.Context) {
	for {
		r, err := n.host.NextJobEvent(ctx)
		if err != nil {
			return
		}
		fresh, err := n.receive(ctx, r.Event, r.Raw, true)
		if err != nil {
			n.log.Warn("job event", "job", r.Event.Job, "type", r.Event.Type, "err", err)
			continue
		}
		if fresh {
			// React soon (a better claim, a cancel), but coalesce: under a
			// burst, one step covers many events.
			n.stepSoon()
		}
	}
}

// placeLoop steps the scheduling brain when an event asks (stepSoon), when
// the brain said it would next have something to decide (the end of a
// settle window, a rank's turn: its Ready's WakeMs), and on a short tick
// for what arrives without an event (adverts that free capacity). A brain
// with no job to decide about (Ready.Idle) is ticked once a second only.
func (n *Node) placeLoop(ctx context.Context) {
	period := n.cfg.PlaceInterval
	t := time.NewTicker(period)
	defer t.Stop()
	wake := time.NewTimer(time.Hour)
	defer wake.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		case <-n.poke:
		case <-wake.C:
		}
		rd := n.step(ctx)
		if rd.WakeMs != 0 {
			wake.Reset(time.Until(time.UnixMilli(int64(rd.WakeMs))))
		}
		want := n.cfg.PlaceInterval
		if rd.Idle {
			want = max(want, idlePlaceInterval)
		}
		if want != period {
			period = want
			t.Reset(period)
		}
	}
}

// idlePlaceInterval is the place loop's tick while the brain has no job
// to decide about: every input that could give it one pokes the loop.
const idlePlaceInterval = time.Second

// step asks the brain what to do now and does it (package drive). The
// decisions are all the brain's; this only carries them out.
func (n *Node) step(ctx context.Context) sched.Ready {
	rd := n.drive.Advance(ctx, uint64(time.Now().UnixMilli()))
	for _, d := range rd.Declined {
		n.log.Debug("not claiming", "job", short(d.Job), "attempt", d.Attempt, "why", d.Why)
	}
	return rd
}

// finish ends a run here: the brain frees what it held.
func (n *Node) finish(id common.Hash, attempt uint32) {
	n.mu.Lock()
	if ex := n.runs[id]; ex != nil && ex.attempt == attempt {
		delete(n.runs, id)
	}
	n.mu.Unlock()
	n.drive.RunEnded(id, attempt)
	n.Kick()
}

// stillMine reports whether this node's claim on the attempt stands, and
// the job.
func (n *Node) stillMine(id common.Hash, attempt uint32) (*sched.Job, bool) {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.brain.Job(id), n.brain.Standing(id, attempt)
}

// mayReport is stillMine before a result is published. A result ends the
// job at every peer, so a daemon that was away (paused while its run went
// on) first catches up: peers may have declared the attempt lost and
// another may be running it, and a result it then has no right to would
// still end the job.
func (n *Node) mayReport(ctx context.Context, id common.Hash, attempt uint32) bool {
	if n.wasAway() {
		sctx, cancel := context.WithTimeout(ctx, 5*time.Second)
		n.syncRound(sctx, nil)
		cancel()
	}
	_, ok := n.stillMine(id, attempt)
	return ok
}

// execute runs one attempt: fetch the module, start, run, package,
// report. Every report is made only while the claim still stands.
func (n *Node) execute(ctx context.Context, id common.Hash, ex *execution) {
	defer n.finish(id, ex.attempt)
	log := n.log.With("job", short(id))
	j, ok := n.stillMine(id, ex.attempt)
	if !ok {
		log.Info("a better claim won; stepping back")
		return
	}
	n.mu.Lock()
	spec, home := j.Spec, j.Home
	n.mu.Unlock()
	// Results (live log, log, outputs) are sealed to the spec's results
	// key when it names one (a browser wallet opens those), else to the
	// owner's wallet key.
	sealTo, err := n.ownerKeyOf(j)
	if err != nil {
		n.reportFail(ctx, id, ex.attempt, types.ExitNone, "owner key: "+err.Error(), "", "")
		return
	}
	var module []byte
	switch spec.Runtime {
	case types.RuntimeWasm:
		if module, err = n.fetchBlob(ctx, spec.Artifact, home, int(spec.ArtifactSize)); err != nil {
			n.reportFail(ctx, id, ex.attempt, types.ExitNone, "fetch module: "+err.Error(), "", "")
			return
		}
	case types.RuntimeDocker:
		if n.docker == nil {
			n.giveBack(ctx, id, ex.attempt, "this node has no Docker engine")
			return
		}
	case types.RuntimeProcess:
		if !n.cfg.AllowProcess {
			n.giveBack(ctx, id, ex.attempt, "this node does not run process jobs (skyopsd --allow-process)")
			return
		}
	}
	// The live log exists before the start is announced: a follower that
	// sees the start and asks at once gets the log, not an empty end.
	live := newLiveLog(sealTo)
	n.mu.Lock()
	ex.live = live
	n.mu.Unlock()
	defer live.end()
	if err := n.publishEvent(ctx, &types.JobEvent{Job: id, Type: types.EvStart, Attempt: ex.attempt}); err != nil {
		log.Warn("publish start", "err", err)
	}
	dir := filepath.Join(n.cfg.DataDir, "runs", id.Hex()[2:18], fmt.Sprint(ex.attempt))
	inputs, outputs := filepath.Join(dir, "inputs"), filepath.Join(dir, "outputs")
	defer os.RemoveAll(dir)
	if err := os.MkdirAll(outputs, 0o700); err != nil {
		n.giveBack(ctx, id, ex.attempt, "prepare job dir: "+err.Error())
		return
	}
	// The job's data key opens its inputs and seals its checkpoints; its
	// home daemon hands it over now that this claim stands.
	dataKey, kept, keyErr := n.RequestJobKey(ctx, home, id)
	if keyErr != nil && len(spec.InputCIDs) > 0 {
		n.reportFail(ctx, id, ex.attempt, types.ExitNone, "the job's inputs need its data key, and its home daemon did not give it: "+keyErr.Error(), "", "")
		return
	}
	var secrets []string
	var inBytes uint64
	if j.Instance != nil {
		inBytes, err = n.stageWorkflowInputs(ctx, j, home, inputs, dataKey)
	} else {
		secrets, inBytes, err = n.stageInputs(ctx, spec.InputCIDs, home, inputs, dataKey)
	}
	if errors.Is(err, errNoDataset) {
		n.giveBack(ctx, id, ex.attempt, sched.DatasetGiveBackPrefix+err.Error())
		return
	} else if err != nil && localFault(err) {
		n.giveBack(ctx, id, ex.attempt, "stage inputs: "+err.Error())
		return
	} else if err != nil {
		n.reportFail(ctx, id, ex.attempt, types.ExitNone, "stage inputs: "+err.Error(), "", "")
		return
	}
	// Without the key the job still runs, without checkpoints.
	checkpoint := filepath.Join(dir, "checkpoint")
	var ckpt *checkpointer
	if keyErr != nil {
		log.Warn("no data key: running without checkpoints", "err", keyErr)
	} else {
		ckpt = n.prepareCheckpoints(ctx, j, home, checkpoint, dataKey, kept, log)
	}
	logs := &cappedBuffer{max: maxLogBytes}
	tracker := &progress.Tracker{}
	series := telemetry.NewSeries(0)
	if len(ex.gpus) > 0 && n.gpus.NVML() != nil {
		for _, g := range ex.gpus {
			if n.gpuSim != nil {
				_ = n.gpuSim.SetBusy(g, true)
			}
		}
		sampler := telemetry.NewSampler(n.gpus.NVML(), ex.gpus, n.gpus.Simulated, time.Second, series.Add)
		sampler.Start(ctx)
		defer func() {
			sampler.Stop()
			for _, g := range ex.gpus {
				if n.gpuSim != nil {
					_ = n.gpuSim.SetBusy(g, false)
				}
			}
		}()
	}
	stopProgress := n.reportProgress(ctx, id, ex.attempt, tracker, series, ex.gpus)
	defer stopProgress()
	env := append(slices.Clone(spec.Env), fmt.Sprintf("SKYOPS_JOB=%s", id.Hex()), fmt.Sprintf("SKYOPS_ATTEMPT=%d", ex.attempt))
	// The registry credentials among the secrets are for the pull alone:
	// the container does not get them.
	secrets, registryAuth := splitRegistryAuth(secrets)
	env = append(env, secrets...)
	if len(ex.gpus) > 0 {
		idx := make([]string, len(ex.gpus))
		for i, g := range ex.gpus {
			idx[i] = fmt.Sprint(g)
		}
		env = append(env, "CUDA_VISIBLE_DEVICES="+strings.Join(idx, ","), "NVIDIA_VISIBLE_DEVICES="+strings.Join(idx, ","))
	}
	log.Info("running", "attempt", ex.attempt, "gpus", ex.gpus)
	if ckpt != nil {
		env = append(env, "SKYOPS_CHECKPOINT="+checkpointEnv(spec.Runtime, checkpoint))
		stopCkpt := ckpt.loop(ctx, n.cfg.CheckpointInterval)
		defer stopCkpt()
	}
	stdout, stderr := io.MultiWriter(logs, live, tracker), io.MultiWriter(logs, live)
	// What the job writes is bounded: a job that fills the disk is stopped
	// with a reason, and the node stays healthy.
	runCtx, stopRun := context.WithCancelCause(ctx)
	defer stopRun(nil)
	diskLimit, diskLocal := n.diskLimitMiB(spec.DiskMiB)
	stopWatch := watchDisk(runCtx, outputs, diskLimit<<20, func() { stopRun(errDiskLimit) })
	defer stopWatch()
	duration := time.Duration(spec.DurationSec) * time.Second
	var res runResult
	var runErr error
	switch spec.Runtime {
	case types.RuntimeProcess:
		var r process.Result
		r, runErr = process.Run(runCtx, process.Job{
			Command: spec.Artifact, Args: spec.Args, Env: env,
			InputsDir: inputs, OutputsDir: outputs,
			Stdout: stdout, Stderr: stderr, Duration: duration,
		})
		res = runResult{ExitCode: r.ExitCode, Duration: r.Duration, Reason: r.Reason, CPU: r.CPU, PeakRAMMiB: r.PeakRSSKiB >> 10}
	case types.RuntimeDocker:
		var r docker.Result
		r, runErr = n.docker.Run(runCtx, docker.Job{
			Image: spec.Artifact, RegistryAuth: registryAuth, Args: spec.Args, Env: env,
			InputsDir: inputs, OutputsDir: outputs, CheckpointDir: ckptDir(ckpt, checkpoint),
			Stdout: stdout, Stderr: stderr,
			CPUs: spec.CPUCores, MemoryMiB: spec.RAMMiB, Duration: duration,
			// A network only when the signed spec asks (docker jobs only).
			Network: spec.NetworkAccess,
			GPUs:    ex.gpus, RealGPUs: !n.gpus.Simulated,
			Labels: map[string]string{"skyops.job": id.Hex()},
		})
		res = runResult{ExitCode: r.ExitCode, Duration: r.Duration, Reason: r.Reason, CPU: r.CPU, PeakRAMMiB: r.PeakMemMiB}
		// A pulled image joins the advert now, not at the next refresh.
		if n.refreshImages(ctx) {
			n.Kick()
		}
	default:
		var r wasm.Result
		r, runErr = n.wasm.Run(runCtx, wasm.Job{
			Module: module, Args: spec.Args, Env: env,
			InputsDir: inputs, OutputsDir: outputs, CheckpointDir: ckptDir(ckpt, checkpoint),
			Stdout: stdout, Stderr: stderr,
			MemoryMiB: spec.RAMMiB, Duration: duration,
		})
		res = runResult{ExitCode: r.ExitCode, Duration: r.Duration, Reason: r.Reason, CPU: r.CPU} // the guest thread's own CPU clock
	}
	stopWatch()
	if _, ok := n.stillMine(id, ex.attempt); !ok || ctx.Err() != nil {
		log.Info("stopped: the claim no longer stands (cancelled, or a better claim won)")
		// Work its owner cancelled is metered, signed and receipted
		// (receipts.go); a run stopped for any other reason is not. The
		// progress reports end first: the stop report must be the
		// attempt's last (a job keeps its latest progress event).
		stopProgress()
		ppm, _, _ := tracker.Latest()
		n.reportCancelled(id, ex.attempt, res.ExitCode, ppm, types.Metering{
			WallMs: uint64(res.Duration.Milliseconds()), CPUMs: uint64(res.CPU.Milliseconds()), PeakRAMMiB: res.PeakRAMMiB,
			GPUs: uint32(len(ex.gpus)), EnergyJ: series.Summary().EnergyJ, BytesIn: uint64(len(module)) + inBytes,
		}, func() string { return n.storeTelemetry(series, ex.gpus) })
		return
	}
	if ckpt != nil {
		ckpt.snapshot(ctx) // the state at exit, for a later attempt
	}
	if errors.Is(context.Cause(runCtx), errDiskLimit) && diskLocal {
		os.RemoveAll(outputs)
		n.giveBack(ctx, id, ex.attempt, fmt.Sprintf("this node's disk: the job wrote more than the %d MiB its data dir can hold now", diskLimit))
		return
	}
	if errors.Is(context.Cause(runCtx), errDiskLimit) {
		os.RemoveAll(outputs)
		logCID, _ := n.sealAndStore(sealTo, logs.Bytes())
		n.reportFail(ctx, id, ex.attempt, runResultAborted, fmt.Sprintf("disk limit: the job wrote more than %d MiB to /outputs (ask for more with --disk)", diskLimit), logCID, "")
		return
	}
	// Logs and outputs leave the sandbox sealed to the owner's key (or
	// results key): peers relay and store them, only the owner reads
	// them. On a disk that filled while the job ran, they wait for space.
	if !n.waitForRoom(ctx, id, ex.attempt) {
		return
	}
	logCID, err := n.sealAndStore(sealTo, logs.Bytes())
	if err != nil {
		log.Warn("store logs", "err", err)
	}
	outCID, outSize, packErr := n.sealOutputs(ctx, sealTo, outputs)
	// The next jobs of a workflow that read these outputs open them with
	// the workflow's data key, without the owner's wallet.
	var forwardCID string
	n.mu.Lock()
	forward := n.brain.Forwarded(id)
	n.mu.Unlock()
	if forward && packErr == nil && keyErr == nil {
		var fwdSize uint64
		forwardCID, fwdSize, _, packErr = n.importSealedAs(ctx, outputs, func(w io.Writer) (io.WriteCloser, error) { return types.SealStreamWithKey(dataKey, w) }, true)
		if packErr == nil && n.refreshDatasets() {
			n.Kick() // the next job's claim rule sees it held here
		}
		outSize += fwdSize
	} else if forward && keyErr != nil && packErr == nil {
		packErr = fmt.Errorf("the next jobs read these outputs, and forwarding them needs the job's data key: %w", keyErr)
	}
	stopProgress()
	telCID := n.storeTelemetry(series, ex.gpus)
	go n.provide(logCID, telCID)
	if outCID != "" {
		go n.provideOutput(outCID)
	}
	if forwardCID != "" {
		go n.provideOutput(forwardCID)
	}
	// What was measured of the run goes into its result, for receipts and
	// billing.
	meter := types.Metering{
		WallMs:     uint64(res.Duration.Milliseconds()),
		CPUMs:      uint64(res.CPU.Milliseconds()),
		PeakRAMMiB: res.PeakRAMMiB,
		GPUs:       uint32(len(ex.gpus)),
		EnergyJ:    series.Summary().EnergyJ,
		BytesIn:    uint64(len(module)) + inBytes,
		BytesOut:   n.blobSize(logCID) + outSize,
	}
	fail := func(code int, reason, out string) {
		n.reportFailMetered(ctx, id, ex.attempt, code, reason, logCID, out, meter)
	}
	switch {
	case errors.Is(runErr, docker.ErrPull):
		// Counted by every peer: enough distinct nodes that cannot pull
		// the image fail the job (sched.MaxPullGiveBacks).
		n.giveBack(ctx, id, ex.attempt, sched.PullGiveBackPrefix+runErr.Error())
	case localFault(runErr):
		n.giveBack(ctx, id, ex.attempt, "run: "+runErr.Error())
	case localFault(packErr):
		n.giveBack(ctx, id, ex.attempt, "package outputs: "+packErr.Error())
	case runErr != nil && res == (runResult{}):
		fail(types.ExitNone, "run: "+runErr.Error(), "") // it never started: no exit code
	case runErr != nil:
		fail(res.ExitCode, "run: "+runErr.Error(), "")
	case res.Reason != "":
		fail(res.ExitCode, res.Reason, "")
	case res.ExitCode != 0:
		fail(res.ExitCode, fmt.Sprintf("exited with status %d", res.ExitCode), outCID)
	case packErr != nil:
		fail(res.ExitCode, "package outputs: "+packErr.Error(), "")
	default:
		if !n.mayReport(ctx, id, ex.attempt) {
			log.Info("run ended after its claim fell (this daemon was away): not reporting it")
			return
		}
		ev := &types.JobEvent{Job: id, Type: types.EvComplete, Attempt: ex.attempt, OutputCID: outCID, LogCID: logCID, TelemetryCID: telCID, Meter: meter, ForwardCID: forwardCID}
		if err := n.publishResult(ctx, ev); err != nil {
			log.Warn("publish complete", "err", err)
			return
		}
		log.Info("completed", "output", outCID, "took", res.Duration.Round(time.Millisecond))
	}
}

func (n *Node) reportFail(ctx context.Context, id common.Hash, attempt uint32, code int, reason, logCID, outCID string) {
	n.reportFailMetered(ctx, id, attempt, code, reason, logCID, outCID, types.Metering{})
}

func (n *Node) reportFailMetered(ctx context.Context, id common.Hash, attempt uint32, code int, reason, logCID, outCID string, meter types.Metering) {
	if !n.mayReport(ctx, id, attempt) {
		return
	}
	ev := &types.JobEvent{Job: id, Type: types.EvFail, Attempt: attempt, Reason: reason, LogCID: logCID, OutputCID: outCID, Meter: meter}
	ev.SetExit(code)
	if err := n.publishResult(ctx, ev); err != nil {
		n.log.Warn("publish fail", "job", short(id), "err", err)
		return
	}
	n.log.Info("job failed", "job", short(id), "reason", reason, "exit", code)
}

// cappedBuffer keeps the first max bytes of a job's output and counts the
// rest, so a job that floods stdout cannot exhaust the daemon's memory.
type cappedBuffer struct {
	mu      sync.Mutex
	buf     bytes.Buffer
	max     int
	dropped int64
}

func (c *cappedBuffer) Write(p []byte) (int, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	room := c.max - c.buf.Len()
	if room >= len(p) {
		c.buf.Write(p)
	} else {
		if room > 0 {
			c.buf.Write(p[:room])
		}
		c.dropped += int64(len(p) - max(room, 0))
	}
	return len(p), nil
}

func (c *cappedBuffer) Bytes() []byte {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := slices.Clone(c.buf.Bytes())
	if c.dropped > 0 {
		out = append(out, fmt.Sprintf("\n[skyops: %d more bytes of output were dropped; logs are capped at %d bytes]\n", c.dropped, c.max)...)
	}
	return out
}

func short(id common.Hash) string { return id.Hex()[:10] }
