package types

import (
	"bytes"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
)

func testSignedWorkflow() *SignedWorkflow {
	return &SignedWorkflow{Network: "t", Home: "12D3KooW", Nonce: 7, CreatedAt: 1_700_000_000, Name: "pipeline",
		PriceCapWei: "500000000000000000", PaymentToken: PayETH, Instances: 3,
		File: "name: pipeline\njobs:\n  a:\n    process: /bin/true\n", Bases: `{"a":{}}`}
}

func TestWorkflowSignAndRecover(t *testing.T) {
	key, _ := crypto.ToECDSA(bytes.Repeat([]byte{5}, 32))
	signer := KeySigner{Key: key}
	w := testSignedWorkflow()
	sig, err := SignWorkflow(w, 1337, signer)
	if err != nil {
		t.Fatal(err)
	}
	owner, err := RecoverWorkflowOwner(w, 1337, sig)
	if err != nil || owner != crypto.PubkeyToAddress(key.PublicKey) {
		t.Fatalf("recovered %s, %v; want the signer", owner.Hex(), err)
	}
	// Every field is signed: changing any one recovers someone else.
	for name, change := range map[string]func(*SignedWorkflow){
		"file":      func(w *SignedWorkflow) { w.File += "#" },
		"bases":     func(w *SignedWorkflow) { w.Bases = `{"a":{"args":["x"]}}` },
		"cap":       func(w *SignedWorkflow) { w.PriceCapWei = "1" },
		"token":     func(w *SignedWorkflow) { w.PaymentToken = PaySKYOPS },
		"instances": func(w *SignedWorkflow) { w.Instances = 4 },
		"home":      func(w *SignedWorkflow) { w.Home = "other" },
	} {
		c := *w
		change(&c)
		if got, err := RecoverWorkflowOwner(&c, 1337, sig); err == nil && got == owner {
			t.Errorf("changing the %s kept the owner's signature valid", name)
		}
	}
	if got, _ := RecoverWorkflowOwner(w, 1, sig); got == owner {
		t.Error("a signature for one chain is valid on another")
	}
	// A workflow and a job with the same words never share a digest:
	// their type hashes differ.
	d, _ := w.Digest(1337)
	s := &JobSpec{Network: "t", Home: "12D3KooW", Nonce: 7, CreatedAt: 1_700_000_000, PriceCapWei: "0"}
	if js, _ := s.Digest(1337); js == d {
		t.Error("a workflow's digest is a job's")
	}
}

func TestWorkflowCheckRefuses(t *testing.T) {
	for name, c := range map[string]struct {
		change func(*SignedWorkflow)
		want   string
	}{
		"too large": {func(w *SignedWorkflow) { w.File = strings.Repeat("x", MaxSignedWorkflowBytes) }, "at most"},
		"bad cap":   {func(w *SignedWorkflow) { w.PriceCapWei = "0x10" }, "priceCapWei"},
		"token":     {func(w *SignedWorkflow) { w.PaymentToken = "DOGE" }, "paymentToken"},
		"empty":     {func(w *SignedWorkflow) { w.Instances = 0 }, "no instances"},
		"newline":   {func(w *SignedWorkflow) { w.Name = "a\nb" }, "name"},
	} {
		w := testSignedWorkflow()
		c.change(w)
		_, err := w.Digest(1)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, want an error saying %q", name, err, c.want)
		}
	}
}

// A workflow's words, hashed under WorkflowTypeHash in the specs' domain
// as the escrow does, are its digest; the words the escrow reads are the
// fields it means; the type hash is that of the type's written form.
func TestWorkflowWords(t *testing.T) {
	const typ = "Workflow(string network,string home,uint64 nonce,uint64 createdAt,string name,uint256 priceCapWei,string paymentToken,string resultsKey,uint32 instances,string file,string bases)"
	if got, want := WorkflowTypeHash(), crypto.Keccak256Hash([]byte(typ)); got != want {
		t.Fatalf("WorkflowTypeHash %s, want keccak256(%q) %s", got, typ, want)
	}
	w := testSignedWorkflow()
	words, err := w.Words()
	if err != nil {
		t.Fatal(err)
	}
	if len(words) != WorkflowWords || len(workflowFields()) != WorkflowWords {
		t.Fatalf("%d words of %d fields, want %d", len(words), len(workflowFields()), WorkflowWords)
	}
	for i, name := range map[int]string{WorkflowCapWord: "priceCapWei", WorkflowTokenWord: "paymentToken", WorkflowInstancesWord: "instances"} {
		if got := workflowFields()[i].Name; got != name {
			t.Errorf("word %d is %s, want %s", i, got, name)
		}
	}
	if got := new(big.Int).SetBytes(words[WorkflowCapWord][:]); got.String() != w.PriceCapWei {
		t.Errorf("the cap word is %s, want %s", got, w.PriceCapWei)
	}
	if words[WorkflowTokenWord] != crypto.Keccak256Hash([]byte(w.PaymentToken)) {
		t.Error("the token word is not keccak256 of the payment token")
	}
	if got := new(big.Int).SetBytes(words[WorkflowInstancesWord][:]); got.Uint64() != uint64(w.Instances) {
		t.Errorf("the instances word is %s, want %d", got, w.Instances)
	}
	td := w.TypedData(1337)
	dom, err := td.HashStruct("EIP712Domain", td.Domain.Map())
	if err != nil {
		t.Fatal(err)
	}
	th := WorkflowTypeHash()
	pre := th[:]
	for _, wd := range words {
		pre = append(pre, wd[:]...)
	}
	got := crypto.Keccak256Hash([]byte{0x19, 0x01}, dom, crypto.Keccak256(pre))
	if want, _ := w.Digest(1337); got != want {
		t.Fatalf("the words hash to %s, the digest is %s", got, want)
	}
	bad := *w
	bad.Instances = 0
	if _, err := bad.Words(); err == nil {
		t.Error("a workflow of no instances has words")
	}
}
