package main

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/rsa"
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/skyops/skyops/api"
	"github.com/skyops/skyops/deliver"
	"github.com/skyops/skyops/p2p"
	"github.com/skyops/skyops/types"
)

// --deliver: putting a job's sealed result on the owner's kubo node or on
// Arweave, and skyops open, which fetches it back from there and opens it.

// deliverTimeout bounds one delivery: an upload of a large result to a
// remote gateway takes longer than a daemon call's --timeout.
const deliverTimeout = 30 * time.Minute

// deliverFlags are --deliver (repeatable) and --arweave-wallet.
type deliverFlags struct {
	targets       []string
	arweaveWallet string
}

func (d *deliverFlags) register(fs *pflag.FlagSet) {
	fs.StringArrayVar(&d.targets, "deliver", nil, "also put the sealed result on ipfs=KUBO_RPC_URL (e.g. http://127.0.0.1:5001) or arweave=GATEWAY_URL (repeatable)")
	fs.StringVar(&d.arweaveWallet, "arweave-wallet", "", "Arweave wallet (JWK file) that signs and pays for --deliver arweave=URL")
}

func (d *deliverFlags) any() bool { return len(d.targets) > 0 }

// parse checks the flags before anything is fetched or run: bad targets,
// an arweave target without a wallet, a wallet that is not an RSA JWK.
func (d *deliverFlags) parse() ([]deliver.Target, *rsa.PrivateKey, error) {
	var ts []deliver.Target
	needKey := false
	for _, s := range d.targets {
		t, err := deliver.ParseTarget(s)
		if err != nil {
			return nil, nil, err
		}
		needKey = needKey || t.Kind == deliver.KindArweave
		ts = append(ts, t)
	}
	switch {
	case needKey && d.arweaveWallet == "":
		return nil, nil, fmt.Errorf("--deliver arweave=URL needs --arweave-wallet JWK_FILE: the Arweave key that signs and pays for the upload")
	case !needKey && d.arweaveWallet != "":
		return nil, nil, fmt.Errorf("--arweave-wallet is only for --deliver arweave=URL")
	case !needKey:
		return ts, nil, nil
	}
	key, err := readArweaveWallet(d.arweaveWallet)
	if err != nil {
		return nil, nil, err
	}
	return ts, key, nil
}

func readArweaveWallet(path string) (*rsa.PrivateKey, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("--arweave-wallet: %w", err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, 1<<20))
	if err != nil {
		return nil, fmt.Errorf("--arweave-wallet: read %s: %w", path, err)
	}
	key, err := deliver.ParseJWK(data)
	if err != nil {
		return nil, fmt.Errorf("--arweave-wallet %s: %w", path, err)
	}
	return key, nil
}

// deliverResult puts the job's sealed output (already checked against its
// output CID) at each target, prints where, and asks the home daemon to
// record it, signed with the owner's key. A failed record is a warning:
// the result is delivered either way.
func deliverResult(cmd *cobra.Command, o *options, c *api.Client, j *api.Job, sealed *sealedOutput, ts []deliver.Target, arKey *rsa.PrivateKey, owner *ecdsa.PrivateKey) ([]deliver.Delivery, error) {
	var out []deliver.Delivery
	for _, t := range ts {
		ctx, cancel := context.WithTimeout(cmd.Context(), deliverTimeout)
		d, err := deliver.Deliver(ctx, t, sealed.f, sealed.size, deliver.Options{Job: j.ID, ArweaveKey: arKey})
		cancel()
		if err != nil {
			return out, fmt.Errorf("deliver job %s's result to %s: %w", j.ID[:14], t, err)
		}
		out = append(out, *d)
		if !o.json() {
			fmt.Fprintf(o.stdout, "delivered to %s: %s (%s)\n", d.Kind, d.Ref, d.URL)
		}
		if err := recordDelivery(cmd, o, c, j, *d, owner); err != nil {
			fmt.Fprintf(o.stderr, "warning: the daemon did not record the delivery: %v\n", err)
		}
	}
	return out, nil
}

func recordDelivery(cmd *cobra.Command, o *options, c *api.Client, j *api.Job, d deliver.Delivery, owner *ecdsa.PrivateKey) error {
	h := types.SigningHash(j.Spec.Network, types.KindJobEvent, d.SigningBody(j.ID))
	sig, err := types.KeySigner{Key: owner}.Sign(h[:])
	if err != nil {
		return fmt.Errorf("sign the delivery record: %w", err)
	}
	ctx, cancel := o.callCtx(cmd)
	defer cancel()
	_, err = c.RecordDelivery(ctx, j.ID, api.DeliveryRequest{Kind: string(d.Kind), Ref: d.Ref, URL: d.URL, Signature: hexutil.Encode(sig)})
	return o.daemonErr(err)
}

func newOpenCmd(o *options) *cobra.Command {
	var (
		out, ipfsURL, arURL, job, from string
		w                              walletFlags
	)
	cmd := &cobra.Command{
		Use:   "open SOURCE -o DIR",
		Short: "Decrypt a delivered result (a file, a CID on your kubo node, or an Arweave tx id) into DIR",
		Long: `open reads a job's sealed result from SOURCE, decrypts it with the owner's
wallet and unpacks it into DIR (new or empty). SOURCE is a file, a CID
(fetched from the kubo RPC API at --ipfs) or an Arweave transaction id (43
characters, fetched from the gateway at --arweave). With --job, the bytes
are checked against the output CID the job's executor signed (asking the
daemon), and the job's owner is the wallet that opens them; without it,
the wallet of --from (or the keystore's only one).`,
		Example: `  skyops open result.sealed -o out
  skyops open bafkrei... --ipfs http://127.0.0.1:5001 -o out
  skyops open 3mXk...43chars --arweave https://arweave.net --job 0xabc123 -o out`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if out == "" {
				return fmt.Errorf("say where to put the files: skyops open SOURCE -o DIR")
			}
			sealed, err := readSource(cmd, args[0], ipfsURL, arURL)
			if err != nil {
				return err
			}
			owner := from
			var spec *types.JobSpec
			if job != "" {
				c, err := o.client()
				if err != nil {
					return err
				}
				ctx, cancel := o.callCtx(cmd)
				j, err := c.Job(ctx, job)
				cancel()
				if err != nil {
					return o.daemonErr(err)
				}
				if err := verifyOutput(j.OutputCID, sealed); err != nil {
					return fmt.Errorf("%s is not job %s's output: %w", args[0], j.ID[:14], err)
				}
				owner, spec = j.Owner, &j.Spec
			}
			if owner == "" {
				k, err := w.open(cmd)
				if err != nil {
					return err
				}
				a, err := k.Find("")
				if err != nil {
					return fmt.Errorf("which wallet opens it? pass --from or --job: %w", err)
				}
				owner = a.Address.Hex()
			} else if !common.IsHexAddress(owner) {
				return fmt.Errorf("--from %q is not an address", owner)
			}
			key, err := w.ownerKey(cmd, o, owner, args[0])
			if err != nil {
				return err
			}
			if spec != nil {
				if key, err = resultsKeyOf(key, spec, args[0]); err != nil {
					return err
				}
			}
			r, err := openSealed(key, bytes.NewReader(sealed))
			if errors.Is(err, types.ErrNotYours) && spec == nil {
				// Without --job the spec is unknown: the result may be
				// sealed to the wallet's results key.
				rk, derr := types.DeriveResultsKey(types.KeySigner{Key: key})
				if derr != nil {
					return derr
				}
				r, err = openSealed(rk, bytes.NewReader(sealed))
			}
			if err != nil {
				return err
			}
			return unpackInto(o, r, out)
		},
	}
	cmd.Flags().StringVarP(&out, "output", "o", "", "directory to write the files into (new or empty)")
	cmd.Flags().StringVar(&ipfsURL, "ipfs", "http://127.0.0.1:5001", "kubo RPC API to fetch a CID from")
	cmd.Flags().StringVar(&arURL, "arweave", "https://arweave.net", "Arweave gateway to fetch a transaction id from")
	cmd.Flags().StringVar(&job, "job", "", "the job it is the output of: check it against the job's output CID")
	registerFrom(cmd.Flags(), &from, "wallet that opens it, when the keystore holds several")
	w.register(cmd.Flags())
	return cmd
}

// readSource reads a sealed result from a file, a kubo node or Arweave.
// A file wins over an id of the same name: the user can see the file.
func readSource(cmd *cobra.Command, src, ipfsURL, arURL string) ([]byte, error) {
	if st, err := os.Stat(src); err == nil && !st.IsDir() {
		f, err := os.Open(src)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		return readBounded(f, src)
	}
	var d deliver.Delivery
	switch {
	case deliver.ValidTxID(src) == nil:
		d = deliver.Delivery{Kind: deliver.KindArweave, Ref: src, URL: arURL}
	default:
		c, err := deliver.ValidCID(src)
		if err != nil {
			return nil, fmt.Errorf("%s is not a file, an Arweave transaction id (43 characters) or a CID", src)
		}
		d = deliver.Delivery{Kind: deliver.KindIPFS, Ref: c, URL: ipfsURL}
	}
	ctx, cancel := context.WithTimeout(cmd.Context(), deliverTimeout)
	defer cancel()
	rc, err := deliver.Fetch(ctx, d)
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	return readBounded(rc, src)
}

func readBounded(r io.Reader, what string) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, p2p.MaxBlobSize+1))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", what, err)
	}
	if len(data) > p2p.MaxBlobSize {
		return nil, fmt.Errorf("%s is larger than a job's output can be (%d bytes)", what, p2p.MaxBlobSize)
	}
	return data, nil
}

// check is parse for submit-task: --deliver needs --wait, since only a
// command that sees the job complete can deliver its result.
func (d *deliverFlags) check(wait bool) ([]deliver.Target, *rsa.PrivateKey, error) {
	if d.any() && !wait {
		return nil, nil, fmt.Errorf("--deliver needs --wait (or deliver later: skyops get JOB --deliver ...)")
	}
	return d.parse()
}

// afterWait delivers a completed job's result (submit-task --wait
// --deliver): fetched from the daemon and checked as skyops get does.
func (d *deliverFlags) afterWait(cmd *cobra.Command, o *options, c *api.Client, j *api.Job, ts []deliver.Target, arKey *rsa.PrivateKey, w *walletFlags) error {
	if len(ts) == 0 {
		return nil
	}
	sealed, err := fetchOutput(cmd.Context(), c, j)
	if err != nil {
		return fmt.Errorf("fetch job %s's output to deliver it: %w", j.ID[:14], o.daemonErr(err))
	}
	defer sealed.Close()
	key, err := w.ownerKey(cmd, o, j.Owner, "job "+j.ID[:14]+"'s delivery record")
	if err != nil {
		return err
	}
	_, err = deliverResult(cmd, o, c, j, sealed, ts, arKey, key)
	return err
}
