package api

import (
	"bufio"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// serveTest serves h on a fresh socket with opts until the test ends.
func serveTest(t *testing.T, h http.Handler, opts ...ServeOption) string {
	t.Helper()
	sock := filepath.Join(shortDir(t), "d.sock")
	l, err := Listen(sock)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- Serve(ctx, l, h, opts...) }()
	t.Cleanup(func() {
		cancel()
		if err := <-served; err != nil {
			t.Error(err)
		}
	})
	return sock
}

func dial(t *testing.T, sock string) net.Conn {
	t.Helper()
	c, err := net.Dial("unix", sock)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

const health = "GET /v1/health HTTP/1.1\r\nHost: skyopsd\r\n\r\n"

// readAnswer reads one HTTP answer from br within d.
func readAnswer(c net.Conn, br *bufio.Reader, d time.Duration) (*http.Response, []byte, error) {
	c.SetReadDeadline(time.Now().Add(d))
	resp, err := http.ReadResponse(br, nil)
	if err != nil {
		return nil, nil, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	return resp, body, err
}

// A client that sends its body a byte at a time is cut off at the read
// deadline with a JSON timeout, on a small endpoint and on submit (whose
// body has the longer upload timeout).
func TestSlowBodyIsCut(t *testing.T) {
	sock := serveTest(t, Handler(jobsBackend{}, slog.New(slog.DiscardHandler)),
		ReadTimeout(300*time.Millisecond), UploadTimeout(600*time.Millisecond))
	for _, path := range []string{"/v1/jobs/0xabcdef/cancel", "/v1/jobs"} {
		c := dial(t, sock)
		const bodyLen = 200
		fmt.Fprintf(c, "POST %s HTTP/1.1\r\nHost: skyopsd\r\nContent-Length: %d\r\n\r\n", path, bodyLen)
		sent := make(chan int, 1)
		go func() {
			n := 0
			for ; n < bodyLen; n++ {
				if _, err := c.Write([]byte(" ")); err != nil {
					break
				}
				time.Sleep(50 * time.Millisecond) // 10 s for the whole body
			}
			sent <- n
		}()
		resp, body, err := readAnswer(c, bufio.NewReader(c), 30*time.Second)
		if err != nil {
			t.Fatalf("%s: no answer to a slow body: %v", path, err)
		}
		var e Error
		if resp.StatusCode != http.StatusRequestTimeout || json.Unmarshal(body, &e) != nil || e.Code != "timeout" {
			t.Fatalf("%s: %s %s, want a JSON 408 timeout", path, resp.Status, body)
		}
		c.Close()
		if n := <-sent; n >= bodyLen {
			t.Fatalf("%s: the whole body was sent before the answer", path)
		}
	}
}

// A keep-alive connection left idle is closed by the daemon.
func TestIdleConnectionIsClosed(t *testing.T) {
	sock := serveTest(t, Handler(fixedBackend{}, slog.New(slog.DiscardHandler)), IdleTimeout(200*time.Millisecond))
	c := dial(t, sock)
	br := bufio.NewReader(c)
	io.WriteString(c, health)
	if resp, _, err := readAnswer(c, br, 10*time.Second); err != nil || resp.StatusCode != 200 {
		t.Fatalf("health: %v %v", resp, err)
	}
	// Nothing more is sent: the daemon must close the connection.
	c.SetReadDeadline(time.Now().Add(20 * time.Second))
	if _, err := br.ReadByte(); !errors.Is(err, io.EOF) {
		t.Fatalf("idle keep-alive: read %v, want EOF (closed by the daemon)", err)
	}
}

// With the cap reached, one more connection waits until one closes.
func TestConnectionCap(t *testing.T) {
	sock := serveTest(t, Handler(fixedBackend{}, slog.New(slog.DiscardHandler)), MaxConns(2))
	var held []net.Conn
	for range 2 {
		c := dial(t, sock)
		io.WriteString(c, health)
		if resp, _, err := readAnswer(c, bufio.NewReader(c), 10*time.Second); err != nil || resp.StatusCode != 200 {
			t.Fatalf("health: %v %v", resp, err)
		}
		held = append(held, c) // kept open, idle
	}
	third := dial(t, sock)
	br := bufio.NewReader(third)
	io.WriteString(third, health)
	if _, _, err := readAnswer(third, br, 300*time.Millisecond); !errors.Is(err, os.ErrDeadlineExceeded) {
		t.Fatalf("third connection over a cap of 2 was answered: %v", err)
	}
	held[0].Close()
	if resp, _, err := readAnswer(third, br, 20*time.Second); err != nil || resp.StatusCode != 200 {
		t.Fatalf("third connection after one closed: %v %v", resp, err)
	}
}

// streamBackend follows a log that writes a frame every 100 ms for a second.
type streamBackend struct{ jobsBackend }

func (streamBackend) FollowLogs(ctx context.Context, _ string, w io.Writer, flush func()) error {
	for i := range 10 {
		time.Sleep(100 * time.Millisecond)
		frame := binary.AppendUvarint(nil, 5)
		if _, err := w.Write(append(frame, fmt.Sprintf("log %d", i)...)); err != nil {
			return err
		}
		flush()
	}
	_, err := w.Write([]byte{0})
	flush()
	return err
}

// A followed log outlives the read and write timeouts: each frame gets its
// own write deadline, and the request's read deadline, long past, does not
// end it.
func TestStreamOutlivesTimeouts(t *testing.T) {
	sock := serveTest(t, Handler(streamBackend{}, slog.New(slog.DiscardHandler)),
		ReadTimeout(300*time.Millisecond), WriteTimeout(250*time.Millisecond))
	var got []string
	err := NewClient(sock).FollowLogs(context.Background(), "0xabcdef", func(b []byte) error {
		got = append(got, string(b))
		return nil
	})
	if err != nil || len(got) != 10 || got[9] != "log 9" {
		t.Fatalf("followed %q: %v", got, err)
	}
	// A plain answer is bounded by the write timeout all the same.
	if _, err := NewClient(sock).ID(context.Background()); err != nil {
		t.Fatal(err)
	}
}

func TestServeOptionsRefuseNonsense(t *testing.T) {
	l, err := Listen(filepath.Join(shortDir(t), "d.sock"))
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	for _, o := range []ServeOption{ReadTimeout(0), UploadTimeout(-1), WriteTimeout(0), FetchTimeout(0), StreamTimeout(0), IdleTimeout(0), MaxConns(0)} {
		if err := Serve(context.Background(), l, http.NotFoundHandler(), o); err == nil || !strings.Contains(err.Error(), "positive") {
			t.Fatalf("option accepted: %v", err)
		}
	}
}

// forbidBackend refuses every cancel as a stranger's.
type forbidBackend struct{ jobsBackend }

func (forbidBackend) Cancel(context.Context, string, *CancelRequest) (*Job, error) {
	return nil, Errorf("forbidden", "only the job's owner can cancel it")
}

// Every refusal, whoever makes it (a route, the mux, the body limit, a
// panic), is a JSON error with the documented code and status.
func TestEveryErrorIsJSON(t *testing.T) {
	sock := serveTest(t, Handler(forbidBackend{}, slog.New(slog.DiscardHandler)))
	panicky := serveTest(t, Handler(fixedBackend{panics: true}, slog.New(slog.DiscardHandler)))
	cases := []struct {
		sock, raw string
		status    int
		code      string
	}{
		{sock, "GET /v1/nope HTTP/1.1\r\nHost: x\r\n\r\n", 404, "not_found"},
		{sock, "GET /v1//id HTTP/1.1\r\nHost: x\r\n\r\n", 404, "not_found"},
		{sock, "GET /v1/./id HTTP/1.1\r\nHost: x\r\n\r\n", 404, "not_found"},
		{sock, "GET /v1/jobs/../id HTTP/1.1\r\nHost: x\r\n\r\n", 404, "not_found"},
		{sock, "GET / HTTP/1.1\r\nHost: x\r\n\r\n", 404, "not_found"},
		{sock, "DELETE /v1/jobs HTTP/1.1\r\nHost: x\r\n\r\n", 405, "method_not_allowed"},
		{sock, "POST /v1/jobs/0xabcdef/cancel HTTP/1.1\r\nHost: x\r\nContent-Length: 14\r\n\r\n{\"signature\":1", 400, "bad_request"},
		{sock, "POST /v1/jobs/0xabcdef/cancel HTTP/1.1\r\nHost: x\r\nContent-Length: 18\r\n\r\n{\"signature\":\"0x\"}", 403, "forbidden"},
		{sock, fmt.Sprintf("POST /v1/jobs HTTP/1.1\r\nHost: x\r\nContent-Length: %d\r\n\r\n", MaxSubmitBytes+1), 413, "too_large"},
		{sock, "POST /v1/jobs/0xabcdef/cancel HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n" +
			fmt.Sprintf("%x\r\n%s\r\n0\r\n\r\n", maxCancelBytes+10, strings.Repeat(" ", maxCancelBytes+10)), 413, "too_large"},
		{panicky, "GET /v1/id HTTP/1.1\r\nHost: x\r\n\r\n", 500, "internal"},
	}
	for _, c := range cases {
		conn := dial(t, c.sock)
		io.WriteString(conn, c.raw)
		resp, body, err := readAnswer(conn, bufio.NewReader(conn), 20*time.Second)
		first, _, _ := strings.Cut(c.raw, "\r\n")
		if err != nil {
			t.Fatalf("%s: %v", first, err)
		}
		var e Error
		if resp.StatusCode != c.status || resp.Header.Get("Content-Type") != "application/json" ||
			json.Unmarshal(body, &e) != nil || e.Code != c.code || e.Message == "" {
			t.Errorf("%s: %s %q %s, want %d JSON %s", first, resp.Status, resp.Header.Get("Content-Type"), body, c.status, c.code)
		}
	}
}

// slowBackend takes 800 ms to answer a log or a submit, as a fetch from a
// peer or a big module's checks may; it gives up only if the request is
// cancelled.
type slowBackend struct{ jobsBackend }

func (slowBackend) wait(ctx context.Context) error {
	select {
	case <-time.After(800 * time.Millisecond):
		return nil
	case <-ctx.Done():
		return Errorf("internal", "the request was cancelled: %v", ctx.Err())
	}
}

func (b slowBackend) JobLogs(ctx context.Context, _ string) ([]byte, error) {
	return []byte("the log"), b.wait(ctx)
}

func (b slowBackend) Submit(ctx context.Context, _ *SubmitRequest) (*SubmitResponse, error) {
	return &SubmitResponse{ID: "0x01"}, b.wait(ctx)
}

// An answer that takes longer than the read timeout is not cut short by it
// (the request's context stays live: net/http lifts the read deadline once
// the body is in).
func TestSlowAnswerOutlivesReadTimeout(t *testing.T) {
	sock := serveTest(t, Handler(slowBackend{}, slog.New(slog.DiscardHandler)),
		ReadTimeout(300*time.Millisecond), UploadTimeout(300*time.Millisecond))
	c := NewClient(sock)
	if b, err := c.Logs(context.Background(), "0xabcdef"); err != nil || string(b) != "the log" {
		t.Fatalf("slow logs: %q, %v", b, err)
	}
	if r, err := c.Submit(context.Background(), SubmitRequest{}); err != nil || r.ID != "0x01" {
		t.Fatalf("slow submit: %+v, %v", r, err)
	}
}
