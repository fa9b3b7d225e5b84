package wasm

import "fmt"

// boundTables returns module with a maximum size on every table it
// defines, or module itself when it defines none. A guest's table.grow
// allocates in wazero without passing any allocator the runtime controls:
// a table without a maximum could grow to 2^32-1 slots (32 GiB) and end the
// daemon. With n tables, each may grow to max(its minimum,
// MaxTableEntries/n) slots, or to its own maximum if that is lower; past
// it, table.grow returns -1, which the format allows at any size. Only the
// table section changes; prescan has checked the module's framing.
func boundTables(module []byte) ([]byte, error) {
	s := scanner{b: module, off: 8, end: len(module)}
	for s.off < len(module) {
		idAt := s.off
		id, err := s.byte()
		if err != nil {
			return nil, err
		}
		size, err := s.u32()
		if err != nil {
			return nil, err
		}
		start, end := s.off, s.off+int(size)
		if end > len(module) {
			return nil, fmt.Errorf("wasm: section at offset %d overruns the module", idAt)
		}
		if id != 4 {
			s.off = end
			continue
		}
		content, err := boundTableSection(module[start:end])
		if err != nil {
			return nil, fmt.Errorf("wasm: table section at offset %d: %w", idAt, err)
		}
		out := make([]byte, 0, len(module)+len(content)-int(size)+5)
		out = append(out, module[:idAt]...)
		out = append(out, 4)
		out = appendULEB(out, uint32(len(content)))
		out = append(out, content...)
		return append(out, module[end:]...), nil
	}
	return module, nil
}

func boundTableSection(c []byte) ([]byte, error) {
	t := scanner{b: c, end: len(c)}
	n, err := t.count("tables", 3)
	if err != nil || n == 0 {
		return c, err
	}
	per := MaxTableEntries / n
	out := append([]byte(nil), c[:t.off]...)
	for i := uint32(0); i < n; i++ {
		at := t.off
		first, err := t.byte()
		if err != nil {
			return nil, err
		}
		withInit := first == 0x40
		if withInit {
			if _, err := t.byte(); err != nil { // reserved 0x00
				return nil, err
			}
		} else {
			t.off--
		}
		if err := t.valType(); err != nil {
			return nil, err
		}
		limitsAt := t.off
		flag, err := t.byte()
		if err != nil {
			return nil, err
		}
		if flag > 3 {
			return nil, fmt.Errorf("table %d: limits flag %#x is not 0 to 3", i, flag)
		}
		lo, err := t.u32()
		if err != nil {
			return nil, err
		}
		bound := max(lo, per)
		if flag&1 != 0 {
			declared, err := t.u32()
			if err != nil {
				return nil, err
			}
			bound = min(bound, declared)
		}
		limitsEnd := t.off
		if withInit {
			if err := t.constExpr(); err != nil {
				return nil, err
			}
		}
		out = append(out, c[at:limitsAt]...)
		out = append(out, flag|1)
		out = appendULEB(out, lo)
		out = appendULEB(out, bound)
		out = append(out, c[limitsEnd:t.off]...)
	}
	return append(out, c[t.off:]...), nil
}

func appendULEB(b []byte, v uint32) []byte {
	for v >= 0x80 {
		b = append(b, byte(v)|0x80)
		v >>= 7
	}
	return append(b, byte(v))
}
