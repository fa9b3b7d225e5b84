package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/skyops/skyops/api"
	"github.com/skyops/skyops/exec/result"
	"github.com/skyops/skyops/types"
)

// encryptInputFiles packs each file (under its own name) and encrypts the
// package with a new job data key: the network stores and moves only
// ciphertext, and the executor opens it once its claim stands.
func encryptInputFiles(paths, secrets []string) ([]byte, []api.InputBlob, error) {
	if len(paths) == 0 && len(secrets) == 0 {
		return nil, nil, nil
	}
	key, err := types.NewDataKey()
	if err != nil {
		return nil, nil, err
	}
	var out []api.InputBlob
	if len(secrets) > 0 {
		for i, s := range secrets {
			// The error names the position, never the value.
			if k, _, ok := strings.Cut(s, "="); !ok || k == "" || strings.ContainsAny(s, "\n\x00") {
				return nil, nil, fmt.Errorf("--secret number %d: want KEY=VALUE on one line", i+1)
			}
		}
		dir, err := os.MkdirTemp("", "skyops-secrets")
		if err != nil {
			return nil, nil, err
		}
		err = os.WriteFile(filepath.Join(dir, types.SecretsFile), []byte(strings.Join(secrets, "\n")+"\n"), 0o600)
		var pkg bytes.Buffer
		if err == nil {
			_, _, err = result.Pack(dir, &pkg)
		}
		os.RemoveAll(dir)
		if err != nil {
			return nil, nil, fmt.Errorf("--secret: %w", err)
		}
		sealed, err := types.SealWithKey(key, pkg.Bytes())
		if err != nil {
			return nil, nil, err
		}
		out = append(out, api.InputBlob{CID: result.CIDOf(sealed), Data: sealed})
	}
	for _, p := range paths {
		fi, err := os.Stat(p)
		if err != nil {
			return nil, nil, fmt.Errorf("--input-file: %w", err)
		}
		if !fi.Mode().IsRegular() || fi.Size() > types.MaxArtifactBytes {
			return nil, nil, fmt.Errorf("--input-file %s: want a regular file of at most %d MiB", p, types.MaxArtifactBytes>>20)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, nil, fmt.Errorf("--input-file: %w", err)
		}
		dir, err := os.MkdirTemp("", "skyops-input")
		if err != nil {
			return nil, nil, err
		}
		err = os.WriteFile(filepath.Join(dir, filepath.Base(p)), data, 0o600)
		var pkg bytes.Buffer
		if err == nil {
			_, _, err = result.Pack(dir, &pkg)
		}
		os.RemoveAll(dir)
		if err != nil {
			return nil, nil, fmt.Errorf("--input-file %s: %w", p, err)
		}
		sealed, err := types.SealWithKey(key, pkg.Bytes())
		if err != nil {
			return nil, nil, err
		}
		out = append(out, api.InputBlob{CID: result.CIDOf(sealed), Data: sealed})
	}
	return key, out, nil
}
