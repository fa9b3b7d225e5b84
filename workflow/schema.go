package workflow

import (
	_ "embed"
	"slices"
)

// schemaJSON is a JSON Schema (draft 2020-12) of the workflow format, for
// editors and linters: it checks the file's shape; Parse checks the rest.
//
//go:embed schema.json
var schemaJSON []byte

// Schema returns the JSON Schema (draft 2020-12) of the workflow format.
// It describes the file's shape (keys, types, ranges); what only Parse
// checks (needs and from: name jobs of the file, cycles, instance limits,
// durations, prices, CIDs) it does not.
func Schema() []byte { return slices.Clone(schemaJSON) }
