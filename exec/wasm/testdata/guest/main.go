// Command guest is the test module for package wasm, built with
// GOOS=wasip1 GOARCH=wasm. argv[1] picks what it does; it reports on
// stdout so that the test can check what the guest saw.
package main

import (
	"crypto/rand"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: guest MODE [args]")
		os.Exit(64)
	}
	switch mode := os.Args[1]; mode {
	case "echo":
		fmt.Printf("args=%q\n", os.Args)
		env := os.Environ()
		sort.Strings(env)
		fmt.Printf("env=%q\n", env)
		fmt.Fprintln(os.Stderr, "to stderr")
	case "sys":
		b := make([]byte, 16)
		_, err := rand.Read(b)
		t0 := time.Now()
		time.Sleep(10 * time.Millisecond)
		fmt.Printf("year>2020=%v rand=%v slept=%v\n", time.Now().Year() > 2020, err == nil && !allZero(b), time.Since(t0) >= 10*time.Millisecond)
	case "files":
		in, err := os.ReadFile("/inputs/in.txt")
		check(err)
		check(os.MkdirAll("/outputs/sub", 0o755))
		check(os.WriteFile("/outputs/sub/out.txt", []byte(strings.ToUpper(string(in))), 0o644))
		entries, err := os.ReadDir("/inputs")
		check(err)
		for _, e := range entries {
			fmt.Println("input", e.Name())
		}
	case "exit":
		n, _ := strconv.Atoi(os.Args[2])
		os.Exit(n)
	case "panic":
		var p *int
		fmt.Println(*p)
	case "loop":
		n := 0
		for {
			n++
		}
	case "sleep":
		time.Sleep(time.Hour)
	case "nap": // sleep argv[2] milliseconds
		ms, _ := strconv.Atoi(os.Args[2])
		time.Sleep(time.Duration(ms) * time.Millisecond)
	case "spin": // compute for argv[2] milliseconds of wall time
		ms, _ := strconv.Atoi(os.Args[2])
		n, end := 0, time.Now().Add(time.Duration(ms)*time.Millisecond)
		for time.Now().Before(end) {
			for i := 0; i < 1000; i++ {
				n += i
			}
		}
		fmt.Println("spun", n > 0)
	case "alloc":
		mib, _ := strconv.Atoi(os.Args[2])
		b := make([]byte, mib<<20)
		for i := 0; i < len(b); i += 4096 {
			b[i] = 1
		}
		fmt.Println("allocated", len(b)>>20, "MiB")
	case "write-inputs":
		report("write new file", os.WriteFile("/inputs/new.txt", []byte("x"), 0o644))
		f, err := os.OpenFile("/inputs/in.txt", os.O_WRONLY|os.O_APPEND, 0)
		if err == nil {
			_, err = f.WriteString("tampered")
			f.Close()
		}
		report("append", err)
		report("remove", os.Remove("/inputs/in.txt"))
		report("mkdir", os.Mkdir("/inputs/d", 0o755))
		report("rename", os.Rename("/inputs/in.txt", "/outputs/stolen.txt"))
	case "escape":
		for _, p := range []string{"/etc/passwd", "/inputs/../etc/passwd", "/outputs/../../etc/passwd", "../etc/passwd", "/proc/self/environ"} {
			_, err := os.ReadFile(p)
			report("read "+p, err)
		}
		report("symlink", os.Symlink("../../../../../../../../etc/passwd", "/outputs/link"))
		_, err := os.ReadFile("/outputs/link")
		report("read /outputs/link", err)
		report("symlink-local", os.Symlink("x", "/outputs/local"))
		report("link", os.Link("/inputs/in.txt", "/outputs/hard"))
	default:
		fmt.Fprintln(os.Stderr, "unknown mode", mode)
		os.Exit(64)
	}
}

// report prints "denied" when an operation the sandbox must refuse failed.
func report(what string, err error) {
	if err != nil {
		fmt.Printf("%s: denied\n", what)
	} else {
		fmt.Printf("%s: ALLOWED\n", what)
	}
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
		os.Exit(1)
	}
}

func allZero(b []byte) bool {
	for _, c := range b {
		if c != 0 {
			return false
		}
	}
	return true
}
