package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/skyops/skyops/api"
)

func TestLedgerCommandsRefuseBadInput(t *testing.T) {
	dir := shortDir(t)
	missing := filepath.Join(dir, "none.sock")
	junk := filepath.Join(dir, "junk.json")
	os.WriteFile(junk, []byte("not json"), 0o600)
	empty := filepath.Join(dir, "empty.json")
	os.WriteFile(empty, []byte("[]"), 0o600)
	unanchored := filepath.Join(dir, "unanchored.json")
	os.WriteFile(unanchored, []byte(`{"network":"devnet","receipt":"0x01"}`), 0o600)
	for _, c := range []struct {
		args  []string
		wants []string
	}{
		{[]string{"verify"}, []string{"give a JOB"}},
		{[]string{"verify", "0xabc", "--receipt", junk}, []string{"not both"}},
		{[]string{"verify", "--receipt", junk}, []string{"--chain-rpc"}},
		{[]string{"verify", "0xabcdef", "--chain-rpc", "http://x"}, []string{"go with --receipt"}},
		{[]string{"verify", "--receipt", filepath.Join(dir, "nope.json"), "--chain-rpc", "http://127.0.0.1:1"}, []string{"read receipt file"}},
		{[]string{"verify", "--receipt", junk, "--chain-rpc", "http://127.0.0.1:1"}, []string{"not what skyops receipt -o json writes"}},
		{[]string{"verify", "--receipt", empty, "--chain-rpc", "http://127.0.0.1:1"}, []string{"holds no receipt"}},
		{[]string{"verify", "--receipt", unanchored, "--chain-rpc", "http://127.0.0.1:1"}, []string{"pass --contract"}},
		{[]string{"verify", "--receipt", unanchored, "--chain-rpc", "http://127.0.0.1:1", "--contract", "nope"}, []string{"not an address"}},
		{[]string{"verify", "--receipt", unanchored, "--chain-rpc", "http://127.0.0.1:1", "--contract", "0x00000000000000000000000000000000000000aa"}, []string{"127.0.0.1:1"}},
		{[]string{"bill", "--since", "last week"}, []string{"--since"}},
		{[]string{"bill", "--owner", "bob"}, []string{"not an address"}},
		{[]string{"bill", "--keystore", filepath.Join(dir, "ks")}, []string{"whose bill"}},
		{[]string{"earnings", "--since", "-3h"}, []string{"positive"}},
		{[]string{"receipt"}, []string{"accepts 1 arg"}},
		{[]string{"--socket", missing, "receipt", "0xabcdef"}, []string{"start skyopsd"}},
		{[]string{"--socket", missing, "earnings"}, []string{"start skyopsd"}},
	} {
		wantError(t, c.args, c.wants...)
	}
}

func TestSinceFlag(t *testing.T) {
	now := time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC)
	for in, want := range map[string]time.Time{
		"":                     {},
		"24h":                  now.Add(-24 * time.Hour),
		"7d":                   now.AddDate(0, 0, -7),
		"2026-11-01":           time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC),
		"2026-11-24T10:00:00Z": time.Date(2026, 11, 24, 10, 0, 0, 0, time.UTC),
	} {
		got, err := sinceFlag(in, now)
		if err != nil || !got.Equal(want) {
			t.Errorf("--since %q = %v, %v; want %v", in, got, err, want)
		}
	}
}

// A cancelled run is a line of the statement like any other, named as
// such, with a word on what it counts.
func TestStatementShowsCancelledRuns(t *testing.T) {
	var out bytes.Buffer
	o := &options{stdout: &out, stderr: io.Discard}
	st := &api.Statement{Who: "0x00000000000000000000000000000000000000b0", TotalETH: "0.005833", TotalSKYOPS: "0", SkyopsPerETH: "1000",
		Lines: []api.StatementLine{{Job: "0x" + strings.Repeat("ab", 32), Attempt: 1, Outcome: "cancelled", GPUs: 1, GPUModel: "A100", GPUMs: 42_000,
			Token: "ETH", CostETH: "0.005833", Executor: "0x00000000000000000000000000000000000000e0"}}}
	if err := o.renderStatement(st, "Bill for", true); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"cancelled", "0.0117", "0.005833", "1 runs", "the time until it was stopped counts"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("statement lacks %q:\n%s", want, out.String())
		}
	}
	out.Reset()
	st.Lines[0].Outcome = "completed"
	if err := o.renderStatement(st, "Bill for", true); err != nil || strings.Contains(out.String(), "cancelled") {
		t.Fatalf("a statement without cancelled runs speaks of them: %v\n%s", err, out.String())
	}
}

// What a person types for a parameter becomes the contract's value: ETH
// for the reference price, $SKYOPS per ETH (in millionths) for the rate,
// a whole per mille (0..1000) for a weight.
func TestParamValue(t *testing.T) {
	for _, c := range []struct{ name, typed, want string }{
		{"refPriceWei", "0.7", "700000000000000000"},
		{"microSkyopsPerEth", "2500", "2500000000"},
		{"microSkyopsPerEth", "0.000001", "1"},
		{"microSkyopsPerEth", "0.0000001", ""},
		{"microSkyopsPerEth", "lots", ""},
		{"repWeight", "500", "500"},
		{"priceWeight", "0", "0"},
		{"latencyWeight", "1000", "1000"},
		{"fitWeight", "1001", ""},
		{"localityWeight", "0.5", ""},
		{"localityWeight", "-1", ""},
	} {
		v, err := paramValue(c.name, c.typed)
		if c.want == "" {
			if err == nil {
				t.Errorf("%s %s: %s, want an error", c.name, c.typed, v)
			}
			continue
		}
		if err != nil || v.String() != c.want {
			t.Errorf("%s %s: %v %v, want %s", c.name, c.typed, v, err, c.want)
		}
	}
}
