//go:build !linux

package testnet

import (
	"context"
	"errors"
)

// Isolated testnets need Linux network namespaces; elsewhere a testnet runs
// on loopback only, and Partition and Heal are not available.
var errNetUnsupported = errors.New("an isolated testnet (--isolated) needs Linux network namespaces")

func netCheck() error                                    { return errNetUnsupported }
func netPlan(string, int) (*NetInfo, error)              { return nil, errNetUnsupported }
func netUp(context.Context, *NetInfo) error              { return errNetUnsupported }
func netExecArgv(_ *NetInfo, _ int, a []string) []string { return a }
func netPartition(context.Context, *NetInfo, [][]int) error {
	return errNetUnsupported
}
func netHeal(context.Context, *NetInfo) error { return errNetUnsupported }
func netNamespaceExists(string) error         { return errNetUnsupported }

// netDown has nothing to remove: no namespace was ever made here.
func netDown(ni *NetInfo) error {
	if ni == nil {
		return nil
	}
	return errNetUnsupported
}
