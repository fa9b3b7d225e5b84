// Package web serves skyopsd's browser dashboard on a loopback HTTP
// listener: the single-page app embedded in the binary, the daemon's JSON
// API under /v1 (the same handler the unix socket serves), server-sent
// events of job and view changes, Prometheus metrics, and browser-wallet
// sessions (EIP-712 sign-in) that gate an owner's logs and outputs.
//
// Everything it answers is behind a token only the daemon's user can read
// (<data-dir>/web.token, handed out by the socket's GET /v1/web), a
// SameSite=Strict session cookie, a CSRF token on every write, a Host check
// against DNS rebinding, and a strict Content-Security-Policy (docs/web.md
// says what each stops). It must never answer a request that passed none
// of them, never serve a job's logs or output to a wallet that does not own
// the job, and never hold unbounded state for a client (sessions, sign-in
// nonces and event buffers are all capped).
package web
