// Package api is the daemon's local API: HTTP/JSON over a unix socket in the
// data dir (mode 0600), the request and response types, and the typed Go
// client that the skyops CLI uses. docs/api.md describes the same surface for
// programs that do not use the Go client.
//
// It must never listen on a network address, and never answer with anything
// but JSON: errors are {"error": "...", "code": "..."} with a message a person
// can act on. Request bodies are bounded per endpoint and decoded in place
// (decode.go), the server has read, write and idle timeouts and a connection
// cap (serve.go), and the client refuses a socket that another user could
// have put in place (trust.go).
package api
