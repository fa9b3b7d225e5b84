package node

import (
	"context"
	"encoding/json"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/skyops/skyops/exec/progress"
	"github.com/skyops/skyops/exec/result"
	"github.com/skyops/skyops/exec/telemetry"
	"github.com/skyops/skyops/types"
)

// A run's progress reports and GPU telemetry, as the executor publishes
// and keeps them.

// reportProgress publishes the job's own progress reports while it runs:
// at most one a second, and only when it moved. It returns a stop func that
// publishes the last report.
func (n *Node) reportProgress(ctx context.Context, id common.Hash, attempt uint32, t *progress.Tracker, series *telemetry.Series, gpus []int) func() {
	var last uint32
	var sent bool
	send := func() {
		ppm, seen, _ := t.Latest()
		points := latestPoints(series, gpus)
		// Report when progress moved, or (GPU jobs) every second, since
		// the telemetry is live either way.
		if len(points) == 0 && (!seen || (sent && ppm == last)) {
			return
		}
		if _, ok := n.stillMine(id, attempt); !ok {
			return
		}
		if !seen && sent {
			ppm = last
		}
		if err := n.publishEvent(ctx, &types.JobEvent{Job: id, Type: types.EvProgress, Attempt: attempt, ProgressPPM: ppm, Telemetry: points}); err == nil {
			last, sent = ppm, true
		}
	}
	stop := every(ctx, time.Second, func() bool { send(); return true })
	var once sync.Once
	return func() {
		once.Do(func() {
			stop()
			send() // the last report, after the run
		})
	}
}

// latestPoints is each GPU's last sample, as an event carries it.
func latestPoints(s *telemetry.Series, gpus []int) []types.GPUPoint {
	var out []types.GPUPoint
	for _, g := range gpus {
		ss := s.Samples(g)
		if len(ss) == 0 {
			continue
		}
		x := ss[len(ss)-1]
		out = append(out, types.GPUPoint{GPU: uint32(g), UtilGPU: x.UtilGPU, UtilMem: x.UtilMem, MemUsedMiB: x.MemUsedMiB,
			PowerMW: x.PowerMW, TempC: x.TempC, SMClockMHz: x.SMClockMHz, Simulated: x.Simulated})
		if len(out) == types.MaxTelemetryPoints {
			break
		}
	}
	return out
}

// storeTelemetry keeps a run's telemetry series (JSON, by CID): the public
// record of what the job's GPUs did, for the owner and for billing.
func (n *Node) storeTelemetry(series *telemetry.Series, gpus []int) string {
	if len(gpus) == 0 {
		return ""
	}
	type gpuSeries struct {
		GPU     int                `json:"gpu"`
		Samples []telemetry.Sample `json:"samples"`
	}
	rec := struct {
		Summary telemetry.Summary `json:"summary"`
		GPUs    []gpuSeries       `json:"gpus"`
	}{Summary: series.Summary()}
	for _, g := range gpus {
		rec.GPUs = append(rec.GPUs, gpuSeries{GPU: g, Samples: series.Samples(g)})
	}
	data, err := json.Marshal(rec)
	if err != nil {
		return ""
	}
	c := result.CIDOf(data)
	if err := n.blobs.Put(c, data); err != nil {
		n.log.Warn("store telemetry", "err", err)
		return ""
	}
	return c
}
