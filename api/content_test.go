package api

import (
	"bytes"
	"context"
	"errors"
	"io"
	"log/slog"
	"path/filepath"
	"strings"
	"testing"
)

// contentBackend keeps added files in memory by a made-up id.
type contentBackend struct {
	fixedBackend
	files map[string][]byte
}

func (b *contentBackend) AddContent(_ context.Context, r io.Reader) (*Content, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	b.files["bafyfile"] = data
	return &Content{CID: "bafyfile", Size: uint64(len(data))}, nil
}

func (b *contentBackend) ListContent(context.Context) ([]Content, error) { return nil, nil }

func (b *contentBackend) OpenContent(_ context.Context, id string, car bool) (io.ReadCloser, int64, error) {
	data, ok := b.files[id]
	if !ok {
		return nil, 0, Errorf("not_found", "no provider of %s found", id)
	}
	if car {
		data = append([]byte("CAR:"), data...)
		return io.NopCloser(bytes.NewReader(data)), -1, nil
	}
	return io.NopCloser(bytes.NewReader(data)), int64(len(data)), nil
}

// The content routes over a real socket: a streamed add, a read back as
// bytes and as a CAR, an empty list as [], a bad format and an unknown
// CID refused with their reasons.
func TestContentRoutes(t *testing.T) {
	sock := filepath.Join(shortDir(t), "d.sock")
	l, err := Listen(sock)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	b := &contentBackend{files: map[string][]byte{}}
	go Serve(ctx, l, Handler(b, slog.New(slog.DiscardHandler)))
	c := NewClient(sock)
	body := bytes.Repeat([]byte("x"), 3<<20)
	added, err := c.AddContent(ctx, bytes.NewReader(body))
	if err != nil || added.CID != "bafyfile" || added.Size != 3<<20 {
		t.Fatalf("add: %+v %v", added, err)
	}
	read := func(car bool) []byte {
		rc, err := c.OpenContent(ctx, "bafyfile", car)
		if err != nil {
			t.Fatal(err)
		}
		defer rc.Close()
		got, _ := io.ReadAll(rc)
		return got
	}
	if got := read(false); !bytes.Equal(got, body) {
		t.Fatalf("read back %d bytes", len(got))
	}
	if got := read(true); !bytes.HasPrefix(got, []byte("CAR:")) {
		t.Fatalf("CAR export %q…", got[:8])
	}
	if list, err := c.ListContent(ctx); err != nil || list == nil || len(list) != 0 {
		t.Fatalf("list %v %v", list, err)
	}
	var ae *Error
	if _, err := c.OpenContent(ctx, "bafynone", false); !errors.As(err, &ae) || ae.Code != "not_found" || !strings.Contains(ae.Message, "no provider of bafynone") {
		t.Fatalf("unknown CID: %v", err)
	}
	if err := c.get(ctx, "/v1/content/bafyfile?format=tar", &struct{}{}); !errors.As(err, &ae) || ae.Code != "bad_request" || !strings.Contains(ae.Message, "pass format=car") {
		t.Fatalf("bad format: %v", err)
	}
}
