// Package registrytest starts a local Docker registry (Debian's
// docker-registry, the CNCF distribution registry) for tests: on
// 127.0.0.1, which the Docker engine trusts as an insecure registry by
// default, with a temporary storage directory and, optionally, htpasswd
// authentication.
//
// Without the docker-registry binary (apt-get install docker-registry)
// Start skips the test, saying so, unless SKYOPS_REQUIRE_DOCKER=1 (as in
// CI), when it fails it.
package registrytest

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/docker/docker/api/types/image"
	"github.com/docker/docker/api/types/registry"
	"github.com/docker/docker/client"
	"golang.org/x/crypto/bcrypt"
)

// Binary is the registry's program, as Debian installs it.
const Binary = "docker-registry"

// Registry is a running registry.
type Registry struct {
	Host string // "127.0.0.1:PORT": image references start with it
	User string // with Auth: the one user htpasswd knows
	Pass string
}

// Option configures Start.
type Option func(*options)

type options struct{ user, pass string }

// Auth makes the registry refuse anyone but user with pass (htpasswd,
// bcrypt).
func Auth(user, pass string) Option {
	return func(o *options) { o.user, o.pass = user, pass }
}

// Start runs a registry until the test ends.
func Start(tb testing.TB, opts ...Option) *Registry {
	tb.Helper()
	var o options
	for _, opt := range opts {
		opt(&o)
	}
	bin, err := exec.LookPath(Binary)
	if err != nil {
		if os.Getenv("SKYOPS_REQUIRE_DOCKER") == "1" {
			tb.Fatalf("SKYOPS_REQUIRE_DOCKER=1 but no %s: apt-get install -y docker-registry", Binary)
		}
		tb.Skipf("no %s binary (apt-get install -y docker-registry; set SKYOPS_REQUIRE_DOCKER=1 to fail instead)", Binary)
	}
	dir := tb.TempDir()
	host, err := freeAddr()
	if err != nil {
		tb.Fatalf("registry: free port: %v", err)
	}
	cfg := fmt.Sprintf("version: 0.1\nlog:\n  level: warn\nstorage:\n  filesystem:\n    rootdirectory: %s\n  delete:\n    enabled: true\nhttp:\n  addr: %s\n",
		filepath.Join(dir, "storage"), host)
	if o.user != "" {
		hash, err := bcrypt.GenerateFromPassword([]byte(o.pass), bcrypt.MinCost)
		if err != nil {
			tb.Fatalf("registry: bcrypt: %v", err)
		}
		htpasswd := filepath.Join(dir, "htpasswd")
		if err := os.WriteFile(htpasswd, []byte(o.user+":"+string(hash)+"\n"), 0o600); err != nil {
			tb.Fatal(err)
		}
		cfg += fmt.Sprintf("auth:\n  htpasswd:\n    realm: skyops-test\n    path: %s\n", htpasswd)
	}
	cfgPath := filepath.Join(dir, "config.yml")
	if err := os.WriteFile(cfgPath, []byte(cfg), 0o600); err != nil {
		tb.Fatal(err)
	}
	logf, err := os.Create(filepath.Join(dir, "registry.log"))
	if err != nil {
		tb.Fatal(err)
	}
	cmd := exec.Command(bin, "serve", cfgPath)
	cmd.Stdout, cmd.Stderr = logf, logf
	if err := cmd.Start(); err != nil {
		tb.Fatalf("start %s: %v", Binary, err)
	}
	r := &Registry{Host: host, User: o.user, Pass: o.pass}
	tb.Cleanup(func() {
		cmd.Process.Kill() //nolint:errcheck // it may have exited
		cmd.Wait()         //nolint:errcheck // killed
		logf.Close()
	})
	// Up once /v2/ answers at all (200, or 401 with auth).
	deadline := time.Now().Add(15 * time.Second)
	for {
		resp, err := http.Get("http://" + host + "/v2/")
		if err == nil {
			resp.Body.Close()
			break
		}
		if time.Now().After(deadline) {
			out, _ := os.ReadFile(logf.Name())
			tb.Fatalf("registry on %s did not answer: %v\n%s", host, err, out)
		}
		time.Sleep(50 * time.Millisecond)
	}
	return r
}

// AuthHeader is base64 of the Docker auth JSON for the registry's user,
// as the Engine API's X-Registry-Auth (and the job secret) take it.
func (r *Registry) AuthHeader() string {
	if r.User == "" {
		return ""
	}
	b, _ := json.Marshal(registry.AuthConfig{Username: r.User, Password: r.Pass, ServerAddress: r.Host})
	return base64.URLEncoding.EncodeToString(b)
}

// Push tags the local image src as HOST/repo:tag, pushes it through the
// engine, removes the pushed tag and digest from the engine again (so that
// running it means pulling it) and returns the pinned reference
// HOST/repo:tag@sha256:….
func (r *Registry) Push(ctx context.Context, tb testing.TB, cli *client.Client, src, repo string) string {
	tb.Helper()
	ref := r.Host + "/" + repo + ":test"
	if err := cli.ImageTag(ctx, src, ref); err != nil {
		tb.Fatalf("tag %s as %s: %v", src, ref, err)
	}
	body, err := cli.ImagePush(ctx, ref, image.PushOptions{RegistryAuth: r.authOrAnon()})
	if err != nil {
		tb.Fatalf("push %s: %v", ref, err)
	}
	digest, err := pushDigest(body)
	body.Close()
	if err != nil {
		tb.Fatalf("push %s: %v", ref, err)
	}
	pinned := ref + "@" + digest
	for _, rm := range []string{ref, r.Host + "/" + repo + "@" + digest} {
		if _, err := cli.ImageRemove(ctx, rm, image.RemoveOptions{}); err != nil && !strings.Contains(err.Error(), "No such image") {
			tb.Logf("remove %s: %v", rm, err)
		}
	}
	return pinned
}

// authOrAnon: the engine wants some X-Registry-Auth for a push.
func (r *Registry) authOrAnon() string {
	if a := r.AuthHeader(); a != "" {
		return a
	}
	return base64.URLEncoding.EncodeToString([]byte("{}"))
}

// pushDigest reads the push's progress to its end and returns the digest
// the registry stored the manifest under.
func pushDigest(body io.Reader) (string, error) {
	dec := json.NewDecoder(body)
	var digest string
	for {
		var msg struct {
			Error string `json:"error"`
			Aux   struct {
				Digest string `json:"Digest"`
			} `json:"aux"`
		}
		if err := dec.Decode(&msg); err == io.EOF {
			break
		} else if err != nil {
			return "", err
		}
		if msg.Error != "" {
			return "", errors.New(msg.Error)
		}
		if msg.Aux.Digest != "" {
			digest = msg.Aux.Digest
		}
	}
	if digest == "" {
		return "", errors.New("the push reported no digest")
	}
	return digest, nil
}

// freeAddr is a loopback address with a port nothing listens on now.
func freeAddr() (string, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	defer l.Close()
	return l.Addr().String(), nil
}

// FreeAddr is a loopback address nothing listens on: a registry that is
// down.
func FreeAddr(tb testing.TB) string {
	a, err := freeAddr()
	if err != nil {
		tb.Fatal(err)
	}
	return a
}
