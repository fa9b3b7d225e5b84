package web

import (
	"io/fs"
	"path"
	"regexp"
	"strings"
	"testing"
)

// The embedded page keeps to what the CSP and docs/web.md promise: no
// HTML built from strings, no eval, no inline script or style, and every
// module it imports is in the binary. (The pages' behaviour is tested in
// a browser: testnet/browser*_test.go.)
func TestStaticPageRules(t *testing.T) {
	sub, err := fs.Sub(staticFiles, "static")
	if err != nil {
		t.Fatal(err)
	}
	importRe := regexp.MustCompile(`(?m)^\s*import\s+(?:[^'"]+\s+from\s+)?['"]([^'"]+)['"]`)
	forbidden := []string{"innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function", ".style.", "setAttribute('style'"}
	var modules int
	err = fs.WalkDir(sub, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(sub, p)
		if err != nil {
			return err
		}
		src := string(b)
		switch path.Ext(p) {
		case ".js":
			modules++
			for _, f := range forbidden {
				if strings.Contains(src, f) {
					t.Errorf("%s uses %s: build DOM nodes (dom.js) and set classes instead", p, f)
				}
			}
			for _, m := range importRe.FindAllStringSubmatch(src, -1) {
				target := path.Join(path.Dir(p), m[1])
				if _, err := fs.Stat(sub, target); err != nil {
					t.Errorf("%s imports %s, which is not embedded (%s)", p, m[1], target)
				}
			}
		case ".html":
			if regexp.MustCompile(`<script(?:\s[^>]*)?>`).FindAllString(src, -1) != nil {
				for _, tag := range regexp.MustCompile(`<script[^>]*>`).FindAllString(src, -1) {
					if !strings.Contains(tag, "src=") {
						t.Errorf("%s has an inline script (%s): the CSP refuses it", p, tag)
					}
				}
			}
			if regexp.MustCompile(`\sstyle=|<style|\son[a-z]+=`).MatchString(src) {
				t.Errorf("%s has an inline style or event handler: the CSP refuses them", p)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if modules < 10 {
		t.Fatalf("only %d modules embedded", modules)
	}
	// Each page the nav links to is routed.
	index, _ := fs.ReadFile(sub, "index.html")
	app, _ := fs.ReadFile(sub, "assets/app.js")
	for _, m := range regexp.MustCompile(`data-route="([a-z]+)"`).FindAllStringSubmatch(string(index), -1) {
		if !strings.Contains(string(app), "'"+m[1]+"'") || !strings.Contains(string(app), "./pages/"+m[1]+".js") {
			t.Errorf("the nav links to %q, which app.js does not route to pages/%s.js", m[1], m[1])
		}
	}
}
