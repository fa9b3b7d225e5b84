package api

import (
	"encoding/json"
	"fmt"
	"strconv"

	"github.com/skyops/skyops/types"
)

// Integers in the API's JSON that can exceed 2^53 (a JavaScript number's
// exact range) travel as decimal strings: the spec's nonce (random, all 64
// bits), wei amounts, and the metered totals (wallMs, cpuMs, gpuMs,
// energyJ, bytesIn, bytesOut), which an executor signs and which add up
// without a bound. Counts, MiB sizes, chain ids, block and sequence numbers
// stay numbers. The Go types keep their integers; the encodings below
// shadow the fields of types.JobSpec and types.Metering that need it.

// Uint64String is a uint64 that marshals as a decimal string; it reads a
// string or, from clients that send one, a JSON number.
type Uint64String uint64

// MarshalJSON writes the decimal string.
func (u Uint64String) MarshalJSON() ([]byte, error) {
	return []byte(`"` + strconv.FormatUint(uint64(u), 10) + `"`), nil
}

// UnmarshalJSON reads "123" or 123.
func (u *Uint64String) UnmarshalJSON(b []byte) error {
	s := string(b)
	if len(s) >= 2 && s[0] == '"' && s[len(s)-1] == '"' {
		s = s[1 : len(s)-1]
	}
	v, err := strconv.ParseUint(s, 10, 64)
	if err != nil {
		return fmt.Errorf("%s is not an unsigned 64-bit integer (a decimal string)", b)
	}
	*u = Uint64String(v)
	return nil
}

type jobSpecFields types.JobSpec

// specJSON is a types.JobSpec as the API writes it.
type specJSON struct {
	jobSpecFields
	Nonce Uint64String `json:"nonce"`
}

func specOut(s types.JobSpec) specJSON { return specJSON{jobSpecFields(s), Uint64String(s.Nonce)} }

func (w *specJSON) spec() types.JobSpec {
	s := types.JobSpec(w.jobSpecFields)
	s.Nonce = uint64(w.Nonce)
	return s
}

// meterJSON is a types.Metering as the API writes it.
type meterJSON struct {
	WallMs     uint64 `json:"wallMs,string"`
	CPUMs      uint64 `json:"cpuMs,string"`
	PeakRAMMiB uint64 `json:"peakRamMiB"`
	GPUs       uint32 `json:"gpus"`
	EnergyJ    uint64 `json:"energyJ,string"`
	BytesIn    uint64 `json:"bytesIn,string"`
	BytesOut   uint64 `json:"bytesOut,string"`
}

// MarshalJSON writes the spec's nonce as a string.
func (r SubmitRequest) MarshalJSON() ([]byte, error) {
	type plain SubmitRequest
	return json.Marshal(struct {
		plain
		Spec specJSON `json:"spec"`
	}{plain(r), specOut(r.Spec)})
}

// UnmarshalJSON reads the spec's nonce as a string or a number.
func (r *SubmitRequest) UnmarshalJSON(b []byte) error {
	type plain SubmitRequest
	var aux struct {
		*plain
		Spec *specJSON `json:"spec"`
	}
	aux.plain = (*plain)(r)
	if err := json.Unmarshal(b, &aux); err != nil {
		return err
	}
	if aux.Spec != nil {
		r.Spec = aux.Spec.spec()
	}
	return nil
}

// MarshalJSON writes the spec's nonce and the meter's totals as strings.
func (j Job) MarshalJSON() ([]byte, error) {
	type plain Job
	return json.Marshal(struct {
		plain
		Spec  specJSON   `json:"spec"`
		Meter *meterJSON `json:"meter"`
	}{plain(j), specOut(j.Spec), (*meterJSON)(j.Meter)})
}

// UnmarshalJSON reads what MarshalJSON writes.
func (j *Job) UnmarshalJSON(b []byte) error {
	type plain Job
	var aux struct {
		*plain
		Spec  *specJSON  `json:"spec"`
		Meter *meterJSON `json:"meter"`
	}
	aux.plain = (*plain)(j)
	if err := json.Unmarshal(b, &aux); err != nil {
		return err
	}
	if aux.Spec != nil {
		j.Spec = aux.Spec.spec()
	}
	j.Meter = (*types.Metering)(aux.Meter)
	return nil
}
