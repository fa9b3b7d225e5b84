package node

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"encoding/binary"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/skyops/skyops/api"
	"github.com/skyops/skyops/exec/result"
	"github.com/skyops/skyops/models"
	"github.com/skyops/skyops/sched"
	"github.com/skyops/skyops/types"
	"github.com/skyops/skyops/web"
)

// The web dashboard (Config.HTTP): its listener, the API's GET /v1/web and
// POST /v1/jobs/draft, and the event feed that job folds and view changes
// notify.

// draftDuration is a draft's maximum run time when it names none, as the
// CLI's submit-task without --duration.
const draftDuration = time.Hour

// webState is the dashboard's listener and event feed.
type webState struct {
	once   sync.Once
	events *web.Broadcaster
	ln     net.Listener // nil when the dashboard is off
	token  string
	info   api.WebInfo
}

// webEvents is the feed of /web/events (made on first use: job events are
// folded from the store before the listener starts).
func (n *Node) webEvents() *web.Broadcaster {
	n.dash.once.Do(func() { n.dash.events = web.NewBroadcaster(0) })
	return n.dash.events
}

// webJobChanged tells the dashboards that a job changed (a folded event).
func (n *Node) webJobChanged(id common.Hash) {
	b := n.webEvents()
	if b.Len() == 0 {
		return
	}
	n.mu.Lock()
	j := n.brain.Job(id)
	state := ""
	if j != nil {
		state = string(j.State)
	}
	n.mu.Unlock()
	b.Job(id.Hex(), state)
}

// webViewChanged tells the dashboards that the view changed (each
// stream coalesces these to one a second).
func (n *Node) webViewChanged() { n.webEvents().Nodes() }

// listenWeb opens the dashboard's listener, when Config.HTTP asks for one.
func (n *Node) listenWeb() error {
	if n.cfg.HTTP == "" || n.dash.ln != nil {
		return nil
	}
	ln, err := net.Listen("tcp", n.cfg.HTTP)
	if err != nil {
		return fmt.Errorf("listen for the web dashboard on %s: %w (pass another --http address)", n.cfg.HTTP, err)
	}
	n.dash.ln = ln
	base := "http://" + ln.Addr().String() + "/"
	tok, err := web.LoadOrCreateToken(n.cfg.DataDir)
	if err != nil {
		ln.Close()
		n.dash.ln = nil
		return err
	}
	n.dash.token = tok
	n.dash.info = api.WebInfo{URL: base, Login: base + "login?token=" + tok}
	return nil
}

// serveWeb serves the dashboard until ctx ends; the event streams end
// with it.
func (n *Node) serveWeb(ctx context.Context) error {
	host, _, _ := net.SplitHostPort(n.cfg.HTTP)
	if ip := net.ParseIP(host); host != "localhost" && (ip == nil || !ip.IsLoopback()) {
		n.log.Warn("the web dashboard listens beyond loopback: it needs its token still, but travels unencrypted", "addr", n.dash.ln.Addr())
	}
	opts := []web.Option{
		web.ListenHost(host),
		web.Owners(n),
		web.Events(n.webEvents()),
		web.SignIn(n.key.PeerID().String(), n.cfg.ChainID),
		web.Logger(n.log),
	}
	// Metrics and wallet-key results come from other parts of the daemon;
	// without them the dashboard serves no /metrics and answers 501.
	if m, ok := any(n).(interface{ MetricsHandler() http.Handler }); ok {
		opts = append(opts, web.Metrics(m.MetricsHandler()))
	}
	if o, ok := any(n).(web.ResultsOpener); ok {
		opts = append(opts, web.Results(o))
	}
	srv, err := web.New(n.dash.token, n.apiHandler(), opts...)
	if err != nil {
		return err
	}
	go func() {
		<-ctx.Done()
		n.webEvents().Close() // Shutdown waits for no stream
	}()
	n.log.Info("web dashboard up", "url", n.dash.info.URL)
	return api.Serve(ctx, n.dash.ln, srv.Handler(), api.MaxConns(64))
}

// WebInfo is GET /v1/web.
func (n *Node) WebInfo(context.Context) (*api.WebInfo, error) {
	if n.dash.ln == nil {
		return nil, api.Errorf("not_found", "the web dashboard is off: start skyopsd with --http 127.0.0.1:PORT (skyops testnet turns it on)")
	}
	info := n.dash.info
	return &info, nil
}

// JobOwner is whose a job is (for the dashboard's owner-only endpoints).
func (n *Node) JobOwner(_ context.Context, ref string) (common.Address, error) {
	j, err := n.findJob(ref)
	if err != nil {
		return common.Address{}, err
	}
	n.mu.Lock()
	defer n.mu.Unlock()
	return j.Owner, nil
}

// Draft is POST /v1/jobs/draft: the spec completed as submit-task
// completes it (this daemon's network and peer id as home, a random
// nonce, now, the module's CID and size), with its id and typed data.
func (n *Node) Draft(_ context.Context, req *api.DraftRequest) (*api.DraftResponse, error) {
	spec := req.Spec
	switch spec.Network {
	case "":
		spec.Network = n.cfg.Network
	case n.cfg.Network:
	default:
		return nil, api.Errorf("bad_request", "the spec is for network %q, this daemon is on %q: leave network out", spec.Network, n.cfg.Network)
	}
	if spec.Home == "" {
		spec.Home = n.key.PeerID().String()
	}
	if spec.Nonce == 0 {
		var b [8]byte
		rand.Read(b[:]) // never fails (crypto/rand)
		spec.Nonce = binary.BigEndian.Uint64(b[:])
	}
	if spec.CreatedAt == 0 {
		spec.CreatedAt = uint64(time.Now().Unix())
	}
	if spec.Runtime == "" {
		spec.Runtime = types.RuntimeWasm
	}
	if spec.DurationSec == 0 {
		spec.DurationSec = uint64(draftDuration / time.Second)
	}
	if spec.PriceCapWei == "" {
		spec.PriceCapWei = "0"
	}
	artifact := req.Artifact
	if len(artifact) == 0 && spec.Runtime == types.RuntimeWasm && spec.Artifact == "" {
		// A page that picked a model template and uploaded nothing runs
		// the template's program, as submit-task --model does.
		mod, err := shippedModule(&spec)
		if err != nil {
			return nil, err
		}
		artifact = mod
	}
	if len(artifact) > 0 {
		if spec.Runtime != types.RuntimeWasm {
			return nil, api.Errorf("bad_request", "an artifact was given for a %s job: only wasm jobs upload a module", spec.Runtime)
		}
		if len(artifact) > types.MaxArtifactBytes {
			return nil, api.Errorf("too_large", "the module is %d MiB, at most %d MiB", len(artifact)>>20, types.MaxArtifactBytes>>20)
		}
		if !bytes.HasPrefix(artifact, []byte("\x00asm")) {
			return nil, api.Errorf("bad_request", "the artifact is not a wasm module (no \\0asm header): build it for GOOS=wasip1 GOARCH=wasm, or another WASI target")
		}
		spec.Artifact, spec.ArtifactSize = result.CIDOf(artifact), uint64(len(artifact))
	}
	if err := spec.Validate(); err != nil {
		return nil, api.Errorf("bad_request", "the spec is not valid: %v", err)
	}
	id, err := spec.ID(n.cfg.ChainID)
	if err != nil {
		return nil, api.Errorf("bad_request", "the spec cannot be hashed: %v", err)
	}
	td, err := spec.TypedDataJSON(n.cfg.ChainID)
	if err != nil {
		return nil, api.Errorf("bad_request", "the spec has no typed data: %v", err)
	}
	resp := &api.DraftResponse{Spec: spec, ID: id, TypedData: td}
	if len(req.Artifact) == 0 {
		resp.Artifact = artifact // supplied here: the submit must carry it
	}
	return resp, nil
}

// Models answers GET /v1/models: the templates shipped in this binary,
// the ones a draft may name without uploading a module.
func (n *Node) Models(context.Context) ([]api.ModelTemplate, error) {
	cat, err := shippedCatalog()
	if err != nil {
		return nil, err
	}
	list := cat.List()
	out := make([]api.ModelTemplate, 0, len(list))
	for _, t := range list {
		out = append(out, api.ModelTemplate{
			Name: t.Name, Description: t.Description, Runtime: t.Runtime, Framework: t.Framework,
			Args: append([]string{}, t.Args...), GPUModel: t.GPUModel, GPUCount: t.GPUCount, RAMMiB: t.RAMMiB, DurationSec: t.DurationSec,
		})
	}
	return out, nil
}

// shippedCatalog is the model templates shipped in this binary, with its
// builtin programs.
func shippedCatalog() (*models.Catalog, error) {
	shipped, err := models.Shipped()
	if err != nil {
		return nil, fmt.Errorf("read the shipped model templates: %w", err)
	}
	return models.NewCatalog(models.Builtin, shipped), nil
}

// shippedModule is the wasm module of the shipped model template spec
// names, for a draft that uploaded none. The daemon offers only the
// templates shipped in its binary: a user's own catalog file is the CLI's.
func shippedModule(spec *types.JobSpec) ([]byte, error) {
	if spec.Model == "" {
		return nil, api.Errorf("bad_request", "a wasm job needs its module: upload one, or name a model template (skyops models lists them)")
	}
	cat, err := shippedCatalog()
	if err != nil {
		return nil, err
	}
	t, err := cat.Lookup(spec.Model)
	if err != nil {
		return nil, api.Errorf("bad_request", "no template for model %q and no module uploaded: upload a wasm module, or pick one of %s", spec.Model, strings.Join(cat.Names(), ", "))
	}
	if t.Runtime != "" && t.Runtime != types.RuntimeWasm {
		return nil, api.Errorf("bad_request", "model %q is a %s template; this draft is a wasm job: upload a module", spec.Model, t.Runtime)
	}
	mod, err := cat.Artifact(t)
	if err != nil {
		return nil, api.Errorf("unavailable", "the module of model %q: %v", spec.Model, err)
	}
	return mod, nil
}

// The dashboard opens an owner's results with the key their wallet's
// signature derives (types.ResultsKeyFor): these make the node a
// web.ResultsOpener.

// ResultsKeyTypedData is owner's results-key message.
func (n *Node) ResultsKeyTypedData(owner common.Address) ([]byte, error) {
	return types.ResultsKeyTypedDataJSON(owner)
}

// ResultsKey derives owner's results key from their signature of it.
func (n *Node) ResultsKey(owner common.Address, sig []byte) (*ecdsa.PrivateKey, error) {
	k, err := types.ResultsKeyFor(owner, sig)
	if err != nil {
		return nil, api.Errorf("forbidden", "the results signature: %v", err)
	}
	return k, nil
}

// liveLogSnapshot is how long OpenLogs follows a running job's live log
// to gather what it has printed so far (the home relays the backlog at
// once); the page asks again every few seconds.
const liveLogSnapshot = 1500 * time.Millisecond

// OpenLogs is a job's log so far, opened with key: the whole log once the
// job has ended, and while it runs the live log printed until now (at
// most the first maxLiveLog bytes of it).
func (n *Node) OpenLogs(ctx context.Context, id string, key *ecdsa.PrivateKey) ([]byte, error) {
	j, err := n.findJob(id)
	if err != nil {
		return nil, err
	}
	n.mu.Lock()
	running := j.State == sched.Running
	n.mu.Unlock()
	if !running {
		return n.OpenJobLogs(ctx, id, key)
	}
	fctx, cancel := context.WithTimeout(ctx, liveLogSnapshot)
	defer cancel()
	buf := &cappedBuffer{max: maxLiveLog}
	err = n.FollowJobLogs(fctx, id, key, buf, func() {})
	if err != nil && fctx.Err() == nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// OpenOutput is a finished job's output package (a tar), opened with key;
// its size is not known before it is opened.
func (n *Node) OpenOutput(ctx context.Context, id string, key *ecdsa.PrivateKey) (io.ReadCloser, int64, error) {
	rc, err := n.OpenJobOutput(ctx, id, key)
	return rc, -1, err
}
