// Command spew writes -mb megabytes of text lines to stdout as fast as it
// can: the load for the log streaming benchmark.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
)

func main() {
	mb := flag.Int("mb", 8, "megabytes to write")
	flag.Parse()
	w := bufio.NewWriterSize(os.Stdout, 64<<10)
	line := []byte("0123456789abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyz01234567\n") // 117 bytes
	for i := 0; i < *mb<<20/len(line); i++ {
		w.Write(line)
	}
	w.Flush()
	fmt.Fprintln(os.Stderr, "spew: done")
}
