package web

import (
	"bufio"
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

type noOwners struct{}

func (noOwners) JobOwner(context.Context, string) (common.Address, error) {
	return common.Address{}, nil
}

// An event stream ends when its client goes (its subscriber with it), and
// sends keepalives while idle.
func TestEventStreamEndsWithClient(t *testing.T) {
	b := NewBroadcaster(0)
	tok := strings.Repeat("ab", 32)
	s, err := New(tok, http.NotFoundHandler(), Owners(noOwners{}), Events(b), Keepalive(50*time.Millisecond))
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(s.Handler())
	defer srv.Close()
	ctx, cancel := context.WithCancel(context.Background())
	req, _ := http.NewRequestWithContext(ctx, "GET", srv.URL+"/web/events", nil)
	req.Header.Set("Authorization", "Bearer "+tok)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(resp.Body)
	var keepalive bool
	for i := 0; i < 10 && sc.Scan(); i++ {
		if sc.Text() == ": keepalive" {
			keepalive = true
			break
		}
	}
	if !keepalive {
		t.Error("no keepalive on an idle stream")
	}
	if b.Len() != 1 {
		t.Fatalf("%d subscribers with one stream open", b.Len())
	}
	cancel()
	resp.Body.Close()
	deadline := time.Now().Add(5 * time.Second)
	for b.Len() != 0 {
		if time.Now().After(deadline) {
			t.Fatal("the stream's subscriber outlived its client")
		}
		time.Sleep(10 * time.Millisecond)
	}
}
