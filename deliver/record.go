package deliver

import (
	"fmt"
	"strings"
)

// MaxDeliveries bounds the deliveries a home records per job: a few places
// are useful, thousands are a way to fill its store.
const MaxDeliveries = 16

// maxURLLen bounds a recorded URL.
const maxURLLen = 512

// Validate checks a delivery record as a daemon takes it from a client:
// a known kind, a reference of that kind's form, an http(s) URL without
// credentials. It returns the record in canonical form.
func (d Delivery) Validate() (Delivery, error) {
	if len(d.URL) > maxURLLen {
		return Delivery{}, fmt.Errorf("url: longer than %d bytes", maxURLLen)
	}
	u, err := parseHTTPURL(d.URL)
	if err != nil {
		return Delivery{}, fmt.Errorf("url: %w", err)
	}
	d.URL = u.String()
	switch d.Kind {
	case KindIPFS:
		c, err := ValidCID(d.Ref)
		if err != nil {
			return Delivery{}, fmt.Errorf("ref: %w", err)
		}
		d.Ref = c
	case KindArweave:
		if err := ValidTxID(d.Ref); err != nil {
			return Delivery{}, fmt.Errorf("ref: %w", err)
		}
	default:
		return Delivery{}, fmt.Errorf("kind %q: want ipfs or arweave", truncate(string(d.Kind), 32))
	}
	return d, nil
}

// SigningBody is the canonical string an owner signs to record a delivery
// of job's result: one line per field, in a fixed order, after a fixed
// header, so no other message reads the same. (The daemon wraps it like a
// cancel: types.SigningHash for its network.)
func (d Delivery) SigningBody(job string) []byte {
	return []byte(strings.Join([]string{"skyops delivery v1", "job:" + strings.ToLower(job), "kind:" + string(d.Kind), "ref:" + d.Ref, "url:" + d.URL}, "\n"))
}
