package content

import (
	"bufio"
	"bytes"
	"context"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/skyops/skyops/testnet/kubo"
)

// The CIDs a real kubo 0.43.1 gave for `ipfs add --cid-version 1` (recorded
// by testnet/kubo's TestAddGolden, which runs kubo) are the CIDs this
// importer gives for the same bytes: a skyops CID is an IPFS CID.
func TestImportMatchesRecordedKuboAdds(t *testing.T) {
	f, err := os.Open("../testnet/kubo/testdata/add-cidv1.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	_, st := openStore(t, nil)
	ctx := context.Background()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		size, want, ok := strings.Cut(line, " ")
		if !ok {
			t.Fatalf("malformed golden line %q", line)
		}
		sz, err := strconv.Atoi(size)
		if err != nil {
			t.Fatalf("golden size %q: %v", size, err)
		}
		got, _, err := st.Import(ctx, bytes.NewReader(kubo.Pattern(sz)))
		if err != nil {
			t.Fatalf("import %d bytes: %v", sz, err)
		}
		if got.String() != want {
			t.Errorf("%d bytes: skyops CID %s, kubo's %s", sz, got, want)
		}
		n++
	}
	if n < 5 {
		t.Fatalf("only %d golden CIDs read", n)
	}
}
