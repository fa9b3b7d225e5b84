package main

import (
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// mdLink matches an inline Markdown link or image target: [text](target).
var mdLink = regexp.MustCompile(`\]\(([^()\s]+)(?:\s+"[^"]*")?\)`)

// Every relative link in the README and docs/ names a file or dir of this
// repository that exists: a clone anywhere must have no dead link, and no
// link may lead out of the repository.
func TestDocLinksStayInRepo(t *testing.T) {
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	docs, _ := filepath.Glob(filepath.Join(root, "docs", "*.md"))
	files := append([]string{filepath.Join(root, "README.md")}, docs...)
	if len(files) < 3 {
		t.Fatalf("found %v: want README.md and docs/*.md", files)
	}
	checked := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		rel, _ := filepath.Rel(root, f)
		for i, line := range strings.Split(string(b), "\n") {
			for _, m := range mdLink.FindAllStringSubmatch(line, -1) {
				target := m[1]
				u, err := url.Parse(target)
				if err != nil {
					t.Errorf("%s:%d: link %q does not parse: %v", rel, i+1, target, err)
					continue
				}
				if u.Scheme != "" || u.Host != "" || u.Path == "" {
					continue // a web link, or an anchor in the same file
				}
				if filepath.IsAbs(u.Path) {
					t.Errorf("%s:%d: link %q is an absolute path: make it relative to the file", rel, i+1, target)
					continue
				}
				p := filepath.Clean(filepath.Join(filepath.Dir(f), filepath.FromSlash(u.Path)))
				if in, _ := filepath.Rel(root, p); in == ".." || strings.HasPrefix(in, ".."+string(filepath.Separator)) {
					t.Errorf("%s:%d: link %q leaves the repository", rel, i+1, target)
					continue
				}
				if _, err := os.Stat(p); err != nil {
					t.Errorf("%s:%d: link %q: no such file in the repository", rel, i+1, target)
				}
				checked++
			}
		}
	}
	if checked == 0 {
		t.Error("no relative link found: is the pattern right?")
	}
}
