package gpu

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/NVIDIA/go-nvml/pkg/nvml"
	"github.com/NVIDIA/go-nvml/pkg/nvml/mock/dgxa100"
	"github.com/NVIDIA/go-nvml/pkg/nvml/mock/dgxb200"
	"github.com/NVIDIA/go-nvml/pkg/nvml/mock/dgxh100"
	"github.com/NVIDIA/go-nvml/pkg/nvml/mock/dgxh200"
	"github.com/NVIDIA/go-nvml/pkg/nvml/mock/gpus"
	"github.com/NVIDIA/go-nvml/pkg/nvml/mock/server"
)

const (
	// maxSimGPUs bounds a simulated fleet: enough for any real node, small
	// enough that a typo cannot build a huge one.
	maxSimGPUs = 64
	// maxSpecLen keeps a hostile or mistyped flag from making a huge error.
	maxSpecLen = 1024
	// simDriver is the driver version a MODEL:COUNT fleet reports: the
	// dgxb200 mock's, new enough for every model we offer.
	simDriver = "560.28.03"
)

// Fleets lists the named simulated fleets, for help text. MODEL:COUNT
// specs (see SimModels) are accepted as well.
func Fleets() []string {
	return []string{"dgxa100", "dgxh100", "dgxh200", "dgxb200", "none"}
}

// namedFleet builds a named fleet: go-nvml's DGX mocks, 8 GPUs each.
func namedFleet(name string) (*server.Server, bool) {
	switch name {
	case "dgxa100":
		return dgxa100.New(), true
	case "dgxh100":
		return dgxh100.New(), true
	case "dgxh200":
		return dgxh200.New(), true
	case "dgxb200":
		return dgxb200.New(), true
	case "none":
		return newServer(nil), true
	}
	return nil, false
}

type simModel struct {
	name string
	cfg  gpus.Config
}

// simModels maps MODEL names to go-nvml's mock GPU configs. A bare family
// name means the part its DGX mock uses. A function, not a table, so the
// package keeps no mutable state.
func simModels() []simModel {
	return []simModel{
		{"A100", gpus.A100_SXM4_40GB},
		{"A100-40GB", gpus.A100_SXM4_40GB},
		{"A100-80GB", gpus.A100_SXM4_80GB},
		{"A100-SXM4-40GB", gpus.A100_SXM4_40GB},
		{"A100-SXM4-80GB", gpus.A100_SXM4_80GB},
		{"A100-PCIE-40GB", gpus.A100_PCIE_40GB},
		{"A100-PCIE-80GB", gpus.A100_PCIE_80GB},
		{"A30", gpus.A30_PCIE_24GB},
		{"H100", gpus.H100_SXM5_80GB},
		{"H200", gpus.H200_SXM5_141GB},
		{"B200", gpus.B200_SXM5_180GB},
	}
}

// SimModels lists the MODEL names a MODEL:COUNT fleet spec accepts.
func SimModels() []string {
	var names []string
	for _, m := range simModels() {
		names = append(names, m.name)
	}
	return names
}

func lookupModel(name string) (gpus.Config, bool) {
	for _, m := range simModels() {
		if strings.EqualFold(m.name, name) {
			return m.cfg, true
		}
	}
	return gpus.Config{}, false
}

func newServer(cfgs []gpus.Config) *server.Server {
	s, err := server.New(server.WithGPUs(cfgs...), server.WithDriverVersion(simDriver))
	if err != nil || s == nil {
		// server.New fails only on a failing option, and ours cannot.
		// Fall back to an empty fleet rather than panic.
		s, _ = server.New()
	}
	return s
}

// accepted is the tail of every ParseFleet error.
func accepted() string {
	return fmt.Sprintf("use one of %s, or MODEL:COUNT[,MODEL:COUNT...] with MODEL one of %s and COUNT 1..%d in all",
		strings.Join(Fleets(), ", "), strings.Join(SimModels(), ", "), maxSimGPUs)
}

func specErr(format string, args ...any) error {
	return fmt.Errorf("%s: %s", fmt.Sprintf(format, args...), accepted())
}

// short quotes a piece of a spec for an error, cut so the error stays one
// short line whatever was typed (%q escapes newlines).
func short(s string) string {
	if len(s) > 40 {
		s = s[:40] + "..."
	}
	return strconv.Quote(s)
}

// ParseFleet builds the simulated fleet a --sim-gpus spec names: a named
// fleet (Fleets), "none", or MODEL:COUNT items separated by commas, e.g.
// "A100-80GB:2,H200:1". Case-insensitive. The result is a go-nvml mock
// server; read it with Read(lib, true).
func ParseFleet(spec string) (nvml.Interface, error) {
	if len(spec) > maxSpecLen {
		return nil, specErr("simulated fleet spec is %d bytes, limit %d", len(spec), maxSpecLen)
	}
	s := strings.TrimSpace(spec)
	if s == "" {
		return nil, specErr("empty simulated fleet spec")
	}
	if srv, ok := namedFleet(strings.ToLower(s)); ok {
		return srv, nil
	}
	items := strings.Split(s, ",")
	var cfgs []gpus.Config
	for i, item := range items {
		item = strings.TrimSpace(item)
		if item == "" {
			return nil, specErr("empty item %d in simulated fleet %s", i+1, short(spec))
		}
		model, count, ok := strings.Cut(item, ":")
		if !ok {
			if _, known := lookupModel(item); known {
				return nil, specErr("simulated fleet item %s has no count (e.g. %s)", short(item), short(item+":1"))
			}
			if len(items) == 1 {
				return nil, specErr("unknown simulated fleet %s", short(item))
			}
			return nil, specErr("simulated fleet item %s is not MODEL:COUNT", short(item))
		}
		model = strings.TrimSpace(model)
		cfg, known := lookupModel(model)
		if !known {
			return nil, specErr("unknown GPU model %s in simulated fleet", short(model))
		}
		count = strings.TrimSpace(count)
		n, err := strconv.Atoi(count)
		if err != nil {
			return nil, specErr("bad count %s for %s in simulated fleet", short(count), model)
		}
		if n < 1 || n > maxSimGPUs {
			return nil, specErr("count %d for %s out of range 1..%d", n, model, maxSimGPUs)
		}
		if len(cfgs)+n > maxSimGPUs {
			return nil, specErr("simulated fleet %s has more than %d GPUs", short(spec), maxSimGPUs)
		}
		cfgs = append(cfgs, gpus.Multiple(n, cfg)...)
	}
	return newServer(cfgs), nil
}
