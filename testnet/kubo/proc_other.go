//go:build !linux

package kubo

import "os/exec"

// dieWithParent does nothing here: only Linux has Pdeathsig, so a test
// binary that dies without stopping its daemons leaves them running.
func dieWithParent(cmd *exec.Cmd) {}
