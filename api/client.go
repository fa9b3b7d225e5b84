package api

import (
	"bufio"
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"syscall"
	"time"
)

// Client talks to one daemon over its unix socket.
type Client struct {
	socket string
	http   *http.Client
}

// NewClient returns a client for the daemon listening on socket. Before
// each connection it checks that no other user could have put the socket
// there (CheckSocket), so nothing is sent to an impostor.
func NewClient(socket string) *Client {
	tr := &http.Transport{
		DialContext: func(ctx context.Context, _, _ string) (net.Conn, error) {
			if err := CheckSocket(socket); err != nil {
				return nil, err
			}
			var d net.Dialer
			return d.DialContext(ctx, "unix", socket)
		},
		MaxIdleConns:    2,
		IdleConnTimeout: 30 * time.Second,
	}
	return &Client{socket: socket, http: &http.Client{Transport: tr}}
}

// Socket is the path the client dials.
func (c *Client) Socket() string { return c.socket }

// ID returns the daemon's identity.
func (c *Client) ID(ctx context.Context) (*Identity, error) {
	var out Identity
	return &out, c.get(ctx, "/v1/id", &out)
}

// Peers returns the daemon's open libp2p connections.
func (c *Client) Peers(ctx context.Context) ([]Peer, error) {
	var out []Peer
	return out, c.get(ctx, "/v1/peers", &out)
}

// Nodes returns every node in the daemon's view, itself included, sorted by id.
func (c *Client) Nodes(ctx context.Context) ([]Node, error) {
	var out []Node
	return out, c.get(ctx, "/v1/nodes", &out)
}

func (c *Client) get(ctx context.Context, path string, out any) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "http://skyopsd"+path, nil)
	if err != nil {
		return fmt.Errorf("GET %s: %w", path, err)
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return c.dialError(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, 64<<20))
	if err != nil {
		return fmt.Errorf("GET %s: read answer: %w", path, err)
	}
	if resp.StatusCode/100 != 2 {
		var e Error
		if json.Unmarshal(body, &e) == nil && e.Message != "" {
			return &e
		}
		return fmt.Errorf("GET %s: daemon answered %s", path, resp.Status)
	}
	if err := json.Unmarshal(body, out); err != nil {
		return fmt.Errorf("GET %s: decode answer: %w", path, err)
	}
	return nil
}

// dialError turns "connect: no such file" into advice.
func (c *Client) dialError(err error) error {
	var untrusted *UntrustedSocketError
	switch {
	case errors.As(err, &untrusted):
		return untrusted
	case errors.Is(err, syscall.ENOENT):
		return fmt.Errorf("no daemon socket at %s: start skyopsd, or point --socket (or SKYOPS_SOCKET) at a running daemon's socket", c.socket)
	case errors.Is(err, syscall.ECONNREFUSED):
		return fmt.Errorf("nothing is listening on %s (a daemon that stopped uncleanly leaves its socket behind): start skyopsd, or point --socket at a running daemon", c.socket)
	case errors.Is(err, syscall.EACCES):
		return fmt.Errorf("permission denied on %s: the socket is private to the user that runs the daemon", c.socket)
	}
	return fmt.Errorf("talk to daemon at %s: %w", c.socket, err)
}

// Submit sends a signed job.
func (c *Client) Submit(ctx context.Context, req SubmitRequest) (*SubmitResponse, error) {
	var out SubmitResponse
	return &out, c.do(ctx, http.MethodPost, "/v1/jobs", req, &out)
}

// Jobs lists the jobs this daemon knows.
func (c *Client) Jobs(ctx context.Context, q JobQuery) ([]Job, error) {
	var out []Job
	path := "/v1/jobs"
	if v := q.Values(); len(v) > 0 {
		path += "?" + v.Encode()
	}
	return out, c.get(ctx, path, &out)
}

// Job returns one job by id (or a unique prefix of it).
func (c *Client) Job(ctx context.Context, id string) (*Job, error) {
	var out Job
	return &out, c.get(ctx, "/v1/jobs/"+url.PathEscape(id), &out)
}

// Explain returns how the daemon ranks a job now, node by node.
func (c *Client) Explain(ctx context.Context, id string) (*Explanation, error) {
	var out Explanation
	return &out, c.get(ctx, "/v1/jobs/"+url.PathEscape(id)+"/explain", &out)
}

// Logs returns a finished job's stdout and stderr.
func (c *Client) Logs(ctx context.Context, id string) ([]byte, error) {
	return c.raw(ctx, "/v1/jobs/"+url.PathEscape(id)+"/logs")
}

// Output streams a finished job's output package, sealed to its owner
// (the caller closes it and checks it against the job's output CID).
func (c *Client) Output(ctx context.Context, id string) (io.ReadCloser, error) {
	return c.stream(ctx, "/v1/jobs/"+url.PathEscape(id)+"/output")
}

// Cancel asks the network to cancel a job, with the owner's signature.
func (c *Client) Cancel(ctx context.Context, id string, req CancelRequest) (*Job, error) {
	var out Job
	return &out, c.do(ctx, http.MethodPost, "/v1/jobs/"+url.PathEscape(id)+"/cancel", req, &out)
}

func (c *Client) do(ctx context.Context, method, path string, in, out any) error {
	var body []byte
	var err error
	if m, ok := in.(json.Marshaler); ok {
		body, err = m.MarshalJSON() // as is: json.Marshal would copy a module's base64 once more
	} else {
		body, err = json.Marshal(in)
	}
	if err != nil {
		return fmt.Errorf("%s %s: %w", method, path, err)
	}
	req, err := http.NewRequestWithContext(ctx, method, "http://skyopsd"+path, bytes.NewReader(body))
	if err != nil {
		return fmt.Errorf("%s %s: %w", method, path, err)
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.http.Do(req)
	if err != nil {
		return c.dialError(err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, 64<<20))
	if err != nil {
		return fmt.Errorf("%s %s: read answer: %w", method, path, err)
	}
	if resp.StatusCode/100 != 2 {
		return answerError(method, path, resp.Status, data)
	}
	if err := json.Unmarshal(data, out); err != nil {
		return fmt.Errorf("%s %s: decode answer: %w", method, path, err)
	}
	return nil
}

func (c *Client) raw(ctx context.Context, path string) ([]byte, error) {
	body, err := c.stream(ctx, path)
	if err != nil {
		return nil, err
	}
	defer body.Close()
	data, err := io.ReadAll(io.LimitReader(body, 1<<30))
	if err != nil {
		return nil, fmt.Errorf("GET %s: read answer: %w", path, err)
	}
	return data, nil
}

// stream GETs path and hands over the body of a 2xx answer (the caller
// closes it); any other answer is its error.
func (c *Client) stream(ctx context.Context, path string) (io.ReadCloser, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "http://skyopsd"+path, nil)
	if err != nil {
		return nil, fmt.Errorf("GET %s: %w", path, err)
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, c.dialError(err)
	}
	if resp.StatusCode/100 != 2 {
		defer resp.Body.Close()
		data, _ := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
		return nil, answerError(http.MethodGet, path, resp.Status, data)
	}
	return resp.Body, nil
}

func answerError(method, path, status string, body []byte) error {
	var e Error
	if json.Unmarshal(body, &e) == nil && e.Message != "" {
		return &e
	}
	return fmt.Errorf("%s %s: daemon answered %s", method, path, status)
}

// FollowLogs streams a job's log to onChunk, each chunk sealed to the owner,
// until the job ends. For a job that has already ended, onChunk gets the
// whole sealed log once.
func (c *Client) FollowLogs(ctx context.Context, id string, onChunk func(sealed []byte) error) error {
	path := "/v1/jobs/" + url.PathEscape(id) + "/logs?follow=true"
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "http://skyopsd"+path, nil)
	if err != nil {
		return fmt.Errorf("GET %s: %w", path, err)
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return c.dialError(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode/100 != 2 {
		body, _ := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
		return answerError("GET", path, resp.Status, body)
	}
	if resp.Header.Get("Content-Type") != LogFramesType {
		data, err := io.ReadAll(io.LimitReader(resp.Body, 1<<30))
		if err != nil {
			return fmt.Errorf("read log: %w", err)
		}
		return onChunk(data)
	}
	r := bufio.NewReader(resp.Body)
	for {
		n, err := binary.ReadUvarint(r)
		if err != nil {
			return fmt.Errorf("log stream cut short: %w", err)
		}
		if n == 0 {
			return nil
		}
		if n > 64<<20 {
			return fmt.Errorf("log frame of %d bytes", n)
		}
		buf := make([]byte, n)
		if _, err := io.ReadFull(r, buf); err != nil {
			return fmt.Errorf("log stream cut short: %w", err)
		}
		if err := onChunk(buf); err != nil {
			return err
		}
	}
}

// Telemetry returns a finished GPU job's telemetry series (JSON: a summary
// and every sample per GPU).
func (c *Client) Telemetry(ctx context.Context, id string) ([]byte, error) {
	return c.raw(ctx, "/v1/jobs/"+url.PathEscape(id)+"/telemetry")
}

// Receipts returns a job's receipts, one per attempt that ended.
func (c *Client) Receipts(ctx context.Context, id string) ([]Receipt, error) {
	var out []Receipt
	return out, c.get(ctx, "/v1/jobs/"+url.PathEscape(id)+"/receipts", &out)
}

// Verify has the daemon verify a job's receipts.
func (c *Client) Verify(ctx context.Context, id string) ([]Verification, error) {
	var out []Verification
	return out, c.get(ctx, "/v1/jobs/"+url.PathEscape(id)+"/verify", &out)
}

// Bill is what owner's jobs that ended since then cost.
func (c *Client) Bill(ctx context.Context, owner string, since time.Time) (*Statement, error) {
	var out Statement
	q := url.Values{"owner": {owner}}
	if !since.IsZero() {
		q.Set("since", since.UTC().Format(time.RFC3339Nano))
	}
	return &out, c.get(ctx, "/v1/bill?"+q.Encode(), &out)
}

// Earnings is what the daemon's node earned for runs that ended since then.
func (c *Client) Earnings(ctx context.Context, since time.Time) (*Statement, error) {
	var out Statement
	path := "/v1/earnings"
	if !since.IsZero() {
		path += "?" + url.Values{"since": {since.UTC().Format(time.RFC3339Nano)}}.Encode()
	}
	return &out, c.get(ctx, path, &out)
}
