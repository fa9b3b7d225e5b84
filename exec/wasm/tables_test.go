package wasm

import (
	"bytes"
	"context"
	"testing"
)

// sleb is the signed LEB128 encoding of v.
func sleb(v int32) []byte {
	var b []byte
	for {
		c := byte(v & 0x7f)
		v >>= 7
		if (v == 0 && c&0x40 == 0) || (v == -1 && c&0x40 != 0) {
			return append(b, c)
		}
		b = append(b, c|0x80)
	}
}

// growModule is a module with one funcref table of limits (given encoded)
// whose _start grows it by delta and traps unless table.grow returned want.
func growModule(limits []byte, delta, want int32) []byte {
	code := cat(
		[]byte{0xd0, 0x70}, // ref.null func
		[]byte{0x41}, sleb(delta),
		[]byte{0xfc, 0x0f, 0x00}, // table.grow 0
		[]byte{0x41}, sleb(want),
		[]byte{0x47, 0x04, 0x40, 0x00, 0x0b}, // i32.ne if unreachable end
	)
	return cat(header,
		section(1, vec([]byte{0x60, 0, 0})),
		section(3, vec([]byte{0})),
		section(4, vec(cat([]byte{0x70}, limits))),
		section(7, vec(cat(name("_start"), []byte{0x00, 0x00}))),
		section(10, vec(body(code...))),
	)
}

// TestRunBoundsTableGrowth: a guest's table.grow allocates outside the
// memory cap, so an unbounded table could take the daemon down. Growing
// past MaxTableEntries fails (-1) for the guest; growing within it, or
// within a table's own smaller maximum, works as before.
func TestRunBoundsTableGrowth(t *testing.T) {
	r := newRuntime(t)
	for _, tc := range []struct {
		name          string
		limits        []byte
		delta, result int32
	}{
		{"no maximum, past the bound", []byte{0x00, 0x00}, MaxTableEntries + 1, -1},
		{"no maximum, within the bound", []byte{0x00, 0x05}, 10, 5}, // returns the old size
		{"large maximum, past the bound", cat([]byte{0x01, 0x00}, uleb(1<<27)), MaxTableEntries + 1, -1},
		{"own maximum is lower", []byte{0x01, 0x00, 0x08}, 9, -1},
		{"own maximum, within it", []byte{0x01, 0x00, 0x08}, 8, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			mod := growModule(tc.limits, tc.delta, tc.result)
			if err := Validate(context.Background(), mod); err != nil {
				t.Fatalf("Validate: %v", err)
			}
			out := run(t, r, Job{Module: mod})
			if out.ExitCode != 0 || out.Reason != "" {
				t.Fatalf("table.grow(%d) did not return %d: %+v %s", tc.delta, tc.result, out.Result, out.stderr)
			}
		})
	}
}

func TestBoundTables(t *testing.T) {
	// No table section: the module itself.
	plain := wasmModule(1, "_start", opNop)
	if got, err := boundTables(plain); err != nil || !bytes.Equal(got, plain) {
		t.Fatalf("module without tables changed: %v", err)
	}
	// Two tables share the bound; a declared minimum above the share
	// is kept; an init expression is carried over.
	tables := vec(
		[]byte{0x70, 0x00, 0x00},
		cat([]byte{0x40, 0x00, 0x70, 0x00}, uleb(MaxTableEntries), []byte{0xd0, 0x70, 0x0b}),
	)
	mod := cat(header, section(4, tables), section(0, name("after")))
	got, err := boundTables(mod)
	if err != nil {
		t.Fatal(err)
	}
	want := cat(header, section(4, vec(
		cat([]byte{0x70, 0x01, 0x00}, uleb(MaxTableEntries/2)),
		cat([]byte{0x40, 0x00, 0x70, 0x01}, uleb(MaxTableEntries), uleb(MaxTableEntries), []byte{0xd0, 0x70, 0x0b}),
	)), section(0, name("after")))
	if !bytes.Equal(got, want) {
		t.Fatalf("bounded module\n got % x\nwant % x", got, want)
	}
	if err := prescan(got); err != nil {
		t.Fatalf("bounded module does not scan: %v", err)
	}
}
