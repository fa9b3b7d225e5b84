package web

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/skyops/skyops/api"
)

// CSP is the Content-Security-Policy of every answer: the page runs only
// its own scripts and styles, talks only to this origin, and cannot be
// framed.
const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

// JobOwner says whose a job is (its id or a unique prefix). Errors should
// be *api.Error (not_found for an unknown job).
type JobOwner interface {
	JobOwner(ctx context.Context, id string) (common.Address, error)
}

// ResultsOpener opens an owner's sealed logs and outputs with the results
// key a wallet's deterministic signature derives. Errors should be
// *api.Error.
type ResultsOpener interface {
	// ResultsKeyTypedData is owner's fixed EIP-712 message whose signature
	// derives the key, as eth_signTypedData_v4 takes it.
	ResultsKeyTypedData(owner common.Address) ([]byte, error)
	// ResultsKey derives the key from owner's signature of that message,
	// and refuses (forbidden) a signature that is not owner's of it.
	ResultsKey(owner common.Address, signature []byte) (*ecdsa.PrivateKey, error)
	// OpenLogs is a job's log so far, opened with key.
	OpenLogs(ctx context.Context, id string, key *ecdsa.PrivateKey) ([]byte, error)
	// OpenOutput is a finished job's output package, opened with key,
	// with its size (-1 when not known ahead).
	OpenOutput(ctx context.Context, id string, key *ecdsa.PrivateKey) (io.ReadCloser, int64, error)
}

// Server is the dashboard's handler and its state (sessions, challenges).
type Server struct {
	token      string
	api        http.Handler
	listenHost string
	owners     JobOwner
	opener     ResultsOpener
	metrics    http.Handler
	events     *Broadcaster
	daemon     string // peer id, in the sign-in message
	chainID    uint64
	sessions   *sessions
	static     fs.FS
	keepalive  time.Duration
	log        *slog.Logger
}

// Option configures a Server.
type Option func(*Server) error

// ListenHost is the host of the listen address: accepted in Host headers
// besides loopback names and addresses.
func ListenHost(h string) Option { return func(s *Server) error { s.listenHost = h; return nil } }

// Owners says whose jobs are (required: it gates logs and outputs).
func Owners(o JobOwner) Option { return func(s *Server) error { s.owners = o; return nil } }

// Results opens sealed results with a wallet-derived key; without it the
// /web/results-key and /web/jobs/{id}/logs|output endpoints answer 501.
func Results(o ResultsOpener) Option { return func(s *Server) error { s.opener = o; return nil } }

// Metrics serves /metrics (nil: no /metrics).
func Metrics(h http.Handler) Option { return func(s *Server) error { s.metrics = h; return nil } }

// Events feeds /web/events.
func Events(b *Broadcaster) Option { return func(s *Server) error { s.events = b; return nil } }

// SignIn names the daemon (its peer id) and chain in the wallet sign-in
// message.
func SignIn(daemon string, chainID uint64) Option {
	return func(s *Server) error { s.daemon, s.chainID = daemon, chainID; return nil }
}

// Keepalive is how often an idle event stream gets a comment (default 15s).
func Keepalive(d time.Duration) Option {
	return func(s *Server) error {
		if d <= 0 {
			return fmt.Errorf("event keepalive %s: it must be positive", d)
		}
		s.keepalive = d
		return nil
	}
}

// MaxSessions caps the logged-in browsers (default 64; the least recently
// seen is logged out for a new one).
func MaxSessions(n int) Option {
	return func(s *Server) error {
		if n <= 0 {
			return fmt.Errorf("dashboard session cap %d: it must be positive", n)
		}
		s.sessions.max = n
		return nil
	}
}

// Logger sets the logger.
func Logger(l *slog.Logger) Option { return func(s *Server) error { s.log = l; return nil } }

// New makes the dashboard server for token, serving apiHandler under /v1.
func New(token string, apiHandler http.Handler, opts ...Option) (*Server, error) {
	if !validToken(token) {
		return nil, errors.New("dashboard token must be 64 hex digits (LoadOrCreateToken makes one)")
	}
	sub, err := fs.Sub(staticFiles, "static")
	if err != nil {
		return nil, fmt.Errorf("embedded web app: %w", err)
	}
	s := &Server{
		token:     token,
		api:       apiHandler,
		sessions:  newSessions(defaultMaxSessions, defaultSessionTTL),
		static:    sub,
		keepalive: defaultKeepalive,
		log:       slog.Default(),
	}
	for _, o := range opts {
		if err := o(s); err != nil {
			return nil, err
		}
	}
	if s.owners == nil {
		return nil, errors.New("dashboard needs Owners: without it, job logs and outputs cannot be gated")
	}
	return s, nil
}

type ctxKey struct{}

// auth is how a request proved itself.
type auth struct {
	session *session // nil: bearer token
}

func authOf(r *http.Request) auth {
	a, _ := r.Context().Value(ctxKey{}).(auth)
	return a
}

// Handler is everything the listener serves.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /v1/jobs/{id}/logs", s.ownerOnly)
	mux.HandleFunc("GET /v1/jobs/{id}/output", s.ownerOnly)
	mux.Handle("/v1/", s.api)
	if s.metrics != nil {
		mux.Handle("GET /metrics", s.metrics)
	}
	mux.HandleFunc("GET /web/events", s.serveEvents)
	mux.HandleFunc("GET /web/wallet/challenge", s.walletChallenge)
	mux.HandleFunc("POST /web/wallet", s.walletSignIn)
	mux.HandleFunc("GET /web/wallet", s.walletGet)
	mux.HandleFunc("POST /web/wallet/logout", s.walletLogout)
	mux.HandleFunc("GET /web/results-key/typed-data", s.resultsKeyTypedData)
	mux.HandleFunc("POST /web/results-key", s.resultsKey)
	mux.HandleFunc("POST /web/jobs/{id}/logs", s.openLogs)
	mux.HandleFunc("POST /web/jobs/{id}/output", s.openOutput)
	files := http.FileServerFS(s.static)
	mux.HandleFunc("GET /assets/", func(w http.ResponseWriter, r *http.Request) {
		if strings.HasSuffix(r.URL.Path, "/") {
			http.NotFound(w, r) // files only, no listings
			return
		}
		files.ServeHTTP(w, r)
	})
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		http.ServeFileFS(w, r, s.static, "index.html")
	})
	return s.guard(mux)
}

// guard sets the security headers, checks the Host, logs a browser in at
// /login, and lets through only authenticated requests (and writes with a
// CSRF token and this origin).
func (s *Server) guard(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", CSP)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("X-Frame-Options", "DENY")
		if !s.hostAllowed(r.Host) {
			s.refuse(w, r, fmt.Sprintf("Host %q is not this dashboard's: open it as http://127.0.0.1:PORT/ (the link `skyops dashboard --print` prints)", r.Host))
			return
		}
		if r.URL.Path == "/login" {
			s.login(w, r)
			return
		}
		a, ok := s.authenticate(r)
		if !ok {
			s.refuse(w, r, "not logged in to this skyops dashboard: open the link that `skyops dashboard --print` prints")
			return
		}
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			if why := s.writeRefusal(r, a); why != "" {
				s.refuse(w, r, why)
				return
			}
		}
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), ctxKey{}, a)))
	})
}

// hostAllowed: a loopback name or address, or the listen address's host.
// A DNS-rebound name (evil.example resolving to 127.0.0.1) is refused.
func (s *Server) hostAllowed(hostport string) bool {
	host := hostport
	if h, _, err := net.SplitHostPort(hostport); err == nil {
		host = h
	}
	host = strings.TrimSuffix(strings.TrimPrefix(host, "["), "]")
	if host == "" {
		return false
	}
	if strings.EqualFold(host, "localhost") {
		return true
	}
	if ip := net.ParseIP(host); ip != nil && ip.IsLoopback() {
		return true
	}
	return s.listenHost != "" && strings.EqualFold(host, s.listenHost)
}

// authenticate accepts the session cookie or the bearer token.
func (s *Server) authenticate(r *http.Request) (auth, bool) {
	if v := r.Header.Get("Authorization"); v != "" {
		tok, ok := strings.CutPrefix(v, "Bearer ")
		return auth{}, ok && equalSecret(strings.TrimSpace(tok), s.token)
	}
	c, err := r.Cookie(SessionCookie)
	if err != nil {
		return auth{}, false
	}
	x, ok := s.sessions.get(c.Value)
	if !ok {
		return auth{}, false
	}
	return auth{session: &x}, true
}

// writeRefusal is why a write is refused ("" when it is not): a browser
// session's write needs the CSRF header equal to its cookie (and to the
// session's), and an Origin, when sent, must be this one. A bearer
// request needs no CSRF token: a cross-site page can make a browser send
// cookies, never an Authorization header it does not know.
func (s *Server) writeRefusal(r *http.Request, a auth) string {
	if o := r.Header.Get("Origin"); o != "" && o != "http://"+r.Host {
		return fmt.Sprintf("cross-site request refused: Origin %s is not this dashboard's (http://%s)", o, r.Host)
	}
	if r.Header.Get("Sec-Fetch-Site") == "cross-site" {
		return "cross-site request refused (Sec-Fetch-Site: cross-site)"
	}
	if a.session == nil {
		return ""
	}
	hdr := r.Header.Get(CSRFHeader)
	c, err := r.Cookie(CSRFCookie)
	if err != nil || !equalSecret(hdr, c.Value) || !equalSecret(hdr, a.session.csrf) {
		return "request refused: no valid " + CSRFHeader + " header (the page sends the " + CSRFCookie + " cookie's value in it; reload the dashboard)"
	}
	return ""
}

// refuse answers 403: JSON under /v1 (as the API's errors), text elsewhere.
func (s *Server) refuse(w http.ResponseWriter, r *http.Request, msg string) {
	if strings.HasPrefix(r.URL.Path, "/v1/") || strings.HasPrefix(r.URL.Path, "/web/") {
		api.WriteError(w, http.StatusForbidden, "forbidden", msg)
		return
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.WriteHeader(http.StatusForbidden)
	_, _ = io.WriteString(w, msg+"\n")
}

// login is GET /login?token=T: a session, its cookies, and off to /.
func (s *Server) login(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet {
		w.Header().Set("Allow", "GET")
		http.Error(w, "login is GET /login?token=T", http.StatusMethodNotAllowed)
		return
	}
	if !equalSecret(r.URL.Query().Get("token"), s.token) {
		s.refuse(w, r, "wrong or missing dashboard token: open the link that `skyops dashboard --print` prints (the token changes when web.token is removed)")
		return
	}
	x := s.sessions.create()
	http.SetCookie(w, &http.Cookie{Name: SessionCookie, Value: x.id, Path: "/", HttpOnly: true, SameSite: http.SameSiteStrictMode})
	http.SetCookie(w, &http.Cookie{Name: CSRFCookie, Value: x.csrf, Path: "/", SameSite: http.SameSiteStrictMode})
	w.Header().Set("Cache-Control", "no-store")
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// ownerOnly gates GET /v1/jobs/{id}/logs and /output: only a session
// whose signed-in wallet owns the job is passed to the API.
func (s *Server) ownerOnly(w http.ResponseWriter, r *http.Request) {
	if _, ok := s.requireOwner(w, r); ok {
		s.api.ServeHTTP(w, r)
	}
}

// requireOwner answers the refusal itself when the session's wallet does
// not own the job.
func (s *Server) requireOwner(w http.ResponseWriter, r *http.Request) (common.Address, bool) {
	a := authOf(r)
	if a.session == nil || a.session.wallet == (common.Address{}) {
		api.WriteError(w, http.StatusForbidden, "forbidden", "a job's logs and output are its owner's: connect the owner's wallet on the dashboard first")
		return common.Address{}, false
	}
	owner, err := s.owners.JobOwner(r.Context(), r.PathValue("id"))
	if err != nil {
		writeErr(w, err)
		return common.Address{}, false
	}
	if owner != a.session.wallet {
		api.WriteError(w, http.StatusForbidden, "forbidden", fmt.Sprintf("job %s is owned by %s, not by the connected wallet %s: its logs and output are for its owner only", r.PathValue("id"), owner.Hex(), a.session.wallet.Hex()))
		return common.Address{}, false
	}
	return owner, true
}

// writeErr answers an *api.Error with its status, anything else as 500.
func writeErr(w http.ResponseWriter, err error) {
	var e *api.Error
	if !errors.As(err, &e) {
		writeJSONError(w, http.StatusInternalServerError, "internal", err.Error())
		return
	}
	status := map[string]int{
		"bad_request": http.StatusBadRequest, "forbidden": http.StatusForbidden, "not_found": http.StatusNotFound,
		"conflict": http.StatusConflict, "unavailable": http.StatusServiceUnavailable, "timeout": http.StatusRequestTimeout,
		"too_large": http.StatusRequestEntityTooLarge,
	}[e.Code]
	if status == 0 {
		status = http.StatusInternalServerError
	}
	writeJSONError(w, status, e.Code, e.Message)
}

func writeJSONError(w http.ResponseWriter, status int, code, msg string) {
	api.WriteError(w, status, code, msg)
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	_ = json.NewEncoder(w).Encode(v)
}

// decode reads a small JSON body, refusing unknown fields.
func decode(w http.ResponseWriter, r *http.Request, v any) bool {
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, 8<<10))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		writeJSONError(w, http.StatusBadRequest, "bad_request", "request body is not valid JSON for this endpoint: "+err.Error())
		return false
	}
	return true
}
