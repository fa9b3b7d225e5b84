package api

import (
	"bytes"
	"encoding/json"
	"math"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/skyops/skyops/types"
)

// fillMax sets every integer reachable from v to its largest value, with
// one item in every slice and every pointer allocated.
func fillMax(v reflect.Value) {
	switch v.Kind() {
	case reflect.Pointer:
		if v.Type() == reflect.TypeFor[*Time]() {
			return
		}
		v.Set(reflect.New(v.Type().Elem()))
		fillMax(v.Elem())
	case reflect.Struct:
		if v.Type() == reflect.TypeFor[Time]() {
			return
		}
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				fillMax(v.Field(i))
			}
		}
	case reflect.Slice:
		if v.Type().Elem().Kind() == reflect.Uint8 || v.Type() == reflect.TypeFor[json.RawMessage]() {
			return
		}
		v.Set(reflect.MakeSlice(v.Type(), 1, 1))
		fillMax(v.Index(0))
	case reflect.Uint, reflect.Uint32, reflect.Uint64:
		v.SetUint(math.MaxUint64 >> (64 - v.Type().Bits()))
	case reflect.Int, reflect.Int32, reflect.Int64:
		v.SetInt(math.MaxInt64 >> (64 - v.Type().Bits()))
	}
}

// bigNumbers lists the names of JSON numbers above 2^53 in data.
func bigNumbers(t *testing.T, data []byte) []string {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		t.Fatal(err)
	}
	var out []string
	var walk func(name string, v any)
	walk = func(name string, v any) {
		switch x := v.(type) {
		case map[string]any:
			for k, e := range x {
				walk(k, e)
			}
		case []any:
			for _, e := range x {
				walk(name, e)
			}
		case json.Number:
			if f, _ := x.Float64(); math.Abs(f) > 1<<53 && !slices.Contains(out, name) {
				out = append(out, name)
			}
		}
	}
	walk("", v)
	sort.Strings(out)
	return out
}

// Every 64-bit integer of the API's JSON that can exceed 2^53 is a string;
// what stays a number is a count, size, chain id, block or sequence number,
// named here. The Go client reads the strings back exactly.
func TestBigIntegersAreStrings(t *testing.T) {
	numeric := []string{ // by design: MiB sizes, chain ids, blocks, seqs, spec bounds, small counters
		"artifactSize", "attempt", "attempts", "block", "chainId", "cpuCores", "cpuFree", "createdAt",
		"diskMiB", "durationSec", "exitCode", "gpu", "gpuCount", "gpuFree", "gpuMemMiB", "gpuTotal", "gpus",
		"memUsedMiB", "memoryMiB", "peakRamMiB", "pid", "powerMW", "ramFreeMiB", "ramMiB", "seq",
		"smClockMHz", "tempC", "timeRemainingSec", "total", "free", "utilGpu", "utilMem",
	}
	for _, v := range []any{&Identity{}, &Node{}, &Job{}, &Receipt{}, &Verification{}, &Statement{}, &SubmitRequest{}} {
		fillMax(reflect.ValueOf(v).Elem())
		data, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		for _, name := range bigNumbers(t, data) {
			if !slices.Contains(numeric, name) {
				t.Errorf("%T: %q is a JSON number above 2^53; make it a string", v, name)
			}
		}
		back := reflect.New(reflect.TypeOf(v).Elem()).Interface()
		if err := json.Unmarshal(data, back); err != nil {
			t.Fatalf("%T: decode %s: %v", v, data, err)
		}
		if !reflect.DeepEqual(back, v) {
			t.Errorf("%T: round trip changed it:\n%+v\n%+v", v, v, back)
		}
	}
	// The nonce, the meter and receipt totals, as a JavaScript client sees them.
	j := Job{Spec: types.JobSpec{Nonce: 1<<63 + 1}, Meter: &types.Metering{WallMs: 1<<60 + 1, EnergyJ: 7}}
	data, _ := json.Marshal(j)
	for _, want := range []string{`"nonce":"9223372036854775809"`, `"wallMs":"1152921504606846977"`, `"energyJ":"7"`} {
		if !strings.Contains(string(data), want) {
			t.Errorf("job JSON %s lacks %s", data, want)
		}
	}
	r, _ := json.Marshal(Receipt{GPUMs: 1 << 54, CPUMs: 3})
	if !strings.Contains(string(r), `"gpuMs":"18014398509481984"`) || !strings.Contains(string(r), `"cpuMs":"3"`) {
		t.Errorf("receipt JSON %s", r)
	}
}

// A submit's nonce may come as a string (what the API writes) or, from a
// client that has one, as a number.
func TestSubmitNonceStringOrNumber(t *testing.T) {
	for _, body := range []string{`{"spec":{"nonce":"18446744073709551615"}}`, `{"spec":{"nonce":18446744073709551615}}`} {
		req, err := parseSubmit([]byte(body))
		if err != nil || req.Spec.Nonce != math.MaxUint64 {
			t.Errorf("%s: %+v, %v", body, req, err)
		}
		var viaClient SubmitRequest
		if err := json.Unmarshal([]byte(body), &viaClient); err != nil || viaClient.Spec.Nonce != math.MaxUint64 {
			t.Errorf("%s: SubmitRequest.UnmarshalJSON %+v, %v", body, viaClient.Spec, err)
		}
	}
	for _, body := range []string{`{"spec":{"nonce":"-1"}}`, `{"spec":{"nonce":1.5}}`, `{"spec":{"nonce":"18446744073709551616"}}`, `{"spec":{"nonce":true}}`} {
		if _, err := parseSubmit([]byte(body)); err == nil || !strings.Contains(err.Error(), "nonce") && !strings.Contains(err.Error(), "64-bit") {
			t.Errorf("%s: %v", body, err)
		}
	}
}
