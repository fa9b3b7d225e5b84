package api

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"syscall"
	"time"

	"golang.org/x/net/netutil"
)

// maxSocketPath is the kernel's limit on a unix socket path (108 on Linux,
// including the NUL).
const maxSocketPath = 107

// Listen opens the unix socket at path, mode 0600. A socket that a running
// daemon answers on is refused; one left behind by a daemon that died is
// replaced.
func Listen(path string) (net.Listener, error) {
	if len(path) > maxSocketPath {
		return nil, fmt.Errorf("socket path %s is %d bytes, the limit is %d: use a shorter --data-dir or --socket", path, len(path), maxSocketPath)
	}
	if st, err := os.Lstat(path); err == nil {
		if st.Mode()&os.ModeSocket == 0 {
			return nil, fmt.Errorf("socket path %s exists and is not a socket: remove it or pass another --socket", path)
		}
		c, err := net.DialTimeout("unix", path, time.Second)
		if err == nil {
			c.Close()
			return nil, fmt.Errorf("socket %s is in use by another running daemon: stop it, or pass another --socket", path)
		}
		if !errors.Is(err, syscall.ECONNREFUSED) {
			return nil, fmt.Errorf("socket %s exists and cannot be checked (%v): remove it if no daemon uses it", path, err)
		}
		if err := os.Remove(path); err != nil {
			return nil, fmt.Errorf("remove stale socket %s: %w", path, err)
		}
	}
	l, err := net.Listen("unix", path)
	if err != nil {
		return nil, fmt.Errorf("listen on socket %s: %w", path, err)
	}
	if err := os.Chmod(path, 0o600); err != nil {
		l.Close()
		return nil, fmt.Errorf("make socket %s private: %w", path, err)
	}
	return l, nil
}

// serveConfig is how long the server waits for what, and for how many.
type serveConfig struct {
	readHeader time.Duration // a request's headers
	read       time.Duration // a request's headers and a small body
	upload     time.Duration // a submit's body (up to MaxSubmitBytes)
	write      time.Duration // an answer, from the end of its request's headers
	fetch      time.Duration // an answer the daemon fetches from peers first
	stream     time.Duration // each frame of a followed log, until the client took it
	idle       time.Duration // a keep-alive connection between requests
	maxConns   int           // open connections; more wait to be accepted
}

// ServeOption configures Serve.
type ServeOption func(*serveConfig) error

func positive(name string, d time.Duration, set func()) error {
	if d <= 0 {
		return fmt.Errorf("API %s %s: it must be positive", name, d)
	}
	set()
	return nil
}

// ReadTimeout bounds reading a request, headers and body, on every endpoint
// but submit (default 30s). ReadHeaderTimeout (5s) is capped by it.
func ReadTimeout(d time.Duration) ServeOption {
	return func(c *serveConfig) error { return positive("read timeout", d, func() { c.read = d }) }
}

// UploadTimeout bounds reading a submit's body, up to 96 MiB (default 2m).
func UploadTimeout(d time.Duration) ServeOption {
	return func(c *serveConfig) error { return positive("upload timeout", d, func() { c.upload = d }) }
}

// WriteTimeout bounds answering a request, from the end of its headers
// (default 2m). Answers fetched from peers (logs, output, telemetry) get
// FetchTimeout instead, and a followed log StreamTimeout per frame.
func WriteTimeout(d time.Duration) ServeOption {
	return func(c *serveConfig) error { return positive("write timeout", d, func() { c.write = d }) }
}

// FetchTimeout bounds the answers that the daemon may first fetch from
// other peers: a finished job's logs, output and telemetry (default 10m).
func FetchTimeout(d time.Duration) ServeOption {
	return func(c *serveConfig) error { return positive("fetch timeout", d, func() { c.fetch = d }) }
}

// StreamTimeout bounds each frame of a followed log: a client that does not
// take one within it is cut off (default 1m). A quiet job is not.
func StreamTimeout(d time.Duration) ServeOption {
	return func(c *serveConfig) error { return positive("stream timeout", d, func() { c.stream = d }) }
}

// IdleTimeout closes a keep-alive connection idle that long (default 1m).
func IdleTimeout(d time.Duration) ServeOption {
	return func(c *serveConfig) error { return positive("idle timeout", d, func() { c.idle = d }) }
}

// MaxConns caps the open connections (default 128); one more waits until
// one of them closes.
func MaxConns(n int) ServeOption {
	return func(c *serveConfig) error {
		if n <= 0 {
			return fmt.Errorf("API connection cap %d: it must be positive", n)
		}
		c.maxConns = n
		return nil
	}
}

// Serve answers API requests on l until ctx ends.
func Serve(ctx context.Context, l net.Listener, h http.Handler, opts ...ServeOption) error {
	cfg := &serveConfig{
		readHeader: 5 * time.Second,
		read:       30 * time.Second,
		upload:     2 * time.Minute,
		write:      2 * time.Minute,
		fetch:      10 * time.Minute,
		stream:     time.Minute,
		idle:       time.Minute,
		maxConns:   128,
	}
	for _, o := range opts {
		if err := o(cfg); err != nil {
			return err
		}
	}
	cfg.readHeader = min(cfg.readHeader, cfg.read)
	srv := &http.Server{
		Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			h.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), limitsKey{}, cfg)))
		}),
		ReadHeaderTimeout: cfg.readHeader,
		ReadTimeout:       cfg.read,
		WriteTimeout:      cfg.write,
		IdleTimeout:       cfg.idle,
		MaxHeaderBytes:    64 << 10,
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		<-ctx.Done()
		sctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		_ = srv.Shutdown(sctx)
	}()
	err := srv.Serve(netutil.LimitListener(l, cfg.maxConns))
	if errors.Is(err, http.ErrServerClosed) {
		<-done
		return nil
	}
	return fmt.Errorf("serve API: %w", err)
}

type limitsKey struct{}

// limits are the server's timeouts, nil when the handler runs without Serve
// (as in tests with httptest).
func limits(r *http.Request) *serveConfig {
	c, _ := r.Context().Value(limitsKey{}).(*serveConfig)
	return c
}

// allowUpload gives a submit's body the upload timeout to arrive, and its
// answer the write timeout after that.
func allowUpload(w http.ResponseWriter, r *http.Request) {
	if c := limits(r); c != nil {
		rc := http.NewResponseController(w)
		_ = rc.SetReadDeadline(time.Now().Add(c.upload))
		_ = rc.SetWriteDeadline(time.Now().Add(c.upload + c.write))
	}
}

// allowFetch gives an answer that may come from other peers the fetch
// timeout.
func allowFetch(w http.ResponseWriter, r *http.Request) {
	if c := limits(r); c != nil {
		_ = http.NewResponseController(w).SetWriteDeadline(time.Now().Add(c.fetch))
	}
}

// isTimeout says a body read failed on its deadline.
func isTimeout(err error) bool {
	var ne net.Error
	return errors.Is(err, os.ErrDeadlineExceeded) || (errors.As(err, &ne) && ne.Timeout())
}
