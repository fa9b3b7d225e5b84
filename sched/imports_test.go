package sched

import (
	"go/build"
	"slices"
	"testing"
)

// sched is the pure decision core: every peer must reach the same
// placement and claim from the same events, so it reads no clock, no
// randomness, no disk, no network and no goroutines; the node feeds it
// everything. Its imports are pinned to this list: a new one is a design
// change to make on purpose (and to add here), not in passing.
var schedImports = []string{
	// The standard library, its pure parts.
	"bytes", "cmp", "encoding/binary", "encoding/hex", "errors", "fmt", "maps",
	"math", "math/big", "math/bits", "slices", "sort", "strconv", "strings",
	// Hashes, addresses and encodings of the signed types.
	"github.com/ethereum/go-ethereum/common",
	"github.com/ethereum/go-ethereum/crypto",
	"github.com/ethereum/go-ethereum/rlp",
	"github.com/libp2p/go-libp2p/core/peer",
	"github.com/skyops/skyops/types",
}

// What the decision core must never reach for.
var schedForbidden = []string{"os", "net", "net/http", "time", "math/rand", "math/rand/v2", "sync", "sync/atomic", "io", "os/exec", "log/slog", "context", "unsafe"}

func TestSchedImportsPinned(t *testing.T) {
	for _, f := range schedForbidden {
		if slices.Contains(schedImports, f) {
			t.Fatalf("the allow-list holds %q, which sched must not import", f)
		}
	}
	pkg, err := build.Default.ImportDir(".", 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(pkg.Imports) == 0 {
		t.Fatal("no imports read: is this the sched package's directory?")
	}
	for _, imp := range pkg.Imports {
		if !slices.Contains(schedImports, imp) {
			t.Errorf("sched imports %q (in %v), which is not on its allow-list (sched/imports_test.go): the scheduler must stay a pure function of its inputs", imp, pkg.ImportPos[imp])
		}
	}
}
