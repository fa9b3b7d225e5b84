package gpu

import (
	"slices"
	"strings"
	"unicode"
)

// ModelMatches reports whether a wanted GPU model, as a job might name it
// ("A100", "a100-80gb", "H100"), matches a model as the driver names it
// ("NVIDIA A100-SXM4-80GB"): every token of want, case-insensitive and split
// at anything not a letter or digit, must be a token of have. Whole tokens,
// so "A10" does not match an A100. An empty want matches nothing.
func ModelMatches(want, have string) bool {
	wt := modelTokens(want)
	if len(wt) == 0 {
		return false
	}
	ht := modelTokens(have)
	for _, w := range wt {
		if !slices.Contains(ht, w) {
			return false
		}
	}
	return true
}

func modelTokens(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}
