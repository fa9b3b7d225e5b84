// Command skyops is the skyops CLI: it talks to a skyopsd daemon over the
// daemon's local unix socket, and starts local testnets for developers.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	// Ctrl-C cancels the command's context, so that a half-done
	// `testnet up` stops the daemons it started instead of leaving them.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}
