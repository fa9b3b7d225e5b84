// Command netapp is the test job of TestDockerJobNetwork: a static binary in
// a FROM scratch image that lists the container's network interfaces, one
// line each ("iface NAME FLAGS"), on stdout and in /outputs/ifaces.txt.
package main

import (
	"fmt"
	"net"
	"os"
	"strings"
)

func main() {
	ifs, err := net.Interfaces()
	if err != nil {
		fmt.Fprintln(os.Stderr, "interfaces:", err)
		os.Exit(1)
	}
	var b strings.Builder
	for _, ifc := range ifs {
		fmt.Fprintf(&b, "iface %s %v\n", ifc.Name, ifc.Flags)
	}
	fmt.Print(b.String())
	if err := os.WriteFile("/outputs/ifaces.txt", []byte(b.String()), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "write output:", err)
		os.Exit(1)
	}
}
