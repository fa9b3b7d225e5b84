package api

import (
	"fmt"
	"time"
)

// NanoTimeLayout is RFC 3339 with all nine fractional digits, always: times
// in job status have one fixed width, and sort as strings.
const NanoTimeLayout = "2006-01-02T15:04:05.000000000Z07:00"

// Time is a UTC instant that marshals as NanoTimeLayout.
type Time struct{ time.Time }

// At wraps t as a UTC Time.
func At(t time.Time) Time { return Time{t.UTC()} }

// MarshalJSON writes the fixed nanosecond form.
func (t Time) MarshalJSON() ([]byte, error) {
	return []byte(`"` + t.UTC().Format(NanoTimeLayout) + `"`), nil
}

// UnmarshalJSON reads any RFC 3339 time.
func (t *Time) UnmarshalJSON(b []byte) error {
	if len(b) < 2 || b[0] != '"' || b[len(b)-1] != '"' {
		return fmt.Errorf("time %s: want an RFC 3339 string", b)
	}
	v, err := time.Parse(time.RFC3339Nano, string(b[1:len(b)-1]))
	if err != nil {
		return err
	}
	t.Time = v.UTC()
	return nil
}
