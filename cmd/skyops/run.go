package main

// skyops run FILE: a workflow file (docs/workflow.md) checked, resolved
// into a base spec per job, signed once and submitted with its modules and
// sealed uploads (docs/orchestration.md).

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
	"github.com/spf13/cobra"

	"github.com/skyops/skyops/api"
	"github.com/skyops/skyops/exec/result"
	"github.com/skyops/skyops/models"
	"github.com/skyops/skyops/types"
	"github.com/skyops/skyops/workflow"
)

type runFlags struct {
	network, home string
	chainID       uint64
	from          string
	wallet        walletFlags
	models        modelsFlag
	wait, dryRun  bool
	resultsKey    bool
}

func newRunCmd(o *options) *cobra.Command {
	var f runFlags
	cmd := &cobra.Command{
		Use:   "run FILE",
		Short: "Sign a workflow file (a graph of jobs) with your wallet and submit it",
		Long: `run reads a workflow file (docs/workflow.md: jobs, their needs, arrays and
matrices, which outputs feed which inputs), checks all of it, and submits it
as one signed workflow through the daemon, which becomes its home. Nothing
is sent unless the whole file is valid: every error is printed as
FILE:LINE:COL: message.

Each job is resolved as submit-task would resolve the same flags: a model:
job starts from its template (skyops models), a wasm: module is read and
named by its CID, an image: tag is pinned to its digest, and every file:
input is encrypted with one data key made for the workflow. The wallet signs
the file as written together with what was resolved (one EIP-712 message,
Workflow); the network derives every job instance from it.

--dry-run prints the typed data (on stdout, for a wallet) and the signature,
workflow id and owner (on stderr), and submits nothing; -o json prints them
as one document. --wait follows the workflow until it ends, printing the
instances whose state changed (JSON lines of the workflow with -o json); it
exits non-zero unless the workflow succeeded. Ctrl-C stops following, not
the workflow.

Follow a workflow with skyops workflow status ID; skyops workflow logs, get
and cancel do the rest.`,
		Example: `  skyops run pipeline.yaml
  skyops run pipeline.yaml --wait
  skyops run sweep.yaml --dry-run > workflow.json
  skyops workflow status 0xabc123`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return f.run(cmd, o, args[0])
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&f.network, "network", "", "network id to sign for (default: the daemon's)")
	fl.StringVar(&f.home, "home", "", "peer id of the daemon the workflow is submitted at, signed into it: it holds the workflow's data key (default: the daemon's; skyops id)")
	fl.Uint64Var(&f.chainID, "chain-id", defaultChainID, "chain id of the signature's EIP-712 domain (the daemon's)")
	registerFrom(fl, &f.from, "wallet address to sign with, when the keystore holds several")
	fl.BoolVar(&f.wait, "wait", false, "follow the workflow until it ends; exit non-zero unless it succeeds")
	fl.BoolVar(&f.dryRun, "dry-run", false, "print the typed data and signature; submit nothing")
	fl.BoolVar(&f.resultsKey, "results-key", true, "seal the jobs' outputs and logs to your wallet's results key (as submit-task); false seals them to the wallet key itself")
	f.wallet.register(fl)
	f.models.register(fl)
	return cmd
}

// preparedWorkflow is a signed workflow ready to submit (or print).
type preparedWorkflow struct {
	file    *workflow.File
	sw      *types.SignedWorkflow
	chainID uint64
	id      string
	sig     []byte // nil: unsigned (a dry run without a wallet)
	owner   common.Address
	dataKey []byte
	blobs   []api.InputBlob
}

func (f *runFlags) run(cmd *cobra.Command, o *options, path string) error {
	wf, source, err := parseWorkflowFile(o, path)
	if err != nil {
		return err
	}
	p, err := f.prepare(cmd, o, wf, source)
	if err != nil && cmd.Context().Err() != nil {
		return fmt.Errorf("interrupted: nothing was submitted (%w)", err)
	}
	if err != nil {
		return err
	}
	if f.dryRun {
		return printWorkflowDryRun(o, p)
	}
	return f.submit(cmd, o, p)
}

// parseWorkflowFile reads and checks the file. Its errors are printed one
// a line, as the parser gives them (FILE:LINE:COL: message), before the
// one error line that says nothing was sent.
func parseWorkflowFile(o *options, path string) (*workflow.File, []byte, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, nil, fmt.Errorf("read the workflow: %w", err)
	}
	defer fh.Close()
	// As workflow.ParseFile: one byte past the limit lets Parse say the
	// file is too large. The bytes parsed are the bytes signed.
	source, err := io.ReadAll(io.LimitReader(fh, workflow.MaxFileBytes+1))
	if err != nil {
		return nil, nil, fmt.Errorf("read the workflow %s: %w", path, err)
	}
	wf, err := workflow.Parse(path, source)
	if err == nil {
		return wf, source, nil
	}
	n := 1
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		for _, e := range j.Unwrap() {
			fmt.Fprintln(o.stderr, e)
		}
		n = len(j.Unwrap())
		if last := j.Unwrap()[n-1]; strings.HasSuffix(last.Error(), " more errors") {
			n-- // the "and N more errors" line counts the rest
		}
	} else {
		fmt.Fprintln(o.stderr, err)
	}
	what := "an error"
	if n > 1 {
		what = "errors"
	}
	return nil, nil, fmt.Errorf("%s has %s (above): nothing was submitted; fix the file and run it again", path, what)
}

// prepare resolves the jobs, compiles the signed form, checks it as the
// daemon will, and signs it.
func (f *runFlags) prepare(cmd *cobra.Command, o *options, wf *workflow.File, source []byte) (*preparedWorkflow, error) {
	for _, j := range wf.Jobs {
		if len(j.Secrets) > 0 {
			return nil, fmt.Errorf("workflow secrets are not supported yet: %s:%d:%d: job %s sets secrets:; remove them, and put what they hold in a file: input (sealed with the workflow's data key like every upload), or run the job on its own with submit-task --secret",
				wf.Path, j.Line, j.Col, j.Name)
		}
	}
	cat, err := f.models.load(cmd)
	if err != nil {
		return nil, err
	}
	key, err := types.NewDataKey()
	if err != nil {
		return nil, err
	}
	bases, blobs, err := resolveBases(cmd, o, wf, cat, key)
	if err != nil {
		return nil, err
	}

	s := workflow.Signing{Network: f.network, Home: f.home}
	if err := signingTarget(cmd, o, f.dryRun, &s.Network, &s.Home, &f.chainID); err != nil {
		return nil, err
	}
	s.Nonce, s.CreatedAt = randomNonce(), uint64(time.Now().Unix())
	sw, err := workflow.Compile(wf, source, bases, s)
	if err != nil {
		return nil, err
	}
	// The daemon and every peer open it so; a form they would refuse is
	// refused here, before the wallet is asked.
	if _, err := workflow.Open(sw); err != nil {
		return nil, fmt.Errorf("the signed form of %s does not open as every peer would open it: %w", wf.Path, err)
	}
	p := &preparedWorkflow{file: wf, sw: sw, chainID: f.chainID, dataKey: key, blobs: blobs}
	if f.dryRun && f.from == "" {
		k, err := f.wallet.open(cmd)
		if err != nil {
			return nil, err
		}
		if len(k.List()) == 0 {
			fmt.Fprintf(o.stderr, "no wallet in %s: the typed data is not signed; sign it with your wallet (eth_signTypedData_v4)\n", k.Dir())
			return p, p.digest()
		}
	}
	signer, err := f.wallet.signer(cmd, o, f.from)
	if err != nil {
		return nil, err
	}
	defer signer.Lock()
	if f.resultsKey {
		rk, err := types.DeriveResultsKey(signer)
		if err != nil {
			return nil, fmt.Errorf("derive the results key: %w", err)
		}
		sw.ResultsKey = types.ResultsKeyHex(&rk.PublicKey)
		if _, err := workflow.Open(sw); err != nil {
			return nil, fmt.Errorf("the signed form of %s with the results key does not open: %w", wf.Path, err)
		}
	}
	if err := p.digest(); err != nil {
		return nil, err
	}
	if p.sig, err = types.SignWorkflow(sw, f.chainID, signer); err != nil {
		return nil, fmt.Errorf("sign the workflow: %w", err)
	}
	p.owner = signer.Address()
	return p, nil
}

func (p *preparedWorkflow) digest() error {
	d, err := p.sw.Digest(p.chainID)
	if err != nil {
		return fmt.Errorf("the workflow's id: %w", err)
	}
	p.id = d.Hex()
	return nil
}

// resolveBases makes each job's base spec as submit-task makes a spec from
// the same flags, and the blobs the daemon needs from here: each wasm
// module under its CID, and each uploaded file sealed with key.
func resolveBases(cmd *cobra.Command, o *options, wf *workflow.File, cat *models.Catalog, key []byte) (map[string]types.JobSpec, []api.InputBlob, error) {
	bases := make(map[string]types.JobSpec, len(wf.Jobs))
	var blobs []api.InputBlob
	have := map[string]bool{}
	size := int64(0) // of the blobs' data, as base64 in the request
	add := func(c string, data []byte) error {
		if have[c] {
			return nil
		}
		have[c] = true
		size += int64(len(data)+2) / 3 * 4
		if size > maxWorkflowBlobBytes {
			return fmt.Errorf("the workflow's modules and files are over %d MiB, more than one submit to the daemon carries (at most %d MiB as base64): put large inputs in the network first (skyops add FILE) and name them as dataset: ipfs://CID",
				maxWorkflowBlobBytes*3/4>>20, api.MaxSubmitBytes>>20)
		}
		if len(blobs) == api.MaxWorkflowBlobs {
			return fmt.Errorf("the workflow uploads more than %d modules and files: share modules between jobs, or put inputs in the network first (skyops add FILE) and name them as dataset: ipfs://CID", api.MaxWorkflowBlobs)
		}
		blobs = append(blobs, api.InputBlob{CID: c, Data: data})
		return nil
	}
	// A file uploaded by several jobs is sealed once; a job that uploads
	// the same file twice (under two names) gets two sealings, since a
	// spec names an input once.
	sealed := map[string][]string{}
	for _, j := range wf.Jobs {
		at := fmt.Sprintf("%s:%d:%d: job %s", wf.Path, j.Line, j.Col, j.Name)
		base, module, err := jobBase(cmd, o, j, cat)
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", at, err)
		}
		if module != nil {
			if err := add(base.Artifact, module); err != nil {
				return nil, nil, err
			}
		}
		used := map[string]int{}
		for _, in := range j.Inputs {
			if in.Kind != workflow.InputFile {
				continue
			}
			n := used[in.Local]
			used[in.Local]++
			if n < len(sealed[in.Local]) {
				base.InputCIDs = append(base.InputCIDs, sealed[in.Local][n])
				continue
			}
			data, err := sealUpload(key, in.Local)
			if err != nil {
				return nil, nil, fmt.Errorf("%s:%d:%d: job %s: %w", wf.Path, in.Line, in.Col, j.Name, err)
			}
			c := result.CIDOf(data)
			if err := add(c, data); err != nil {
				return nil, nil, err
			}
			sealed[in.Local] = append(sealed[in.Local], c)
			base.InputCIDs = append(base.InputCIDs, c)
		}
		bases[j.Name] = base
	}
	return bases, blobs, nil
}

// maxWorkflowBlobBytes is what the blobs may take of a submit's body (as
// base64), leaving room for the signed form and the JSON around them.
const maxWorkflowBlobBytes = api.MaxSubmitBytes - 2*types.MaxSignedWorkflowBytes - 64<<10

// jobBase is job j's base spec before the workflow's file is laid over it
// (workflow.File.Apply does that in every instance): a model template's
// values, the artifact, and an hour's run time where neither says one.
// module is the wasm module to upload, if any.
func jobBase(cmd *cobra.Command, o *options, j *workflow.Job, cat *models.Catalog) (types.JobSpec, []byte, error) {
	spec := types.JobSpec{
		Runtime:     types.RuntimeWasm,
		DurationSec: uint64(defaultJobDuration / time.Second),
		PriceCapWei: "0",
	}
	h := hooksOf(cmd)
	var module []byte
	var err error
	switch {
	case j.Model != "":
		t, lerr := cat.Lookup(j.Model)
		if lerr != nil {
			return spec, nil, fmt.Errorf("model: %w (skyops models lists them; or say wasm: FILE, image: REF or process: PROGRAM)", lerr)
		}
		spec.Model, spec.Runtime, spec.Framework = t.Name, t.Runtime, t.Framework
		spec.Args = slices.Clone(t.Args)
		spec.GPUModel, spec.GPUCount, spec.RAMMiB = t.GPUModel, t.GPUCount, t.RAMMiB
		if t.DurationSec != 0 {
			spec.DurationSec = t.DurationSec
		}
		switch t.Runtime {
		case types.RuntimeDocker:
			spec.Artifact, err = h.images(cmd.Context(), t.Artifact, "", o.stderr)
		case types.RuntimeProcess:
			spec.Artifact = t.Artifact
		default:
			module, err = cat.Artifact(t)
		}
	case j.Wasm != "":
		module, err = readModuleAs("wasm:", j.Wasm)
	case j.Image != "":
		// Signed pinned to a digest; an executor without it pulls it by
		// that digest: nothing to upload.
		spec.Runtime = types.RuntimeDocker
		spec.Artifact, err = h.images(cmd.Context(), j.Image, "", o.stderr)
	case j.Process != "":
		spec.Runtime = types.RuntimeProcess // Apply sets the program
	}
	if err != nil {
		return spec, nil, err
	}
	if module != nil {
		spec.Runtime = types.RuntimeWasm
		spec.Artifact, spec.ArtifactSize = result.CIDOf(module), uint64(len(module))
	}
	return spec, module, nil
}

// sealUpload is a file: input as the daemon stages it: the file's bytes
// as they are (no package around them), sealed with the workflow's data
// key (types.SealWithKey), named by the raw CID of the sealed bytes
// (result.CIDOf). Opened with the key alone, they are the file that lands
// at the instance's Dest.
func sealUpload(key []byte, path string) ([]byte, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("file: %w", err)
	}
	if !fi.Mode().IsRegular() || fi.Size() > types.MaxArtifactBytes {
		return nil, fmt.Errorf("file: %s: want a regular file of at most %d MiB (larger data goes in the network first: skyops add FILE, then dataset: ipfs://CID)", path, types.MaxArtifactBytes>>20)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("file: %w", err)
	}
	sealed, err := types.SealWithKey(key, data)
	if err != nil {
		return nil, fmt.Errorf("file: %s: seal it: %w", path, err)
	}
	return sealed, nil
}

// workflowTypedData is the workflow's typed data as eth_signTypedData_v4
// takes it: the domain with only the fields its type lists.
type workflowTypedData struct {
	Types       apitypes.Types `json:"types"`
	PrimaryType string         `json:"primaryType"`
	Domain      struct {
		Name    string `json:"name"`
		Version string `json:"version"`
		ChainID uint64 `json:"chainId"`
	} `json:"domain"`
	Message apitypes.TypedDataMessage `json:"message"`
}

func workflowTypedDataJSON(sw *types.SignedWorkflow, chainID uint64) (json.RawMessage, error) {
	td := sw.TypedData(chainID)
	w := workflowTypedData{Types: td.Types, PrimaryType: td.PrimaryType, Message: td.Message}
	w.Domain.Name, w.Domain.Version, w.Domain.ChainID = td.Domain.Name, td.Domain.Version, chainID
	b, err := json.Marshal(w)
	if err != nil {
		return nil, fmt.Errorf("encode the workflow's typed data: %w", err)
	}
	return b, nil
}

func printWorkflowDryRun(o *options, p *preparedWorkflow) error {
	td, err := workflowTypedDataJSON(p.sw, p.chainID)
	if err != nil {
		return err
	}
	out := dryRunOut{TypedData: td, ID: p.id}
	if p.sig != nil {
		out.Signature, out.Owner = hexutil.Encode(p.sig), p.owner.Hex()
	}
	if o.json() {
		return o.printJSON(out)
	}
	var buf strings.Builder
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	if err := enc.Encode(json.RawMessage(td)); err != nil {
		return fmt.Errorf("format typed data: %w", err)
	}
	if _, err := io.WriteString(o.stdout, buf.String()); err != nil {
		return err
	}
	tw := newTable(o.stderr)
	fmt.Fprintf(tw, "Workflow id:\t%s\n", p.id)
	fmt.Fprintf(tw, "Name:\t%s\n", p.sw.Name)
	fmt.Fprintf(tw, "Instances:\t%d\n", p.sw.Instances)
	if p.sig != nil {
		fmt.Fprintf(tw, "Owner:\t%s\n", out.Owner)
		fmt.Fprintf(tw, "Signature:\t%s\n", out.Signature)
	}
	fmt.Fprintf(tw, "Dry run:\tnothing submitted\n")
	return tw.Flush()
}

func (f *runFlags) submit(cmd *cobra.Command, o *options, p *preparedWorkflow) error {
	c, err := o.client()
	if err != nil {
		return err
	}
	if cmd.Context().Err() != nil {
		return fmt.Errorf("interrupted: workflow %s was not submitted (nothing was sent to the daemon)", p.id)
	}
	req := api.WorkflowSubmitRequest{
		Workflow: *p.sw, Signature: hexutil.Encode(p.sig), Owner: p.owner.Hex(),
		DataKey: hex.EncodeToString(p.dataKey), Blobs: p.blobs,
	}
	resp, interrupted, err := uninterrupted(cmd, o, "workflow "+p.id, func(ctx context.Context) (*api.WorkflowSubmitResponse, error) { return c.SubmitWorkflow(ctx, req) })
	if err != nil {
		switch {
		case interrupted && errors.Is(err, context.DeadlineExceeded):
			return fmt.Errorf("interrupted: no answer from the daemon within %s: workflow %s may or may not have been accepted (skyops workflow status %s tells)", o.timeout, p.id, p.id)
		case interrupted:
			return fmt.Errorf("interrupted: workflow %s was not submitted: %w", p.id, o.daemonErr(err))
		}
		return fmt.Errorf("submit workflow %s: %w", p.sw.Name, o.daemonErr(err))
	}
	if !strings.EqualFold(resp.ID, p.id) {
		return fmt.Errorf("the daemon recorded workflow %s with owner %s, but its id on chain %d is %s (owner %s): the daemon verifies signatures for another chain id; pass its --chain-id",
			resp.ID, resp.Owner, p.chainID, p.id, p.owner.Hex())
	}
	if interrupted {
		if err := renderWorkflowSubmitted(o, resp); err != nil {
			return err
		}
		return stoppedWaitingWorkflow(resp.ID)
	}
	if !f.wait {
		return renderWorkflowSubmitted(o, resp)
	}
	if !o.json() {
		if err := renderWorkflowSubmitted(o, resp); err != nil {
			return err
		}
	}
	return followWorkflow(cmd, o, c, resp.ID)
}

func renderWorkflowSubmitted(o *options, r *api.WorkflowSubmitResponse) error {
	if o.json() {
		return o.printJSON(r)
	}
	tw := newTable(o.stdout)
	fmt.Fprintf(tw, "Workflow:\t%s\n", clean(r.ID))
	fmt.Fprintf(tw, "Name:\t%s\n", clean(r.Name))
	fmt.Fprintf(tw, "Owner:\t%s\n", clean(r.Owner))
	fmt.Fprintf(tw, "Instances:\t%d\n", r.Instances)
	fmt.Fprintf(tw, "Follow it:\tskyops workflow status %s\n", clean(r.ID))
	fmt.Fprintf(tw, "\tskyops workflow logs %s INSTANCE\n", clean(r.ID))
	fmt.Fprintf(tw, "\tskyops workflow get %s -o DIR\n", clean(r.ID))
	return tw.Flush()
}

// stoppedWaitingWorkflow is what an interrupted run says once the daemon
// has the workflow.
func stoppedWaitingWorkflow(id string) error {
	return fmt.Errorf("interrupted: workflow %s was submitted and keeps running in the network; follow it with: skyops workflow status %s (cancel it with: skyops workflow cancel %s)", id, id, id)
}
