package wasm

import (
	"errors"
	"fmt"
)

// Limits the pre-scan enforces where the binary format has none that the
// section sizes could bound: a few bytes of module can declare millions of
// locals or table slots.
const (
	// MaxFunctionLocals is the most locals one function may declare. It is
	// V8's limit, so every module that runs in a browser passes.
	MaxFunctionLocals = 50_000
	// MaxModuleLocals is the most locals all functions together may declare.
	MaxModuleLocals = 1 << 22
	// MaxTableEntries bounds the sum of the minimum sizes of the tables a
	// module defines (each slot costs 8 bytes at instantiation), and
	// separately the sum of the entries of its element segments.
	MaxTableEntries = 1 << 20
)

// section ids of the binary format.
var sectionNames = [...]string{
	0: "custom", 1: "type", 2: "import", 3: "function", 4: "table", 5: "memory",
	6: "global", 7: "export", 8: "start", 9: "element", 10: "code", 11: "data",
	12: "data count", 13: "tag",
}

// prescan checks the framing of a module and every count in it before
// wazero sees it. wazero allocates slices sized by the counts a module
// declares before reading the items, so an untrusted count of 2^32-1 in a
// 16-byte module allocates gigabytes (an allocation failure kills the
// process; recover cannot catch it). prescan allocates nothing: every
// section must lie within the module, every vector count must be at most
// the bytes left in its section over the smallest encoding of one item,
// every length within its section, and locals and table slots within the
// limits above. It reads only as much of each item as it needs to find
// the next one and leaves the rest of validation to wazero.
func prescan(b []byte) error {
	if len(b) < 8 {
		return errors.New("wasm: module too short for a header")
	}
	s := scanner{b: b, off: 8, end: len(b)}
	for s.off < len(b) {
		start := s.off
		id, err := s.byte()
		if err != nil {
			return err
		}
		if int(id) >= len(sectionNames) {
			return fmt.Errorf("wasm: unknown section id %d at offset %d", id, start)
		}
		size, err := s.u32()
		if err != nil {
			return fmt.Errorf("wasm: %s section at offset %d: size: %w", sectionNames[id], start, err)
		}
		if uint64(size) > uint64(len(b)-s.off) {
			return fmt.Errorf("wasm: %s section at offset %d claims %d bytes, but only %d remain in the module",
				sectionNames[id], start, size, len(b)-s.off)
		}
		sec := scanner{b: b, off: s.off, end: s.off + int(size), totals: s.totals}
		if err := sec.section(id); err != nil {
			return fmt.Errorf("wasm: %s section at offset %d: %w", sectionNames[id], start, err)
		}
		s.totals = sec.totals
		s.off = sec.end
	}
	return nil
}

type scanner struct {
	b        []byte
	off, end int // the section is b[off:end]
	totals   struct{ locals, tables, elems uint64 }
}

var errEnd = errors.New("unexpected end of section")

func (s *scanner) left() int { return s.end - s.off }

func (s *scanner) byte() (byte, error) {
	if s.off >= s.end {
		return 0, errEnd
	}
	c := s.b[s.off]
	s.off++
	return c, nil
}

// u32 reads an unsigned LEB128 value of at most 32 bits (5 bytes).
func (s *scanner) u32() (uint32, error) {
	var v uint32
	for i := 0; i < 5; i++ {
		c, err := s.byte()
		if err != nil {
			return 0, err
		}
		v |= uint32(c&0x7f) << (7 * i)
		if c&0x80 == 0 {
			return v, nil
		}
	}
	return 0, errors.New("LEB128 value longer than 5 bytes")
}

// skipLEB skips a (signed or unsigned) LEB128 value of at most max bytes.
func (s *scanner) skipLEB(max int) error {
	for i := 0; i < max; i++ {
		c, err := s.byte()
		if err != nil {
			return err
		}
		if c&0x80 == 0 {
			return nil
		}
	}
	return fmt.Errorf("LEB128 value longer than %d bytes", max)
}

func (s *scanner) skip(n uint32) error {
	if uint64(n) > uint64(s.left()) {
		return errEnd
	}
	s.off += int(n)
	return nil
}

// count reads a vector count and checks that the rest of the section can
// hold that many items of at least minSize bytes each.
func (s *scanner) count(what string, minSize int) (uint32, error) {
	n, err := s.u32()
	if err != nil {
		return 0, fmt.Errorf("%s count: %w", what, err)
	}
	if uint64(n)*uint64(minSize) > uint64(s.left()) {
		return 0, fmt.Errorf("declares %d %s in %d bytes (each takes at least %d)", n, what, s.left(), minSize)
	}
	return n, nil
}

// name skips a length-prefixed string.
func (s *scanner) name(what string) error {
	n, err := s.u32()
	if err != nil {
		return fmt.Errorf("%s length: %w", what, err)
	}
	if uint64(n) > uint64(s.left()) {
		return fmt.Errorf("%s of %d bytes, but only %d remain in the section", what, n, s.left())
	}
	s.off += int(n)
	return nil
}

func (s *scanner) section(id byte) error {
	switch id {
	case 0:
		return s.custom()
	case 1:
		return s.types()
	case 2:
		return s.vec("imports", 4, s.importEntry)
	case 3:
		return s.vec("functions", 1, func() error { return s.skipLEB(5) })
	case 4:
		return s.vec("tables", 3, func() error {
			min, err := s.tableType()
			if err != nil {
				return err
			}
			if s.totals.tables += uint64(min); s.totals.tables > MaxTableEntries {
				return fmt.Errorf("tables have %d slots at start, the limit is %d", s.totals.tables, MaxTableEntries)
			}
			return nil
		})
	case 5:
		return s.vec("memories", 2, func() error { _, err := s.limits(); return err })
	case 6:
		return s.vec("globals", 3, func() error {
			if err := s.valType(); err != nil {
				return err
			}
			if _, err := s.byte(); err != nil { // mutability
				return err
			}
			return s.constExpr()
		})
	case 7:
		return s.vec("exports", 3, func() error {
			if err := s.name("export name"); err != nil {
				return err
			}
			if _, err := s.byte(); err != nil { // kind
				return err
			}
			return s.skipLEB(5)
		})
	case 8, 12: // start function index, data count
		return s.skipLEB(5)
	case 9:
		return s.vec("element segments", 3, s.elementSegment)
	case 10:
		return s.vec("function bodies", 3, s.code)
	case 11:
		return s.vec("data segments", 2, s.dataSegment)
	case 13:
		return s.vec("tags", 2, func() error {
			if _, err := s.byte(); err != nil { // attribute
				return err
			}
			return s.skipLEB(5)
		})
	}
	return nil
}

func (s *scanner) vec(what string, minSize int, item func() error) error {
	n, err := s.count(what, minSize)
	if err != nil {
		return err
	}
	for i := uint32(0); i < n; i++ {
		if err := item(); err != nil {
			return fmt.Errorf("%s[%d]: %w", what, i, err)
		}
	}
	return nil
}

func (s *scanner) types() error {
	return s.vec("types", 2, func() error {
		form, err := s.byte()
		if err != nil {
			return err
		}
		if form != 0x4e { // not a rec group (GC proposal): one function type
			s.off--
			return s.funcType()
		}
		return s.vec("types in rec group", 3, s.funcType)
	})
}

func (s *scanner) funcType() error {
	form, err := s.byte()
	if err != nil {
		return err
	}
	if form != 0x60 {
		return fmt.Errorf("form %#x is not a function type", form)
	}
	if err := s.vec("parameters", 1, s.valType); err != nil {
		return err
	}
	return s.vec("results", 1, s.valType)
}

// valType skips a value type: one byte, or a reference prefix and a heap type.
func (s *scanner) valType() error {
	c, err := s.byte()
	if err != nil {
		return err
	}
	if c == 0x63 || c == 0x64 { // (ref null ht), (ref ht)
		return s.skipLEB(5)
	}
	return nil
}

func (s *scanner) importEntry() error {
	if err := s.name("module name"); err != nil {
		return err
	}
	if err := s.name("import name"); err != nil {
		return err
	}
	kind, err := s.byte()
	if err != nil {
		return err
	}
	switch kind {
	case 0: // function: type index
		return s.skipLEB(5)
	case 1:
		_, err := s.tableType()
		return err
	case 2:
		_, err := s.limits()
		return err
	case 3:
		if err := s.valType(); err != nil {
			return err
		}
		_, err := s.byte() // mutability
		return err
	case 4: // tag: attribute, type index
		if _, err := s.byte(); err != nil {
			return err
		}
		return s.skipLEB(5)
	}
	return fmt.Errorf("import kind %#x is not one of function, table, memory, global or tag", kind)
}

// limits skips a limits pair and returns the minimum.
func (s *scanner) limits() (uint32, error) {
	flag, err := s.byte()
	if err != nil {
		return 0, err
	}
	if flag > 3 {
		return 0, fmt.Errorf("limits flag %#x is not 0 to 3", flag)
	}
	min, err := s.u32()
	if err != nil {
		return 0, err
	}
	if flag&1 != 0 {
		if _, err := s.u32(); err != nil {
			return 0, err
		}
	}
	return min, nil
}

// tableType skips a table type and returns its minimum size.
func (s *scanner) tableType() (uint32, error) {
	c, err := s.byte()
	if err != nil {
		return 0, err
	}
	withInit := c == 0x40
	if withInit {
		if _, err := s.byte(); err != nil { // reserved 0x00
			return 0, err
		}
	} else {
		s.off--
	}
	if err := s.valType(); err != nil {
		return 0, err
	}
	min, err := s.limits()
	if err != nil {
		return 0, err
	}
	if withInit {
		return min, s.constExpr()
	}
	return min, nil
}

// constExpr skips a constant expression, with the instructions wazero
// accepts in one.
func (s *scanner) constExpr() error {
	for {
		op, err := s.byte()
		if err != nil {
			return err
		}
		switch op {
		case 0x0b: // end
			return nil
		case 0x41, 0x23, 0xd2, 0xd0: // i32.const, global.get, ref.func, ref.null
			err = s.skipLEB(5)
		case 0x42: // i64.const
			err = s.skipLEB(10)
		case 0x43: // f32.const
			err = s.skip(4)
		case 0x44: // f64.const
			err = s.skip(8)
		case 0x6a, 0x6b, 0x6c, 0x7c, 0x7d, 0x7e: // extended-const arithmetic
		case 0xfd: // v128.const
			if err = s.skipLEB(5); err == nil {
				err = s.skip(16)
			}
		default:
			return fmt.Errorf("opcode %#x is not allowed in a constant expression", op)
		}
		if err != nil {
			return err
		}
	}
}

func (s *scanner) elementSegment() error {
	flags, err := s.u32()
	if err != nil {
		return err
	}
	if flags > 7 {
		return fmt.Errorf("element segment flags %#x are not 0 to 7", flags)
	}
	if flags&3 == 2 { // explicit table index
		if err := s.skipLEB(5); err != nil {
			return err
		}
	}
	if flags&1 == 0 { // active: offset
		if err := s.constExpr(); err != nil {
			return err
		}
	}
	if flags != 0 && flags != 4 { // element kind or reference type
		if err := s.valType(); err != nil {
			return err
		}
	}
	var n uint32
	if flags&4 == 0 { // function indices
		n, err = s.count("function indices", 1)
		for i := uint32(0); err == nil && i < n; i++ {
			err = s.skipLEB(5)
		}
	} else { // expressions
		n, err = s.count("expressions", 1)
		for i := uint32(0); err == nil && i < n; i++ {
			err = s.constExpr()
		}
	}
	if err != nil {
		return err
	}
	if s.totals.elems += uint64(n); s.totals.elems > MaxTableEntries {
		return fmt.Errorf("element segments have %d entries, the limit is %d", s.totals.elems, MaxTableEntries)
	}
	return nil
}

func (s *scanner) code() error {
	size, err := s.u32()
	if err != nil {
		return fmt.Errorf("body size: %w", err)
	}
	if uint64(size) > uint64(s.left()) {
		return fmt.Errorf("body of %d bytes, but only %d remain in the section", size, s.left())
	}
	body := scanner{b: s.b, off: s.off, end: s.off + int(size)}
	s.off = body.end
	decls, err := body.count("local declarations", 2)
	if err != nil {
		return err
	}
	var locals uint64
	for i := uint32(0); i < decls; i++ {
		n, err := body.u32()
		if err != nil {
			return err
		}
		if err := body.valType(); err != nil {
			return err
		}
		if locals += uint64(n); locals > MaxFunctionLocals {
			return fmt.Errorf("declares more than %d locals", MaxFunctionLocals)
		}
	}
	if s.totals.locals += locals; s.totals.locals > MaxModuleLocals {
		return fmt.Errorf("functions declare %d locals together, the limit is %d", s.totals.locals, MaxModuleLocals)
	}
	return nil
}

func (s *scanner) dataSegment() error {
	flags, err := s.u32()
	if err != nil {
		return err
	}
	switch flags {
	case 0:
		err = s.constExpr()
	case 1:
	case 2:
		if err = s.skipLEB(5); err == nil {
			err = s.constExpr()
		}
	default:
		return fmt.Errorf("data segment flags %#x are not 0 to 2", flags)
	}
	if err != nil {
		return err
	}
	return s.name("data")
}

// custom checks the name section, which wazero decodes (other custom
// sections are skipped: debug info is disabled, see newRuntimeConfig).
func (s *scanner) custom() error {
	n, err := s.u32()
	if err != nil {
		return fmt.Errorf("name length: %w", err)
	}
	if uint64(n) > uint64(s.left()) {
		return fmt.Errorf("name of %d bytes, but only %d remain in the section", n, s.left())
	}
	name := string(s.b[s.off : s.off+int(n)])
	s.off += int(n)
	if name != "name" {
		s.off = s.end
		return nil
	}
	for s.left() > 0 {
		id, err := s.byte()
		if err != nil {
			return err
		}
		size, err := s.u32()
		if err != nil {
			return err
		}
		if uint64(size) > uint64(s.left()) {
			return fmt.Errorf("name subsection %d of %d bytes, but only %d remain in the section", id, size, s.left())
		}
		sub := scanner{b: s.b, off: s.off, end: s.off + int(size)}
		s.off = sub.end
		var err2 error
		switch id {
		case 0:
			err2 = sub.name("module name")
		case 1:
			err2 = sub.nameMap("function names")
		case 2:
			err2 = sub.vec("functions with local names", 2, func() error {
				if err := sub.skipLEB(5); err != nil {
					return err
				}
				return sub.nameMap("local names")
			})
		}
		if err2 != nil {
			return fmt.Errorf("name subsection %d: %w", id, err2)
		}
	}
	return nil
}

func (s *scanner) nameMap(what string) error {
	return s.vec(what, 2, func() error {
		if err := s.skipLEB(5); err != nil {
			return err
		}
		return s.name("name")
	})
}
