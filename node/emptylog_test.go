package node

import (
	"context"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/skyops/skyops/types"
)

// A job that printed nothing has an empty log: the executor seals and keeps
// it like any other (raw ECIES refuses an empty message, which used to leave
// such jobs with no log at all), and the owner's wallet opens it as empty.
func TestEmptyLogIsSealedAndKept(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	n, err := New(ctx, DataDir(tmp(t)), quiet())
	if err != nil {
		t.Fatal(err)
	}
	defer n.Close()
	owner, _ := crypto.GenerateKey()

	logCID, err := n.sealAndStore(&owner.PublicKey, nil) // what runJob does with an empty log
	if err != nil || logCID == "" {
		t.Fatalf("sealing an empty log: cid %q, %v", logCID, err)
	}
	// The path `skyops logs` takes: the daemon fetches the CID, the CLI
	// opens it with the owner's key.
	sealed, err := n.fetchBlob(ctx, logCID, "", 0)
	if err != nil {
		t.Fatalf("fetch the empty log: %v", err)
	}
	plain, err := types.OpenSealed(owner, sealed)
	if err != nil || len(plain) != 0 {
		t.Fatalf("open the empty log: %q, %v", plain, err)
	}
}
