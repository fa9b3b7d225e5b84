package node

import (
	"context"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/skyops/skyops/types"
)

// imageRefresh is how often the node asks its Docker engine which images it
// holds, for its advert.
const imageRefresh = 30 * time.Second

// heldList is the node's last list of something it holds and advertises
// (Docker images, datasets), read by the advert and replaced by a refresh.
type heldList struct {
	mu    sync.Mutex
	items []string
}

func (h *heldList) get() []string {
	h.mu.Lock()
	defer h.mu.Unlock()
	return slices.Clone(h.items)
}

// set replaces the list; it reports whether it changed.
func (h *heldList) set(items []string) bool {
	h.mu.Lock()
	defer h.mu.Unlock()
	if slices.Equal(items, h.items) {
		return false
	}
	h.items = items
	return true
}

// refreshImages asks the engine for its images; it reports whether the list
// changed. On an error the last list stays.
func (n *Node) refreshImages(ctx context.Context) bool {
	if n.docker == nil {
		return false
	}
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	refs, err := n.docker.Images(ctx)
	if err != nil {
		n.log.Debug("list docker images", "err", err)
		return false
	}
	if len(refs) > types.MaxImages {
		refs = refs[:types.MaxImages]
	}
	return n.images.set(refs)
}

// imagesLoop keeps the advertised images current: a change is advertised at
// once.
func (n *Node) imagesLoop(ctx context.Context) {
	if n.docker == nil {
		return
	}
	tick(ctx, imageRefresh, func() {
		if n.refreshImages(ctx) {
			n.Kick()
		}
	})
}

// splitRegistryAuth takes the registry credentials (types.RegistryAuthSecret)
// out of a job's secret environment lines: they are for the executor's pull
// of the job's image, not for the job.
func splitRegistryAuth(secrets []string) (env []string, auth string) {
	for _, kv := range secrets {
		if v, ok := strings.CutPrefix(kv, types.RegistryAuthSecret+"="); ok {
			auth = v
			continue
		}
		env = append(env, kv)
	}
	return env, auth
}
