// Command app is the program inside the test images of package docker. It is
// built statically (CGO_ENABLED=0) and copied into a FROM scratch image.
package main

import (
	"fmt"
	"net"
	"os"
	"strings"
	"time"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Println("usage: app MODE [ARGS...]")
		os.Exit(2)
	}
	mode, args := os.Args[1], os.Args[2:]
	switch mode {
	case "echo": // args on stdout, env FOO on stderr
		fmt.Println(strings.Join(args, " "))
		fmt.Fprintln(os.Stderr, "FOO="+os.Getenv("FOO"))
		fmt.Fprintln(os.Stderr, "CUDA_VISIBLE_DEVICES="+os.Getenv("CUDA_VISIBLE_DEVICES"))
	case "files": // copy /inputs/in.txt to /outputs/x.txt; writing /inputs must fail
		b, err := os.ReadFile("/inputs/in.txt")
		if err != nil {
			fail(err)
		}
		if err := os.WriteFile("/outputs/x.txt", append([]byte("got: "), b...), 0o644); err != nil {
			fail(err)
		}
		if err := os.WriteFile("/inputs/evil.txt", []byte("x"), 0o644); err == nil {
			fail(fmt.Errorf("wrote /inputs/evil.txt: inputs are writable"))
		} else {
			fmt.Println("inputs read-only:", err)
		}
	case "exit3":
		os.Exit(3)
	case "sleep":
		for {
			time.Sleep(time.Hour)
		}
	case "alloc": // allocate and touch 256 MiB
		var keep [][]byte
		for i := 0; i < 256; i++ {
			b := make([]byte, 1<<20)
			for j := range b {
				b[j] = byte(j)
			}
			keep = append(keep, b)
		}
		fmt.Println("allocated", len(keep), "MiB")
	case "net": // dial only; with NetworkMode none this must fail
		c, err := net.DialTimeout("tcp", "1.1.1.1:53", 2*time.Second)
		if err != nil {
			fmt.Println("dial failed:", err)
			os.Exit(0)
		}
		c.Close()
		fmt.Println("dial succeeded")
		os.Exit(1)
	case "ifaces": // one line per network interface: "iface NAME FLAGS ADDR..."
		ifs, err := net.Interfaces()
		if err != nil {
			fail(err)
		}
		for _, ifc := range ifs {
			line := fmt.Sprintf("iface %s %v", ifc.Name, ifc.Flags)
			addrs, err := ifc.Addrs()
			if err != nil {
				fail(err)
			}
			for _, a := range addrs {
				line += " " + a.String()
			}
			fmt.Println(line)
		}
	case "lots": // many lines on stdout
		for i := 0; i < 100000; i++ {
			fmt.Printf("line %d\n", i)
		}
	default:
		fail(fmt.Errorf("unknown mode %q", mode))
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "app:", err)
	os.Exit(1)
}
