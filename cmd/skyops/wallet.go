package main

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/skyops/skyops/api"
	"github.com/skyops/skyops/models"
	"github.com/skyops/skyops/testnet"
	"github.com/skyops/skyops/types"
	"github.com/skyops/skyops/wallet"
)

// cliHooks are what tests change about the CLI: they travel in the
// command's context under an unexported key, so that no flag or variable
// can make a real keystore weak.
type cliHooks struct {
	walletOpts []wallet.Option // e.g. wallet.LightScrypt(): fast, weak keys
	builtin    models.Resolver // builtin artifacts (default models.Builtin)
	poll       time.Duration   // --wait's polling interval (default 1s)
	images     imageResolver   // --image's tag to digest (default resolveImageRef)
}

type cliHooksKey struct{}

func withCLIHooks(ctx context.Context, h cliHooks) context.Context {
	return context.WithValue(ctx, cliHooksKey{}, h)
}

func hooksOf(cmd *cobra.Command) cliHooks {
	h, _ := cmd.Context().Value(cliHooksKey{}).(cliHooks)
	if h.builtin == nil {
		h.builtin = models.Builtin
	}
	if h.images == nil {
		h.images = resolveImageRef
	}
	if h.poll <= 0 {
		h.poll = time.Second
	}
	return h
}

// fromEnv names the wallet to sign with when the keystore holds several
// and --from is not given. The testnet's export line sets it to the dev
// wallet, so a second key in that keystore breaks nothing.
const fromEnv = "SKYOPS_FROM"

// registerFrom adds --from, defaulting to $SKYOPS_FROM.
func registerFrom(fs *pflag.FlagSet, from *string, usage string) {
	fs.StringVar(from, "from", os.Getenv(fromEnv), usage+" (env "+fromEnv+")")
}

// walletFlags are the flags of every command that uses the user's wallet.
type walletFlags struct {
	keystore     string
	passwordFile string
}

func (w *walletFlags) register(fs *pflag.FlagSet) {
	fs.StringVar(&w.keystore, "keystore", wallet.DefaultDir(), "keystore dir of the wallet (env "+wallet.DirEnv+")")
	fs.StringVar(&w.passwordFile, "password-file", os.Getenv(wallet.PasswordFileEnv),
		"file holding the wallet password, one trailing newline ignored (env "+wallet.PasswordFileEnv+"); without it, a terminal prompt")
}

func (w *walletFlags) open(cmd *cobra.Command) (*wallet.Keystore, error) {
	return wallet.Open(w.keystore, hooksOf(cmd).walletOpts...)
}

// password reads --password-file, or asks at the terminal (twice when
// confirm, for a new key: a typo would lock the key away for good).
func (w *walletFlags) password(cmd *cobra.Command, o *options, confirm bool) (string, error) {
	if w.passwordFile != "" {
		pw, err := wallet.ReadPasswordFile(w.passwordFile)
		if err != nil {
			return "", err
		}
		if confirm && pw == "" {
			return "", fmt.Errorf("password file %s is empty: a new wallet needs a password", w.passwordFile)
		}
		return pw, nil
	}
	in, ok := cmd.InOrStdin().(*os.File)
	if !ok || !wallet.IsTerminal(in) {
		return "", fmt.Errorf("no wallet password: pass --password-file FILE (or set %s), or run in a terminal to be asked", wallet.PasswordFileEnv)
	}
	for {
		pw, err := wallet.PromptPassword(cmd.Context(), in, o.stderr, "Wallet password: ")
		if err != nil || !confirm {
			return pw, err
		}
		if pw == "" {
			fmt.Fprintln(o.stderr, "A new wallet needs a password.")
			continue
		}
		again, err := wallet.PromptPassword(cmd.Context(), in, o.stderr, "Repeat password: ")
		if err != nil {
			return "", err
		}
		if again == pw {
			return pw, nil
		}
		fmt.Fprintln(o.stderr, "The passwords differ; again.")
	}
}

// signer unlocks the wallet with address from ("" for the only one).
func (w *walletFlags) signer(cmd *cobra.Command, o *options, from string) (*wallet.Signer, error) {
	k, err := w.open(cmd)
	if err != nil {
		return nil, err
	}
	// Find first: no password prompt for a wallet that is not there.
	if _, err := k.Find(from); err != nil {
		return nil, err
	}
	pw, err := w.password(cmd, o, false)
	if err != nil {
		return nil, err
	}
	s, err := k.Unlock(from, pw)
	if errors.Is(err, wallet.ErrWrongPassword) {
		if w.passwordFile != "" {
			return nil, fmt.Errorf("%w: check --password-file", err)
		}
		return nil, fmt.Errorf("%w: try again", err)
	}
	return s, err
}

// ownerKey decrypts the key of a job's owner, to open what was sealed to
// it. A keystore without that address gets a clear "not yours".
func (w *walletFlags) ownerKey(cmd *cobra.Command, o *options, owner, what string) (*ecdsa.PrivateKey, error) {
	k, err := w.open(cmd)
	if err != nil {
		return nil, err
	}
	if _, err := k.Find(owner); err != nil {
		return nil, fmt.Errorf("%w: %s is encrypted to its owner %s, which is not a wallet in %s", types.ErrNotYours, what, owner, k.Dir())
	}
	pw, err := w.password(cmd, o, false)
	if err != nil {
		return nil, err
	}
	key, err := k.DecryptKey(owner, pw)
	if errors.Is(err, wallet.ErrWrongPassword) && w.passwordFile != "" {
		return nil, fmt.Errorf("%w: check --password-file", err)
	}
	return key, err
}

// resultsKey is the key that opens job j's results (log, output): the
// results key derived from the owner's wallet when the spec names one,
// else the owner's wallet key itself.
func (w *walletFlags) resultsKey(cmd *cobra.Command, o *options, j *api.Job, what string) (*ecdsa.PrivateKey, error) {
	key, err := w.ownerKey(cmd, o, j.Owner, what)
	if err != nil {
		return nil, err
	}
	return resultsKeyOf(key, &j.Spec, what)
}

// resultsKeyOf turns the owner's wallet key into the key spec's results
// are sealed to: the derived results key (which must be the spec's), or
// the wallet key when the spec names none (jobs before results keys, or
// submitted with --results-key=false).
func resultsKeyOf(wallet *ecdsa.PrivateKey, spec *types.JobSpec, what string) (*ecdsa.PrivateKey, error) {
	if spec.ResultsKey == "" {
		return wallet, nil
	}
	want, err := types.ParseResultsKey(spec.ResultsKey)
	if err != nil {
		return nil, err
	}
	key, err := types.DeriveResultsKey(types.KeySigner{Key: wallet})
	if err != nil {
		return nil, err
	}
	if !want.Equal(&key.PublicKey) {
		return nil, fmt.Errorf("%w: %s is sealed to the results key %s, and this wallet's results key is %s", types.ErrNotYours, what, spec.ResultsKey, types.ResultsKeyHex(&key.PublicKey))
	}
	return key, nil
}

func newWalletCmd(o *options) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "wallet",
		Short: "Make, import and list the wallets that sign your jobs",
		Long: `A wallet is an Ethereum key in a keystore dir (default ~/.skyops/keystore,
or --keystore, or SKYOPS_KEYSTORE): one scrypt-encrypted JSON file per key,
the format geth and MetaMask import and export. submit-task signs each job
spec with it; the address is the job's owner. Daemons never see the key.`,
		Args: cobra.ArbitraryArgs,
		RunE: groupRunE,
	}
	cmd.AddCommand(newWalletNewCmd(o), newWalletImportCmd(o), newWalletAddressCmd(o), newWalletListCmd(o))
	return cmd
}

// walletOut is what the wallet commands print with -o json.
type walletOut struct {
	Address string `json:"address"`
	File    string `json:"file"`
}

func (o *options) printAccount(verb string, a wallet.Account) error {
	if o.json() {
		return o.printJSON(walletOut{a.Address.Hex(), a.File})
	}
	tw := newTable(o.stdout)
	fmt.Fprintf(tw, "%s:\t%s\n", verb, a.Address.Hex())
	fmt.Fprintf(tw, "Key file:\t%s\n", a.File)
	return tw.Flush()
}

func newWalletNewCmd(o *options) *cobra.Command {
	var w walletFlags
	cmd := &cobra.Command{
		Use:   "new",
		Short: "Make a new wallet (key) in the keystore",
		Long: `Make a new key, encrypted with a password from --password-file or typed at
the prompt. Keep the password and a copy of the key file: without both, the
key and whatever it owns are lost.`,
		Example: `  skyops wallet new
  skyops wallet new --keystore ~/keys --password-file ~/.skyops/pw`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			k, err := w.open(cmd)
			if err != nil {
				return err
			}
			pw, err := w.password(cmd, o, true)
			if err != nil {
				return err
			}
			a, err := k.New(pw)
			if err != nil {
				return err
			}
			if err := o.printAccount("Address", a); err != nil {
				return err
			}
			warnDevKeystore(o.stderr, k, a)
			return nil
		},
	}
	w.register(cmd.Flags())
	return cmd
}

func newWalletImportCmd(o *options) *cobra.Command {
	var w walletFlags
	cmd := &cobra.Command{
		Use:   "import FILE",
		Short: "Import a keystore JSON file or a hex private key into the keystore",
		Long: `Import a key from FILE ("-" for standard input): a keystore JSON file (geth,
MetaMask), decrypted and stored again with the same password, or a
hex private key, stored encrypted with the password. The key is read from a
file, never from the command line, where the shell history would keep it.`,
		Example: `  skyops wallet import ~/Downloads/UTC--2024-01-01T00-00-00.000Z--f39f...
  skyops wallet import - --password-file ~/.skyops/pw < key.hex`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			key, err := readKeyInput(cmd, args[0])
			if err != nil {
				return err
			}
			k, err := w.open(cmd)
			if err != nil {
				return err
			}
			pw, err := w.password(cmd, o, false)
			if err != nil {
				return err
			}
			a, err := k.Import(key, pw)
			if errors.Is(err, wallet.ErrWrongPassword) && w.passwordFile != "" {
				return fmt.Errorf("%w: check --password-file", err)
			}
			if err != nil {
				return err
			}
			return o.printAccount("Imported", a)
		},
	}
	w.register(cmd.Flags())
	return cmd
}

func readKeyInput(cmd *cobra.Command, path string) ([]byte, error) {
	const limit = 1 << 20 // keystore files are ~500 bytes
	var r io.Reader
	if path == "-" {
		r = cmd.InOrStdin()
	} else {
		f, err := os.Open(path)
		if err != nil {
			return nil, fmt.Errorf("key file: %w", err)
		}
		defer f.Close()
		r = f
	}
	b, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, fmt.Errorf("read key: %w", err)
	}
	if len(b) > limit {
		return nil, fmt.Errorf("key file %s is over 1 MiB: not a key", path)
	}
	return b, nil
}

func newWalletAddressCmd(o *options) *cobra.Command {
	var (
		w    walletFlags
		from string
	)
	cmd := &cobra.Command{
		Use:   "address",
		Short: "Print the wallet's address (no password needed)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			k, err := w.open(cmd)
			if err != nil {
				return err
			}
			a, err := k.Find(from)
			if err != nil {
				return err
			}
			if o.json() {
				return o.printJSON(walletOut{a.Address.Hex(), a.File})
			}
			_, err = fmt.Fprintln(o.stdout, a.Address.Hex())
			return err
		},
	}
	w.register(cmd.Flags())
	registerFrom(cmd.Flags(), &from, "which wallet, when the keystore holds several")
	return cmd
}

func newWalletListCmd(o *options) *cobra.Command {
	var w walletFlags
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List the wallets in the keystore",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			k, err := w.open(cmd)
			if err != nil {
				return err
			}
			list := k.List()
			if o.json() {
				out := []walletOut{}
				for _, a := range list {
					out = append(out, walletOut{a.Address.Hex(), a.File})
				}
				return o.printJSON(out)
			}
			if len(list) == 0 {
				_, err := fmt.Fprintf(o.stdout, "(no wallet in %s: run skyops wallet new)\n", k.Dir())
				return err
			}
			tw := newTable(o.stdout)
			fmt.Fprintln(tw, "ADDRESS\tKEY FILE")
			for _, a := range list {
				fmt.Fprintf(tw, "%s\t%s\n", a.Address.Hex(), a.File)
			}
			return tw.Flush()
		},
	}
	w.register(cmd.Flags())
	return cmd
}

// warnDevKeystore tells whoever just added a key to a testnet's dev keystore
// what that changes: the keystore now holds several wallets, so commands
// pick one by --from or SKYOPS_FROM (which the testnet's export line sets
// to the dev wallet), and the new key's password is the dev one's file
// only if that is what was used.
func warnDevKeystore(w io.Writer, k *wallet.Keystore, added wallet.Account) {
	dir := filepath.Dir(k.Dir())
	m, err := testnet.ReadManifest(dir)
	if err != nil || m.Wallet == nil {
		return
	}
	if abs, _ := filepath.Abs(m.Wallet.Keystore); abs != k.Dir() {
		return
	}
	if added.Address.Hex() == m.Wallet.Address {
		return
	}
	fmt.Fprintf(w, `note: %s is the dev keystore of the testnet in %s; it now holds %d wallets.
  The testnet's jobs are signed by the dev wallet %s: with several wallets here,
  commands pick one by --from or %s (export %s=%s keeps the dev one;
  --from %s picks the new one). For a key of your own, use another keystore:
  skyops wallet new --keystore ~/.skyops/keystore
`, k.Dir(), dir, len(k.List()), m.Wallet.Address, fromEnv, fromEnv, m.Wallet.Address, added.Address.Hex())
}
