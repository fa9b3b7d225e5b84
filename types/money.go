package types

import (
	"fmt"
	"math/big"
	"strings"
)

// WeiPerETH is 10^18.
var weiPerETH = new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)

// ParseETH reads a decimal amount of ETH ("0.5", "2", "0.000000001") into
// wei, exactly: no floats, and more than 18 decimals is an error rather than
// a silent rounding.
func ParseETH(s string) (*big.Int, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil, fmt.Errorf("amount is empty: give ETH as a decimal, e.g. 0.5")
	}
	whole, frac, hasDot := strings.Cut(s, ".")
	if whole == "" {
		whole = "0"
	}
	if hasDot && frac == "" || len(frac) > 18 || !digits(whole) || !digits(frac) {
		return nil, fmt.Errorf("amount %q: give ETH as a non-negative decimal with at most 18 decimals, e.g. 0.5", s)
	}
	w, _ := new(big.Int).SetString(whole, 10)
	w.Mul(w, weiPerETH)
	if frac != "" {
		f, _ := new(big.Int).SetString(frac+strings.Repeat("0", 18-len(frac)), 10)
		w.Add(w, f)
	}
	if w.BitLen() > 128 {
		return nil, fmt.Errorf("amount %q is too large", s)
	}
	return w, nil
}

func digits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// FormatETH writes wei as ETH with no trailing zeros ("0.5", "2", "0").
func FormatETH(wei *big.Int) string {
	if wei == nil {
		return "0"
	}
	q, r := new(big.Int).QuoRem(wei, weiPerETH, new(big.Int))
	if r.Sign() == 0 {
		return q.String()
	}
	frac := strings.TrimRight(fmt.Sprintf("%018s", r.String()), "0")
	return q.String() + "." + frac
}
