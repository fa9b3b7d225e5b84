package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/skyops/skyops/api"
	"github.com/skyops/skyops/ledger"
)

// exitPending is verify's exit status when no receipt is invalid but some
// are not anchored yet: a script can tell "try again soon" from "bad".
const exitPending = 3

// verdict is what one receipt's verification comes to.
type verdict string

const (
	verdictValid     verdict = "valid"
	verdictPending   verdict = "pending"   // nothing failed but what waits for the anchor
	verdictUnchecked verdict = "unchecked" // the chain could not be asked
	verdictInvalid   verdict = "invalid"
)

// judge classes a receipt's report. A receipt that has not been batched
// yet has no proof, so its inclusion and anchor checks fail; one batched
// but not yet anchored fails only the anchor and the contract's check
// (which needs the anchor). Neither is a failure of the receipt: it is
// pending. Anything else that failed makes it invalid.
func judge(v api.Verification) (verdict, map[string]bool) {
	if v.Valid {
		return verdictValid, nil
	}
	pending := map[string]bool{}
	noRoot := v.Root == "" || common.HexToHash(v.Root) == (common.Hash{})
	unreachable, invalid := false, false
	for _, c := range v.Checks {
		if c.OK {
			continue
		}
		switch {
		case c.Name == ledger.CheckInclusion && noRoot:
			pending[c.Name] = true
		case (c.Name == ledger.CheckAnchor || c.Name == ledger.CheckContract) && v.Block == 0 &&
			(strings.Contains(c.Reason, "unreachable") || strings.Contains(c.Reason, "call failed")):
			unreachable = true
		case (c.Name == ledger.CheckAnchor || c.Name == ledger.CheckContract) && v.Block == 0:
			pending[c.Name] = true
		default:
			invalid = true
		}
	}
	switch {
	case invalid:
		return verdictInvalid, pending
	case unreachable:
		return verdictUnchecked, pending
	}
	return verdictPending, pending
}

// verifyOut is verify -o json: the verdict over the job's receipts, and
// the latest receipt's signer, anchor and checks at the top, as the README
// shows; every receipt (each attempt that ended has one) under receipts.
type verifyOut struct {
	verifyReceipt                 // the latest receipt's, with valid, pending and verdict over all of them
	Receipts      []verifyReceipt `json:"receipts"`
}

type verifyReceipt struct {
	api.Verification
	Pending bool    `json:"pending"`
	Verdict verdict `json:"verdict"`
}

// overall is the verdict over every receipt: the worst of them.
func overall(vs []verdict) verdict {
	rank := map[verdict]int{verdictValid: 0, verdictPending: 1, verdictUnchecked: 2, verdictInvalid: 3}
	worst := verdictValid
	for _, v := range vs {
		if rank[v] > rank[worst] {
			worst = v
		}
	}
	return worst
}

// reportVerdict prints the reports and returns what the exit status says.
func (o *options) reportVerdict(reports []api.Verification) error {
	if len(reports) == 0 {
		return fmt.Errorf("nothing to verify: no receipt")
	}
	vs := make([]verdict, len(reports))
	marks := make([]map[string]bool, len(reports))
	for i, r := range reports {
		vs[i], marks[i] = judge(r)
	}
	all := overall(vs)
	if o.json() {
		last := reports[len(reports)-1]
		last.Valid = all == verdictValid
		out := verifyOut{verifyReceipt: verifyReceipt{Verification: last, Pending: all == verdictPending, Verdict: all}}
		if out.Checks == nil {
			out.Checks = []api.Check{}
		}
		for i, r := range reports {
			out.Receipts = append(out.Receipts, verifyReceipt{Verification: r, Pending: vs[i] == verdictPending, Verdict: vs[i]})
		}
		if err := o.printJSON(out); err != nil {
			return err
		}
	} else if err := renderVerifications(o.stdout, reports, vs, marks); err != nil {
		return err
	}
	for i, r := range reports {
		switch vs[i] {
		case verdictInvalid:
			return fmt.Errorf("receipt of attempt %d is not valid: %s", r.Attempt, firstFailure(r, marks[i]))
		case verdictUnchecked:
			return fmt.Errorf("receipt of attempt %d could not be checked: %s", r.Attempt, firstFailure(r, marks[i]))
		}
	}
	if all == verdictPending {
		return exitStatus{code: exitPending, msg: "pending: not every receipt is anchored yet (executors anchor every few seconds to minutes, see their --anchor-interval): run verify again later"}
	}
	return nil
}

func firstFailure(r api.Verification, pending map[string]bool) string {
	for _, c := range r.Checks {
		if !c.OK && !pending[c.Name] {
			return c.Name + ": " + c.Reason
		}
	}
	return "not anchored"
}

func renderVerifications(w io.Writer, rs []api.Verification, vs []verdict, marks []map[string]bool) error {
	for i, r := range rs {
		if i > 0 {
			fmt.Fprintln(w)
		}
		word := map[verdict]string{verdictValid: "VALID", verdictPending: "PENDING (not anchored yet)",
			verdictUnchecked: "NOT CHECKED (chain unreachable)", verdictInvalid: "NOT VALID"}[vs[i]]
		fmt.Fprintf(w, "Receipt of job %s attempt %d: %s\n", shortID(r.Job), r.Attempt, word)
		t := newTable(w)
		fmt.Fprintf(t, "  signer:\t%s\n", r.Signer)
		if r.Block > 0 {
			fmt.Fprintf(t, "  anchored:\troot %s in block %d of chain %d (tx %s, contract %s)\n", r.Root, r.Block, r.ChainID, r.TxHash, r.Contract)
		}
		for _, c := range r.Checks {
			mark := "ok"
			switch {
			case c.Skipped:
				mark = "skipped"
			case !c.OK && marks[i][c.Name]:
				mark = "pending"
			case !c.OK:
				mark = "FAILED"
			}
			fmt.Fprintf(t, "  %s\t%s\t%s\n", c.Name, mark, clean(c.Reason))
		}
		if err := t.Flush(); err != nil {
			return err
		}
	}
	return nil
}

// exitStatus ends a command with a status other than 0 and 1, and a line
// for stderr that is not an error (verify's "pending").
type exitStatus struct {
	code int
	msg  string
}

func (e exitStatus) Error() string { return e.msg }
