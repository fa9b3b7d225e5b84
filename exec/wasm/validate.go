package wasm

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"slices"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"
	"github.com/tetratelabs/wazero/imports/wasi_snapshot_preview1"
)

const wasiModule = "wasi_snapshot_preview1"

// Validate checks, at submit time, that module is something Run can start: a
// well-formed wasm binary that exports _start and imports nothing but WASI
// preview 1 functions. It does not run the module. It uses wazero's
// interpreter, which validates without generating machine code, so it is
// far cheaper than a Run. Before wazero sees the module, prescan bounds
// every count in it by the bytes that back it, so a small module cannot make
// Validate allocate more than a small multiple of its size. It never panics.
func Validate(ctx context.Context, module []byte) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("wasm: validating module panicked: %v", p)
		}
	}()
	switch {
	case len(module) == 0:
		return errors.New("wasm: empty module")
	case len(module) < 8 || !bytes.Equal(module[:4], []byte("\x00asm")):
		return errors.New("wasm: not a wasm module (no \\0asm header)")
	case binary.LittleEndian.Uint32(module[4:8]) != 1:
		return fmt.Errorf("wasm: unsupported wasm binary version %d", binary.LittleEndian.Uint32(module[4:8]))
	}

	if err := prescan(module); err != nil {
		return err
	}

	rt := wazero.NewRuntimeWithConfig(ctx, newRuntimeConfig(wazero.NewRuntimeConfigInterpreter()))
	defer rt.Close(context.Background()) //nolint:errcheck // nothing to do about it

	wasi, err := wasi_snapshot_preview1.NewBuilder(rt).Compile(ctx)
	if err != nil {
		return fmt.Errorf("wasm: compile WASI: %w", err)
	}
	compiled, err := rt.CompileModule(ctx, module)
	if err != nil {
		return fmt.Errorf("wasm: invalid module: %w", err)
	}

	start, ok := compiled.ExportedFunctions()["_start"]
	if !ok {
		return errors.New("wasm: module does not export _start (not a WASI command)")
	}
	if len(start.ParamTypes()) != 0 || len(start.ResultTypes()) != 0 {
		return errors.New("wasm: _start must take and return nothing")
	}
	if mems := compiled.ImportedMemories(); len(mems) > 0 {
		mod, name, _ := mems[0].Import()
		return fmt.Errorf("wasm: module imports memory %s.%s; no memory is provided", mod, name)
	}
	provided := wasi.ExportedFunctions()
	for _, f := range compiled.ImportedFunctions() {
		mod, name, _ := f.Import()
		if mod != wasiModule {
			return fmt.Errorf("wasm: module imports %s.%s; only %s is provided", mod, name, wasiModule)
		}
		w, ok := provided[name]
		if !ok {
			return fmt.Errorf("wasm: module imports %s.%s, which is not a WASI preview 1 function", mod, name)
		}
		if !sameSignature(f, w) {
			return fmt.Errorf("wasm: module imports %s.%s with the wrong signature", mod, name)
		}
	}
	return nil
}

// newRuntimeConfig sets what every runtime that sees an untrusted module
// shares: memories are never pre-allocated from their declared maximum and
// never exceed what wasm32 can address (a job's own, lower, cap is enforced
// by capAllocator, which can tell the job why it was refused), and DWARF
// custom sections are not parsed (prescan does not bound them; traps still
// name functions from the name section).
func newRuntimeConfig(c wazero.RuntimeConfig) wazero.RuntimeConfig {
	return c.
		WithMemoryLimitPages(MaxMemoryMiB << 20 / pageSize).
		WithMemoryCapacityFromMax(false).
		WithDebugInfoEnabled(false)
}

func sameSignature(a, b api.FunctionDefinition) bool {
	return slices.Equal(a.ParamTypes(), b.ParamTypes()) && slices.Equal(a.ResultTypes(), b.ResultTypes())
}
