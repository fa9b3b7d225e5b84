// Command dockerapp is the Docker runtime's test job: a static binary in a
// FROM scratch image. It prints its arguments and progress, and writes a
// file to /outputs.
package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	fmt.Println("dockerapp args:", strings.Join(os.Args[1:], " "))
	fmt.Println("gpus:", os.Getenv("CUDA_VISIBLE_DEVICES"))
	for i := 1; i <= 4; i++ {
		fmt.Printf("SKYOPS_PROGRESS %d/4\n", i)
	}
	if err := os.WriteFile("/outputs/result.txt", []byte("made in a container: "+strings.Join(os.Args[1:], " ")+"\n"), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "write output:", err)
		os.Exit(1)
	}
}
