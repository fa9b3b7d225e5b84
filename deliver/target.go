package deliver

import (
	"errors"
	"fmt"
	"net/url"
	"strings"

	"github.com/ipfs/go-cid"
)

// Kind is where a result is delivered.
type Kind string

const (
	KindIPFS    Kind = "ipfs"
	KindArweave Kind = "arweave"
)

// Target is a parsed --deliver value: a kind and the API it is reached at
// (the owner's kubo RPC API, or an Arweave gateway).
type Target struct {
	Kind Kind
	URL  string
}

func (t Target) String() string { return string(t.Kind) + "=" + t.URL }

// ParseTarget parses "ipfs=URL" or "arweave=URL".
func ParseTarget(s string) (Target, error) {
	kind, rawURL, ok := strings.Cut(s, "=")
	if !ok || rawURL == "" {
		return Target{}, fmt.Errorf("--deliver wants ipfs=URL or arweave=URL, got %q", s)
	}
	k := Kind(strings.ToLower(strings.TrimSpace(kind)))
	if k != KindIPFS && k != KindArweave {
		return Target{}, fmt.Errorf("--deliver wants ipfs=URL or arweave=URL, got %q: %q is not a kind of storage (ipfs or arweave)", s, kind)
	}
	u, err := parseHTTPURL(rawURL)
	if err != nil {
		return Target{}, fmt.Errorf("--deliver %s: %w", k, err)
	}
	return Target{Kind: k, URL: u.String()}, nil
}

// parseHTTPURL takes an http(s) URL with a host and nothing secret in it.
func parseHTTPURL(s string) (*url.URL, error) {
	u, err := url.Parse(s)
	if err != nil {
		return nil, fmt.Errorf("%q is not a URL: want http://HOST:PORT or https://HOST", s)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return nil, fmt.Errorf("%q is not an http:// or https:// URL: want http://HOST:PORT or https://HOST", s)
	}
	if u.Host == "" {
		return nil, fmt.Errorf("%q has no host", s)
	}
	// A URL is recorded in the daemon and printed: credentials in it would
	// leak there.
	if u.User != nil {
		return nil, fmt.Errorf("%q carries credentials: pass an URL without user:password@", u.Redacted())
	}
	if u.RawQuery != "" || u.Fragment != "" {
		return nil, fmt.Errorf("%q has a query or fragment: give the API's base URL", s)
	}
	return u, nil
}

// ValidTxID checks an Arweave transaction id: 43 base64url characters (a
// SHA-256, unpadded).
func ValidTxID(s string) error {
	if len(s) != 43 {
		return fmt.Errorf("%q is not an Arweave transaction id: it has %d characters, an id has 43", truncate(s, 64), len(s))
	}
	b, err := b64.DecodeString(s)
	if err != nil || len(b) != 32 {
		return fmt.Errorf("%q is not an Arweave transaction id: not base64url", s)
	}
	return nil
}

// ValidCID checks an IPFS CID (v0 or v1) and returns it in canonical form.
func ValidCID(s string) (string, error) {
	if len(s) > 256 {
		return "", errors.New("not a CID: too long")
	}
	c, err := cid.Decode(s)
	if err != nil {
		return "", fmt.Errorf("%q is not a CID: %v", truncate(s, 64), err)
	}
	return c.String(), nil
}
