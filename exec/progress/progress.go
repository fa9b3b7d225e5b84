// Package progress reads the progress a job reports on its stdout, one line
// at a time: "SKYOPS_PROGRESS 0.42" (a fraction) or "SKYOPS_PROGRESS
// 420/1000" (done of total). The daemon turns the latest report into a
// percentage and a time remaining.
//
// It must never fail a job: a malformed report is counted and ignored.
package progress

import (
	"bytes"
	"math/big"
	"strconv"
	"strings"
	"sync"
)

// Prefix starts a progress line.
const Prefix = "SKYOPS_PROGRESS"

// Scale is what a progress value counts to: parts per million.
const Scale = 1_000_000

// maxLine bounds how much of one line is kept while looking for its end.
const maxLine = 4096

// Parse reads one line. ok is false for lines that are not progress
// reports; bad is true for lines that start like one but do not parse.
func Parse(line string) (ppm uint32, ok, bad bool) {
	rest, found := strings.CutPrefix(strings.TrimSpace(line), Prefix)
	if !found || (rest != "" && rest[0] != ' ' && rest[0] != '\t') {
		return 0, false, false
	}
	v := strings.TrimSpace(rest)
	if done, total, isRatio := strings.Cut(v, "/"); isRatio {
		d, err1 := strconv.ParseUint(strings.TrimSpace(done), 10, 63)
		t, err2 := strconv.ParseUint(strings.TrimSpace(total), 10, 63)
		if err1 != nil || err2 != nil || t == 0 || d > t {
			return 0, false, true
		}
		// d*Scale/t without overflow for any uint63 d and t.
		q := new(big.Int).Mul(new(big.Int).SetUint64(d), big.NewInt(Scale))
		q.Quo(q, new(big.Int).SetUint64(t))
		return uint32(q.Uint64()), true, false
	}
	// A decimal fraction in [0, 1], read exactly to six places.
	whole, frac, _ := strings.Cut(v, ".")
	if whole == "" && frac == "" || !digits(whole) || !digits(frac) {
		return 0, false, true
	}
	w, _ := strconv.ParseUint("0"+whole, 10, 63)
	if len(frac) > 6 {
		frac = frac[:6]
	}
	f, _ := strconv.ParseUint((frac + "000000")[:6], 10, 32)
	n := w*Scale + f
	if n > Scale {
		return 0, false, true
	}
	return uint32(n), true, false
}

func digits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// Tracker is an io.Writer for a job's stdout that keeps the latest report.
type Tracker struct {
	mu      sync.Mutex
	partial []byte
	latest  uint32
	seen    bool
	bad     int
}

// Write scans p for complete lines.
func (t *Tracker) Write(p []byte) (int, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	data := p
	for len(data) > 0 {
		i := bytes.IndexByte(data, '\n')
		if i < 0 {
			if len(t.partial)+len(data) <= maxLine {
				t.partial = append(t.partial, data...)
			}
			break
		}
		line := data[:i]
		if len(t.partial) > 0 {
			line = append(t.partial, line...)
			t.partial = t.partial[:0]
		}
		if ppm, ok, bad := Parse(string(line)); ok {
			t.latest, t.seen = ppm, true
		} else if bad {
			t.bad++
		}
		data = data[i+1:]
	}
	return len(p), nil
}

// Latest returns the last valid report, whether there was one, and how
// many malformed reports were ignored.
func (t *Tracker) Latest() (ppm uint32, seen bool, bad int) {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.latest, t.seen, t.bad
}
