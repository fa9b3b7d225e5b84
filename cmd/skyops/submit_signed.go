package main

// A job signed elsewhere (a browser or hardware wallet, from the typed
// data --dry-run prints): rebuilt from that typed data and its signature,
// checked before anything is sent.

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
	"github.com/spf13/cobra"

	"github.com/skyops/skyops/exec/result"
	"github.com/skyops/skyops/models"
	"github.com/skyops/skyops/types"
)

// signedElsewhere rebuilds a spec from typed data a wallet signed, and
// checks the signature and the module before anything is sent.
func (f *submitFlags) signedElsewhere(cmd *cobra.Command, cat *models.Catalog, explicitArgs bool) (*signedJob, error) {
	if f.typedData == "" || f.signature == "" {
		return nil, errors.New("--typed-data and --signature go together: the typed data a wallet signed, and its signature")
	}
	fl := cmd.Flags()
	// These change the spec; a spec signed elsewhere cannot take them.
	for _, name := range []string{"framework", "gpu", "gpus", "gpu-mem", "cpus", "ram", "disk", "duration", "price-cap", "env", "input", "network", "allow-network", "region", "min-reputation", "min-uptime", "max-latency", "data-local"} {
		if fl.Changed(name) {
			return nil, fmt.Errorf("--%s cannot change a spec signed elsewhere: change the typed data and sign it again", name)
		}
	}
	if explicitArgs {
		return nil, errors.New("arguments after -- cannot change a spec signed elsewhere: change the typed data and sign it again")
	}
	raw, err := readTypedData(cmd, f.typedData)
	if err != nil {
		return nil, err
	}
	spec, chainID, err := types.JobSpecFromTypedData(raw)
	if err != nil {
		return nil, fmt.Errorf("--typed-data %s: %w", f.typedData, err)
	}
	if fl.Changed("chain-id") && f.chainID != chainID {
		return nil, fmt.Errorf("--chain-id %d, but the typed data was signed for chain %d", f.chainID, chainID)
	}
	if err := spec.Validate(); err != nil {
		return nil, err
	}
	sig, err := types.ParseSignatureHex(f.signature)
	if err != nil {
		return nil, fmt.Errorf("--signature: %w", err)
	}
	owner, err := types.RecoverJobOwner(spec, chainID, sig)
	if err != nil {
		return nil, fmt.Errorf("--signature: %w", err)
	}
	// Only an explicit --from: $SKYOPS_FROM names a keystore wallet, and
	// this spec was signed by another wallet altogether.
	if f.from != "" && fl.Changed("from") {
		if !common.IsHexAddress(f.from) {
			return nil, fmt.Errorf("--from %q is not an Ethereum address", f.from)
		}
		if owner != common.HexToAddress(f.from) {
			return nil, fmt.Errorf("the signature is by %s, not --from %s: was it made over this typed data?", owner.Hex(), f.from)
		}
	}
	if f.model != "" && spec.Model != "" && f.model != spec.Model {
		return nil, fmt.Errorf("--model %s, but the signed spec is for model %q", f.model, spec.Model)
	}
	var module []byte
	switch model := cmp.Or(f.model, spec.Model); {
	case f.wasm != "":
		module, err = readModule(f.wasm)
	case model != "":
		t, lerr := cat.Lookup(model)
		if lerr != nil {
			return nil, fmt.Errorf("the module: %w; or pass --wasm FILE", lerr)
		}
		module, err = cat.Artifact(t)
	default:
		return nil, fmt.Errorf("pass --wasm FILE: the module whose CID is the spec's artifact %s", spec.Artifact)
	}
	if err != nil {
		return nil, err
	}
	if got := result.CIDOf(module); got != spec.Artifact || uint64(len(module)) != spec.ArtifactSize {
		return nil, fmt.Errorf("the module is %s (%d bytes), the signed spec names %s (%d bytes): pass the --wasm FILE it was signed with",
			got, len(module), spec.Artifact, spec.ArtifactSize)
	}
	id, err := spec.ID(chainID)
	if err != nil {
		return nil, err
	}
	return &signedJob{spec: spec, chainID: chainID, sig: sig, owner: owner, id: id, artifact: module}, nil
}

// readTypedData reads the typed data as eth_signTypedData_v4 takes it, or
// wrapped as the dry run's -o json prints it.
func readTypedData(cmd *cobra.Command, path string) (apitypes.TypedData, error) {
	var td apitypes.TypedData
	var r io.Reader
	if path == "-" {
		r = cmd.InOrStdin()
	} else {
		fh, err := os.Open(path)
		if err != nil {
			return td, fmt.Errorf("--typed-data: %w", err)
		}
		defer fh.Close()
		r = fh
	}
	// The JSON of a valid spec is at most MaxJobSpecBytes; the typed data
	// adds the types and the domain.
	const limit = types.MaxJobSpecBytes + 64<<10
	b, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return td, fmt.Errorf("--typed-data: %w", err)
	}
	if len(b) > limit {
		return td, fmt.Errorf("--typed-data %s is over %d KiB: not a job spec", path, limit>>10)
	}
	var wrapped struct {
		TypedData json.RawMessage `json:"typedData"`
	}
	if json.Unmarshal(b, &wrapped) == nil && len(wrapped.TypedData) > 0 {
		b = wrapped.TypedData
	}
	if err := json.Unmarshal(b, &td); err != nil {
		return td, fmt.Errorf("--typed-data %s is not EIP-712 typed data JSON: %w", path, err)
	}
	return td, nil
}

// dryRunOut is the dry run's -o json.
type dryRunOut struct {
	TypedData json.RawMessage `json:"typedData"`
	Signature string          `json:"signature,omitempty"`
	Owner     string          `json:"owner,omitempty"`
	ID        string          `json:"id"`
}

func printDryRun(o *options, job *signedJob) error {
	td, err := job.spec.TypedDataJSON(job.chainID)
	if err != nil {
		return err
	}
	out := dryRunOut{TypedData: td, ID: job.id}
	if job.sig != nil {
		out.Signature, out.Owner = hexutil.Encode(job.sig), job.owner.Hex()
	}
	if o.json() {
		return o.printJSON(out)
	}
	var buf bytes.Buffer
	if err := json.Indent(&buf, td, "", "  "); err != nil {
		return fmt.Errorf("format typed data: %w", err)
	}
	buf.WriteByte('\n')
	if _, err := o.stdout.Write(buf.Bytes()); err != nil {
		return err
	}
	tw := newTable(o.stderr)
	fmt.Fprintf(tw, "Job id:\t%s\n", job.id)
	if job.sig != nil {
		fmt.Fprintf(tw, "Owner:\t%s\n", out.Owner)
		fmt.Fprintf(tw, "Signature:\t%s\n", out.Signature)
	}
	fmt.Fprintf(tw, "Dry run:\tnothing submitted\n")
	return tw.Flush()
}
