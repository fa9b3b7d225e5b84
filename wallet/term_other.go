//go:build !(linux || darwin || freebsd || netbsd || openbsd || dragonfly)

package wallet

import (
	"context"
	"errors"
)

var errRetry = errors.New("retry")

// Without a terminal API here, passwords come from --password-file.
func isTerminal(int) bool { return false }

func readNoEcho(context.Context, int) (string, error) { return "", ErrNoTerminal }
