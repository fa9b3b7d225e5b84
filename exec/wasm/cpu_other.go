//go:build !linux

package wasm

import "time"

// threadCPU is not measured outside Linux: Result.CPU stays zero, which
// metering reads as "not measured".
func threadCPU() (time.Duration, bool) { return 0, false }
