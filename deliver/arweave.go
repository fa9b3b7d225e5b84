package deliver

import (
	"bytes"
	"context"
	"crypto"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// Arweave posts sealed results to an Arweave gateway (arweave.net, or a
// local arlocal) as format-2 transactions signed with the owner's Arweave
// key.
type Arweave struct {
	base *url.URL
	http *http.Client
	log  *slog.Logger
	// inBody: data up to this size goes in the transaction's body; larger
	// data is posted chunk by chunk after it (as arweave-js does).
	inBody int64
}

// ArweaveOption configures an Arweave client.
type ArweaveOption func(*Arweave)

// WithArweaveHTTPClient sets the HTTP client (default: one with no overall
// timeout; calls are bounded by their context).
func WithArweaveHTTPClient(c *http.Client) ArweaveOption { return func(a *Arweave) { a.http = c } }

// WithArweaveLogger sets where progress is logged (never keys or data).
func WithArweaveLogger(l *slog.Logger) ArweaveOption { return func(a *Arweave) { a.log = l } }

// WithBodyLimit sets the largest data posted inside the transaction body;
// larger data goes to POST /chunk (tests set it low to exercise chunks).
func WithBodyLimit(n int64) ArweaveOption { return func(a *Arweave) { a.inBody = n } }

// NewArweave returns a client for the gateway at rawURL.
func NewArweave(rawURL string, opts ...ArweaveOption) (*Arweave, error) {
	u, err := parseHTTPURL(rawURL)
	if err != nil {
		return nil, fmt.Errorf("arweave gateway: %w", err)
	}
	a := &Arweave{base: u, http: &http.Client{}, log: slog.New(slog.DiscardHandler), inBody: MaxChunkSize}
	for _, o := range opts {
		o(a)
	}
	return a, nil
}

// Tag is an Arweave transaction tag.
type Tag struct{ Name, Value string }

// ResultTags are the tags a delivered result carries.
func ResultTags(job string) []Tag {
	return []Tag{{"Content-Type", "application/octet-stream"}, {"App-Name", "skyops"}, {"Skyops-Job", job}}
}

// txJSON is a format-2 transaction as gateways take it: binary fields in
// base64url, numbers as decimal strings.
type txJSON struct {
	Format    int       `json:"format"`
	ID        string    `json:"id"`
	LastTx    string    `json:"last_tx"`
	Owner     string    `json:"owner"`
	Tags      []tagJSON `json:"tags"`
	Target    string    `json:"target"`
	Quantity  string    `json:"quantity"`
	Data      string    `json:"data"`
	DataSize  string    `json:"data_size"`
	DataRoot  string    `json:"data_root"`
	Reward    string    `json:"reward"`
	Signature string    `json:"signature"`
}

type tagJSON struct {
	Name  string `json:"name"`
	Value string `json:"value"`
}

var b64 = base64.RawURLEncoding

// signatureData is the deep hash a format-2 transaction's signature covers.
func signatureData(owner, lastTx []byte, tags []Tag, reward string, size int64, root [32]byte) [48]byte {
	tagItems := make([]dhItem, len(tags))
	for i, t := range tags {
		tagItems[i] = dhList(dhString(t.Name), dhString(t.Value))
	}
	dataRoot := root[:]
	if size == 0 {
		dataRoot = nil // an empty transaction has no data root
	}
	return deepHash(dhList(
		dhString("2"),
		dhBlob(owner),
		dhBlob(nil), // target: no transfer
		dhString("0"),
		dhString(reward),
		dhBlob(lastTx),
		dhList(tagItems...),
		dhString(strconv.FormatInt(size, 10)),
		dhBlob(dataRoot),
	))
}

// sign makes the transaction's signature (RSA-PSS, SHA-256, salt 32, as
// Arweave verifies it) and its id, SHA-256 of the signature.
func signTx(key *rsa.PrivateKey, msg [48]byte) (sig []byte, id string, err error) {
	h := sha256.Sum256(msg[:])
	sig, err = rsa.SignPSS(rand.Reader, key, crypto.SHA256, h[:], &rsa.PSSOptions{SaltLength: 32})
	if err != nil {
		return nil, "", fmt.Errorf("sign the arweave transaction: %w", err)
	}
	idh := sha256.Sum256(sig)
	return sig, b64.EncodeToString(idh[:]), nil
}

// Post uploads size bytes of data as one transaction signed with key,
// tagged with tags, and returns its id. Data of more than one chunk is read
// from data twice (once to hash, once to upload), one chunk at a time.
func (a *Arweave) Post(ctx context.Context, key *rsa.PrivateKey, data io.ReaderAt, size int64, tags []Tag) (string, error) {
	tree, err := buildDataTree(data, size)
	if err != nil {
		return "", fmt.Errorf("hash the data for arweave: %w", err)
	}
	anchor, err := a.getText(ctx, "/tx_anchor", 1<<10)
	if err != nil {
		return "", fmt.Errorf("get a transaction anchor: %w", err)
	}
	lastTx, err := b64.DecodeString(strings.TrimRight(anchor, "="))
	if err != nil {
		return "", fmt.Errorf("the gateway's tx_anchor %q is not base64url", truncate(anchor, 64))
	}
	reward, err := a.getText(ctx, "/price/"+strconv.FormatInt(size, 10), 1<<10)
	if err != nil {
		return "", fmt.Errorf("get the price of %d bytes: %w", size, err)
	}
	if _, err := strconv.ParseUint(reward, 10, 64); err != nil {
		return "", fmt.Errorf("the gateway's price %q is not a number of winston", truncate(reward, 64))
	}
	owner := key.N.Bytes()
	sig, id, err := signTx(key, signatureData(owner, lastTx, tags, reward, size, tree.Root))
	if err != nil {
		return "", err
	}
	tx := txJSON{Format: 2, ID: id, LastTx: anchor, Owner: b64.EncodeToString(owner), Target: "", Quantity: "0",
		DataSize: strconv.FormatInt(size, 10), Reward: reward, Signature: b64.EncodeToString(sig)}
	if size > 0 {
		tx.DataRoot = b64.EncodeToString(tree.Root[:])
	}
	for _, t := range tags {
		tx.Tags = append(tx.Tags, tagJSON{b64.EncodeToString([]byte(t.Name)), b64.EncodeToString([]byte(t.Value))})
	}
	inBody := size <= a.inBody
	if inBody {
		buf := make([]byte, size)
		if _, err := io.ReadFull(io.NewSectionReader(data, 0, size), buf); err != nil {
			return "", fmt.Errorf("read the data: %w", err)
		}
		tx.Data = b64.EncodeToString(buf)
	}
	body, err := json.Marshal(tx)
	if err != nil {
		return "", fmt.Errorf("encode the transaction: %w", err)
	}
	if err := a.post(ctx, "/tx", body); err != nil {
		return "", fmt.Errorf("post transaction %s: %w", id, err)
	}
	a.log.Info("arweave transaction posted", "tx", id, "bytes", size, "reward", reward, "chunks", len(tree.Chunks))
	if inBody {
		return id, nil
	}
	if err := a.postChunks(ctx, data, tree); err != nil {
		return "", fmt.Errorf("upload the data of transaction %s: %w", id, err)
	}
	return id, nil
}

// chunkJSON is one chunk as POST /chunk takes it.
type chunkJSON struct {
	DataRoot string `json:"data_root"`
	DataSize string `json:"data_size"`
	DataPath string `json:"data_path"`
	Offset   string `json:"offset"`
	Chunk    string `json:"chunk"`
}

func (a *Arweave) postChunks(ctx context.Context, data io.ReaderAt, tree *dataTree) error {
	buf := make([]byte, MaxChunkSize)
	for i, c := range tree.Chunks {
		if c.Max == c.Min {
			continue // the empty last chunk is in the tree, never uploaded
		}
		b := buf[:c.Max-c.Min]
		if _, err := io.ReadFull(io.NewSectionReader(data, c.Min, int64(len(b))), b); err != nil {
			return fmt.Errorf("read chunk %d: %w", i, err)
		}
		// Offset is the chunk's last byte: the end the proof binds, less one.
		body, err := json.Marshal(chunkJSON{DataRoot: b64.EncodeToString(tree.Root[:]), DataSize: strconv.FormatInt(tree.Size, 10),
			DataPath: b64.EncodeToString(tree.Proofs[i]), Offset: strconv.FormatInt(c.Max-1, 10), Chunk: b64.EncodeToString(b)})
		if err != nil {
			return fmt.Errorf("encode chunk %d: %w", i, err)
		}
		if err := a.post(ctx, "/chunk", body); err != nil {
			return fmt.Errorf("post chunk %d of %d: %w", i+1, len(tree.Chunks), err)
		}
	}
	return nil
}

// Data streams a transaction's data from the gateway. The caller closes it.
func (a *Arweave) Data(ctx context.Context, txid string) (io.ReadCloser, error) {
	if err := ValidTxID(txid); err != nil {
		return nil, err
	}
	resp, err := a.do(ctx, http.MethodGet, "/"+txid, nil)
	if err != nil {
		return nil, fmt.Errorf("get the data of transaction %s: %w", txid, err)
	}
	return resp.Body, nil
}

// Status is a transaction's confirmation status as the gateway reports it
// (GET /tx/{id}/status): nil error once it is mined.
func (a *Arweave) Status(ctx context.Context, txid string) error {
	if err := ValidTxID(txid); err != nil {
		return err
	}
	_, err := a.getText(ctx, "/tx/"+txid+"/status", 64<<10)
	return err
}

func (a *Arweave) getText(ctx context.Context, path string, max int64) (string, error) {
	resp, err := a.do(ctx, http.MethodGet, path, nil)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(io.LimitReader(resp.Body, max))
	if err != nil {
		return "", fmt.Errorf("read GET %s: %w", path, err)
	}
	return strings.TrimSpace(string(b)), nil
}

func (a *Arweave) post(ctx context.Context, path string, body []byte) error {
	resp, err := a.do(ctx, http.MethodPost, path, body)
	if err != nil {
		return err
	}
	_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 1<<20))
	return resp.Body.Close()
}

// do sends one request; a non-2xx answer is an error quoting (a bounded
// part of) the gateway's body, which says why.
func (a *Arweave) do(ctx context.Context, method, path string, body []byte) (*http.Response, error) {
	u := a.base.JoinPath(path)
	var rd io.Reader
	if body != nil {
		rd = bytes.NewReader(body)
	}
	req, err := http.NewRequestWithContext(ctx, method, u.String(), rd)
	if err != nil {
		return nil, fmt.Errorf("%s %s: %w", method, path, err)
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	start := time.Now()
	resp, err := a.http.Do(req)
	if err != nil {
		return nil, fmt.Errorf("%s %s: %w", method, u.Redacted(), err)
	}
	if resp.StatusCode/100 != 2 {
		msg, _ := io.ReadAll(io.LimitReader(resp.Body, 512))
		resp.Body.Close()
		return nil, fmt.Errorf("%s %s: gateway answered %s: %s", method, path, resp.Status, truncate(strings.TrimSpace(string(msg)), 300))
	}
	a.log.Debug("arweave call", "method", method, "path", path, "took", time.Since(start))
	return resp, nil
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}
