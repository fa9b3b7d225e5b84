package deliver

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/ipfs/go-cid"
	"github.com/multiformats/go-multihash"
)

// fakeKubo answers the two RPC calls IPFS makes (add, cat) as kubo does,
// keeping files by the raw CIDv1 of their bytes. It checks the add was
// multipart with the flags deliver promises (CIDv1, pinned).
type fakeKubo struct {
	mu    sync.Mutex
	files map[string][]byte
	t     *testing.T
}

func (k *fakeKubo) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		http.Error(w, "405", http.StatusMethodNotAllowed)
		return
	}
	switch r.URL.Path {
	case "/api/v0/add":
		if q := r.URL.Query(); q.Get("cid-version") != "1" || q.Get("pin") != "true" {
			k.t.Errorf("add with %s, want cid-version=1&pin=true", r.URL.RawQuery)
		}
		f, _, err := r.FormFile("file")
		if err != nil {
			w.WriteHeader(http.StatusBadRequest)
			json.NewEncoder(w).Encode(map[string]string{"Message": err.Error()})
			return
		}
		b, _ := io.ReadAll(f)
		h, _ := multihash.Sum(b, multihash.SHA2_256, -1)
		c := cid.NewCidV1(cid.Raw, h).String()
		k.mu.Lock()
		k.files[c] = b
		k.mu.Unlock()
		fmt.Fprintf(w, `{"Name":"x","Hash":%q,"Size":"%d"}`+"\n", c, len(b))
	case "/api/v0/cat":
		k.mu.Lock()
		b, ok := k.files[r.URL.Query().Get("arg")]
		k.mu.Unlock()
		if !ok {
			w.WriteHeader(http.StatusInternalServerError)
			json.NewEncoder(w).Encode(map[string]any{"Message": "block was not found locally (offline)", "Code": 0, "Type": "error"})
			return
		}
		w.Write(b)
	default:
		http.NotFound(w, r)
	}
}

func TestIPFSDeliverAndFetch(t *testing.T) {
	k := &fakeKubo{files: map[string][]byte{}, t: t}
	srv := httptest.NewServer(k)
	defer srv.Close()
	data := make([]byte, 3<<20)
	rand.Read(data)
	ctx := context.Background()
	tg, err := ParseTarget("ipfs=" + srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	d, err := Deliver(ctx, tg, bytes.NewReader(data), int64(len(data)), Options{Job: "0x1234"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := d.Validate(); err != nil {
		t.Fatalf("the delivery does not validate: %v", err)
	}
	rc, err := Fetch(ctx, *d)
	if err != nil {
		t.Fatal(err)
	}
	got, _ := io.ReadAll(rc)
	rc.Close()
	if !bytes.Equal(got, data) {
		t.Fatal("fetched other bytes than delivered")
	}
	// A node that answers with other bytes fails the read-back check.
	p, _ := NewIPFS(srv.URL)
	if err := p.Verify(ctx, d.Ref, int64(len(data)), sha256.Sum256([]byte("other"))); err == nil {
		t.Fatal("Verify passed other bytes")
	}
	// kubo's own error message comes through.
	_, err = p.Cat(ctx, "bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy")
	if err == nil || !strings.Contains(err.Error(), "not found locally") {
		t.Fatalf("cat of a missing CID: %v", err)
	}
}

func TestParseTarget(t *testing.T) {
	for in, want := range map[string]string{
		"ipfs=http://127.0.0.1:5001":      "ipfs=http://127.0.0.1:5001",
		"IPFS=http://127.0.0.1:5001/":     "ipfs=http://127.0.0.1:5001/",
		"arweave=https://arweave.net":     "arweave=https://arweave.net",
		"arweave=http://127.0.0.1:1984/x": "arweave=http://127.0.0.1:1984/x",
	} {
		got, err := ParseTarget(in)
		if err != nil || got.String() != want {
			t.Errorf("ParseTarget(%q) = %v, %v; want %s", in, got, err, want)
		}
	}
	for in, msg := range map[string]string{
		"":                                "--deliver wants ipfs=URL or arweave=URL",
		"ipfs":                            "--deliver wants ipfs=URL or arweave=URL",
		"s3=http://x":                     "not a kind of storage",
		"ipfs=127.0.0.1:5001":             "want http://HOST:PORT",
		"ipfs=ftp://x":                    "not an http",
		"ipfs=http://":                    "no host",
		"arweave=https://u:p@arweave.net": "credentials",
		"ipfs=http://x/?a=b":              "query",
	} {
		_, err := ParseTarget(in)
		if err == nil || !strings.Contains(err.Error(), msg) {
			t.Errorf("ParseTarget(%q): %v, want an error saying %q", in, err, msg)
		}
	}
}

func TestJWK(t *testing.T) {
	key, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatal(err)
	}
	j, err := MarshalJWK(key)
	if err != nil {
		t.Fatal(err)
	}
	back, err := ParseJWK(j)
	if err != nil {
		t.Fatal(err)
	}
	if back.N.Cmp(key.N) != 0 || back.D.Cmp(key.D) != 0 {
		t.Fatal("the JWK does not round-trip")
	}
	var m map[string]string
	json.Unmarshal(j, &m)
	mod := func(f func(map[string]string)) []byte {
		c := map[string]string{}
		for k, v := range m {
			c[k] = v
		}
		f(c)
		b, _ := json.Marshal(c)
		return b
	}
	for name, tc := range map[string]struct {
		in  []byte
		msg string
	}{
		"not json":   {[]byte("hello"), "not a JWK"},
		"ec key":     {mod(func(c map[string]string) { c["kty"] = "EC" }), `kty is "EC"`},
		"public":     {mod(func(c map[string]string) { delete(c, "d") }), "public key"},
		"bad base64": {mod(func(c map[string]string) { c["n"] = "!!" }), "not base64url"},
		"mismatch":   {mod(func(c map[string]string) { c["d"] = "AQAB" }), "do not form a key"},
	} {
		_, err := ParseJWK(tc.in)
		if err == nil || !strings.Contains(err.Error(), tc.msg) {
			t.Errorf("%s: %v, want an error saying %q", name, err, tc.msg)
		}
		if err != nil && strings.Contains(err.Error(), m["d"][:16]) {
			t.Errorf("%s: the error quotes the private key", name)
		}
	}
}

func TestDeliveryValidate(t *testing.T) {
	ok := []Delivery{
		{KindIPFS, "bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy", "http://127.0.0.1:5001"},
		{KindArweave, strings.Repeat("a", 43), "https://arweave.net"},
	}
	for _, d := range ok {
		if _, err := d.Validate(); err != nil {
			t.Errorf("%+v: %v", d, err)
		}
	}
	bad := []Delivery{
		{"s3", "x", "http://a"},
		{KindIPFS, "notacid", "http://a"},
		{KindArweave, strings.Repeat("a", 42), "http://a"},
		{KindArweave, strings.Repeat("+", 43), "http://a"},
		{KindIPFS, ok[0].Ref, "file:///etc/passwd"},
		{KindIPFS, ok[0].Ref, "http://" + strings.Repeat("a", 600)},
	}
	for _, d := range bad {
		if _, err := d.Validate(); err == nil {
			t.Errorf("%+v validates", d)
		}
	}
	if bytes.Equal(ok[0].SigningBody("0xAB"), ok[1].SigningBody("0xab")) {
		t.Error("two deliveries sign the same body")
	}
}

func FuzzParseJWK(f *testing.F) {
	f.Add([]byte(`{"kty":"RSA","n":"AQAB","e":"AQAB","d":"AQAB","p":"Aw","q":"BQ"}`))
	f.Add([]byte(`{"kty":"EC"}`))
	f.Add([]byte(`[]`))
	f.Fuzz(func(t *testing.T, b []byte) {
		k, err := ParseJWK(b)
		if err == nil && k.Validate() != nil {
			t.Fatal("ParseJWK returned an invalid key")
		}
	})
}

func FuzzParseTarget(f *testing.F) {
	for _, s := range []string{"ipfs=http://127.0.0.1:5001", "arweave=https://arweave.net", "=", "ipfs=", "x=y=z"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		tg, err := ParseTarget(s)
		if err != nil {
			return
		}
		if tg.Kind != KindIPFS && tg.Kind != KindArweave {
			t.Fatalf("kind %q", tg.Kind)
		}
		again, err := ParseTarget(tg.String())
		if err != nil || again != tg {
			t.Fatalf("%q parses to %v, which parses to %v, %v", s, tg, again, err)
		}
	})
}

func FuzzDeliveryValidate(f *testing.F) {
	f.Add("ipfs", "bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy", "http://127.0.0.1:5001")
	f.Add("arweave", strings.Repeat("a", 43), "https://arweave.net")
	f.Fuzz(func(t *testing.T, kind, ref, u string) {
		d, err := Delivery{Kind(kind), ref, u}.Validate()
		if err != nil {
			return
		}
		if again, err := d.Validate(); err != nil || again != d {
			t.Fatalf("%+v is not canonical: %+v, %v", d, again, err)
		}
	})
}
