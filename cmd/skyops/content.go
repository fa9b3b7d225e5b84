package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"
)

// The commands that put content into the network and read it back: what
// `ipfs add` and `ipfs cat` are to kubo, against the daemon's store.

func newAddCmd(o *options) *cobra.Command {
	return &cobra.Command{
		Use:   "add FILE",
		Short: "Add a file to the daemon's store as IPFS content, and print its CID",
		Long: `add imports FILE into the daemon's store as a UnixFS file, exactly as
ipfs add --cid-version 1 builds it (256 KiB chunks, raw leaves, balanced
layout): the CID it prints is the one kubo gives for the same bytes. The
daemon provides it in the DHT and lists it in its advert, so jobs can take it
as a dataset (submit-task --input ipfs://CID) and any IPFS node connected to
the network can fetch it. The file is streamed, never held whole; "-" reads
standard input.`,
		Example: `  skyops add weights.bin
  skyops submit-task --wasm train.wasm --input ipfs://$(skyops add -o json data.csv | jq -r .cid) --data-local`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := o.client()
			if err != nil {
				return err
			}
			var r io.Reader = cmd.InOrStdin()
			if args[0] != "-" {
				fi, err := os.Stat(args[0])
				if err != nil {
					return err
				}
				if !fi.Mode().IsRegular() {
					return fmt.Errorf("%s is not a regular file: add takes one file (tar a directory first)", args[0])
				}
				f, err := os.Open(args[0])
				if err != nil {
					return err
				}
				defer f.Close()
				r = f
			}
			// No --timeout: a big file takes as long as it takes; ^C stops it
			// and the daemon keeps nothing of a cut import.
			added, err := c.AddContent(cmd.Context(), r)
			if err != nil {
				return o.daemonErr(err)
			}
			if o.json() {
				return o.printJSON(added)
			}
			_, err = fmt.Fprintf(o.stdout, "%s\t%s\n", added.CID, sizeString(added.Size))
			return err
		},
	}
}

func newCatCmd(o *options) *cobra.Command {
	var out string
	var car bool
	cmd := &cobra.Command{
		Use:   "cat CID",
		Short: "Read IPFS content by CID, from the daemon's store or the network",
		Long: `cat writes the file under CID to standard output, or to --out FILE (written
whole, then renamed: a cut transfer leaves no partial file). The daemon reads
it from its store, or fetches it block by block from the skyops peers and IPFS
nodes that provide it, each block checked against its hash, and then holds it.
--car writes the file's whole DAG as a CAR (v1) file instead, which
ipfs dag import takes.`,
		Example: `  skyops cat bafybei... > weights.bin
  skyops cat bafybei... --car --out weights.car`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := o.client()
			if err != nil {
				return err
			}
			body, err := c.OpenContent(cmd.Context(), args[0], car)
			if err != nil {
				return o.daemonErr(err)
			}
			defer body.Close()
			if out == "" {
				_, err = io.Copy(o.stdout, body)
				return err
			}
			return writeFileAtomic(out, body)
		},
	}
	cmd.Flags().StringVar(&out, "out", "", "write to this file instead of standard output")
	cmd.Flags().BoolVar(&car, "car", false, "write the DAG as a CAR file (ipfs dag import takes it)")
	return cmd
}

// writeFileAtomic copies r to path through a temp file beside it; with
// check, the file is kept only if check (called once r is read) passes.
func writeFileAtomic(path string, r io.Reader, check ...func() error) error {
	f, err := os.CreateTemp(filepath.Dir(path), ".skyops-cat-*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	_, werr := io.Copy(f, r)
	cerr := f.Close()
	for _, c := range check {
		if werr == nil && cerr == nil {
			cerr = c()
		}
	}
	if err := errors.Join(werr, cerr); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return err
	}
	return nil
}

// sizeString is n bytes in the largest binary unit that keeps it at least
// 1, with one decimal: 13 → "13 B", 3145728 → "3.0 MiB".
func sizeString(n uint64) string {
	if n < 1<<10 {
		return fmt.Sprintf("%d B", n)
	}
	units := []string{"KiB", "MiB", "GiB", "TiB"}
	v, i := float64(n)/1024, 0
	for v >= 1024 && i < len(units)-1 {
		v, i = v/1024, i+1
	}
	return fmt.Sprintf("%.1f %s", v, units[i])
}
