package content

import (
	"bytes"
	"context"
	"testing"
)

// The store records what it holds whole: imports that ended, largest
// first; never a failed import; a removed DAG leaves the list.
func TestRootsListWhatIsHeldWhole(t *testing.T) {
	ctx := context.Background()
	_, st := openStore(t, nil)
	small, _, err := st.Import(ctx, bytes.NewReader([]byte("a small file\n")))
	if err != nil {
		t.Fatal(err)
	}
	big, _, err := st.Import(ctx, stream(2, 3<<20))
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := st.Import(ctx, failingReader{stream(3, 2<<20)}); err == nil {
		t.Fatal("import of a failing stream succeeded")
	}
	roots, err := st.Roots(0)
	if err != nil {
		t.Fatal(err)
	}
	if len(roots) != 2 || roots[0].CID != big || roots[0].Size != 3<<20 || roots[1].CID != small || roots[1].Size != 13 {
		t.Fatalf("roots %v; want %s (3 MiB) then %s (13 bytes)", roots, big, small)
	}
	if top, _ := st.Roots(1); len(top) != 1 || top[0].CID != big {
		t.Errorf("Roots(1) = %v", top)
	}
	if ok, _ := st.Holds(small); !ok {
		t.Error("Holds(small) = false")
	}
	if err := st.Remove(ctx, big); err != nil {
		t.Fatal(err)
	}
	if roots, _ := st.Roots(0); len(roots) != 1 || roots[0].CID != small {
		t.Errorf("after removing the big DAG: %v", roots)
	}
	// Keep refuses a root whose blocks are not all stored.
	if err := st.Keep(ctx, big); err == nil {
		t.Error("Keep of a removed DAG succeeded")
	}
}
