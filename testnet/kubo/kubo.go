// Package kubo starts real kubo (go-ipfs) daemons on loopback for Go tests,
// so that skyops' IPFS code (its UnixFS importer, its bitswap peer) can be
// checked against the reference implementation rather than against itself:
// the same bytes must give the same CID, and blocks must move between a
// skyops peer and a kubo peer both ways.
//
// The daemon is bin/ipfs, which `make tools` builds from the kubo version
// tools/kubo/go.mod pins (Version); `make test` passes its absolute path in
// SKYOPS_IPFS. Start skips the test, saying how to get the binary, when
// there is none, or fails it under CI (SKYOPS_REQUIRE_IPFS=1).
//
// A node runs in a repo of its own in a temporary directory, made by
// `ipfs init --profile test` and then locked down further: its RPC API,
// gateway and swarm listen on 127.0.0.1 ports the kernel picks, it has no
// bootstrap peers, no mDNS, no AutoConf, AutoTLS, NAT port mapping, relay
// or telemetry, and content routing is "none" unless the test asks for a
// DHT (WithRouting), which then knows only the peers the test connects.
//
// Rules this package must keep: it is for tests only and must never be
// imported by skyopsd, skyops or any other non-test code; a node it starts
// must never listen on, dial or announce anything but loopback, nor reach
// the public IPFS network; and nothing it starts outlives Stop (Start stops
// the daemon when the test ends, and on Linux the kernel kills it if the
// test binary dies first, as on a go test timeout). It only removes the
// repo directories it made.
package kubo

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// Version is the kubo version tools/kubo/go.mod pins and bin/ipfs must be
// (a test checks the two agree).
const Version = "0.43.1"

const (
	// BinaryEnv names the ipfs binary to run (an absolute path); make test
	// sets it to bin/ipfs.
	BinaryEnv = "SKYOPS_IPFS"
	// RequireEnv set to 1 (CI) makes a missing binary a failure, not a skip.
	RequireEnv = "SKYOPS_REQUIRE_IPFS"
)

// Binary returns the ipfs binary a test should run, checked to be kubo
// Version: $SKYOPS_IPFS, else bin/ipfs at the root of the module the test
// runs in. With neither, it skips the test, or fails it when
// SKYOPS_REQUIRE_IPFS=1.
func Binary(t testing.TB) string {
	t.Helper()
	bin := os.Getenv(BinaryEnv)
	if bin == "" {
		bin = repoBinary()
	}
	if bin == "" {
		msg := fmt.Sprintf("no ipfs binary: run `make tools` (builds kubo %s from tools/kubo into bin/ipfs; the first build takes about 15 minutes on a small machine), or set %s=PATH", Version, BinaryEnv)
		if os.Getenv(RequireEnv) == "1" {
			t.Fatalf("%s=1: %s", RequireEnv, msg)
		}
		t.Skip(msg)
	}
	if err := CheckVersion(bin); err != nil {
		t.Fatal(err)
	}
	return bin
}

// repoBinary is bin/ipfs in the nearest directory above the working
// directory (a test's package directory) that holds a go.mod, if it exists.
func repoBinary() string {
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			p := filepath.Join(dir, "bin", "ipfs")
			if _, err := os.Stat(p); err == nil {
				return p
			}
			return ""
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// CheckVersion runs `bin version --number` and reports an error unless it
// is Version.
func CheckVersion(bin string) error {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "version", "--number")
	cmd.Env = append(os.Environ(), "IPFS_TELEMETRY=off", "DO_NOT_TRACK=1")
	out, err := cmd.Output()
	if err != nil {
		return fmt.Errorf("%s version: %v: run `make tools` to build kubo %s", bin, err, Version)
	}
	if got := strings.TrimSpace(string(out)); got != Version {
		return fmt.Errorf("`%s version --number` says %q; want kubo %s, the version tools/kubo/go.mod pins: run `make tools` to rebuild it", bin, got, Version)
	}
	return nil
}

// An Option changes how a node is set up.
type Option func(*options)

type options struct {
	routing string
	logf    func(format string, args ...any)
}

// WithRouting sets the node's Routing.Type: "none" (the default: bitswap
// with directly connected peers only) or "dht" (a DHT that knows only the
// peers the test connects; loopback addresses are allowed in it).
func WithRouting(typ string) Option { return func(o *options) { o.routing = typ } }

// Node is a running kubo daemon.
type Node struct {
	// PeerID is the node's libp2p peer id (12D3Koo…).
	PeerID string
	// Addrs are its swarm listen multiaddrs, without the /p2p/ part
	// (/ip4/127.0.0.1/tcp/PORT).
	Addrs []string
	// API is the base URL of its RPC API: http://127.0.0.1:PORT (the
	// endpoints are under /api/v0/).
	API string
	// Gateway is the base URL of its HTTP gateway, http://127.0.0.1:PORT,
	// or "" if the daemon did not say where it listens.
	Gateway string
	// Dir is its IPFS_PATH; Log is the daemon's stdout and stderr.
	Dir, Log string

	bin    string
	cmd    *exec.Cmd
	exited chan struct{}
	err    error // the daemon's exit, once exited is closed
	once   sync.Once
	client *http.Client
}

// P2PAddrs are the node's swarm addresses with /p2p/PEERID appended, ready
// for Connect or a libp2p AddrInfo.
func (n *Node) P2PAddrs() []string {
	out := make([]string, len(n.Addrs))
	for i, a := range n.Addrs {
		out[i] = a + "/p2p/" + n.PeerID
	}
	return out
}

// Start starts a kubo node for the test in a temporary repo and stops it
// when the test ends, logging the daemon's output if the test failed. It
// skips or fails the test as Binary does when there is no binary.
func Start(ctx context.Context, t testing.TB, opts ...Option) *Node {
	t.Helper()
	bin := Binary(t)
	dir := t.TempDir()
	n, err := Launch(ctx, bin, dir, opts...)
	if err != nil {
		t.Fatalf("starting kubo: %v", err)
	}
	t.Cleanup(func() {
		if err := n.Stop(); err != nil {
			t.Logf("stopping kubo %s: %v", n.PeerID, err)
		}
		if t.Failed() {
			b, _ := os.ReadFile(n.Log)
			t.Logf("kubo %s log:\n%s", n.PeerID, b)
		}
	})
	return n
}

// Launch initialises a repo in dir (which must be empty or absent) and
// starts bin daemon on it, returning once its RPC API answers. The caller
// must Stop it. Most tests want Start.
func Launch(ctx context.Context, bin, dir string, opts ...Option) (*Node, error) {
	o := options{routing: "none"}
	for _, opt := range opts {
		opt(&o)
	}
	switch o.routing {
	case "none", "dht":
	default:
		return nil, fmt.Errorf("routing %q: want none or dht", o.routing)
	}
	repo := filepath.Join(dir, "ipfs")
	n := &Node{Dir: repo, Log: filepath.Join(dir, "daemon.log"), bin: bin, exited: make(chan struct{}),
		client: &http.Client{}}

	initCtx, cancel := context.WithTimeout(ctx, 60*time.Second)
	defer cancel()
	init := n.Command(initCtx, "init", "--profile", "test")
	if out, err := init.CombinedOutput(); err != nil {
		return nil, fmt.Errorf("ipfs init: %v\n%s", err, out)
	}
	if err := lockDown(filepath.Join(repo, "config"), o.routing); err != nil {
		return nil, err
	}

	lf, err := os.Create(n.Log)
	if err != nil {
		return nil, err
	}
	n.cmd = n.Command(context.Background(), "daemon")
	n.cmd.Stdout, n.cmd.Stderr = lf, lf
	// On Linux the daemon gets SIGKILL if the test binary dies without
	// stopping it (a go test timeout). That signal comes when the thread
	// that started the process exits, so the goroutine that starts the
	// daemon keeps its thread locked until the daemon has exited.
	dieWithParent(n.cmd)
	started := make(chan error, 1)
	go func() {
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
		if err := n.cmd.Start(); err != nil {
			started <- err
			return
		}
		started <- nil
		n.err = n.cmd.Wait()
		lf.Close()
		close(n.exited)
	}()
	if err := <-started; err != nil {
		lf.Close()
		return nil, err
	}
	if err := n.waitReady(ctx); err != nil {
		n.Stop()
		b, _ := os.ReadFile(n.Log)
		return nil, fmt.Errorf("%v\ndaemon log:\n%s", err, b)
	}
	return n, nil
}

// Command is an ipfs command on this node's repo (IPFS_PATH set, telemetry
// off); with the daemon running, the CLI talks to it over its RPC API.
func (n *Node) Command(ctx context.Context, args ...string) *exec.Cmd {
	cmd := exec.CommandContext(ctx, n.bin, args...)
	cmd.Env = append(os.Environ(), "IPFS_PATH="+n.Dir, "IPFS_TELEMETRY=off", "DO_NOT_TRACK=1")
	return cmd
}

// lockDown edits the config `ipfs init --profile test` wrote (loopback
// addresses, no bootstrap, no mDNS, AutoConf or AutoTLS) to turn off what
// could still reach past loopback.
func lockDown(path, routing string) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	var c map[string]any
	if err := json.Unmarshal(b, &c); err != nil {
		return fmt.Errorf("%s: %v", path, err)
	}
	set := func(v any, keys ...string) {
		m := c
		for _, k := range keys[:len(keys)-1] {
			next, ok := m[k].(map[string]any)
			if !ok {
				next = map[string]any{}
				m[k] = next
			}
			m = next
		}
		m[keys[len(keys)-1]] = v
	}
	set([]string{"/ip4/127.0.0.1/tcp/0"}, "Addresses", "Swarm")
	set("/ip4/127.0.0.1/tcp/0", "Addresses", "API")
	set("/ip4/127.0.0.1/tcp/0", "Addresses", "Gateway")
	set([]string{}, "Addresses", "Announce")
	set([]string{}, "Addresses", "AppendAnnounce")
	set([]string{}, "Bootstrap")
	set([]string{}, "Peering", "Peers")
	set(routing, "Routing", "Type")
	set(false, "Discovery", "MDNS", "Enabled")
	set(false, "AutoConf", "Enabled")
	set(false, "AutoTLS", "Enabled")
	set(true, "Swarm", "DisableNatPortMap")
	set(false, "Swarm", "RelayClient", "Enabled")
	set(false, "Swarm", "RelayService", "Enabled")
	set(false, "Swarm", "Transports", "Network", "QUIC")
	set(false, "Swarm", "Transports", "Network", "WebTransport")
	set(false, "Swarm", "Transports", "Network", "WebRTCDirect")
	set(false, "Swarm", "Transports", "Network", "Websocket")
	set("disabled", "AutoNAT", "ServiceMode")
	set(true, "Plugins", "Plugins", "telemetry", "Disabled")
	out, err := json.MarshalIndent(c, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, out, 0o600)
}

var gatewayLine = regexp.MustCompile(`Gateway server listening on /ip4/127\.0\.0\.1/tcp/(\d+)`)

// waitReady waits for the daemon to write its api file and say it is
// ready, then asks it who it is.
func (n *Node) waitReady(ctx context.Context) error {
	deadline := time.Now().Add(60 * time.Second)
	for {
		if n.API == "" {
			if b, err := os.ReadFile(filepath.Join(n.Dir, "api")); err == nil {
				var port int
				if _, err := fmt.Sscanf(strings.TrimSpace(string(b)), "/ip4/127.0.0.1/tcp/%d", &port); err == nil {
					n.API = fmt.Sprintf("http://127.0.0.1:%d", port)
				}
			}
		}
		if n.API != "" {
			if log, err := os.ReadFile(n.Log); err == nil && bytes.Contains(log, []byte("Daemon is ready")) {
				if m := gatewayLine.FindSubmatch(log); m != nil {
					n.Gateway = "http://127.0.0.1:" + string(m[1])
				}
				break
			}
		}
		select {
		case <-n.exited:
			return fmt.Errorf("ipfs daemon exited at start: %v", n.err)
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(50 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			return errors.New("ipfs daemon not ready within 60s")
		}
	}
	id, addrs, err := n.ID(ctx)
	if err != nil {
		return err
	}
	n.PeerID, n.Addrs = id, addrs
	for _, a := range addrs {
		if !strings.HasPrefix(a, "/ip4/127.0.0.1/") {
			return fmt.Errorf("kubo announces %s, not a loopback address", a)
		}
	}
	if len(addrs) == 0 {
		return errors.New("kubo has no swarm address")
	}
	return nil
}

// Stop stops the daemon (SIGINT, then SIGKILL after 10s) and waits for it
// to exit. It is safe to call more than once.
func (n *Node) Stop() error {
	var err error
	n.once.Do(func() {
		if n.cmd == nil || n.cmd.Process == nil {
			return
		}
		select {
		case <-n.exited:
			err = fmt.Errorf("ipfs daemon had exited: %v", n.err)
			return
		default:
		}
		n.cmd.Process.Signal(syscall.SIGINT)
		select {
		case <-n.exited:
		case <-time.After(10 * time.Second):
			n.cmd.Process.Kill()
			<-n.exited
			err = errors.New("ipfs daemon did not stop on SIGINT within 10s; killed")
		}
	})
	return err
}

// call POSTs to /api/v0/cmd with the query args and an optional body, and
// returns the response for a 200; other statuses are errors carrying
// kubo's message.
func (n *Node) call(ctx context.Context, cmd string, args url.Values, body io.Reader, contentType string) (*http.Response, error) {
	u := n.API + "/api/v0/" + cmd
	if len(args) > 0 {
		u += "?" + args.Encode()
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, u, body)
	if err != nil {
		return nil, err
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	resp, err := n.client.Do(req)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != http.StatusOK {
		defer resp.Body.Close()
		b, _ := io.ReadAll(io.LimitReader(resp.Body, 64<<10))
		var e struct{ Message string }
		if json.Unmarshal(b, &e) == nil && e.Message != "" {
			return nil, fmt.Errorf("kubo %s: %s (HTTP %d)", cmd, e.Message, resp.StatusCode)
		}
		return nil, fmt.Errorf("kubo %s: HTTP %d: %s", cmd, resp.StatusCode, bytes.TrimSpace(b))
	}
	return resp, nil
}

// callJSON is call for a command answering one JSON object, decoded into v.
func (n *Node) callJSON(ctx context.Context, cmd string, args url.Values, v any) error {
	resp, err := n.call(ctx, cmd, args, nil, "")
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if v == nil {
		_, err = io.Copy(io.Discard, resp.Body)
		return err
	}
	if err := json.NewDecoder(resp.Body).Decode(v); err != nil {
		return fmt.Errorf("kubo %s: %v", cmd, err)
	}
	return nil
}

// readAll reads a streamed answer, failing if kubo reported an error after
// the 200 (the X-Stream-Error trailer).
func readAll(cmd string, resp *http.Response) ([]byte, error) {
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, fmt.Errorf("kubo %s: %v", cmd, err)
	}
	if e := resp.Trailer.Get("X-Stream-Error"); e != "" {
		return nil, fmt.Errorf("kubo %s: %s", cmd, e)
	}
	return b, nil
}

// ID asks the node for its peer id and swarm addresses (without /p2p/).
func (n *Node) ID(ctx context.Context) (string, []string, error) {
	var r struct {
		ID        string
		Addresses []string
	}
	if err := n.callJSON(ctx, "id", nil, &r); err != nil {
		return "", nil, err
	}
	var addrs []string
	for _, a := range r.Addresses {
		addrs = append(addrs, strings.TrimSuffix(a, "/p2p/"+r.ID))
	}
	return r.ID, addrs, nil
}

// AddOptions are the /api/v0/add arguments Add passes; the zero value is
// kubo's defaults (CIDv0, size-262144 chunks, balanced DAG, pinned).
type AddOptions struct {
	CIDVersion1 bool   // cid-version=1, which in kubo also means raw leaves
	RawLeaves   *bool  // raw-leaves, when set explicitly
	Chunker     string // e.g. "size-262144"
	Trickle     bool   // the trickle DAG layout instead of balanced
	NoPin       bool   // pin=false
	OnlyHash    bool   // only-hash: compute the CID, store nothing
}

// Add adds data as one file (like `ipfs add`, or `ipfs add --cid-version 1`
// with cidVersion1) and returns its root CID.
func (n *Node) Add(ctx context.Context, data io.Reader, cidVersion1 bool) (string, error) {
	return n.AddWith(ctx, data, AddOptions{CIDVersion1: cidVersion1})
}

// AddWith is Add with more of /api/v0/add's arguments.
func (n *Node) AddWith(ctx context.Context, data io.Reader, o AddOptions) (string, error) {
	args := url.Values{"progress": {"false"}, "quieter": {"true"}}
	if o.CIDVersion1 {
		args.Set("cid-version", "1")
	}
	if o.RawLeaves != nil {
		args.Set("raw-leaves", strconv.FormatBool(*o.RawLeaves))
	}
	if o.Chunker != "" {
		args.Set("chunker", o.Chunker)
	}
	if o.Trickle {
		args.Set("trickle", "true")
	}
	if o.NoPin {
		args.Set("pin", "false")
	}
	if o.OnlyHash {
		args.Set("only-hash", "true")
	}
	pr, pw := io.Pipe()
	mw := multipart.NewWriter(pw)
	go func() {
		part, err := mw.CreateFormFile("file", "data")
		if err == nil {
			_, err = io.Copy(part, data)
		}
		if err == nil {
			err = mw.Close()
		}
		pw.CloseWithError(err)
	}()
	// Closing the pipe's read end when done ends the writer if kubo
	// answered before reading all of it (an error).
	defer pr.CloseWithError(errors.New("kubo add: request done"))
	resp, err := n.call(ctx, "add", args, pr, mw.FormDataContentType())
	if err != nil {
		return "", err
	}
	b, err := readAll("add", resp)
	if err != nil {
		return "", err
	}
	// One JSON object a line; the last names the root.
	var hash string
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		var r struct{ Hash string }
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return "", fmt.Errorf("kubo add: %v: %s", err, sc.Bytes())
		}
		if r.Hash != "" {
			hash = r.Hash
		}
	}
	if hash == "" {
		return "", fmt.Errorf("kubo add: no CID in %q", b)
	}
	return hash, nil
}

// Cat returns the contents of the UnixFS file cid (fetching its blocks
// over bitswap if the node lacks them).
func (n *Node) Cat(ctx context.Context, cid string) ([]byte, error) {
	resp, err := n.call(ctx, "cat", url.Values{"arg": {cid}}, nil, "")
	if err != nil {
		return nil, err
	}
	return readAll("cat", resp)
}

// BlockGet returns the raw bytes of the block cid.
func (n *Node) BlockGet(ctx context.Context, cid string) ([]byte, error) {
	resp, err := n.call(ctx, "block/get", url.Values{"arg": {cid}}, nil, "")
	if err != nil {
		return nil, err
	}
	return readAll("block/get", resp)
}

// Pin pins cid recursively (fetching what the node lacks).
func (n *Node) Pin(ctx context.Context, cid string) error {
	return n.callJSON(ctx, "pin/add", url.Values{"arg": {cid}, "progress": {"false"}}, nil)
}

// Connect dials a peer at multiaddr, which must end in /p2p/PEERID.
func (n *Node) Connect(ctx context.Context, multiaddr string) error {
	return n.callJSON(ctx, "swarm/connect", url.Values{"arg": {multiaddr}}, nil)
}

// Peers lists the peer ids the node is connected to.
func (n *Node) Peers(ctx context.Context) ([]string, error) {
	var r struct {
		Peers []struct{ Peer string }
	}
	if err := n.callJSON(ctx, "swarm/peers", nil, &r); err != nil {
		return nil, err
	}
	var ids []string
	for _, p := range r.Peers {
		ids = append(ids, p.Peer)
	}
	return ids, nil
}

// Pattern returns n bytes where byte i is i % 251, the data the golden
// CIDs in testdata/add-cidv1.txt were made from (251 is prime, so the
// pattern does not line up with any power-of-two chunk boundary).
func Pattern(n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(i % 251)
	}
	return b
}
