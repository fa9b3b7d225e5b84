package workflow

import (
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// A bad file marks each error it must give at the end of its line:
// "# want:COL: text", text being part of the message (COL 0: no column).
var wantRE = regexp.MustCompile(`#\s*want:(\d+): (.*)$`)

type wantErr struct {
	line, col int
	msg       string
}

func wantsOf(t *testing.T, data []byte) []wantErr {
	t.Helper()
	var out []wantErr
	for i, line := range strings.Split(string(data), "\n") {
		m := wantRE.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		col, _ := strconv.Atoi(m[1])
		out = append(out, wantErr{i + 1, col, m[2]})
	}
	return out
}

// errorsOf is the *Error list of a Parse error.
func errorsOf(t *testing.T, err error) []*Error {
	t.Helper()
	var list []error
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		list = j.Unwrap()
	} else {
		list = []error{err}
	}
	out := make([]*Error, 0, len(list))
	for _, e := range list {
		var we *Error
		if !errors.As(e, &we) {
			t.Fatalf("error %v (%T) is not a *workflow.Error", e, e)
		}
		out = append(out, we)
	}
	return out
}

// Every file in testdata/bad is refused with exactly the errors it marks,
// each at its line and column, in line order.
func TestBadFiles(t *testing.T) {
	files, err := filepath.Glob("testdata/bad/*.yaml")
	if err != nil || len(files) < 20 {
		t.Fatalf("testdata/bad: %v %v", files, err)
	}
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			wants := wantsOf(t, data)
			if len(wants) == 0 {
				t.Fatal("the file marks no error (# want:COL: message)")
			}
			f, err := Parse(path, data)
			if err == nil {
				t.Fatalf("accepted, with %d instances", len(f.Instances()))
			}
			got := errorsOf(t, err)
			for i, w := range wants {
				if i >= len(got) {
					t.Errorf("missing error at %d:%d: %s", w.line, w.col, w.msg)
					continue
				}
				g := got[i]
				line := w.line
				if w.col == 0 && g.Line == 0 {
					line = 0 // the whole file
				}
				if g.Line != line || g.Col != w.col || !strings.Contains(g.Msg, w.msg) {
					t.Errorf("error %d:\n got %d:%d: %s\nwant %d:%d: …%s…", i, g.Line, g.Col, g.Msg, w.line, w.col, w.msg)
				}
				if g.File != path || !strings.HasPrefix(g.Error(), path+":") {
					t.Errorf("error %d names %q (%s), want %s", i, g.File, g.Error(), path)
				}
			}
			for _, g := range got[min(len(got), len(wants)):] {
				t.Errorf("unexpected error: %s", g)
			}
		})
	}
}
