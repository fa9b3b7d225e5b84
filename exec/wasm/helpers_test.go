package wasm

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// Go test modules are built once per test binary into a shared temp dir;
// the same dir holds a compilation cache so that each module is compiled to
// machine code once too.
var (
	buildOnce  sync.Once
	buildDir   string
	buildErr   error
	builtPaths = map[string]string{}
	guestPkgs  = map[string]string{
		"guest":      "./testdata/guest",
		"demo-train": "../../examples/demo-train",
	}
)

func TestMain(m *testing.M) {
	code := m.Run()
	if buildDir != "" {
		os.RemoveAll(buildDir)
	}
	os.Exit(code)
}

// goModule returns the wasm binary of one of guestPkgs.
func goModule(t testing.TB, name string) []byte {
	t.Helper()
	buildOnce.Do(func() {
		goBin, err := exec.LookPath("go")
		if err != nil {
			buildErr = err
			return
		}
		if buildDir, buildErr = os.MkdirTemp("", "wasm-test-"); buildErr != nil {
			return
		}
		for n, pkg := range guestPkgs {
			out := filepath.Join(buildDir, n+".wasm")
			cmd := exec.Command(goBin, "build", "-o", out, pkg)
			cmd.Env = append(os.Environ(), "GOOS=wasip1", "GOARCH=wasm", "CGO_ENABLED=0")
			if msg, err := cmd.CombinedOutput(); err != nil {
				buildErr = &buildError{pkg: pkg, out: string(msg), err: err}
				return
			}
			builtPaths[n] = out
		}
	})
	if buildErr != nil {
		if be, ok := buildErr.(*buildError); ok && strings.Contains(be.out, "unsupported GOOS/GOARCH") {
			t.Skipf("toolchain cannot build wasip1/wasm: %v", buildErr)
		}
		if _, ok := buildErr.(*exec.Error); ok {
			t.Skipf("no go toolchain: %v", buildErr)
		}
		t.Fatalf("building test modules: %v", buildErr)
	}
	b, err := os.ReadFile(builtPaths[name])
	if err != nil {
		t.Fatal(err)
	}
	return b
}

type buildError struct {
	pkg, out string
	err      error
}

func (e *buildError) Error() string { return e.pkg + ": " + e.err.Error() + "\n" + e.out }

// newRuntime returns a Runtime sharing the test binary's compilation cache.
func newRuntime(t testing.TB, opts ...Option) *Runtime {
	t.Helper()
	goModule(t, "guest") // makes buildDir
	opts = append([]Option{CompilationCache(filepath.Join(buildDir, "cache"))}, opts...)
	r, err := New(opts...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := r.Close(context.Background()); err != nil {
			t.Error(err)
		}
	})
	return r
}

type runOutput struct {
	Result
	stdout, stderr string
}

func run(t *testing.T, r *Runtime, j Job) runOutput {
	t.Helper()
	var stdout, stderr bytes.Buffer
	j.Stdout, j.Stderr = &stdout, &stderr
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	res, err := r.Run(ctx, j)
	if err != nil {
		t.Fatalf("Run: %v\nstderr: %s", err, stderr.String())
	}
	return runOutput{res, stdout.String(), stderr.String()}
}

// Hand-assembled modules, for behaviour Go programs cannot produce (a real
// trap, a start section, exotic imports). Only the encodings used here.

func uleb(n uint32) []byte {
	var b []byte
	for {
		c := byte(n & 0x7f)
		n >>= 7
		if n != 0 {
			b = append(b, c|0x80)
			continue
		}
		return append(b, c)
	}
}

func cat(parts ...[]byte) []byte { return bytes.Join(parts, nil) }

func name(s string) []byte { return cat(uleb(uint32(len(s))), []byte(s)) }

func vec(items ...[]byte) []byte { return cat(uleb(uint32(len(items))), cat(items...)) }

func section(id byte, content []byte) []byte {
	return cat([]byte{id}, uleb(uint32(len(content))), content)
}

func body(instrs ...byte) []byte {
	b := cat([]byte{0}, instrs, []byte{0x0b}) // no locals ... end
	return cat(uleb(uint32(len(b))), b)
}

// wasmModule is a module with one memory of memPages pages (exported as
// "memory"), one function of type () -> () exported as export, whose body is
// code, and the given extra imports (all of type () -> ()).
func wasmModule(memPages uint32, export string, code []byte, imports ...[2]string) []byte {
	var imps [][]byte
	for _, im := range imports {
		imps = append(imps, cat(name(im[0]), name(im[1]), []byte{0x00, 0x00}))
	}
	funcIdx := uint32(len(imports))
	m := cat([]byte("\x00asm"), []byte{1, 0, 0, 0},
		section(1, vec([]byte{0x60, 0, 0})), // type 0: () -> ()
	)
	if len(imps) > 0 {
		m = cat(m, section(2, vec(imps...)))
	}
	m = cat(m,
		section(3, vec([]byte{0})),                      // one function of type 0
		section(5, vec(cat([]byte{0}, uleb(memPages)))), // memory {min memPages}
		section(7, vec(
			cat(name(export), []byte{0x00}, uleb(funcIdx)),
			cat(name("memory"), []byte{0x02, 0}),
		)),
		section(10, vec(body(code...))),
	)
	return m
}

var (
	opUnreachable = []byte{0x00}
	opLoopForever = []byte{0x03, 0x40, 0x0c, 0x00, 0x0b} // loop br 0 end
	// grow by 16 pages until memory.grow returns -1, then trap.
	opGrowUntilFail = []byte{
		0x03, 0x40, // loop
		0x41, 0x10, // i32.const 16
		0x40, 0x00, // memory.grow
		0x41, 0x7f, // i32.const -1
		0x47,       // i32.ne
		0x0d, 0x00, // br_if 0
		0x0b, // end
		0x00, // unreachable
	}
	opNop = []byte{0x01}
)
