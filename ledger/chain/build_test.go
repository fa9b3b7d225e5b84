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
)

// TestBuildArtifactsUpToDate fails when contracts/SkyopsRegistry.sol changed
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
	src := read("SkyopsRegistry.sol")
	recorded := strings.Fields(string(read("build/SkyopsRegistry.sol.sha256")))
	sum := sha256.Sum256(src)
	if len(recorded) == 0 || recorded[0] != hex.EncodeToString(sum[:]) {
		t.Fatalf("contracts/SkyopsRegistry.sol (sha256 %x) changed since contracts/build.sh recorded %v: run contracts/build.sh (make contracts)", sum, recorded)
	}

	bin := string(bytes.TrimSpace(read("build/SkyopsRegistry.bin")))
	if SkyopsRegistryMetaData.Bin != "0x"+bin {
		t.Fatal("bytecode in registry_bindings.go differs from contracts/build/SkyopsRegistry.bin: run contracts/build.sh")
	}
	var fileABI, boundABI any
	if err := json.Unmarshal(read("build/SkyopsRegistry.abi"), &fileABI); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal([]byte(SkyopsRegistryMetaData.ABI), &boundABI); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(fileABI, boundABI) {
		t.Fatal("ABI in registry_bindings.go differs from contracts/build/SkyopsRegistry.abi: run contracts/build.sh")
	}
}
