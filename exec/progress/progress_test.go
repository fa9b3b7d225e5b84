package progress

import (
	"fmt"
	"testing"
)

func TestParse(t *testing.T) {
	cases := []struct {
		in      string
		ppm     uint32
		ok, bad bool
	}{
		{"SKYOPS_PROGRESS 0.42", 420000, true, false},
		{"SKYOPS_PROGRESS 420/1000", 420000, true, false},
		{"  SKYOPS_PROGRESS 1", Scale, true, false},
		{"SKYOPS_PROGRESS 1.0", Scale, true, false},
		{"SKYOPS_PROGRESS .5", 500000, true, false},
		{"SKYOPS_PROGRESS 0.1234567", 123456, true, false},
		{"SKYOPS_PROGRESS 3/3", Scale, true, false},
		{"SKYOPS_PROGRESS 18446744073709551/18446744073709552", 999999, true, false},
		{"epoch 1/3 loss=0.4", 0, false, false},
		{"SKYOPS_PROGRESSIVE 0.5", 0, false, false},
		{"SKYOPS_PROGRESS", 0, false, true},
		{"SKYOPS_PROGRESS 1.5", 0, false, true},
		{"SKYOPS_PROGRESS -0.1", 0, false, true},
		{"SKYOPS_PROGRESS 4/3", 0, false, true},
		{"SKYOPS_PROGRESS 1/0", 0, false, true},
		{"SKYOPS_PROGRESS NaN", 0, false, true},
		{"SKYOPS_PROGRESS 1e-3", 0, false, true},
	}
	for _, c := range cases {
		ppm, ok, bad := Parse(c.in)
		if ppm != c.ppm || ok != c.ok || bad != c.bad {
			t.Errorf("Parse(%q) = %d %v %v, want %d %v %v", c.in, ppm, ok, bad, c.ppm, c.ok, c.bad)
		}
	}
}

func TestTrackerAcrossWrites(t *testing.T) {
	var tr Tracker
	fmt.Fprint(&tr, "hello\nSKYOPS_PRO")
	fmt.Fprint(&tr, "GRESS 1/4\nSKYOPS_PROGRESS garbage\nSKYOPS_PROGRESS 0.75")
	if ppm, seen, bad := tr.Latest(); ppm != 250000 || !seen || bad != 1 {
		t.Fatalf("latest %d %v %d", ppm, seen, bad)
	}
	fmt.Fprint(&tr, "\n")
	if ppm, _, _ := tr.Latest(); ppm != 750000 {
		t.Fatalf("latest %d after the line ended", ppm)
	}
}

func FuzzParse(f *testing.F) {
	f.Add("SKYOPS_PROGRESS 0.5")
	f.Add("SKYOPS_PROGRESS 1/2")
	f.Fuzz(func(t *testing.T, s string) {
		if ppm, ok, _ := Parse(s); ok && ppm > Scale {
			t.Fatalf("%q gave %d ppm", s, ppm)
		}
	})
}
