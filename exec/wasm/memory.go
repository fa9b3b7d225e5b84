package wasm

import (
	"errors"
	"fmt"
	"sync/atomic"

	"github.com/tetratelabs/wazero/experimental"
)

// capAllocator backs a job's linear memory and enforces its cap. Refusing a
// grow here makes memory.grow return -1 to the guest, exactly as wazero's
// own page limit would, but lets Run see that the cap was what stopped the
// module.
type capAllocator struct {
	limit uint64      // bytes
	hit   atomic.Bool // a grow past limit was refused
}

func (a *capAllocator) Allocate(capacity, _ uint64) experimental.LinearMemory {
	return &capMemory{a: a, buf: make([]byte, 0, min(capacity, a.limit))}
}

type capMemory struct {
	a       *capAllocator
	buf     []byte
	started bool // the initial allocation is done
}

func (m *capMemory) Reallocate(size uint64) []byte {
	initial := !m.started
	m.started = true
	if size > m.a.limit {
		m.a.hit.Store(true)
		if !initial {
			return nil
		}
		// wazero cannot take nil for the initial allocation. Run refuses
		// modules whose minimum memory is over the cap before
		// instantiating them, so this is only a backstop.
	}
	if size <= uint64(cap(m.buf)) {
		m.buf = m.buf[:size] // memory never shrinks, so the tail is still zero
		return m.buf
	}
	// Grow by at least a quarter to amortise copying, not past the cap.
	newCap := max(size, min(uint64(cap(m.buf))*5/4, m.a.limit))
	nb := make([]byte, size, newCap)
	copy(nb, m.buf)
	m.buf = nb
	return m.buf
}

func (m *capMemory) Free() { m.buf = nil }

// memoryMinPages returns the initial size, in pages, of the memory a module
// defines (0 if it defines none). The module has already been validated by
// wazero; this reads just enough of the binary to find the memory section.
func memoryMinPages(b []byte) (uint32, error) {
	if len(b) < 8 {
		return 0, errors.New("module too short")
	}
	r := reader{b: b, off: 8}
	for r.off < len(r.b) {
		id, err := r.byte()
		if err != nil {
			return 0, err
		}
		size, err := r.u32()
		if err != nil {
			return 0, err
		}
		end := r.off + int(size)
		if end > len(r.b) || end < r.off {
			return 0, fmt.Errorf("section %d overruns module", id)
		}
		if id != 5 { // memory section
			r.off = end
			continue
		}
		count, err := r.u32()
		if err != nil || count == 0 {
			return 0, err
		}
		if _, err := r.byte(); err != nil { // limits flags; min follows for every kind
			return 0, err
		}
		return r.u32()
	}
	return 0, nil
}

type reader struct {
	b   []byte
	off int
}

func (r *reader) byte() (byte, error) {
	if r.off >= len(r.b) {
		return 0, errors.New("unexpected end of module")
	}
	c := r.b[r.off]
	r.off++
	return c, nil
}

// u32 reads an unsigned LEB128 value of at most 32 bits.
func (r *reader) u32() (uint32, error) {
	var v uint32
	for shift := 0; shift < 35; shift += 7 {
		c, err := r.byte()
		if err != nil {
			return 0, err
		}
		v |= uint32(c&0x7f) << shift
		if c&0x80 == 0 {
			return v, nil
		}
	}
	return 0, errors.New("LEB128 value too long")
}
