package workflow

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
)

// A template is an args or env value with its ${{ }} expressions found
// once, at parse time, so that an unknown one is an error with its line
// and expanding cannot fail.
type template []part

type partKind int

const (
	literal partKind = iota
	exprIndex
	exprCount
	exprMatrix
)

type part struct {
	kind partKind
	lit  string // literal
	key  string // exprMatrix
}

const exprHelp = "use ${{ matrix.KEY }}, ${{ index }} or ${{ count }}"

// compile finds the expressions of s, for job j (whose count and matrix are
// already read). The error, "" when none, finishes a sentence about s.
func compile(s string, j *Job) (template, string) {
	var t template
	for {
		i := strings.Index(s, "${{")
		if i < 0 {
			if s != "" {
				t = append(t, part{lit: s})
			}
			return t, ""
		}
		if i > 0 {
			t = append(t, part{lit: s[:i]})
		}
		rest := s[i+3:]
		end := strings.Index(rest, "}}")
		if end < 0 {
			return nil, "${{ is not closed with }}: " + exprHelp
		}
		expr := strings.TrimSpace(rest[:end])
		s = rest[end+2:]
		array := j.Count > 0 || j.Matrix != nil
		switch {
		case j.arrayBroken && (expr == "index" || expr == "count" || strings.HasPrefix(expr, "matrix.")):
			// Parse fails on count: or matrix: already.
		case expr == "index" || expr == "count":
			if !array {
				return nil, fmt.Sprintf("${{ %s }} is for job arrays and matrices, and this job has neither count: nor matrix:", expr)
			}
			kind := exprIndex
			if expr == "count" {
				kind = exprCount
			}
			t = append(t, part{kind: kind})
		case strings.HasPrefix(expr, "matrix."):
			key := strings.TrimPrefix(expr, "matrix.")
			if j.Matrix == nil {
				return nil, fmt.Sprintf("${{ %s }}: this job has no matrix:", clip(expr))
			}
			if j.axis(key) < 0 {
				keys := make([]string, len(j.Matrix))
				for i, ax := range j.Matrix {
					keys[i] = ax.Key
				}
				return nil, fmt.Sprintf("${{ %s }}: the matrix has no key %q (it has %s)", clip(expr), clip(key), strings.Join(keys, ", "))
			}
			t = append(t, part{kind: exprMatrix, key: key})
		default:
			return nil, fmt.Sprintf("unknown expression ${{ %s }}: %s", clip(expr), exprHelp)
		}
	}
}

// axis is the position of key in j's matrix, -1 when it has none.
func (j *Job) axis(key string) int {
	for i, ax := range j.Matrix {
		if ax.Key == key {
			return i
		}
	}
	return -1
}

// maxIndexDigits is the longest ${{ index }} or ${{ count }}: a workflow
// has at most MaxInstances instances.
var maxIndexDigits = len(strconv.Itoa(MaxInstances))

// maxLen is the longest t renders to in any instance of j.
func (t template) maxLen(j *Job) int {
	n := 0
	for _, p := range t {
		switch p.kind {
		case literal:
			n += len(p.lit)
		case exprIndex, exprCount:
			n += maxIndexDigits
		case exprMatrix:
			n += maxBytes(j.Matrix[j.axis(p.key)].Values)
		}
	}
	return n
}

// maxJSONLen is the longest t's JSON string encoding is, quotes included.
func (t template) maxJSONLen(j *Job) int {
	n := 2
	for _, p := range t {
		switch p.kind {
		case literal:
			n += jsonLen(p.lit) - 2
		case exprIndex, exprCount:
			n += maxIndexDigits
		case exprMatrix:
			n += maxJSON(j.Matrix[j.axis(p.key)].Values)
		}
	}
	return n
}

// render is t for one instance.
func (t template) render(idx, count int, j *Job, combo []int) string {
	if len(t) == 1 && t[0].kind == literal {
		return t[0].lit
	}
	var b strings.Builder
	for _, p := range t {
		switch p.kind {
		case literal:
			b.WriteString(p.lit)
		case exprIndex:
			b.WriteString(strconv.Itoa(idx))
		case exprCount:
			b.WriteString(strconv.Itoa(count))
		case exprMatrix:
			a := j.axis(p.key)
			b.WriteString(j.Matrix[a].Values[combo[a]])
		}
	}
	return b.String()
}

func maxBytes(vs []string) int {
	n := 0
	for _, v := range vs {
		n = max(n, len(v))
	}
	return n
}

// maxJSON is the longest JSON encoding of one of vs, without quotes.
func maxJSON(vs []string) int {
	n := 0
	for _, v := range vs {
		n = max(n, jsonLen(v)-2)
	}
	return n
}

func jsonLen(s string) int {
	b, _ := json.Marshal(s)
	return len(b)
}
