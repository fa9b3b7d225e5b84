// Command skyopsd is the skyops peer daemon: one per machine. It advertises
// the machine's GPUs to the network, keeps a view of every other peer, and
// serves the local API that the skyops CLI talks to.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := newRootCmd(os.Stderr).ExecuteContext(ctx)
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "skyopsd: error:", oneLine(err))
		os.Exit(1)
	}
}

// oneLine keeps an error to the one line the operator reads.
func oneLine(err error) string {
	b := []byte(err.Error())
	for i, c := range b {
		if c == '\n' {
			b[i] = ' '
		}
	}
	return string(b)
}

var _ io.Writer = os.Stderr
