package wasm

import (
	"context"
	"runtime"
	"strings"
	"testing"
)

// header is the 8 bytes every module starts with.
var header = []byte("\x00asm\x01\x00\x00\x00")

// huge is the LEB128 encoding of 2^32-1.
var huge = []byte{0xff, 0xff, 0xff, 0xff, 0x0f}

type bomb struct {
	name    string
	mod     []byte
	section string // what the error must name
}

// bombs are modules whose declared counts or lengths would make wazero
// allocate gigabytes (or, for tables, make instantiation do so) if it saw
// them: one per place the binary format has a count or a length.
func bombs() []bomb {
	// raw is a section whose content is given as is (no re-encoding of
	// the counts inside it).
	raw := func(id byte, content ...[]byte) []byte { return section(id, cat(content...)) }
	start := cat(section(1, vec([]byte{0x60, 0, 0})), section(3, vec([]byte{0})))
	startExport := section(7, vec(cat(name("_start"), []byte{0x00, 0x00})))
	startCode := section(10, vec(body(opNop...)))
	return []bomb{
		// The module of the issue: 2^32-1 exports in 6 bytes.
		{"exports", []byte("\x00asm\x01\x00\x00\x00\x07\x06\xff\xff\xff\xff\x0f\x00"), "export section"},
		// One function declaring 2^32-1 i32 locals: wazero sums the
		// declarations (under 2^32, so it accepts them) and allocates
		// room for all of them before reading the body.
		{"locals", cat(header, raw(10, []byte{1, 8, 1}, huge, []byte{0x7f, 0x0b})), "code section"},
		{"types", cat(header, raw(1, huge)), "type section"},
		{"parameters", cat(header, raw(1, []byte{1, 0x60}, huge, []byte{0})), "type section"},
		{"results", cat(header, raw(1, []byte{1, 0x60, 0}, huge)), "type section"},
		{"rec group", cat(header, raw(1, []byte{1, 0x4e}, huge)), "type section"},
		{"imports", cat(header, raw(2, huge, []byte{0})), "import section"},
		{"import name", cat(header, raw(2, []byte{1}, huge, []byte("x"))), "import section"},
		{"functions", cat(header, raw(3, huge)), "function section"},
		{"tables", cat(header, raw(4, huge, []byte{0x70, 0})), "table section"},
		// A table of 2^27 slots is valid wasm (wazero's own limit) and
		// costs 1 GiB when instantiated.
		{"table slots", cat(header, start, raw(4, []byte{1, 0x70, 0}, uleb(1<<27)), startExport, startCode), "table section"},
		{"memories", cat(header, raw(5, huge, []byte{0, 0})), "memory section"},
		{"globals", cat(header, raw(6, huge)), "global section"},
		{"elements", cat(header, raw(9, huge)), "element section"},
		{"element function indices", cat(header, raw(9, []byte{1, 0, 0x41, 0, 0x0b}, huge)), "element section"},
		{"element expressions", cat(header, raw(9, []byte{1, 5, 0x70}, huge)), "element section"},
		{"code", cat(header, raw(10, huge)), "code section"},
		{"data", cat(header, raw(11, huge)), "data section"},
		{"data bytes", cat(header, raw(11, []byte{1, 1}, huge)), "data section"},
		{"tags", cat(header, raw(13, huge)), "tag section"},
		{"custom section name", cat(header, raw(0, huge)), "custom section"},
		{"function names", cat(header, raw(0, name("name"), []byte{1, 5}, huge)), "custom section"},
		{"local names", cat(header, raw(0, name("name"), []byte{2, 8, 1, 0}, huge, []byte{0})), "custom section"},
		{"section past the end", cat(header, []byte{0x01}, huge), "type section"},
		// What `go test -fuzz FuzzValidate` found against the code before
		// the scan, each killing the fuzz worker (run under a 3 GB
		// address-space limit).
		{"fuzzer-found 14 bytes", []byte("\x00asm\x01\x00\x00\x00\x0b\x17\x92\x92\x92\x92"), "data section"},
		{"fuzzer-found 15 bytes", []byte("\x00asm\x01\x00\x00\x00\x0a\x01\xb9\xb9\xb9\xb9\x00"), "code section"},
		{"fuzzer-found 17 bytes", []byte("\x00asm\x01\x00\x00\x00\x02\x20\xeb\xeb\xeb\x30\x30\x30\xeb"), "import section"},
		{"fuzzer-found 20 bytes", []byte("\x00asm\x01\x00\x00\x00\x09\x0a\xd1\xd1\xd1\xd1\x0b\x01\x30\x30\x30\x30"), "element section"},
		{"fuzzer-found 26 bytes", []byte("\x00asm\x01\x00\x00\x00\x02\x24\xf8\xcd\xe4\x77\x0c\x0c\x0c\x0c\x0c\x0c\x0c\x0c\x30\x30\x30\x0c"), "import section"},
		{"fuzzer-found 49 bytes", []byte("\x00asm\x01\x00\x00\x00\x02\x24\x9b\x9b\xc1\x01\x16\x30\x30\x30\x30\x0c\x0c\x0c\x0c\x0c\x0c\x0c\x0c\x30\x30\x30\x30\x30\x30\x30\x30\x30\x30\x09\x30\x30\x30\x30\x30\x30\x30\x30\x30\x00\x30"), "import section"},
	}
}

// TestValidateRefusesBombs checks that every bomb is refused with an error
// naming its section, and that refusing it allocates next to nothing.
func TestValidateRefusesBombs(t *testing.T) {
	ctx := context.Background()
	for _, b := range bombs() {
		t.Run(b.name, func(t *testing.T) {
			var err error
			alloc := allocated(func() { err = Validate(ctx, b.mod) })
			if err == nil || !strings.Contains(err.Error(), b.section) {
				t.Fatalf("Validate(%x) = %v, want an error naming the %s", b.mod, err, b.section)
			}
			if alloc > maxBombAlloc {
				t.Fatalf("refusing it allocated %d MiB", alloc>>20)
			}
			t.Logf("%d bytes: %v (allocated %d bytes)", len(b.mod), err, alloc)
		})
	}
}

// TestRunRefusesBombs checks the executor's path: a module fetched from a
// (possibly modified) home daemon is scanned before it is compiled.
func TestRunRefusesBombs(t *testing.T) {
	r := newRuntime(t)
	for _, b := range bombs() {
		t.Run(b.name, func(t *testing.T) {
			var err error
			alloc := allocated(func() { _, err = r.Run(context.Background(), Job{Module: b.mod}) })
			if err == nil || !strings.Contains(err.Error(), b.section) {
				t.Fatalf("Run = %v, want an error naming the %s", err, b.section)
			}
			if alloc > maxBombAlloc {
				t.Fatalf("refusing it allocated %d MiB", alloc>>20)
			}
		})
	}
}

// TestPrescanLimitsAreNotTooTight checks that modules at the limits pass
// the scan: a function with MaxFunctionLocals locals, and a table and an
// element segment of MaxTableEntries.
func TestPrescanLimitsAreNotTooTight(t *testing.T) {
	ctx := context.Background()
	start := cat(section(1, vec([]byte{0x60, 0, 0})), section(3, vec([]byte{0})))
	export := section(7, vec(cat(name("_start"), []byte{0x00, 0x00})))
	locals := func(n uint32) []byte {
		b := cat([]byte{1}, uleb(n), []byte{0x7f, 0x01, 0x0b}) // n i32 locals; nop end
		return section(10, vec(cat(uleb(uint32(len(b))), b)))
	}
	if err := Validate(ctx, cat(header, start, export, locals(MaxFunctionLocals))); err != nil {
		t.Errorf("%d locals: %v", MaxFunctionLocals, err)
	}
	if err := Validate(ctx, cat(header, start, export, locals(MaxFunctionLocals+1))); err == nil || !strings.Contains(err.Error(), "locals") {
		t.Errorf("%d locals: err = %v, want the locals limit", MaxFunctionLocals+1, err)
	}
	// Functions at the per-function limit, until the module's is passed.
	n := MaxModuleLocals/MaxFunctionLocals + 1
	types := make([]byte, n) // all of type 0
	bodies := make([][]byte, n)
	for i := range bodies {
		b := cat([]byte{1}, uleb(MaxFunctionLocals), []byte{0x7f, 0x0b})
		bodies[i] = cat(uleb(uint32(len(b))), b)
	}
	many := cat(header, section(1, vec([]byte{0x60, 0, 0})), section(3, cat(uleb(uint32(n)), types)), export, section(10, vec(bodies...)))
	if err := Validate(ctx, many); err == nil || !strings.Contains(err.Error(), "locals together") {
		t.Errorf("%d functions of %d locals: err = %v, want the module's locals limit", n, MaxFunctionLocals, err)
	}
	if err := Validate(ctx, cat(header, section(1, vec([]byte{0x60, 0, 0})), section(3, cat(uleb(uint32(n-1)), types[1:])), export, section(10, vec(bodies[1:]...)))); err != nil {
		t.Errorf("%d functions of %d locals: %v", n-1, MaxFunctionLocals, err)
	}
	table := section(4, vec(cat([]byte{0x70, 0}, uleb(MaxTableEntries))))
	if err := Validate(ctx, cat(header, start, table, export, section(10, vec(body(opNop...))))); err != nil {
		t.Errorf("table of %d: %v", MaxTableEntries, err)
	}
	table = section(4, vec(cat([]byte{0x70, 0}, uleb(MaxTableEntries+1))))
	if err := Validate(ctx, cat(header, start, table, export, section(10, vec(body(opNop...))))); err == nil || !strings.Contains(err.Error(), "slots") {
		t.Errorf("table of %d: err = %v, want the table limit", MaxTableEntries+1, err)
	}
}

// maxBombAlloc is a generous bound on what refusing a bomb may allocate:
// the bombs ask for 4 to 32 GiB.
const maxBombAlloc = 64 << 20

// allocated returns how many bytes f allocated on the heap.
func allocated(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// BenchmarkValidateBomb measures refusing each bomb (time and bytes per
// refusal); the figures are in the README.
//
//	go test ./exec/wasm -run '^$' -bench ValidateBomb -benchmem
func BenchmarkValidateBomb(b *testing.B) {
	ctx := context.Background()
	for _, bm := range bombs() {
		b.Run(strings.ReplaceAll(bm.name, " ", "_"), func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				if Validate(ctx, bm.mod) == nil {
					b.Fatal("bomb accepted")
				}
			}
		})
	}
}
