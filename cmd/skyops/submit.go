package main

import (
	"bytes"
	"crypto/rand"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/skyops/skyops/api"
	"github.com/skyops/skyops/exec/result"
	"github.com/skyops/skyops/ledger/chain"
	"github.com/skyops/skyops/models"
	"github.com/skyops/skyops/types"
)

// defaultChainID is the dev chain's, as skyopsd's default.
const defaultChainID = 1337

// defaultJobDuration is the maximum run time of a job with no template and
// no --duration.
const defaultJobDuration = time.Hour

type submitFlags struct {
	wasm, image, process, model, framework, gpu string
	gpus, gpuMemGB, cpus, ramGB, diskGB         int
	duration                                    time.Duration
	priceCap                                    string
	pay                                         string
	region                                      string
	minReputation, minUptime                    int
	maxLatency                                  string
	dataLocal                                   bool
	env, inputs, inputFiles, secrets            []string
	network, home                               string
	chainID                                     uint64
	from                                        string
	wallet                                      walletFlags
	models                                      modelsFlag
	wait, dryRun, allowNetwork                  bool
	resultsKey                                  bool
	typedData, signature                        string
	deliver                                     deliverFlags
}

func newSubmitCmd(o *options) *cobra.Command {
	var f submitFlags
	cmd := &cobra.Command{
		Use:   "submit-task [flags] [-- ARGS...]",
		Short: "Sign a job with your wallet and submit it to the network",
		Long: `Build a job spec, sign it with your wallet (EIP-712 typed data) and submit it,
with its wasm module, through the daemon. The signing address is the job's
owner; the job id is the hash of the signed spec.

--model NAME starts from a template (see skyops models): runtime, program,
arguments, GPU, RAM and maximum run time. Flags override the template, and
arguments after -- replace its arguments. Without a template, --wasm FILE
says what to run. Sizes are whole GiB (--ram 64 is 64 GiB). Zero or absent
requirements mean "no minimum"; which GPU models exist is for placement to
say, not the CLI.

--region, --min-reputation and --min-uptime limit which nodes may run the
job; they are signed into the spec like the rest. --region NAME takes only
nodes that advertise that region (e.g. eu-west; any case; the REGION column
of skyops nodes). --min-reputation N takes only nodes whose reputation is at
least N, on the network's 0..3000 scale: 1000 is neutral, a new node starts
at 500 (so a minimum above 500 excludes nodes without a record yet), and
nodes under 250 get no jobs at all. --min-uptime PCT takes only nodes that
advertised in at least PCT percent of the recent epochs. skyops nodes shows
each node's REP and UPTIME. 0 (the default) is no minimum.

--max-latency D (e.g. 30ms) takes only nodes whose round-trip time to the
job's home (the daemon it is submitted at) is estimated at most D, from the
network coordinates daemons fit to pings of their peers and advertise; among
those, nearer nodes are likelier to win the job. It is signed into the spec
in whole milliseconds, at most 10s. A node that advertises no coordinate yet
is not placed on. skyops nodes shows each node's estimate (RTT) from the
daemon asked.

--input ipfs://CID attaches a dataset: a file already in the network (skyops
add FILE on any peer) or on an IPFS node, by the CID ipfs add --cid-version 1
gives it. The executor fetches it block by block, each block checked against
its hash, into /inputs/CID. Nodes advertise the datasets they hold, and those
that hold a job's datasets are likelier to win it; --data-local takes only
nodes that hold them all. The daemon refuses a dataset nobody provides.

--allow-network gives a Docker job's container a network (Docker's default
bridge, for downloads and the like); without it the container has none, only
loopback. It is part of the signed spec, and only Docker jobs may ask.

--dry-run prints the typed data exactly as eth_signTypedData_v4 takes it
(on stdout, so that '> job.json' keeps it for a wallet) and the CLI's
signature, owner and job id (on stderr), and submits nothing. With -o json
it prints {"typedData", "signature", "owner", "id"}. Without a wallet in the
keystore, the typed data is printed unsigned.

--typed-data FILE --signature HEX submits a spec signed elsewhere (MetaMask,
a hardware wallet): FILE is that typed data (or the dry run's -o json
output); the module still comes from --wasm or the model's template.

The job's outputs and logs are sealed to your wallet's results key
(--results-key, on by default): a key derived from the wallet's signature of
a fixed EIP-712 message, its public half signed into the spec. skyops get and
skyops logs derive it again from the keystore, and the dashboard from a
browser wallet's signature of the same message. --results-key=false seals
them to the wallet key itself, which only the keystore opens.

--wait follows the job until it completes, fails or is cancelled, printing
each change of state; it exits non-zero unless the job completes.`,
		Example: `  skyops submit-task --model gpt2 --gpu A100 --ram 64 --duration 4h --wasm train.wasm
  skyops submit-task --model cpu-demo --wasm demo-train.wasm --wait -- --epochs 2
  skyops submit-task --wasm job.wasm --gpus 2 --price-cap 0.5 --env SEED=1 --input ipfs://bafy...
  skyops submit-task --wasm job.wasm --input ipfs://bafy... --data-local
  skyops submit-task --model gpt2 --region eu-west --min-reputation 1000 --min-uptime 90
  skyops submit-task --model gpt2 --wasm train.wasm --max-latency 30ms
  skyops submit-task --model gpt2 --wasm train.wasm --dry-run > job.json
  skyops submit-task --typed-data job.json --signature 0x... --wasm train.wasm`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return f.run(cmd, o, args)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&f.wasm, "wasm", "", "wasm module to run (overrides the template's)")
	fl.StringVar(&f.process, "process", "", "program to run as a plain process on nodes that allow it (skyopsd --allow-process); args after -- are its arguments")
	fl.StringVar(&f.image, "image", "", "Docker image the job runs, pinned to its digest when signed (a tag is resolved through the local Docker engine); executors that lack it pull it by that digest (credentials: --secret "+types.RegistryAuthSecret+"=BASE64_AUTH_JSON); args after -- are its command")
	fl.BoolVar(&f.allowNetwork, "allow-network", false, "give the Docker container a network (bridge); default none (--image jobs only)")
	fl.StringVar(&f.model, "model", "", "model template to start from (see skyops models); also recorded in the spec")
	fl.StringVar(&f.framework, "framework", "", "framework label, e.g. pytorch")
	fl.StringVar(&f.gpu, "gpu", "", `GPU model, e.g. A100 (matches "NVIDIA A100-SXM4-80GB"); implies --gpus 1`)
	fl.IntVar(&f.gpus, "gpus", 0, "number of GPUs (0 = CPU only)")
	fl.IntVar(&f.gpuMemGB, "gpu-mem", 0, "minimum memory per GPU, GiB")
	fl.IntVar(&f.cpus, "cpus", 0, "minimum CPU cores")
	fl.IntVar(&f.ramGB, "ram", 0, "minimum RAM, GiB")
	fl.IntVar(&f.diskGB, "disk", 0, "minimum disk, GiB")
	fl.DurationVar(&f.duration, "duration", 0, "maximum run time, e.g. 4h or 90m (default: the template's, else 1h)")
	fl.StringVar(&f.priceCap, "price-cap", "0", "highest price per GPU-hour, in the token the job pays in (--pay: ETH, or $SKYOPS) (0 = no cap)")
	fl.StringVar(&f.pay, "pay", "ETH", "what the job is paid in from your escrow deposit: ETH or SKYOPS (skyops deposit)")
	fl.StringVar(&f.region, "region", "", "run only on nodes advertising this region, e.g. eu-west (case-insensitive; default any)")
	fl.IntVar(&f.minReputation, "min-reputation", 0, "run only on nodes with at least this reputation, 0..3000 (1000 is neutral, new nodes start at 500; 0 = no minimum)")
	fl.IntVar(&f.minUptime, "min-uptime", 0, "run only on nodes up at least this percent of recent epochs, 0..100 (0 = no minimum)")
	fl.StringVar(&f.maxLatency, "max-latency", "", "run only on nodes whose estimated round trip to the job's home is at most this, e.g. 30ms (whole ms, at most 10s; default no bound)")
	fl.StringArrayVar(&f.env, "env", nil, "KEY=VALUE in the job's environment (repeatable)")
	fl.StringArrayVar(&f.inputs, "input", nil, "a dataset, ipfs://CID: public content the executor fetches from the network (skyops add, or any IPFS node) into /inputs/CID (repeatable)")
	fl.BoolVar(&f.dataLocal, "data-local", false, "run only on a node that already holds every --input dataset (its advert lists it), so the data does not move")
	fl.StringArrayVar(&f.secrets, "secret", nil, "KEY=VALUE the job gets in its environment, encrypted here with the job's data key, never in the signed spec (repeatable)")
	fl.StringArrayVar(&f.inputFiles, "input-file", nil, "a file the job reads under /inputs/CID/NAME, encrypted here with the job's data key (repeatable)")
	fl.StringVar(&f.network, "network", "", "network id to sign for (default: the daemon's)")
	fl.StringVar(&f.home, "home", "", "peer id of the daemon the job is submitted at, signed into the spec (default: the daemon's; skyops id)")
	fl.Uint64Var(&f.chainID, "chain-id", defaultChainID, "chain id of the signature's EIP-712 domain (the daemon's)")
	registerFrom(fl, &f.from, "wallet address to sign with, when the keystore holds several")
	fl.BoolVar(&f.wait, "wait", false, "follow the job until it ends; exit non-zero unless it completes")
	fl.BoolVar(&f.dryRun, "dry-run", false, "print the typed data and signature; submit nothing")
	fl.BoolVar(&f.resultsKey, "results-key", true, "seal the job's outputs and logs to your wallet's results key (derived from its signature of a fixed message, so a browser wallet opens them on the dashboard too); false seals them to the wallet key itself")
	fl.StringVar(&f.typedData, "typed-data", "", `typed data of a spec signed elsewhere ("-" for stdin); needs --signature`)
	fl.StringVar(&f.signature, "signature", "", "signature of --typed-data, 65 bytes of hex")
	f.wallet.register(fl)
	f.models.register(fl)
	f.deliver.register(fl)
	return cmd
}

// signedJob is a spec ready to submit (or to print, for a dry run).
type signedJob struct {
	spec     *types.JobSpec
	chainID  uint64
	sig      []byte // nil: unsigned (dry run without a wallet)
	owner    common.Address
	id       string
	artifact []byte
	dataKey  []byte          // made here when there are input files
	inputs   []api.InputBlob // input files, encrypted with dataKey
}

func (f *submitFlags) run(cmd *cobra.Command, o *options, args []string) error {
	if n := btoi(f.image != "") + btoi(f.wasm != "") + btoi(f.process != ""); n > 1 {
		return errors.New("--image, --wasm and --process each name a program: pass one")
	}
	progArgs, explicitArgs, err := programArgs(cmd, args)
	if err != nil {
		return err
	}
	cat, err := f.models.load(cmd)
	if err != nil {
		return err
	}
	var job *signedJob
	if f.typedData != "" || f.signature != "" {
		job, err = f.signedElsewhere(cmd, cat, explicitArgs)
	} else {
		job, err = f.buildAndSign(cmd, o, cat, progArgs, explicitArgs)
	}
	if err != nil && cmd.Context().Err() != nil {
		return fmt.Errorf("interrupted: nothing was submitted (%w)", err)
	}
	if err != nil {
		return err
	}
	if f.dryRun {
		return printDryRun(o, job)
	}
	return f.submit(cmd, o, job)
}

// programArgs are the arguments after "--". explicit says whether "--" was
// given at all: "--" alone clears the template's arguments.
func programArgs(cmd *cobra.Command, args []string) (prog []string, explicit bool, err error) {
	dash := cmd.ArgsLenAtDash()
	before := args
	if dash >= 0 {
		before = args[:dash]
	}
	if len(before) > 0 {
		return nil, false, fmt.Errorf("unexpected argument %q: put the program's arguments after -- (see 'skyops submit-task --help')", before[0])
	}
	if dash < 0 {
		return nil, false, nil
	}
	return args[dash:], true, nil
}

// buildAndSign makes the spec from the template and flags, and signs it.
func (f *submitFlags) buildAndSign(cmd *cobra.Command, o *options, cat *models.Catalog, progArgs []string, explicitArgs bool) (*signedJob, error) {
	fl := cmd.Flags()
	var tmpl *models.Template
	if f.model != "" {
		t, err := cat.Lookup(f.model)
		switch {
		case err == nil:
			tmpl = &t
		case !errors.Is(err, models.ErrUnknownModel):
			return nil, err
		case f.wasm == "" && f.image == "" && f.process == "":
			return nil, fmt.Errorf("no template for model %q and no --wasm or --image: pass --wasm FILE or --image REF (see skyops models)", f.model)
		}
	} else if f.wasm == "" && f.image == "" && f.process == "" {
		return nil, errors.New("nothing to run: pass --wasm FILE, --image REF, or --model NAME (see skyops models)")
	}

	spec := &types.JobSpec{
		Runtime:     types.RuntimeWasm,
		Model:       f.model,
		DurationSec: uint64(defaultJobDuration / time.Second),
		PriceCapWei: "0",
	}
	if tmpl != nil {
		if f.wasm == "" {
			spec.Runtime = tmpl.Runtime
		}
		spec.Framework = tmpl.Framework
		spec.Args = append([]string(nil), tmpl.Args...)
		spec.GPUModel, spec.GPUCount = tmpl.GPUModel, tmpl.GPUCount
		spec.RAMMiB = tmpl.RAMMiB
		spec.DurationSec = tmpl.DurationSec
	}
	if err := f.applyFlags(cmd, spec); err != nil {
		return nil, err
	}
	if explicitArgs {
		spec.Args = nil
		if len(progArgs) > 0 {
			spec.Args = progArgs
		}
	}

	var (
		module []byte
		err    error
	)
	switch {
	case f.process != "":
		spec.Runtime, spec.Artifact, spec.ArtifactSize = types.RuntimeProcess, f.process, 0
	case f.image != "":
		// Signed pinned to a digest; an executor without it pulls it by
		// that digest: nothing to upload.
		ref, err := hooksOf(cmd).images(cmd.Context(), f.image, secretValue(f.secrets, types.RegistryAuthSecret), cmd.ErrOrStderr())
		if err != nil {
			return nil, err
		}
		spec.Runtime, spec.Artifact, spec.ArtifactSize = types.RuntimeDocker, ref, 0
	case f.wasm != "":
		module, err = readModule(f.wasm)
	default:
		module, err = cat.Artifact(*tmpl)
	}
	if err != nil {
		return nil, err
	}
	if spec.Runtime != types.RuntimeDocker && spec.Runtime != types.RuntimeProcess {
		spec.Runtime = types.RuntimeWasm
		spec.Artifact, spec.ArtifactSize = result.CIDOf(module), uint64(len(module))
	}
	if f.allowNetwork {
		// Said here, before the daemon or the wallet is asked anything.
		switch spec.Runtime {
		case types.RuntimeWasm:
			return nil, errors.New("--allow-network is for Docker jobs (--image REF): this is a wasm job, and a wasm module has no sockets to use a network")
		case types.RuntimeProcess:
			return nil, errors.New("--allow-network is for Docker jobs (--image REF): a --process job is not sandboxed and already has the provider's network, so there is nothing to grant")
		}
		spec.NetworkAccess = true
	}
	dataKey, inputs, err := encryptInputFiles(f.inputFiles, f.secrets)
	if err != nil {
		return nil, err
	}
	for _, in := range inputs {
		spec.InputCIDs = append(spec.InputCIDs, in.CID)
	}

	if fl.Changed("network") {
		spec.Network = f.network
	}
	spec.Home = f.home
	if err := signingTarget(cmd, o, f.dryRun, &spec.Network, &spec.Home, &f.chainID); err != nil {
		return nil, err
	}
	spec.Nonce, spec.CreatedAt = randomNonce(), uint64(time.Now().Unix())
	if err := spec.Validate(); err != nil {
		return nil, err
	}
	id, err := spec.ID(f.chainID)
	if err != nil {
		return nil, err
	}
	job := &signedJob{spec: spec, chainID: f.chainID, id: id, artifact: module, dataKey: dataKey, inputs: inputs}

	// A dry run is how a user without a keystore wallet gets typed data to
	// sign in MetaMask, so an empty keystore is not an error there.
	if f.dryRun && f.from == "" {
		k, err := f.wallet.open(cmd)
		if err != nil {
			return nil, err
		}
		if len(k.List()) == 0 {
			fmt.Fprintf(o.stderr, "no wallet in %s: the typed data is not signed; sign it with your wallet (eth_signTypedData_v4) and submit with --typed-data FILE --signature HEX\n", k.Dir())
			return job, nil
		}
	}
	signer, err := f.wallet.signer(cmd, o, f.from)
	if err != nil {
		return nil, err
	}
	defer signer.Lock()
	if f.resultsKey {
		// Known only once the wallet is unlocked: it is derived from the
		// wallet's (deterministic) signature of a fixed message.
		rk, err := types.DeriveResultsKey(signer)
		if err != nil {
			return nil, fmt.Errorf("derive the results key: %w", err)
		}
		spec.ResultsKey = types.ResultsKeyHex(&rk.PublicKey)
		if job.id, err = spec.ID(f.chainID); err != nil {
			return nil, err
		}
	}
	job.sig, err = types.SignJobSpec(spec, f.chainID, signer)
	if err != nil {
		return nil, err
	}
	job.owner = signer.Address()
	return job, nil
}

// applyFlags lays the flags the user gave over the template's values.
func (f *submitFlags) applyFlags(cmd *cobra.Command, spec *types.JobSpec) error {
	fl := cmd.Flags()
	if fl.Changed("framework") {
		spec.Framework = f.framework
	}
	if fl.Changed("gpu") {
		if f.gpu == "" {
			return errors.New("--gpu is empty: name a GPU model (e.g. A100), or pass --gpus N for any model")
		}
		spec.GPUModel = f.gpu
		if spec.GPUCount == 0 {
			spec.GPUCount = 1
		}
	}
	if fl.Changed("gpus") {
		switch {
		case f.gpus < 0:
			return fmt.Errorf("--gpus %d: pass 0 (CPU only) to %d", f.gpus, types.MaxJobGPUs)
		case f.gpus == 0 && fl.Changed("gpu"):
			return fmt.Errorf("--gpus 0 with --gpu %s: pass --gpus 1 or more, or leave out --gpu for a CPU-only job", f.gpu)
		case f.gpus > types.MaxJobGPUs:
			return fmt.Errorf("--gpus %d: at most %d GPUs per job", f.gpus, types.MaxJobGPUs)
		case f.gpus == 0: // CPU only, whatever the template asked
			spec.GPUModel, spec.GPUMemMiB = "", 0
		}
		spec.GPUCount = uint32(f.gpus)
	}
	size := func(flag string, gb int) (uint64, error) {
		if gb <= 0 {
			return 0, fmt.Errorf("--%s %d: pass at least 1 (GiB), or leave --%s out for no minimum", flag, gb, flag)
		}
		if gb > 1<<30 {
			return 0, fmt.Errorf("--%s %d: that is more than an exbibyte", flag, gb)
		}
		return uint64(gb) << 10, nil
	}
	var err error
	if fl.Changed("gpu-mem") {
		if spec.GPUMemMiB, err = size("gpu-mem", f.gpuMemGB); err != nil {
			return err
		}
		if spec.GPUCount == 0 {
			return errors.New("--gpu-mem asks for GPU memory of a CPU-only job: pass --gpu MODEL or --gpus N too")
		}
	}
	if fl.Changed("ram") {
		if spec.RAMMiB, err = size("ram", f.ramGB); err != nil {
			return err
		}
	}
	if fl.Changed("disk") {
		if spec.DiskMiB, err = size("disk", f.diskGB); err != nil {
			return err
		}
	}
	if fl.Changed("cpus") {
		if f.cpus <= 0 || f.cpus > 1<<20 {
			return fmt.Errorf("--cpus %d: pass at least 1, or leave --cpus out for no minimum", f.cpus)
		}
		spec.CPUCores = uint32(f.cpus)
	}
	if fl.Changed("duration") {
		if f.duration <= 0 {
			return fmt.Errorf("--duration %s: pass a positive maximum run time, e.g. 4h or 90m", f.duration)
		}
		if f.duration > types.MaxJobDurationSec*time.Second {
			return fmt.Errorf("--duration %s: at most 168h (7 days)", f.duration)
		}
		spec.DurationSec = uint64((f.duration + time.Second - 1) / time.Second)
	}
	if fl.Changed("price-cap") {
		wei, err := types.ParseETH(f.priceCap)
		if err != nil {
			return fmt.Errorf("--price-cap: %w", err)
		}
		spec.PriceCapWei = wei.String()
	}
	if fl.Changed("pay") {
		t, err := chain.ParseToken(f.pay)
		if err != nil {
			return fmt.Errorf("--pay: %w", err)
		}
		spec.PaymentToken = string(t)
	}
	if fl.Changed("region") {
		// "" is any region, as without the flag.
		if err := types.CheckJobRegion(f.region); err != nil {
			return err
		}
		spec.Region = f.region
	}
	if fl.Changed("min-reputation") {
		if f.minReputation < 0 || f.minReputation > types.MaxJobMinReputation {
			return fmt.Errorf("--min-reputation %d: pass 0 to %d (1000 is neutral, a new node starts at 500; 0 = no minimum)", f.minReputation, types.MaxJobMinReputation)
		}
		spec.MinReputation = uint32(f.minReputation)
	}
	if fl.Changed("min-uptime") {
		if f.minUptime < 0 || f.minUptime > types.MaxJobMinUptimePct {
			return fmt.Errorf("--min-uptime %d: pass a percentage, 0 to %d (0 = no minimum)", f.minUptime, types.MaxJobMinUptimePct)
		}
		spec.MinUptimePct = uint32(f.minUptime)
	}
	if fl.Changed("max-latency") {
		ms, err := parseMaxLatency(f.maxLatency)
		if err != nil {
			return err
		}
		spec.MaxLatencyMs = ms
	}
	if len(f.env) > 0 {
		spec.Env = f.env
	}
	for _, in := range f.inputs {
		c, ok := types.DatasetCID(in)
		if !ok || c == "" {
			return fmt.Errorf("--input %q: pass a dataset as ipfs://CID (skyops add FILE prints one), or a local file with --input-file", in)
		}
		spec.InputCIDs = append(spec.InputCIDs, in)
	}
	spec.DataLocal = f.dataLocal
	return nil
}

// daemonNetwork asks the daemon for its peer id and which network it is
// on.
func daemonNetwork(cmd *cobra.Command, o *options) (home, network string, chainID uint64, err error) {
	c, err := o.client()
	if err != nil {
		return "", "", 0, fmt.Errorf("%w (or pass --network and --home)", err)
	}
	ctx, cancel := o.callCtx(cmd)
	defer cancel()
	id, err := c.ID(ctx)
	if err != nil {
		return "", "", 0, fmt.Errorf("ask the daemon for its network (or pass --network and --home): %w", o.daemonErr(err))
	}
	if id.Network == "" {
		return "", "", 0, errors.New("the daemon did not say its network: pass --network")
	}
	return id.ID, id.Network, id.ChainID, nil
}

// readModule reads a wasm module, refusing what the daemon would refuse
// anyway before it is uploaded.
func readModule(path string) ([]byte, error) { return readModuleAs("--wasm", path) }

// readModuleAs is readModule, naming what gave the path in its errors
// (--wasm, a workflow's wasm:).
func readModuleAs(what, path string) ([]byte, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	if !fi.Mode().IsRegular() {
		return nil, fmt.Errorf("%s %s is not a regular file", what, path)
	}
	if fi.Size() > types.MaxArtifactBytes {
		return nil, fmt.Errorf("%s %s is %d MiB, at most %d MiB", what, path, fi.Size()>>20, types.MaxArtifactBytes>>20)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	if !bytes.HasPrefix(b, []byte("\x00asm")) {
		return nil, fmt.Errorf("%s %s is not a wasm module (no \\0asm header): build it for GOOS=wasip1 GOARCH=wasm, or another WASI target", what, path)
	}
	return b, nil
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// parseMaxLatency reads --max-latency: a Go duration ("30ms", "0.5s") in
// whole milliseconds, from 1 ms to types.MaxJobMaxLatencyMs; "0" is no
// bound, as without the flag.
func parseMaxLatency(s string) (uint32, error) {
	if s == "0" {
		return 0, nil
	}
	d, err := time.ParseDuration(s)
	if err != nil {
		return 0, fmt.Errorf("--max-latency %q: not a duration; pass e.g. 30ms or 0.2s (0 = no bound)", s)
	}
	limit := time.Duration(types.MaxJobMaxLatencyMs) * time.Millisecond
	switch {
	case d < 0:
		return 0, fmt.Errorf("--max-latency %s: a round trip is not negative; pass e.g. 30ms (0 = no bound)", s)
	case d == 0:
		return 0, nil
	case d%time.Millisecond != 0:
		return 0, fmt.Errorf("--max-latency %s: the bound is signed in whole milliseconds; pass e.g. %dms", s, max(1, d.Round(time.Millisecond).Milliseconds()))
	case d > limit:
		return 0, fmt.Errorf("--max-latency %s: at most %s (no round trip on this planet takes longer)", s, limit)
	}
	return uint32(d / time.Millisecond), nil
}

// signingTarget fills in what a signature is bound to and the flags did
// not say: the network, the home (the daemon's peer id) and the chain id,
// asked of the daemon. A dry run with --network and --home needs no
// daemon: it signs for --chain-id.
func signingTarget(cmd *cobra.Command, o *options, dryRun bool, network, home *string, chainID *uint64) error {
	fl := cmd.Flags()
	if fl.Changed("network") && fl.Changed("home") && (fl.Changed("chain-id") || dryRun) {
		return nil
	}
	h, net, chain, err := daemonNetwork(cmd, o)
	if err != nil {
		return err
	}
	if !fl.Changed("network") {
		*network = net
	}
	if !fl.Changed("home") {
		*home = h
	}
	if !fl.Changed("chain-id") && chain != 0 {
		*chainID = chain
	}
	return nil
}

// randomNonce is a signed object's nonce: two identical submissions are
// two objects.
func randomNonce() uint64 {
	var b [8]byte
	rand.Read(b[:]) // never fails (crypto/rand)
	return binary.BigEndian.Uint64(b[:])
}
