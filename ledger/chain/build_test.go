package chain

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
)

// TestBuildArtifactsUpToDate fails when a contract's source changed
// without running contracts/build.sh, or when the checked-in ABI, bytecode
// and Go bindings disagree. It needs no solc.
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
	for name, md := range map[string]*bind.MetaData{
		"SkyopsRegistry":      SkyopsRegistryMetaData,
		"SkyopsToken":         SkyopsTokenMetaData,
		"SkyopsEscrow":        SkyopsEscrowMetaData,
		"SkyopsParams":        SkyopsParamsMetaData,
		"SkyopsTimelock":      SkyopsTimelockMetaData,
		"test/ReentrantOwner": ReentrantOwnerMetaData, // a hostile owner, for the tests
	} {
		src := read(name + ".sol")
		recorded := strings.Fields(string(read("build/" + name + ".sol.sha256")))
		sum := sha256.Sum256(src)
		if len(recorded) == 0 || recorded[0] != hex.EncodeToString(sum[:]) {
			t.Fatalf("contracts/%s.sol (sha256 %x) changed since contracts/build.sh recorded %v: run contracts/build.sh (make contracts)", name, sum, recorded)
		}
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
