package chain

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
)

// TestBuildArtifactsUpToDate fails when a contract's source (or a base it
// inherits) changed without running contracts/build.sh, or when the
// checked-in ABI, bytecode and Go bindings disagree. It needs no solc.
func TestBuildArtifactsUpToDate(t *testing.T) {
	dir := filepath.Join("..", "..", "contracts")
	read := func(name string) []byte {
		t.Helper()
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	// recordedHash fails unless build.sh recorded the source's hash as it is.
	recordedHash := func(name string) {
		t.Helper()
		recorded := strings.Fields(string(read("build/" + name + ".sol.sha256")))
		sum := sha256.Sum256(read(name + ".sol"))
		if len(recorded) == 0 || recorded[0] != hex.EncodeToString(sum[:]) {
			t.Fatalf("contracts/%s.sol (sha256 %x) changed since contracts/build.sh recorded %v: run contracts/build.sh (make contracts)", name, sum, recorded)
		}
	}
	deployed := map[string]*bind.MetaData{
		"SkyopsRegistry":      SkyopsRegistryMetaData,
		"SkyopsToken":         SkyopsTokenMetaData,
		"SkyopsEscrow":        SkyopsEscrowMetaData,
		"SkyopsParams":        SkyopsParamsMetaData,
		"SkyopsTimelock":      SkyopsTimelockMetaData,
		"test/ReentrantOwner": ReentrantOwnerMetaData, // a hostile owner, for the tests
	}
	// Abstract bases, compiled into the contracts that inherit them: a
	// change to one changes those contracts' bytecode, so its hash is
	// recorded too; they have no ABI or bytecode of their own.
	bases := []string{"EscrowAccounts"}
	for _, name := range bases {
		recordedHash(name)
	}
	// Every source in contracts/ is one or the other: a new file that
	// build.sh does not know of would go unchecked.
	srcs, err := filepath.Glob(filepath.Join(dir, "*.sol"))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range srcs {
		name := strings.TrimSuffix(filepath.Base(f), ".sol")
		if _, ok := deployed[name]; !ok && !slices.Contains(bases, name) {
			t.Fatalf("contracts/%s.sol is neither a deployed contract nor a base this test checks: add it to contracts/compile.js, contracts/build.sh and here", name)
		}
	}
	for name, md := range deployed {
		recordedHash(name)
		bin := string(bytes.TrimSpace(read("build/" + name + ".bin")))
		if md.Bin != "0x"+bin {
			t.Fatalf("bytecode in the Go bindings of %s differs from contracts/build/%s.bin: run contracts/build.sh", name, name)
		}
		// abigen writes internal types without their spaces
		// ("contract IERC20" as "contractIERC20"); no name has one.
		var fileABI, boundABI any
		if err := json.Unmarshal(bytes.ReplaceAll(read("build/"+name+".abi"), []byte(" "), nil), &fileABI); err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal([]byte(strings.ReplaceAll(md.ABI, " ", "")), &boundABI); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(fileABI, boundABI) {
			t.Fatalf("ABI in the Go bindings of %s differs from contracts/build/%s.abi: run contracts/build.sh", name, name)
		}
	}
}
