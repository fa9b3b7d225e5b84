package chain

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/skyops/skyops/types"
)

// testWorkflow is a workflow of instances instances, capped at capWei
// and paid in token, signed by p's key.
func testWorkflow(t testing.TB, e *redeemEnv, p *Payments, tag string, instances uint32, capWei int64, token string) (*types.SignedWorkflow, common.Hash, []byte) {
	t.Helper()
	sw := &types.SignedWorkflow{
		Network: "skyops-test", Home: tag, Nonce: 1, CreatedAt: 1_700_000_000, Name: "pipeline",
		PriceCapWei: big.NewInt(capWei).String(), PaymentToken: token, Instances: instances,
		File: "name: pipeline\njobs:\n  a:\n    process: /bin/true\n", Bases: `{"a":{}}`,
	}
	sig, err := types.SignWorkflow(sw, e.c.chainID, types.KeySigner{Key: p.c.key})
	if err != nil {
		t.Fatal(err)
	}
	return sw, must(sw.Digest(e.c.chainID)), sig
}

// wfTry is one try of a workflow instance a test bills.
type wfTry struct {
	instance, try uint32
	token         Token
	priceWei      int64
}

// workflowItems are the payment items of the tries, paid by the owner of p.
func workflowItems(p *Payments, tag string, digest common.Hash, tries ...wfTry) []PaymentItem {
	var its []PaymentItem
	for _, w := range tries {
		job := types.WorkflowJobID(digest, w.instance, w.try)
		price := big.NewInt(w.priceWei)
		its = append(its, PaymentItem{
			Job: job, Owner: p.c.from, Token: w.token, PriceWei: price, BilledMs: 60_000, CostWei: types.CostFor(60_000, price),
			ReceiptDigest: crypto.Keccak256Hash([]byte(tag), job[:]),
		})
	}
	return its
}

// leafOf is the index of job's leaf in r.
func leafOf(t testing.TB, r *Redemption, job common.Hash) int {
	t.Helper()
	for i, l := range r.Leaves {
		if l.Job == job {
			return i
		}
	}
	t.Fatalf("no leaf for job %s", job)
	return -1
}

// The escrow hashes a workflow's words under the type hash Go computes,
// which is the hash of the type as written, and reads the words types
// says hold the cap, the token and the instances.
func TestWorkflowTypeHashMatchesTheContract(t *testing.T) {
	e := newRedeemEnv(t, 10, 0)
	const typ = "Workflow(string network,string home,uint64 nonce,uint64 createdAt,string name,uint256 priceCapWei,string paymentToken,string resultsKey,uint32 instances,string file,string bases)"
	onChain := must(e.exec.escrow.WorkflowTypeHash(nil))
	if got := common.Hash(onChain); got != types.WorkflowTypeHash() || got != crypto.Keccak256Hash([]byte(typ)) {
		t.Fatalf("the escrow's workflow type hash is %s; types says %s, keccak256 of the type %s", got, types.WorkflowTypeHash(), crypto.Keccak256Hash([]byte(typ)))
	}
	if got := must(e.exec.escrow.SpecTypeHash(nil)); common.Hash(got) == types.WorkflowTypeHash() {
		t.Fatal("the spec and workflow type hashes are one")
	}
	for _, c := range []struct {
		name string
		read func() (*big.Int, error)
		want int
	}{
		{"WORKFLOW_WORDS", func() (*big.Int, error) { return e.exec.escrow.WORKFLOWWORDS(nil) }, types.WorkflowWords},
		{"WORKFLOW_CAP_WORD", func() (*big.Int, error) { return e.exec.escrow.WORKFLOWCAPWORD(nil) }, types.WorkflowCapWord},
		{"WORKFLOW_TOKEN_WORD", func() (*big.Int, error) { return e.exec.escrow.WORKFLOWTOKENWORD(nil) }, types.WorkflowTokenWord},
		{"WORKFLOW_INSTANCES_WORD", func() (*big.Int, error) { return e.exec.escrow.WORKFLOWINSTANCESWORD(nil) }, types.WorkflowInstancesWord},
	} {
		if got := must(c.read()); got.Cmp(big.NewInt(int64(c.want))) != 0 {
			t.Errorf("the escrow's %s is %s, types says %d", c.name, got, c.want)
		}
	}
}

// A challenge of a leaf whose job is a workflow's try is answered with
// the workflow's words and its owner's signature, and the claim is paid;
// answers that do not show the owner signed that try at that price, in
// that token, are refused by name, and their claim is voided unanswered.
func TestRedeemChallengeWorkflow(t *testing.T) {
	const window = 10
	e := newRedeemEnv(t, window, 1)
	owner := e.owners[0]
	sw, digest, sig := testWorkflow(t, e, owner, "workflow", 3, 2e15, types.PayETH)

	// An honest claim: tries of two instances, one of them retried.
	its := workflowItems(owner, "workflow", digest, wfTry{0, 0, ETH, 1e15}, wfTry{1, 0, ETH, 2e15}, wfTry{1, 1, ETH, 2e15})
	r := must(e.exec.BuildRedemption(its))
	root := e.anchor(e.exec, r)
	id, _, err := e.exec.Claim(e.ctx, root, r)
	if err != nil {
		t.Fatal(err)
	}
	i := leafOf(t, r, types.WorkflowJobID(digest, 1, 1))
	if _, err := e.watcher.Challenge(e.ctx, id, uint64(i)); err != nil {
		t.Fatal(err)
	}
	proof := receiptProof(t, r, i)
	// A plain answer cannot show it: the job is no spec's digest.
	_, err = e.exec.Answer(e.ctx, id, root, r, i, proof, &types.JobSpec{Network: "skyops-test", PriceCapWei: "0"}, sig)
	revertNamed(t, "answering a workflow's try as a job", err, "NotOwnerSigned")
	otherSig := must(types.SignWorkflow(sw, e.c.chainID, types.KeySigner{Key: e.watcher.c.key}))
	_, err = e.exec.AnswerWorkflow(e.ctx, id, root, r, i, proof, sw, otherSig, 1, 1)
	revertNamed(t, "answering with another key's signature", err, "NotOwnerSigned")
	changed := *sw
	changed.Instances = 4
	_, err = e.exec.AnswerWorkflow(e.ctx, id, root, r, i, proof, &changed, sig, 1, 1)
	revertNamed(t, "answering with a workflow the owner did not sign", err, "NotOwnerSigned")
	for _, w := range [][2]uint32{{1, 0}, {0, 1}, {2, 1}} {
		_, err = e.exec.AnswerWorkflow(e.ctx, id, root, r, i, proof, sw, sig, w[0], w[1])
		revertNamed(t, "answering as another instance or try", err, "NotWorkflowTry")
	}
	_, err = e.exec.AnswerWorkflow(e.ctx, id, root, r, i, receiptProof(t, r, (i+1)%r.Count()), sw, sig, 1, 1)
	revertNamed(t, "answering with another receipt's proof", err, "BadProof")
	execBefore := e.balance(e.exec, e.exec.c.from, ETH)
	ans, err := e.exec.AnswerWorkflow(e.ctx, id, root, r, i, proof, sw, sig, 1, 1)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("answerWorkflow: %d gas", ans.GasUsed)
	bond := must(e.exec.escrow.ChallengeBond(nil))
	if got := new(big.Int).Sub(e.balance(e.exec, e.exec.c.from, ETH), execBefore); got.Cmp(bond) != 0 {
		t.Fatalf("the executor's balance rose by %s for answering, want the bond %s", got, bond)
	}
	_, err = e.exec.AnswerWorkflow(e.ctx, id, root, r, i, proof, sw, sig, 1, 1)
	revertNamed(t, "answering twice", err, "NoChallenge")
	e.advanceTo(must(e.watcher.ClaimOf(e.ctx, id)).ReadyAt)
	execBefore = e.balance(e.exec, e.exec.c.from, ETH)
	if _, err := e.watcher.Finalize(e.ctx, id, r.Owed); err != nil {
		t.Fatalf("finalizing the answered claim: %v", err)
	}
	if s := e.state(id); s != ClaimPaid {
		t.Fatalf("the answered claim is %s, want paid", s)
	}
	if got := new(big.Int).Sub(e.balance(e.exec, e.exec.c.from, ETH), execBefore); got.Cmp(r.Owed[0].AmountWei) != 0 {
		t.Fatalf("the executor was paid %s, want %s", got, r.Owed[0].AmountWei)
	}

	// A hostile claim: an instance the workflow does not have, a try
	// priced above its cap, one paid in a token it does not name.
	its = workflowItems(owner, "hostile", digest, wfTry{3, 0, ETH, 1e15}, wfTry{0, 1, ETH, 3e15}, wfTry{2, 0, SKYOPS, 1e15})
	r = must(e.exec.BuildRedemption(its))
	root = e.anchor(e.exec, r)
	if id, _, err = e.exec.Claim(e.ctx, root, r); err != nil {
		t.Fatal(err)
	}
	var last PaymentTx
	for _, c := range []struct {
		instance, try uint32
		want          string
	}{
		{3, 0, "NoSuchInstance"},
		{0, 1, "PriceAboveCap"},
		{2, 0, "WrongPaymentToken"},
	} {
		i := leafOf(t, r, types.WorkflowJobID(digest, c.instance, c.try))
		if last, err = e.watcher.Challenge(e.ctx, id, uint64(i)); err != nil {
			t.Fatal(err)
		}
		_, err = e.exec.AnswerWorkflow(e.ctx, id, root, r, i, receiptProof(t, r, i), sw, sig, c.instance, c.try)
		revertNamed(t, c.want, err, c.want)
	}
	// A workflow in $SKYOPS does not pay an ETH leaf either.
	skySW, skyDigest, skySig := testWorkflow(t, e, owner, "sky", 1, 0, types.PaySKYOPS)
	skyR := must(e.exec.BuildRedemption(workflowItems(owner, "sky", skyDigest, wfTry{0, 0, ETH, 1e15})))
	skyRoot := e.anchor(e.exec, skyR)
	skyID, _, err := e.exec.Claim(e.ctx, skyRoot, skyR)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.watcher.Challenge(e.ctx, skyID, 0); err != nil {
		t.Fatal(err)
	}
	_, err = e.exec.AnswerWorkflow(e.ctx, skyID, skyRoot, skyR, 0, receiptProof(t, skyR, 0), skySW, skySig, 0, 0)
	revertNamed(t, "an ETH leaf of a workflow in SKYOPS", err, "WrongPaymentToken")

	e.advanceTo(last.Block + window + 1)
	tx, err := e.watcher.VoidUnanswered(e.ctx, id, uint64(leafOf(t, r, types.WorkflowJobID(digest, 3, 0))))
	e.noAudit = true // its data is consistent: only the challenges show the fraud
	e.voided("a workflow's hostile leaves, unanswered", id, r, tx, err, FraudUnanswered)
}
