// Command demo-train is a stand-in training job for skyops: it reads its
// inputs, "trains" for a few epochs with a deterministic loss, reports
// progress on stdout and writes a model and metrics to its outputs.
//
// It is plain Go so that it builds (and vets) for any GOOS; the network runs
// it as a WASI module (see README.md).
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"time"
)

func main() {
	epochs := flag.Int("epochs", 3, "number of epochs")
	steps := flag.Int("steps", 5, "steps per epoch")
	sleepMS := flag.Int("sleep-ms", 200, "milliseconds each step takes")
	model := flag.String("model", "demo", "model name")
	fail := flag.Bool("fail", false, "fail after starting, with exit code 1")
	inputs := flag.String("inputs", "/inputs", "inputs directory")
	outputs := flag.String("outputs", "/outputs", "outputs directory")
	flag.Parse()

	if *fail {
		fmt.Fprintln(os.Stderr, "demo-train: error: failing as asked (--fail)")
		os.Exit(1)
	}
	if *epochs < 1 || *steps < 1 || *sleepMS < 0 {
		fmt.Fprintln(os.Stderr, "demo-train: --epochs and --steps must be positive, --sleep-ms not negative")
		os.Exit(2)
	}

	// Inputs arrive as /inputs/CID/NAME (a package each) or /inputs/CID.
	err := filepath.WalkDir(*inputs, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		if info, err := d.Info(); err == nil && info.Mode().IsRegular() {
			rel, _ := filepath.Rel(*inputs, p)
			fmt.Printf("input %s %d bytes\n", rel, info.Size())
		}
		return nil
	})
	if err != nil {
		fmt.Println("no inputs:", err)
	}

	total := *epochs * *steps
	loss := 0.0
	for ep := 1; ep <= *epochs; ep++ {
		for s := 1; s <= *steps; s++ {
			k := (ep-1)**steps + s
			time.Sleep(time.Duration(*sleepMS) * time.Millisecond)
			// A decaying curve with a small wobble: deterministic, plausible.
			loss = 2.5*math.Exp(-0.15*float64(k)) + 0.05*math.Sin(float64(k)) + 0.1
			fmt.Printf("SKYOPS_PROGRESS %d/%d\n", k, total)
		}
		fmt.Printf("epoch %d/%d loss=%.4f\n", ep, *epochs, loss)
	}

	modelText := fmt.Sprintf("model=%s\nepochs=%d\nsteps=%d\nfinal_loss=%.6f\n", *model, *epochs, *steps, loss)
	metrics, _ := json.MarshalIndent(map[string]any{
		"model": *model, "epochs": *epochs, "steps": *steps, "final_loss": math.Round(loss*1e6) / 1e6,
	}, "", "  ")
	for name, data := range map[string][]byte{"model.txt": []byte(modelText), "metrics.json": append(metrics, '\n')} {
		if err := os.WriteFile(filepath.Join(*outputs, name), data, 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "demo-train: error:", err)
			os.Exit(1)
		}
	}
	fmt.Printf("done: loss=%.4f\n", loss)
}
