// Command train is the second job of the pipeline example: it "trains" a
// model that predicts every column by its mean. It reads /inputs/clean.csv
// and writes /outputs/model.bin: "SKYM", a version and the column count
// (uint32 each, little-endian), then per column its name (uint16 length,
// bytes), mean and standard deviation (float64).
//
// It is plain Go, built as a WASI module (see ../README.md).
package main

import (
	"bytes"
	"encoding/binary"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

func main() {
	inputs := flag.String("inputs", "/inputs", "inputs directory")
	outputs := flag.String("outputs", "/outputs", "outputs directory")
	flag.Parse()
	if err := run(*inputs, *outputs); err != nil {
		fmt.Fprintln(os.Stderr, "train: error:", err)
		os.Exit(1)
	}
}

func run(inputs, outputs string) error {
	data, err := os.ReadFile(filepath.Join(inputs, "clean.csv"))
	if err != nil {
		return err
	}
	lines := strings.Split(strings.TrimSpace(string(data)), "\n")
	names := strings.Split(lines[0], ",")
	cols := make([][]float64, len(names))
	for n, line := range lines[1:] {
		fields := strings.Split(line, ",")
		if len(fields) != len(names) {
			return fmt.Errorf("clean.csv row %d has %d values, want %d", n+1, len(fields), len(names))
		}
		for i, v := range fields {
			x, err := strconv.ParseFloat(v, 64)
			if err != nil {
				return fmt.Errorf("clean.csv row %d: %v", n+1, err)
			}
			cols[i] = append(cols[i], x)
		}
	}
	var b bytes.Buffer
	b.WriteString("SKYM")
	binary.Write(&b, binary.LittleEndian, []uint32{1, uint32(len(names))})
	for i, name := range names {
		mean, std := stats(cols[i])
		fmt.Printf("%s: mean %.3f std %.3f over %d rows\n", name, mean, std, len(cols[i]))
		binary.Write(&b, binary.LittleEndian, uint16(len(name)))
		b.WriteString(name)
		binary.Write(&b, binary.LittleEndian, []float64{mean, std})
	}
	return os.WriteFile(filepath.Join(outputs, "model.bin"), b.Bytes(), 0o644)
}

// stats is the mean and population standard deviation of xs, summed in
// order so that every run gives the same bits.
func stats(xs []float64) (mean, std float64) {
	if len(xs) == 0 {
		return 0, 0
	}
	for _, x := range xs {
		mean += x
	}
	mean /= float64(len(xs))
	for _, x := range xs {
		std += (x - mean) * (x - mean)
	}
	return mean, math.Sqrt(std / float64(len(xs)))
}
