package deliver

import (
	"context"
	"crypto/rsa"
	"crypto/sha256"
	"fmt"
	"io"
	"log/slog"
)

// Delivery says where a result was put: its kind, its reference there (a
// CID, or an Arweave transaction id) and the API it was put through.
type Delivery struct {
	Kind Kind   `json:"kind"`
	Ref  string `json:"ref"`
	URL  string `json:"url"`
}

// Options is what Deliver needs besides the target and the data.
type Options struct {
	// Job is the job id the result belongs to (tagged on Arweave, named in
	// kubo).
	Job string
	// ArweaveKey signs Arweave transactions (needed for arweave targets).
	ArweaveKey *rsa.PrivateKey
	Logger     *slog.Logger
	// ArweaveOptions and IPFSOptions pass through to the clients.
	ArweaveOptions []ArweaveOption
	IPFSOptions    []IPFSOption
}

// Deliver puts size bytes of sealed data at t and returns where. For IPFS
// it reads the data back and checks it; for Arweave the gateway has taken
// every chunk when it returns (confirmation takes the network's blocks).
func Deliver(ctx context.Context, t Target, data io.ReaderAt, size int64, o Options) (*Delivery, error) {
	log := o.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	switch t.Kind {
	case KindIPFS:
		p, err := NewIPFS(t.URL, append([]IPFSOption{WithIPFSLogger(log)}, o.IPFSOptions...)...)
		if err != nil {
			return nil, err
		}
		h := sha256.New()
		r := io.TeeReader(io.NewSectionReader(data, 0, size), h)
		c, err := p.Add(ctx, r, "skyops-result-"+shortJob(o.Job)+".sealed")
		if err != nil {
			return nil, err
		}
		if err := p.Verify(ctx, c, size, [32]byte(h.Sum(nil))); err != nil {
			return nil, err
		}
		return &Delivery{Kind: KindIPFS, Ref: c, URL: t.URL}, nil
	case KindArweave:
		if o.ArweaveKey == nil {
			return nil, fmt.Errorf("delivery to arweave needs an Arweave wallet (--arweave-wallet JWK_FILE)")
		}
		a, err := NewArweave(t.URL, append([]ArweaveOption{WithArweaveLogger(log)}, o.ArweaveOptions...)...)
		if err != nil {
			return nil, err
		}
		id, err := a.Post(ctx, o.ArweaveKey, data, size, ResultTags(o.Job))
		if err != nil {
			return nil, err
		}
		return &Delivery{Kind: KindArweave, Ref: id, URL: t.URL}, nil
	}
	return nil, fmt.Errorf("no such delivery kind %q (ipfs or arweave)", t.Kind)
}

// Fetch streams a delivered result back from where d says. The bytes are
// still sealed; the caller checks and opens them.
func Fetch(ctx context.Context, d Delivery) (io.ReadCloser, error) {
	switch d.Kind {
	case KindIPFS:
		p, err := NewIPFS(d.URL)
		if err != nil {
			return nil, err
		}
		return p.Cat(ctx, d.Ref)
	case KindArweave:
		a, err := NewArweave(d.URL)
		if err != nil {
			return nil, err
		}
		return a.Data(ctx, d.Ref)
	}
	return nil, fmt.Errorf("no such delivery kind %q (ipfs or arweave)", d.Kind)
}

func shortJob(id string) string {
	if len(id) > 14 {
		return id[:14]
	}
	return id
}
