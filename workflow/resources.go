package workflow

import (
	"fmt"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/skyops/skyops/types"
)

func (p *parser) resources(j *Job, n *yaml.Node) {
	what := "job " + j.Name + ": resources"
	r := &j.Resources
	var gpusNode, gpuNode, memNode *yaml.Node
	size := func(v *yaml.Node, key string) uint64 {
		gb, ok := p.integer(v, what+"."+key, 1, 1<<30, "GiB; leave it out for no minimum")
		if !ok {
			return 0
		}
		return uint64(gb) << 10
	}
	p.fields(n, what, resourceKeys, func(key string, k, v *yaml.Node) {
		switch key {
		case "gpus":
			gpusNode = v
			if c, ok := p.integer(v, what+".gpus", 0, types.MaxJobGPUs, "the number of GPUs; 0 = CPU only"); ok {
				u := uint32(c)
				r.GPUs = &u
			}
		case "gpu":
			gpuNode = v
			if s, ok := p.str(v, what+".gpu", types.MaxJobStringBytes); ok {
				if s == "" {
					p.at(v, "%s.gpu is empty: name a GPU model (e.g. A100), or give gpus: N for any model", what)
					return
				}
				r.GPUModel = s
			}
		case "gpu-mem":
			memNode = v
			r.GPUMemMiB = size(v, key)
		case "cpus":
			if c, ok := p.integer(v, what+".cpus", 1, 1<<20, "CPU cores; leave it out for no minimum"); ok {
				r.CPUCores = uint32(c)
			}
		case "ram":
			r.RAMMiB = size(v, key)
		case "disk":
			r.DiskMiB = size(v, key)
		case "duration":
			s, ok := p.str(v, what+".duration", 64)
			if !ok {
				return
			}
			d, err := time.ParseDuration(s)
			switch {
			case err != nil:
				p.at(v, "%s.duration %q: want a duration such as 90m or 4h", what, clip(s))
			case d <= 0:
				p.at(v, "%s.duration %s: give a positive maximum run time, e.g. 4h or 90m", what, s)
			case d > types.MaxJobDurationSec*time.Second:
				p.at(v, "%s.duration %s: at most 168h (7 days)", what, s)
			default:
				r.DurationSec = uint64((d + time.Second - 1) / time.Second)
			}
		}
	})
	noGPU := r.GPUs != nil && *r.GPUs == 0
	switch {
	case noGPU && gpuNode != nil:
		p.at(gpusNode, "%s: gpus: 0 with gpu: %s: give gpus: 1 or more, or leave out gpu for a CPU-only job", what, r.GPUModel)
	case memNode != nil && (noGPU || r.GPUs == nil && gpuNode == nil && j.Model == ""):
		p.at(memNode, "%s: gpu-mem asks for GPU memory of a CPU-only job: give gpu: MODEL or gpus: N too", what)
	}
}

func (p *parser) placement(j *Job, n *yaml.Node) {
	what := "job " + j.Name + ": placement"
	pl := &j.Placement
	p.fields(n, what, placementKeys, func(key string, k, v *yaml.Node) {
		switch key {
		case "region":
			if s, ok := p.str(v, what+".region", 4096); ok {
				if err := types.CheckJobRegion(s); err != nil {
					p.at(v, "%s.%v", what, err)
					return
				}
				pl.Region = s
			}
		case "min-reputation":
			if c, ok := p.integer(v, what+".min-reputation", 0, types.MaxJobMinReputation, "on the 0..3000 scale, 1000 neutral, a new node at 500; 0 = no minimum"); ok {
				pl.MinReputation = uint32(c)
			}
		case "min-uptime":
			if c, ok := p.integer(v, what+".min-uptime", 0, types.MaxJobMinUptimePct, "a percentage of recent epochs; 0 = no minimum"); ok {
				pl.MinUptimePct = uint32(c)
			}
		case "max-latency":
			if s, ok := p.str(v, what+".max-latency", 64); ok {
				ms, msg := maxLatency(s)
				if msg != "" {
					p.at(v, "%s.max-latency %q: %s", what, clip(s), msg)
					return
				}
				pl.MaxLatencyMs = ms
			}
		case "data-local":
			pl.DataLocal, _ = p.boolean(v, what+".data-local")
		}
	})
}

// maxLatency reads max-latency as submit-task's --max-latency: a duration
// in whole milliseconds up to types.MaxJobMaxLatencyMs; "0" is no bound.
func maxLatency(s string) (uint32, string) {
	if s == "0" {
		return 0, ""
	}
	d, err := time.ParseDuration(s)
	limit := time.Duration(types.MaxJobMaxLatencyMs) * time.Millisecond
	switch {
	case err != nil:
		return 0, "want a duration such as 30ms or 0.2s (0 = no bound)"
	case d < 0:
		return 0, "a round trip is not negative; give e.g. 30ms (0 = no bound)"
	case d%time.Millisecond != 0:
		return 0, "the bound is signed in whole milliseconds"
	case d > limit:
		return 0, fmt.Sprintf("at most %s", limit)
	}
	return uint32(d / time.Millisecond), ""
}
