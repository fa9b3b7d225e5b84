// Command prepare is the first job of the pipeline example: it cleans a
// CSV export. It reads /inputs/raw.csv, drops the id column, blank and
// comment lines, and every row with a missing or non-numeric value, and
// writes the rest to /outputs/clean.csv.
//
// It is plain Go, built as a WASI module (see ../README.md).
package main

import (
	"bufio"
	"flag"
	"fmt"
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
		fmt.Fprintln(os.Stderr, "prepare: error:", err)
		os.Exit(1)
	}
}

func run(inputs, outputs string) error {
	f, err := os.Open(filepath.Join(inputs, "raw.csv"))
	if err != nil {
		return err
	}
	defer f.Close()
	var (
		header []string
		out    strings.Builder
		kept   int
		drop   int
	)
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Split(line, ",")
		for i := range fields {
			fields[i] = strings.TrimSpace(fields[i])
		}
		if header == nil {
			if len(fields) < 2 || fields[0] != "id" {
				return fmt.Errorf("raw.csv line %d: want a header starting with id", n)
			}
			header = fields
			out.WriteString(strings.Join(header[1:], ",") + "\n")
			continue
		}
		row, ok := clean(fields, len(header))
		if !ok {
			fmt.Printf("drop line %d: %q\n", n, line)
			drop++
			continue
		}
		out.WriteString(strings.Join(row, ",") + "\n")
		kept++
	}
	if err := sc.Err(); err != nil {
		return err
	}
	if header == nil {
		return fmt.Errorf("raw.csv has no header")
	}
	fmt.Printf("kept %d rows, dropped %d\n", kept, drop)
	return os.WriteFile(filepath.Join(outputs, "clean.csv"), []byte(out.String()), 0o644)
}

// clean is a row without its id, each value in one canonical spelling;
// false when a value is missing or not a number.
func clean(fields []string, width int) ([]string, bool) {
	if len(fields) != width {
		return nil, false
	}
	row := make([]string, 0, width-1)
	for _, v := range fields[1:] {
		x, err := strconv.ParseFloat(v, 64)
		if err != nil {
			return nil, false
		}
		row = append(row, strconv.FormatFloat(x, 'f', -1, 64))
	}
	return row, true
}
