package wasm

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/imports/wasi_snapshot_preview1"
)

// BenchmarkRunVsWazero runs the same Go-built WASI module (the test guest's
// "echo" mode) through Runtime.Run, with its mounts, caps and memory
// allocator, and through plain wazero with the same compilation cache: the
// difference is what the runtime adds per job.
//
//	go test ./exec/wasm -run '^$' -bench RunVsWazero -count 5
func BenchmarkRunVsWazero(b *testing.B) {
	mod := goModule(b, "guest")
	cacheDir := filepath.Join(b.TempDir(), "cache")
	ctx := context.Background()
	in, out := b.TempDir(), b.TempDir()

	b.Run("skyops", func(b *testing.B) {
		r, err := New(CompilationCache(cacheDir))
		if err != nil {
			b.Fatal(err)
		}
		defer r.Close(ctx)
		for i := 0; i < b.N; i++ {
			os.RemoveAll(out)
			os.MkdirAll(out, 0o700)
			res, err := r.Run(ctx, Job{Module: mod, Args: []string{"echo", "x"}, InputsDir: in, OutputsDir: out, Stdout: io.Discard, Stderr: io.Discard})
			if err != nil || res.ExitCode != 0 {
				b.Fatalf("%+v %v", res, err)
			}
		}
	})
	b.Run("wazero", func(b *testing.B) {
		cache, err := wazero.NewCompilationCacheWithDir(cacheDir)
		if err != nil {
			b.Fatal(err)
		}
		for i := 0; i < b.N; i++ {
			rt := wazero.NewRuntimeWithConfig(ctx, wazero.NewRuntimeConfig().WithCompilationCache(cache))
			wasi_snapshot_preview1.MustInstantiate(ctx, rt)
			cfg := wazero.NewModuleConfig().WithArgs("job", "echo", "x").WithStdout(io.Discard).WithStderr(io.Discard).
				WithFSConfig(wazero.NewFSConfig().WithReadOnlyDirMount(in, "/inputs").WithDirMount(out, "/outputs"))
			if _, err := rt.InstantiateWithConfig(ctx, mod, cfg); err != nil {
				b.Fatal(err)
			}
			rt.Close(ctx)
		}
	})
}
