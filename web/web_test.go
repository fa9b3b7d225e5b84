package web_test

import (
	"archive/tar"
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/skyops/skyops/api"
	"github.com/skyops/skyops/exec/result"
	"github.com/skyops/skyops/web"
)

// checkHeaders: the security headers every answer carries.
func checkHeaders(t *testing.T, what string, h http.Header) {
	t.Helper()
	want := map[string]string{
		"Content-Security-Policy": "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
		"X-Content-Type-Options":  "nosniff",
		"Referrer-Policy":         "no-referrer",
		"X-Frame-Options":         "DENY",
	}
	for k, v := range want {
		if got := h.Get(k); got != v {
			t.Errorf("%s: %s is %q, want %q", what, k, got, v)
		}
	}
}

// raw sends one request without cookies, and checks the headers.
func raw(t *testing.T, req *http.Request) (int, string, http.Header) {
	t.Helper()
	c := &http.Client{Timeout: 10 * time.Second, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	checkHeaders(t, req.Method+" "+req.URL.String(), resp.Header)
	return resp.StatusCode, string(body), resp.Header
}

func TestAuthRefusals(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	d := startDaemon(t, ctx)
	get := func(path string) *http.Request { r, _ := http.NewRequest("GET", d.base+path, nil); return r }

	// No cookie, no token: 403, text for pages and JSON for the API, both
	// saying what to do.
	code, body, h := raw(t, get("/"))
	if code != 403 || !strings.Contains(body, "skyops dashboard --print") || !strings.HasPrefix(h.Get("Content-Type"), "text/plain") {
		t.Errorf("GET / without a session: %d %q %s", code, body, h.Get("Content-Type"))
	}
	code, body, _ = raw(t, get("/v1/id"))
	var e api.Error
	if code != 403 || json.Unmarshal([]byte(body), &e) != nil || e.Code != "forbidden" || !strings.Contains(e.Message, "skyops dashboard --print") {
		t.Errorf("GET /v1/id without a session: %d %s", code, body)
	}
	for _, p := range []string{"/web/events", "/assets/app.js", "/metrics", "/web/wallet"} {
		if code, _, _ := raw(t, get(p)); code != 403 {
			t.Errorf("GET %s without a session: %d, want 403", p, code)
		}
	}
	// A wrong token logs nobody in.
	code, _, h = raw(t, get("/login?token="+strings.Repeat("0", 64)))
	if code != 403 || len(h.Values("Set-Cookie")) != 0 {
		t.Errorf("login with a wrong token: %d, cookies %v", code, h.Values("Set-Cookie"))
	}
	if code, _, _ := raw(t, get("/login")); code != 403 {
		t.Errorf("login without a token: %d", code)
	}
	// The right token: cookies as the contract says, and off to /.
	code, _, h = raw(t, get("/login?token="+d.token))
	cookies := strings.Join(h.Values("Set-Cookie"), "\n")
	if code != http.StatusSeeOther || h.Get("Location") != "/" ||
		!strings.Contains(cookies, web.SessionCookie+"=") || !strings.Contains(cookies, web.CSRFCookie+"=") ||
		strings.Count(cookies, "SameSite=Strict") != 2 || strings.Count(cookies, "HttpOnly") != 1 {
		t.Errorf("login: %d to %q, cookies %s", code, h.Get("Location"), cookies)
	}

	// Bearer: the right token passes, a wrong one does not.
	bearer := func(path, tok string) *http.Request {
		r := get(path)
		r.Header.Set("Authorization", "Bearer "+tok)
		return r
	}
	if code, body, _ := raw(t, bearer("/v1/id", d.token)); code != 200 || !strings.Contains(body, d.n.ID().String()) {
		t.Errorf("bearer GET /v1/id: %d %s", code, body)
	}
	if code, _, _ := raw(t, bearer("/v1/id", strings.Repeat("ab", 32))); code != 403 {
		t.Errorf("wrong bearer: %d", code)
	}
	// DNS rebinding: a foreign Host is refused even with the token.
	r := bearer("/v1/id", d.token)
	_, port, _ := net.SplitHostPort(strings.TrimPrefix(d.base, "http://"))
	r.Host = "evil.example:" + port
	if code, body, _ := raw(t, r); code != 403 || !strings.Contains(body, "Host") {
		t.Errorf("foreign Host: %d %s", code, body)
	}
	r = bearer("/v1/id", d.token)
	r.Host = "localhost:" + port
	if code, _, _ := raw(t, r); code != 200 {
		t.Errorf("Host localhost: %d, want 200", code)
	}

	// Writes from a browser session: CSRF header and own Origin.
	b := d.browser(t)
	post := func(hdr map[string]string) int {
		req, _ := http.NewRequest("POST", d.base+"/web/wallet/logout", nil)
		for k, v := range hdr {
			req.Header.Set(k, v)
		}
		resp, err := b.c.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		checkHeaders(t, "POST /web/wallet/logout", resp.Header)
		return resp.StatusCode
	}
	csrf := b.csrf()
	for name, hdr := range map[string]map[string]string{
		"no CSRF header":    {"Origin": d.base},
		"wrong CSRF header": {"Origin": d.base, web.CSRFHeader: strings.Repeat("1", 64)},
		"cross-site Origin": {"Origin": "http://evil.example", web.CSRFHeader: csrf},
		"Sec-Fetch-Site":    {web.CSRFHeader: csrf, "Sec-Fetch-Site": "cross-site"},
	} {
		if code := post(hdr); code != 403 {
			t.Errorf("POST with %s: %d, want 403", name, code)
		}
	}
	if code := post(map[string]string{"Origin": d.base, web.CSRFHeader: csrf}); code != 200 {
		t.Errorf("POST with the CSRF header and own Origin: %d, want 200", code)
	}
	// A write through the API from a cross-site page is refused too.
	if code, body, _ := b.do("GET", "/v1/id", nil); code != 200 {
		t.Errorf("session GET /v1/id: %d %s", code, body)
	}
	req, _ := http.NewRequest("POST", d.base+"/v1/jobs/draft", strings.NewReader(`{"spec":{}}`))
	req.Header.Set("Origin", "http://evil.example")
	resp, err := b.c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 403 {
		t.Errorf("cross-site POST /v1/jobs/draft with the session cookie: %d", resp.StatusCode)
	}
	// Headers on the other kinds of answer: the app, a missing asset, an
	// API error, a wrong method.
	for _, p := range []string{"/", "/assets/nope.js", "/v1/nope", "/nope"} {
		req, _ := http.NewRequest("GET", d.base+p, nil)
		resp, err := b.c.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		checkHeaders(t, "GET "+p, resp.Header)
	}
}

// unixGet is a GET on the daemon's socket, bytes as they come.
func unixGet(t *testing.T, sock, path string) (int, []byte) {
	t.Helper()
	c := &http.Client{Transport: &http.Transport{DialContext: func(ctx context.Context, _, _ string) (net.Conn, error) {
		var d net.Dialer
		return d.DialContext(ctx, "unix", sock)
	}}}
	resp, err := c.Get("http://skyopsd" + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, b
}

// /v1 over the web answers what the socket answers.
func TestAPIProxiedAsOnTheSocket(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	d := startDaemon(t, ctx)
	b := d.browser(t)
	w := newWallet(t)
	id := d.submitProcessJob(t, ctx, w, "sleep", "30")
	for _, p := range []string{"/v1/id", "/v1/health", "/v1/nope", "/v1/jobs/" + id + "/receipts", "/v1/jobs/0xzz"} {
		sc, sb := unixGet(t, d.n.SocketPath(), p)
		wc, wb, _ := b.do("GET", p, nil)
		if sc != wc || !bytes.Equal(sb, wb) {
			t.Errorf("GET %s: socket %d %s, web %d %s", p, sc, sb, wc, wb)
		}
	}
	// GET /v1/web on the socket is the link the web answers to.
	if !strings.HasPrefix(d.info.Login, d.info.URL+"login?token=") || len(d.token) != 64 {
		t.Errorf("GET /v1/web: %+v", d.info)
	}
}

// A job's logs and output are its owner's: another wallet's session, or a
// session without a wallet, is refused; the owner's passes to the API.
func TestOwnerGate(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	d := startDaemon(t, ctx)
	owner, other := newWallet(t), newWallet(t)
	id := d.submitProcessJob(t, ctx, owner, "echo", "hello")
	for {
		j, err := d.sock.Job(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if j.State == "completed" {
			break
		}
		if j.State == "failed" || ctx.Err() != nil {
			t.Fatalf("job %s: %+v", j.State, j)
		}
		time.Sleep(50 * time.Millisecond)
	}
	anon := d.browser(t)
	stranger := d.browser(t)
	stranger.signIn(other)
	mine := d.browser(t)
	mine.signIn(owner)
	for _, p := range []string{"/v1/jobs/" + id + "/logs", "/v1/jobs/" + id + "/output", "/v1/jobs/" + id[:10] + "/logs"} {
		for name, b := range map[string]*browser{"no wallet": anon, "another wallet": stranger} {
			code, body, _ := b.do("GET", p, nil)
			var e api.Error
			if code != 403 || json.Unmarshal(body, &e) != nil || e.Code != "forbidden" {
				t.Errorf("GET %s with %s: %d %s", p, name, code, body)
			}
			if len(body) > 0 && bytes.Contains(body, []byte("hello")) {
				t.Errorf("GET %s with %s leaked the log", p, name)
			}
		}
		sc, sb := unixGet(t, d.n.SocketPath(), p)
		wc, wb, _ := mine.do("GET", p, nil)
		if sc != wc || !bytes.Equal(sb, wb) || wc != 200 {
			t.Errorf("GET %s as the owner: web %d (%d bytes), socket %d (%d bytes)", p, wc, len(wb), sc, len(sb))
		}
	}
	// Bearer requests carry no wallet: refused too.
	req, _ := http.NewRequest("GET", d.base+"/v1/jobs/"+id+"/logs", nil)
	req.Header.Set("Authorization", "Bearer "+d.token)
	if code, _, _ := raw(t, req); code != 403 {
		t.Errorf("bearer GET logs: %d, want 403", code)
	}
	// A job sealed to the wallet key (no resultsKey) cannot be opened with
	// a results signature: refused, with why.
	sig := mine.resultsSignature(owner)
	code, body, _ := mine.do("POST", "/web/jobs/"+id+"/logs", map[string]string{"resultsSignature": sig})
	if code != http.StatusForbidden || !strings.Contains(string(body), "resultsKey") {
		t.Errorf("POST /web/jobs/ID/logs of a job sealed to the wallet key: %d %s", code, body)
	}
}

// The owner's wallet opens a job sealed to its results key, through the
// page's endpoints: the key its signature derives is the one the spec
// names. Another wallet, or the owner presenting another wallet's
// signature, is refused.
func TestResultsOpenedWithTheWallet(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	d := startDaemon(t, ctx)
	owner, other := newWallet(t), newWallet(t)
	mine := d.browser(t)
	mine.signIn(owner)
	sig := mine.resultsSignature(owner)
	code, body, _ := mine.do("POST", "/web/results-key", map[string]string{"resultsSignature": sig})
	var pk struct{ PublicKey string }
	if code != 200 || json.Unmarshal(body, &pk) != nil || len(pk.PublicKey) != 68 {
		t.Fatalf("POST /web/results-key: %d %s", code, body)
	}
	id := d.submitProcessJobSealedTo(t, ctx, owner, pk.PublicKey, "echo", "sealed to the results key")
	d.waitCompleted(t, ctx, id)

	code, body, _ = mine.do("POST", "/web/jobs/"+id+"/logs", map[string]string{"resultsSignature": sig})
	if code != 200 || !strings.Contains(string(body), "sealed to the results key") {
		t.Fatalf("the owner's logs: %d %q", code, body)
	}
	code, body, hdr := mine.do("POST", "/web/jobs/"+id+"/output", map[string]string{"resultsSignature": sig})
	if code != 200 || hdr.Get("Content-Type") != "application/octet-stream" || len(body) < 512 {
		t.Fatalf("the owner's output: %d %s (%d bytes)", code, hdr.Get("Content-Type"), len(body))
	}
	// echo writes no output files: an empty tar, which a tar reader ends
	// cleanly (sealed bytes, or bytes opened with a wrong key, do not).
	if _, err := tar.NewReader(bytes.NewReader(body)).Next(); err != io.EOF {
		t.Fatalf("the output is not the job's (empty) tar: %v", err)
	}

	stranger := d.browser(t)
	stranger.signIn(other)
	theirs := stranger.resultsSignature(other)
	// A signature is only its own wallet's: the owner's session cannot
	// turn another wallet's into a results key.
	if code, body, _ := mine.do("POST", "/web/results-key", map[string]string{"resultsSignature": theirs}); code != http.StatusForbidden {
		t.Errorf("POST /web/results-key with another wallet's signature: %d %s", code, body)
	}
	for name, try := range map[string]struct {
		b   *browser
		sig string
	}{"another wallet": {stranger, theirs}, "the owner with another wallet's signature": {mine, theirs}} {
		code, body, _ := try.b.do("POST", "/web/jobs/"+id+"/logs", map[string]string{"resultsSignature": try.sig})
		if code != http.StatusForbidden || strings.Contains(string(body), "sealed to the results key") {
			t.Errorf("%s: %d %s", name, code, body)
		}
	}
}

// Wallet sign-in: the typed data a wallet signs binds the address; a
// challenge is good once; a signature by another key is refused.
func TestWalletSignIn(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	d := startDaemon(t, ctx)
	b := d.browser(t)
	w, other := newWallet(t), newWallet(t)
	if code, body, _ := b.do("GET", "/web/wallet", nil); code != 200 || !strings.Contains(string(body), `"address":""`) {
		t.Fatalf("GET /web/wallet before sign-in: %d %s", code, body)
	}
	code, body, _ := b.do("GET", "/web/wallet/challenge", nil)
	var ch struct{ TypedData json.RawMessage }
	if code != 200 || json.Unmarshal(body, &ch) != nil {
		t.Fatalf("challenge: %d %s", code, body)
	}
	var td struct {
		PrimaryType string
		Domain      struct{ ChainID uint64 }
		Message     map[string]string
	}
	if err := json.Unmarshal(ch.TypedData, &td); err != nil || td.PrimaryType != "SignIn" || td.Message["daemon"] != d.n.ID().String() ||
		len(td.Message["nonce"]) != 32 || td.Domain.ChainID != d.n.Identity().ChainID {
		t.Fatalf("challenge typed data %s (%v)", ch.TypedData, err)
	}
	sig := signTypedData(t, w.key, ch.TypedData)
	// Signed by w, claimed as other: refused, and the challenge is spent.
	code, body, _ = b.do("POST", "/web/wallet", map[string]string{"address": other.addr.Hex(), "signature": sig})
	if code != 403 || !strings.Contains(string(body), w.addr.Hex()) {
		t.Errorf("signature claimed for another address: %d %s", code, body)
	}
	code, body, _ = b.do("POST", "/web/wallet", map[string]string{"address": w.addr.Hex(), "signature": sig})
	if code != 403 || !strings.Contains(string(body), "challenge") {
		t.Errorf("a spent challenge: %d %s", code, body)
	}
	b.signIn(w)
	if code, body, _ := b.do("GET", "/web/wallet", nil); code != 200 || !strings.Contains(string(body), w.addr.Hex()) {
		t.Errorf("GET /web/wallet after sign-in: %d %s", code, body)
	}
	// Replaying the signature of a used challenge: refused.
	code, _, _ = b.do("GET", "/web/wallet/challenge", nil)
	if code != 200 {
		t.Fatal(code)
	}
	code, body, _ = b.do("POST", "/web/wallet", map[string]string{"address": w.addr.Hex(), "signature": sig})
	if code != 403 {
		t.Errorf("an old signature on a new challenge: %d %s", code, body)
	}
	// Another browser cannot use this session's challenge.
	b2 := d.browser(t)
	code, _, _ = b2.do("POST", "/web/wallet", map[string]string{"address": w.addr.Hex(), "signature": sig})
	if code != 403 {
		t.Errorf("another session's sign-in: %d", code)
	}
	if code, body, _ := b.do("POST", "/web/wallet/logout", nil); code != 200 || !strings.Contains(string(body), `"address":""`) {
		t.Errorf("logout: %d %s", code, body)
	}
	if code, body, _ := b.do("GET", "/web/wallet", nil); !strings.Contains(string(body), `"address":""`) {
		t.Errorf("GET /web/wallet after logout: %d %s", code, body)
	}
	// Bad input: a clear 400.
	if code, body, _ := b.do("POST", "/web/wallet", map[string]string{"address": "nope", "signature": sig}); code != 400 || !strings.Contains(string(body), "not an Ethereum address") {
		t.Errorf("bad address: %d %s", code, body)
	}
}

// sseReader reads events from a stream into a channel.
func sseReader(body io.Reader) <-chan [2]string {
	out := make(chan [2]string, 64)
	go func() {
		defer close(out)
		s := bufio.NewScanner(body)
		var ev string
		for s.Scan() {
			line := s.Text()
			switch {
			case strings.HasPrefix(line, "event: "):
				ev = strings.TrimPrefix(line, "event: ")
			case strings.HasPrefix(line, "data: "):
				out <- [2]string{ev, strings.TrimPrefix(line, "data: ")}
			}
		}
	}()
	return out
}

// A submit reaches an open event stream as a job event; closing the
// daemon ends the stream.
func TestEventsDeliverJobChanges(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	d := startDaemon(t, ctx)
	b := d.browser(t)
	req, _ := http.NewRequestWithContext(ctx, "GET", d.base+"/web/events", nil)
	c := &http.Client{Jar: b.c.Jar} // no timeout: a stream
	resp, err := c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	checkHeaders(t, "GET /web/events", resp.Header)
	if resp.StatusCode != 200 || resp.Header.Get("Content-Type") != "text/event-stream" {
		t.Fatalf("events: %s %s", resp.Status, resp.Header.Get("Content-Type"))
	}
	events := sseReader(resp.Body)
	id := d.submitProcessJob(t, ctx, newWallet(t), "sleep", "30")
	deadline := time.After(10 * time.Second)
	for got := false; !got; {
		select {
		case ev, ok := <-events:
			if !ok {
				t.Fatal("stream ended")
			}
			if ev[0] != "job" {
				continue
			}
			var j web.JobChange
			if err := json.Unmarshal([]byte(ev[1]), &j); err != nil {
				t.Fatalf("job event %q: %v", ev[1], err)
			}
			got = j.ID == id && j.State != ""
		case <-deadline:
			t.Fatalf("no job event for %s within 10s", id)
		}
	}
	// The view changes with every advert (the daemon's own heartbeat
	// included): a nodes event comes within a few seconds.
	for got := false; !got; {
		select {
		case ev, ok := <-events:
			if !ok {
				t.Fatal("stream ended")
			}
			got = ev[0] == "nodes" && ev[1] == "{}"
		case <-time.After(15 * time.Second):
			t.Fatal("no nodes event within 15s")
		}
	}
	d.n.Close()
	select {
	case <-drain(events):
	case <-time.After(10 * time.Second):
		t.Fatal("the event stream outlived the daemon")
	}
}

func drain(ch <-chan [2]string) <-chan struct{} {
	done := make(chan struct{})
	go func() {
		for range ch {
		}
		close(done)
	}()
	return done
}

// Draft over HTTP, sign as a wallet, submit: the job id is the draft's,
// and the typed data is the spec's, as submit-task --dry-run prints it.
func TestDraftSignSubmit(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	d := startDaemon(t, ctx)
	b := d.browser(t)
	w := newWallet(t)
	code, body, _ := b.do("POST", "/v1/jobs/draft", map[string]any{"spec": map[string]any{
		"runtime": "process", "artifact": "echo", "args": []string{"drafted"}, "ramMiB": 16, "durationSec": 60}})
	if code != 200 {
		t.Fatalf("draft: %d %s", code, body)
	}
	var dr api.DraftResponse
	if err := json.Unmarshal(body, &dr); err != nil {
		t.Fatal(err)
	}
	id := d.n.Identity()
	if dr.Spec.Network != id.Network || dr.Spec.Home != id.ID || dr.Spec.Nonce == 0 || dr.Spec.CreatedAt == 0 || dr.Spec.PriceCapWei != "0" {
		t.Errorf("draft spec not completed: %+v", dr.Spec)
	}
	want, err := dr.Spec.TypedDataJSON(id.ChainID)
	if err != nil {
		t.Fatal(err)
	}
	var a, bb bytes.Buffer
	_ = json.Compact(&a, want)
	_ = json.Compact(&bb, dr.TypedData)
	if a.String() != bb.String() {
		t.Errorf("draft typed data\n%s\nwant the dry run's\n%s", bb.String(), a.String())
	}
	sig := signTypedData(t, w.key, dr.TypedData)
	code, body, _ = b.do("POST", "/v1/jobs", api.SubmitRequest{Spec: dr.Spec, Signature: sig, Owner: w.addr.Hex()})
	var sr api.SubmitResponse
	if code != 201 || json.Unmarshal(body, &sr) != nil || sr.ID != dr.ID || sr.Owner != w.addr.Hex() {
		t.Fatalf("submit of the draft: %d %s (draft id %s)", code, body, dr.ID)
	}
	// A wasm module: its CID and size go into the spec.
	module := []byte("\x00asm\x01\x00\x00\x00")
	code, body, _ = b.do("POST", "/v1/jobs/draft", map[string]any{"spec": map[string]any{}, "artifact": module})
	if code != 200 || json.Unmarshal(body, &dr) != nil || dr.Spec.Artifact != result.CIDOf(module) || dr.Spec.ArtifactSize != uint64(len(module)) || dr.Spec.Runtime != "wasm" {
		t.Errorf("draft with a module: %d %s", code, body)
	}
	// The templates a draft may name, as the page lists them.
	code, body, _ = b.do("GET", "/v1/models", nil)
	var tmpls []api.ModelTemplate
	if code != 200 || json.Unmarshal(body, &tmpls) != nil || !slices.ContainsFunc(tmpls, func(m api.ModelTemplate) bool { return m.Name == "cpu-demo" && m.Runtime == "wasm" && m.GPUCount == 0 }) {
		t.Fatalf("GET /v1/models: %d %s; want the shipped templates, cpu-demo among them", code, body)
	}
	// A model template and no module: the daemon supplies the template's
	// builtin program, which the submit carries back.
	code, body, _ = b.do("POST", "/v1/jobs/draft", map[string]any{"spec": map[string]any{"model": "cpu-demo", "args": []string{"--epochs", "1", "--steps", "2"}, "ramMiB": 64}})
	dr = api.DraftResponse{}
	if code != 200 || json.Unmarshal(body, &dr) != nil {
		t.Fatalf("draft of a template: %d %s", code, body)
	}
	if len(dr.Artifact) == 0 || dr.Spec.Artifact != result.CIDOf(dr.Artifact) || dr.Spec.ArtifactSize != uint64(len(dr.Artifact)) || !bytes.HasPrefix(dr.Artifact, []byte("\x00asm")) {
		t.Fatalf("draft of a template: spec artifact %s (%d bytes), module of %d bytes given back", dr.Spec.Artifact, dr.Spec.ArtifactSize, len(dr.Artifact))
	}
	sig = signTypedData(t, w.key, dr.TypedData)
	code, body, _ = b.do("POST", "/v1/jobs", api.SubmitRequest{Spec: dr.Spec, Signature: sig, Owner: w.addr.Hex(), Artifact: dr.Artifact})
	if code != 201 || json.Unmarshal(body, &sr) != nil || sr.ID != dr.ID {
		t.Fatalf("submit of a template's draft: %d %s", code, body)
	}
	// Bad input: clear refusals.
	for name, req := range map[string]any{
		"no module":     map[string]any{"spec": map[string]any{}},
		"unknown model": map[string]any{"spec": map[string]any{"model": "no-such-model"}},
		"not wasm":      map[string]any{"spec": map[string]any{}, "artifact": []byte("#!/bin/sh")},
		"other network": map[string]any{"spec": map[string]any{"network": "elsewhere"}},
		"unknown field": map[string]any{"spec": map[string]any{}, "artefact": "x"},
		"invalid spec":  map[string]any{"spec": map[string]any{"runtime": "process", "artifact": "echo", "gpuCount": 1000}},
	} {
		code, body, _ := b.do("POST", "/v1/jobs/draft", req)
		if code != 400 {
			t.Errorf("draft %s: %d %s, want 400", name, code, body)
		}
	}
	// The socket answers drafts too.
	if r, err := d.sock.Draft(ctx, api.DraftRequest{Artifact: module}); err != nil || r.Spec.Artifact != result.CIDOf(module) {
		t.Errorf("draft over the socket: %+v, %v", r, err)
	}
}
