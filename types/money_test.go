package types

import (
	"math/big"
	"testing"
)

func TestParseFormatETH(t *testing.T) {
	good := map[string]string{
		"0.5":                  "500000000000000000",
		"2":                    "2000000000000000000",
		"0":                    "0",
		".25":                  "250000000000000000",
		"0.000000000000000001": "1",
		"1.100":                "1100000000000000000",
	}
	for in, wei := range good {
		w, err := ParseETH(in)
		if err != nil {
			t.Fatalf("ParseETH(%q): %v", in, err)
		}
		if w.String() != wei {
			t.Fatalf("ParseETH(%q) = %s, want %s", in, w, wei)
		}
		back, _ := ParseETH(FormatETH(w))
		if back.Cmp(w) != 0 {
			t.Fatalf("FormatETH(%s) = %q does not parse back", w, FormatETH(w))
		}
	}
	for _, in := range []string{"", "abc", "-1", "1.", "1e18", "0.0000000000000000001", "1.2.3", " ", "１"} {
		if _, err := ParseETH(in); err == nil {
			t.Fatalf("ParseETH(%q) accepted", in)
		}
	}
	if s := FormatETH(big.NewInt(1500000000000000000)); s != "1.5" {
		t.Fatalf("FormatETH = %q", s)
	}
}
