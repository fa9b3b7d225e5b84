package web

import (
	"crypto/subtle"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Cookie names.
const (
	SessionCookie = "skyops_session"
	CSRFCookie    = "skyops_csrf"
	// CSRFHeader carries the CSRF cookie's value on every write.
	CSRFHeader = "X-CSRF-Token"
)

// Defaults of the session store.
const (
	defaultMaxSessions = 64
	defaultSessionTTL  = 12 * time.Hour // idle: a dashboard left open a working day
	challengeTTL       = 5 * time.Minute
)

// session is one logged-in browser.
type session struct {
	id, csrf string
	wallet   common.Address // zero: no wallet signed in
	// challenge is the one sign-in challenge outstanding (a newer one
	// replaces it; it is used up by the first POST /web/wallet).
	challenge *challenge
	seen      time.Time
}

type challenge struct {
	nonce    string
	issuedAt time.Time
	typed    []byte // the typed data as handed out
}

// sessions is the bounded session store: at most max sessions, each
// forgotten after ttl idle, the least recently seen evicted for a new one.
type sessions struct {
	mu  sync.Mutex
	m   map[string]*session
	max int
	ttl time.Duration
	now func() time.Time
}

func newSessions(max int, ttl time.Duration) *sessions {
	return &sessions{m: map[string]*session{}, max: max, ttl: ttl, now: time.Now}
}

// create starts a session (a login).
func (s *sessions) create() session {
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.now()
	s.expireLocked(now)
	for len(s.m) >= s.max {
		var oldest *session
		for _, x := range s.m {
			if oldest == nil || x.seen.Before(oldest.seen) {
				oldest = x
			}
		}
		delete(s.m, oldest.id)
	}
	x := &session{id: randomHex(32), csrf: randomHex(32), seen: now}
	s.m[x.id] = x
	return *x
}

func (s *sessions) expireLocked(now time.Time) {
	for id, x := range s.m {
		if now.Sub(x.seen) > s.ttl {
			delete(s.m, id)
		}
	}
}

// get finds a live session by its cookie's value, and marks it seen.
func (s *sessions) get(id string) (session, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	x, ok := s.m[id]
	if !ok {
		return session{}, false
	}
	now := s.now()
	if now.Sub(x.seen) > s.ttl {
		delete(s.m, id)
		return session{}, false
	}
	x.seen = now
	return *x, true
}

// update changes a live session under the lock; false if it is gone.
func (s *sessions) update(id string, f func(*session)) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	x, ok := s.m[id]
	if ok {
		f(x)
	}
	return ok
}

// takeChallenge removes and returns the session's outstanding challenge
// if it is still fresh: a challenge is good for one sign-in attempt.
func (s *sessions) takeChallenge(id string) (*challenge, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	x, ok := s.m[id]
	if !ok || x.challenge == nil {
		return nil, false
	}
	c := x.challenge
	x.challenge = nil
	if s.now().Sub(c.issuedAt) > challengeTTL {
		return nil, false
	}
	return c, true
}

func (s *sessions) len() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.m)
}

// equalSecret compares secrets in constant time.
func equalSecret(a, b string) bool {
	return len(a) > 0 && subtle.ConstantTimeCompare([]byte(a), []byte(b)) == 1
}
