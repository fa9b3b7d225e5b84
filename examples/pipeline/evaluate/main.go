// Command evaluate is the last job of the pipeline example: it scores the
// model train made (every column predicted by its mean) on the cleaned
// data. It reads /inputs/model.bin and /inputs/clean.csv and writes
// /outputs/report.json: per column the mean, the standard deviation, the
// mean absolute error and the share of rows within one deviation, each
// rounded to 6 decimals so that the report is the same on every machine.
//
// It is plain Go, built as a WASI module (see ../README.md).
package main

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

type column struct {
	Name       string  `json:"name"`
	Mean       float64 `json:"mean"`
	Std        float64 `json:"std"`
	MAE        float64 `json:"mae"`
	Within1Std float64 `json:"within_1std"`
}

type report struct {
	Workflow string   `json:"workflow"`
	Rows     int      `json:"rows"`
	Columns  []column `json:"columns"`
}

func main() {
	inputs := flag.String("inputs", "/inputs", "inputs directory")
	outputs := flag.String("outputs", "/outputs", "outputs directory")
	flag.Parse()
	if err := run(*inputs, *outputs); err != nil {
		fmt.Fprintln(os.Stderr, "evaluate: error:", err)
		os.Exit(1)
	}
}

func run(inputs, outputs string) error {
	model, err := os.ReadFile(filepath.Join(inputs, "model.bin"))
	if err != nil {
		return err
	}
	cols, err := readModel(model)
	if err != nil {
		return err
	}
	data, err := os.ReadFile(filepath.Join(inputs, "clean.csv"))
	if err != nil {
		return err
	}
	lines := strings.Split(strings.TrimSpace(string(data)), "\n")
	if got := strings.Join(names(cols), ","); lines[0] != got {
		return fmt.Errorf("clean.csv has columns %s, the model %s", lines[0], got)
	}
	rep := report{Workflow: os.Getenv("SKYOPS_WORKFLOW"), Rows: len(lines) - 1}
	abs := make([]float64, len(cols))
	within := make([]int, len(cols))
	for _, line := range lines[1:] {
		for i, v := range strings.Split(line, ",") {
			x, err := strconv.ParseFloat(v, 64)
			if err != nil || i >= len(cols) {
				return fmt.Errorf("clean.csv: bad row %q", line)
			}
			d := math.Abs(x - cols[i].Mean)
			abs[i] += d
			if d <= cols[i].Std {
				within[i]++
			}
		}
	}
	for i, c := range cols {
		if rep.Rows > 0 {
			c.MAE = abs[i] / float64(rep.Rows)
			c.Within1Std = float64(within[i]) / float64(rep.Rows)
		}
		c.Mean, c.Std, c.MAE, c.Within1Std = round6(c.Mean), round6(c.Std), round6(c.MAE), round6(c.Within1Std)
		rep.Columns = append(rep.Columns, c)
	}
	out, err := json.MarshalIndent(rep, "", "  ")
	if err != nil {
		return err
	}
	fmt.Printf("scored %d columns on %d rows\n", len(cols), rep.Rows)
	return os.WriteFile(filepath.Join(outputs, "report.json"), append(out, '\n'), 0o644)
}

// readModel reads train's model.bin.
func readModel(b []byte) ([]column, error) {
	r := bytes.NewReader(b)
	var magic [4]byte
	var hdr [2]uint32
	if _, err := r.Read(magic[:]); err != nil || string(magic[:]) != "SKYM" {
		return nil, errors.New("model.bin is not a model (no SKYM header)")
	}
	if err := binary.Read(r, binary.LittleEndian, &hdr); err != nil || hdr[0] != 1 || hdr[1] > 1024 {
		return nil, errors.New("model.bin: unknown version or bad column count")
	}
	cols := make([]column, hdr[1])
	for i := range cols {
		var n uint16
		if err := binary.Read(r, binary.LittleEndian, &n); err != nil {
			return nil, errors.New("model.bin is truncated")
		}
		name := make([]byte, n)
		var ms [2]float64
		if _, err := r.Read(name); err != nil {
			return nil, errors.New("model.bin is truncated")
		}
		if err := binary.Read(r, binary.LittleEndian, &ms); err != nil {
			return nil, errors.New("model.bin is truncated")
		}
		cols[i] = column{Name: string(name), Mean: ms[0], Std: ms[1]}
	}
	return cols, nil
}

func names(cols []column) []string {
	out := make([]string, len(cols))
	for i, c := range cols {
		out[i] = c.Name
	}
	return out
}

func round6(x float64) float64 { return math.Round(x*1e6) / 1e6 }
