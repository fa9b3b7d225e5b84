package testnet

import (
	"bytes"
	"context"
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/skyops/skyops/api"
	"github.com/skyops/skyops/exec/result"
	"github.com/skyops/skyops/node"
	"github.com/skyops/skyops/types"
)

// sealInput packs one file and encrypts it with key, as skyops
// submit-task --input-file does.
func sealInput(t *testing.T, key []byte, name, body string) api.InputBlob {
	t.Helper()
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, name), []byte(body), 0o600)
	var pkg bytes.Buffer
	if _, _, err := result.Pack(dir, &pkg); err != nil {
		t.Fatal(err)
	}
	sealed, err := types.SealWithKey(key, pkg.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	return api.InputBlob{CID: result.CIDOf(sealed), Data: sealed}
}

// Input files travel encrypted with the job's data key: the network holds
// only ciphertext, the executor reads them in the job's dir, and an input
// not sealed with the job's key is refused at submit.
func TestEncryptedInputs(t *testing.T) {
	if testing.Short() {
		t.Skip("starts daemons")
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	c := startCluster(t, ctx, InProcessConfig{Peers: 2, Network: "inputs", Fleets: []string{"none", "none"},
		Options: func(i int) []node.Option {
			if i == 1 {
				return []node.Option{node.AllowProcess()}
			}
			return nil
		}})
	owner, _ := crypto.GenerateKey()
	signer := types.KeySigner{Key: owner}
	cl := api.NewClient(c.Nodes[0].SocketPath())
	dataKey, _ := types.NewDataKey()
	in := sealInput(t, dataKey, "data.txt", "the secret training set")
	secrets := sealInput(t, dataKey, types.SecretsFile, "TOKEN=hunter2\n")
	if bytes.Contains(in.Data, []byte("secret")) {
		t.Fatal("input not encrypted")
	}
	req := signedJob(t, "inputs", c.Nodes[0].ID(), signer, nil, "", 0, "-c", `cat "$SKYOPS_INPUTS"/*/data.txt > seen.txt; echo "$TOKEN" > token.txt; ls -A "$SKYOPS_INPUTS"/* > listing.txt`)
	req.Spec.Runtime, req.Spec.Artifact, req.Spec.ArtifactSize, req.Artifact = "process", "sh", 0, nil
	req.Spec.InputCIDs = []string{in.CID, secrets.CID}
	resign(t, &req, signer)
	req.DataKey, req.Inputs = hex.EncodeToString(dataKey), []api.InputBlob{in, secrets}

	// Sealed with another key: refused, nothing stored.
	bad := req
	otherKey, _ := types.NewDataKey()
	bad.DataKey = hex.EncodeToString(otherKey)
	var ae *api.Error
	if _, err := cl.Submit(ctx, bad); !errors.As(err, &ae) || !strings.Contains(ae.Message, "not encrypted with the job's data key") {
		t.Fatalf("input under another key: %v", err)
	}
	if c.Nodes[0].HasContent(in.CID) {
		t.Fatal("a refused submit stored its input")
	}

	resp, err := cl.Submit(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	j := waitJob(t, ctx, cl, resp.ID)
	if j.State != "completed" {
		t.Fatalf("job: %s (%s)", j.State, j.Error)
	}
	if m := j.Meter; m == nil || m.BytesIn < uint64(len(in.Data)+len(secrets.Data)) || m.BytesOut == 0 || m.WallMs == 0 {
		t.Fatalf("metering: %+v", j.Meter)
	}
	out := ownerOutput(t, ctx, cl, owner, j.ID)
	if b, _ := os.ReadFile(filepath.Join(out, "seen.txt")); string(b) != "the secret training set" {
		t.Fatalf("the job read %q", b)
	}
	// The secret arrived as environment, not as an input file.
	if b, _ := os.ReadFile(filepath.Join(out, "token.txt")); string(b) != "hunter2\n" {
		t.Fatalf("the job's TOKEN was %q", b)
	}
	if b, _ := os.ReadFile(filepath.Join(out, "listing.txt")); strings.Contains(string(b), types.SecretsFile) {
		t.Fatalf("the secrets file was left among the inputs: %q", b)
	}
	// The executor fetched the ciphertext; what it stores is not readable.
	if blob, err := c.Nodes[1].Content(in.CID); err != nil || bytes.Contains(blob, []byte("secret")) {
		t.Fatalf("executor's copy of the input: %v", err)
	}
}
