package content

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/protocol"
)

// BenchmarkTransfer moves 64 MiB and 1 GiB between two loopback hosts,
// through bitswap (into the fetcher's badger store and a file) and over a
// raw libp2p stream (to io.Discard) in the same run, and reports the peak
// heap in use during the move. Run with -benchtime=1x:
//
//	go test ./content/ -run '^$' -bench Transfer -benchtime=1x
//
// bitswap reads the file in order (FetchFile, as a job's dataset is
// staged); fetch brings the DAG in with blocks wanted concurrently
// (FetchUnlisted, as a home collects an output). SKYOPS_BENCH_4GIB=1 adds
// 4 GiB (about 13 GB of disk across both stores and the file).
func BenchmarkTransfer(b *testing.B) {
	sizes := []int64{64 << 20, 1 << 30}
	if os.Getenv("SKYOPS_BENCH_4GIB") == "1" {
		sizes = append(sizes, 4<<30)
	}
	for _, size := range sizes {
		b.Run(fmt.Sprintf("bitswap/%dMiB", size>>20), func(b *testing.B) { benchBitswap(b, size, false) })
		b.Run(fmt.Sprintf("fetch/%dMiB", size>>20), func(b *testing.B) { benchBitswap(b, size, true) })
		b.Run(fmt.Sprintf("stream/%dMiB", size>>20), func(b *testing.B) { benchStream(b, size) })
	}
}

func benchBitswap(b *testing.B, size int64, graph bool) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Minute)
	defer cancel()
	src, dst := startNode(b, ctx), startNode(b, ctx)
	root, _, err := src.store.Import(ctx, stream(9, size))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(size)
	var peak uint64
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		_, st := openStore(b, nil)
		dst.ex.Close()
		dst.store = st
		dst.ex = NewExchange(ctx, dst.host.LibP2P(), dst.host.Routing(), st, WithLogger(quietLog()))
		runtime.GC()
		stop := make(chan struct{})
		p := heapPeak(stop)
		b.StartTimer()
		var n uint64
		if graph {
			err = dst.ex.FetchUnlisted(ctx, root, src.info())
			n = uint64(size)
		} else {
			n, err = dst.ex.FetchFile(ctx, root, filepath.Join(b.TempDir(), "out"), 0, src.info())
		}
		b.StopTimer()
		close(stop)
		if err != nil || int64(n) != size {
			b.Fatalf("fetch: %d, %v", n, err)
		}
		peak = max(peak, p.Load())
	}
	b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MiB")
}

func benchStream(b *testing.B, size int64) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Minute)
	defer cancel()
	src, dst := startNode(b, ctx), startNode(b, ctx)
	const proto = protocol.ID("/skyops/bench/raw/1.0.0")
	src.host.LibP2P().SetStreamHandler(proto, func(s network.Stream) {
		defer s.Close()
		_, _ = io.Copy(s, stream(9, size))
	})
	connect(b, ctx, dst, src)
	b.SetBytes(size)
	var peak uint64
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		runtime.GC()
		stop := make(chan struct{})
		p := heapPeak(stop)
		b.StartTimer()
		s, err := dst.host.LibP2P().NewStream(ctx, src.host.ID(), proto)
		if err != nil {
			b.Fatal(err)
		}
		n, err := io.Copy(io.Discard, s)
		s.Close()
		b.StopTimer()
		close(stop)
		if err != nil || n != size {
			b.Fatalf("stream: %d, %v", n, err)
		}
		peak = max(peak, p.Load())
	}
	b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MiB")
}
