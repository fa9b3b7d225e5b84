package types

import (
	"strings"
	"testing"
)

func TestParseImageRef(t *testing.T) {
	d := "sha256:" + strings.Repeat("0a", 32)
	for _, c := range []struct {
		in                     string
		repo, tag, registry, s string
	}{
		{"127.0.0.1:5000/trainer:1@" + d, "127.0.0.1:5000/trainer", "1", "127.0.0.1:5000", "127.0.0.1:5000/trainer@" + d},
		{"127.0.0.1:5000/trainer@" + d, "127.0.0.1:5000/trainer", "", "127.0.0.1:5000", "127.0.0.1:5000/trainer@" + d},
		{"alpine@" + d, "alpine", "", "docker.io", "alpine@" + d},
		{"localhost/a/b:v2@" + d, "localhost/a/b", "v2", "localhost", "localhost/a/b@" + d},
		{d, "", "", "docker.io", d},
	} {
		r, err := ParseImageRef(c.in)
		if err != nil {
			t.Errorf("%s: %v", c.in, err)
			continue
		}
		if r.Repo != c.repo || r.Tag != c.tag || r.Digest != d || r.ByDigest() != c.s || r.String() != c.in {
			t.Errorf("%s: got %+v (%s)", c.in, r, r.ByDigest())
		}
		if r.Pullable() && r.Registry() != c.registry {
			t.Errorf("%s: registry %s, want %s", c.in, r.Registry(), c.registry)
		}
	}
	for _, c := range []struct{ in, want string }{
		{"trainer:1", "not pinned to a digest"},
		{"trainer@sha256:12", "is 2 hex digits"},
		{"sha256:xyz", "the image ID is 3 hex digits"},
		{"Trainer@" + d, "not a Docker image reference"},
		{"trainer@md5:" + strings.Repeat("0", 64), "must be sha256:"},
		{"trainer@sha256:" + strings.Repeat("g", 64), `has 'g'`},
	} {
		if _, err := ParseImageRef(c.in); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, want %q", c.in, err, c.want)
		}
	}
}
