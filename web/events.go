package web

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"sync"
	"time"
)

// Defaults of the event stream.
const (
	defaultMaxSubscribers = 64
	// maxPendingJobs is how many distinct jobs' changes one subscriber may
	// have waiting; past it the subscriber is dropped (its EventSource
	// reconnects and reloads), never buffered further.
	maxPendingJobs   = 256
	defaultKeepalive = 15 * time.Second
	nodesEvery       = time.Second // "nodes" events at most this often
	sseWriteTimeout  = 30 * time.Second
)

// ErrTooManySubscribers refuses a subscriber past the cap.
var ErrTooManySubscribers = errors.New("too many dashboard event streams are open")

// Broadcaster fans job and view changes out to event-stream subscribers.
// Publishing never blocks and never allocates per subscriber beyond a
// bounded map: changes of one job coalesce to its latest state, view
// changes to one flag, and a subscriber too far behind is dropped.
type Broadcaster struct {
	mu     sync.Mutex
	subs   map[*Subscriber]struct{}
	max    int
	closed bool
}

// NewBroadcaster makes a broadcaster for at most max subscribers (0: 64).
func NewBroadcaster(max int) *Broadcaster {
	if max <= 0 {
		max = defaultMaxSubscribers
	}
	return &Broadcaster{subs: map[*Subscriber]struct{}{}, max: max}
}

// Subscriber is one event stream's queue.
type Subscriber struct {
	b    *Broadcaster
	wake chan struct{} // one slot: something is pending
	done chan struct{} // closed: dropped, unsubscribed or the broadcaster closed

	mu      sync.Mutex
	jobs    map[string]string // job id → latest state, not yet taken
	order   []string          // ids in the order they first changed
	nodes   bool
	dropped bool
	once    sync.Once
}

// Subscribe adds a subscriber; Close it when done.
func (b *Broadcaster) Subscribe() (*Subscriber, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.closed {
		return nil, errors.New("the daemon is shutting down")
	}
	if len(b.subs) >= b.max {
		return nil, fmt.Errorf("%w (%d): close a dashboard tab", ErrTooManySubscribers, b.max)
	}
	s := &Subscriber{b: b, wake: make(chan struct{}, 1), done: make(chan struct{}), jobs: map[string]string{}}
	b.subs[s] = struct{}{}
	return s, nil
}

// Job tells every subscriber that a job changed to state.
func (b *Broadcaster) Job(id, state string) {
	b.each(func(s *Subscriber) { s.addJob(id, state) })
}

// Nodes tells every subscriber that the view of the network changed.
func (b *Broadcaster) Nodes() {
	b.each(func(s *Subscriber) {
		s.mu.Lock()
		s.nodes = true
		s.mu.Unlock()
		nudgeCh(s.wake)
	})
}

// each calls f for every subscriber, outside the lock (f may drop one).
func (b *Broadcaster) each(f func(*Subscriber)) {
	b.mu.Lock()
	subs := make([]*Subscriber, 0, len(b.subs))
	for s := range b.subs {
		subs = append(subs, s)
	}
	b.mu.Unlock()
	for _, s := range subs {
		f(s)
	}
}

// Len is the number of subscribers.
func (b *Broadcaster) Len() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return len(b.subs)
}

// Close ends every subscriber's stream; later subscribers are refused.
func (b *Broadcaster) Close() {
	b.mu.Lock()
	b.closed = true
	subs := b.subs
	b.subs = map[*Subscriber]struct{}{}
	b.mu.Unlock()
	for s := range subs {
		s.end()
	}
}

func (s *Subscriber) addJob(id, state string) {
	s.mu.Lock()
	if s.dropped {
		s.mu.Unlock()
		return
	}
	if _, ok := s.jobs[id]; !ok {
		if len(s.jobs) >= maxPendingJobs {
			// Too far behind: drop it rather than buffer more.
			s.dropped = true
			s.jobs, s.order = nil, nil
			s.mu.Unlock()
			s.b.remove(s)
			return
		}
		s.order = append(s.order, id)
	}
	s.jobs[id] = state
	s.mu.Unlock()
	nudgeCh(s.wake)
}

// JobChange is one pending job change.
type JobChange struct {
	ID    string `json:"id"`
	State string `json:"state"`
}

// Take returns the pending changes (oldest first) and clears them.
func (s *Subscriber) Take() (jobs []JobChange, nodes bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, id := range s.order {
		jobs = append(jobs, JobChange{ID: id, State: s.jobs[id]})
	}
	s.jobs, s.order = map[string]string{}, nil
	nodes, s.nodes = s.nodes, false
	return jobs, nodes
}

// Pending is how many job changes wait (for tests).
func (s *Subscriber) Pending() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.jobs)
}

// Wake fires when something is pending.
func (s *Subscriber) Wake() <-chan struct{} { return s.wake }

// Done is closed when the stream must end: the subscriber fell too far
// behind, or the daemon is closing.
func (s *Subscriber) Done() <-chan struct{} { return s.done }

// Dropped says whether it was dropped for falling behind.
func (s *Subscriber) Dropped() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.dropped
}

// Close unsubscribes.
func (s *Subscriber) Close() { s.b.remove(s) }

func (b *Broadcaster) remove(s *Subscriber) {
	b.mu.Lock()
	delete(b.subs, s)
	b.mu.Unlock()
	s.end()
}

func (s *Subscriber) end() { s.once.Do(func() { close(s.done) }) }

func nudgeCh(ch chan struct{}) {
	select {
	case ch <- struct{}{}:
	default:
	}
}

// serveEvents is GET /web/events: server-sent events until the client
// goes, the subscriber is dropped, or the daemon closes.
func (s *Server) serveEvents(w http.ResponseWriter, r *http.Request) {
	if s.events == nil {
		writeJSONError(w, http.StatusNotImplemented, "unavailable", "this daemon publishes no events")
		return
	}
	sub, err := s.events.Subscribe()
	if err != nil {
		writeJSONError(w, http.StatusServiceUnavailable, "unavailable", err.Error())
		return
	}
	defer sub.Close()
	rc := http.NewResponseController(w)
	// A stream outlives the server's read timeout: without this, the
	// connection's deadline would cut it after a request's time.
	_ = rc.SetReadDeadline(time.Time{})
	h := w.Header()
	h.Set("Content-Type", "text/event-stream")
	h.Set("Cache-Control", "no-store")
	h.Set("X-Accel-Buffering", "no")
	w.WriteHeader(http.StatusOK)
	write := func(b []byte) bool {
		_ = rc.SetWriteDeadline(time.Now().Add(sseWriteTimeout))
		if _, err := w.Write(b); err != nil {
			return false
		}
		return rc.Flush() == nil
	}
	if !write([]byte(": connected\n\n")) {
		return
	}
	keep := time.NewTicker(s.keepalive)
	defer keep.Stop()
	var lastNodes time.Time
	nodesTimer := time.NewTimer(time.Hour)
	nodesTimer.Stop()
	nodesDue := false
	sendNodes := func() bool {
		nodesDue = false
		lastNodes = time.Now()
		return write([]byte("event: nodes\ndata: {}\n\n"))
	}
	for {
		select {
		case <-r.Context().Done():
			return
		case <-sub.Done():
			return
		case <-keep.C:
			if !write([]byte(": keepalive\n\n")) {
				return
			}
		case <-nodesTimer.C:
			if nodesDue && !sendNodes() {
				return
			}
		case <-sub.Wake():
			jobs, nodes := sub.Take()
			var buf []byte
			for _, j := range jobs {
				data, _ := json.Marshal(j)
				buf = append(buf, "event: job\ndata: "...)
				buf = append(buf, data...)
				buf = append(buf, "\n\n"...)
			}
			if len(buf) > 0 && !write(buf) {
				return
			}
			if nodes && !nodesDue {
				if wait := nodesEvery - time.Since(lastNodes); wait > 0 {
					nodesDue = true // coalesced: at most one a second
					nodesTimer.Reset(wait)
				} else if !sendNodes() {
					return
				}
			}
		}
	}
}
