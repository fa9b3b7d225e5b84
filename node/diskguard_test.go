package node

import (
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/skyops/skyops/api"
	"github.com/skyops/skyops/exec/result"
	"github.com/skyops/skyops/ledger"
	"github.com/skyops/skyops/types"
)

// emptyCommand is the smallest WASI command: _start does nothing.
var emptyCommand = []byte{
	0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, // \0asm, version 1
	0x01, 0x04, 0x01, 0x60, 0x00, 0x00, // types: () -> ()
	0x03, 0x02, 0x01, 0x00, // functions: one of type 0
	0x07, 0x0a, 0x01, 0x06, '_', 's', 't', 'a', 'r', 't', 0x00, 0x00, // export _start
	0x0a, 0x04, 0x01, 0x02, 0x00, 0x0b, // code: empty body
}

// smallFS mounts a tmpfs of sizeMiB in a temp dir, unmounted when the test
// ends. It needs root: without it the test is skipped, or fails where CI
// promises privileges (SKYOPS_REQUIRE_NETNS=1).
func smallFS(t *testing.T, sizeMiB int) string {
	t.Helper()
	dir := tmp(t)
	if err := syscall.Mount("tmpfs", dir, "tmpfs", 0, fmt.Sprintf("size=%dm,mode=0700", sizeMiB)); err != nil {
		why := fmt.Sprintf("mounting a %d MiB tmpfs needs root (%v)", sizeMiB, err)
		if os.Getenv("SKYOPS_REQUIRE_NETNS") == "1" {
			t.Fatalf("SKYOPS_REQUIRE_NETNS=1 but: %s", why)
		}
		t.Skip(why)
	}
	t.Cleanup(func() {
		if err := syscall.Unmount(dir, 0); err != nil {
			_ = syscall.Unmount(dir, syscall.MNT_DETACH)
		}
	})
	return dir
}

// fillTo writes a file under dir until leaveMiB are free, and returns it.
func fillTo(t *testing.T, dir string, leaveMiB uint64) string {
	t.Helper()
	free, err := ledger.FreeBytes(dir)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "filler")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	chunk := make([]byte, 1<<20)
	for n := (free - leaveMiB<<20) >> 20; n > 0; n-- {
		if _, err := f.Write(chunk); err != nil {
			t.Fatalf("fill %s: %v", dir, err)
		}
	}
	return path
}

func emptyJob(t *testing.T, n *Node, owner *ecdsa.PrivateKey) api.SubmitRequest {
	t.Helper()
	var nb [8]byte
	rand.Read(nb[:])
	spec := types.JobSpec{
		Network: n.cfg.Network, Home: n.ID().String(), Nonce: binary.BigEndian.Uint64(nb[:]), CreatedAt: uint64(time.Now().Unix()),
		Runtime: "wasm", Artifact: result.CIDOf(emptyCommand), ArtifactSize: uint64(len(emptyCommand)),
		Args: []string{}, Env: []string{}, Model: "demo", RAMMiB: 16, DurationSec: 60, PriceCapWei: "0", InputCIDs: []string{},
	}
	signer := types.KeySigner{Key: owner}
	sig, err := types.SignJobSpec(&spec, n.cfg.ChainID, signer)
	if err != nil {
		t.Fatal(err)
	}
	return api.SubmitRequest{Spec: spec, Signature: "0x" + hex.EncodeToString(sig), Artifact: emptyCommand, Owner: signer.Address().Hex()}
}

// A daemon on a 64 MiB filesystem that fills up in the middle of a burst of
// submits keeps answering, refuses submits with 503 disk_low saying how
// much is free, loses none of the jobs it accepted, takes submits again
// once space frees, and still has every accepted job after a restart.
func TestDiskFloorFullDiskMidBurst(t *testing.T) {
	const floorMiB = 24
	fs := smallFS(t, 64)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	data := filepath.Join(fs, "d")
	var claimsMu sync.Mutex
	var claims []time.Time
	onEvent := OnJobEvent(func(e *types.JobEvent, at time.Time) {
		if e.Type == types.EvClaim {
			claimsMu.Lock()
			claims = append(claims, at)
			claimsMu.Unlock()
		}
	})
	opts := []Option{DataDir(data), Network("disktest"), quiet(), SimGPUs("none"), WithoutChain(), WithoutDocker(), DiskFloorMiB(floorMiB), onEvent}
	n, err := New(ctx, opts...)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { n.Close() }()
	if err := n.Start(ctx); err != nil {
		t.Fatal(err)
	}
	cl := api.NewClient(n.SocketPath())
	owner, _ := crypto.GenerateKey()

	var (
		mu       sync.Mutex
		accepted []string
		refused  int
		other    []error
		filled   = make(chan struct{})
		stop     = make(chan struct{})
	)
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				resp, err := cl.Submit(ctx, emptyJob(t, n, owner))
				mu.Lock()
				var ae *api.Error
				switch {
				case err == nil:
					accepted = append(accepted, resp.ID)
				// disk_low from the guard; unavailable from the store, for
				// a submit that passed the guard just before the disk filled.
				case errors.As(err, &ae) && (ae.Code == api.CodeDiskLow || ae.Code == "unavailable") &&
					strings.Contains(ae.Message, fmt.Sprintf("MiB free, the floor is %d MiB", floorMiB)):
					select {
					case <-filled:
						refused++
					default:
						other = append(other, fmt.Errorf("refused before the disk filled: %w", err))
					}
				default:
					other = append(other, err)
				}
				mu.Unlock()
			}
		}()
	}
	waitFor := func(what string, cond func() bool) {
		t.Helper()
		deadline := time.Now().Add(30 * time.Second)
		for !cond() {
			if time.Now().After(deadline) {
				t.Fatalf("timed out waiting for %s", what)
			}
			time.Sleep(20 * time.Millisecond)
		}
	}
	count := func() (int, int) { mu.Lock(); defer mu.Unlock(); return len(accepted), refused }
	waitFor("20 accepted submits", func() bool { a, _ := count(); return a >= 20 })

	// Another process fills the disk (1 MiB left), below every level.
	close(filled)
	filler := fillTo(t, fs, 1)
	full := time.Now()
	waitFor("20 refused submits", func() bool { _, r := count(); return r >= 20 })
	time.Sleep(500 * time.Millisecond) // pending jobs wait: nothing is claimed
	// It keeps answering reads.
	if _, err := cl.Nodes(ctx); err != nil {
		t.Fatalf("nodes on a full disk: %v", err)
	}
	jobs, err := cl.Jobs(ctx, api.JobQuery{Limit: api.MaxJobsLimit})
	if err != nil {
		t.Fatalf("jobs on a full disk: %v", err)
	}
	a, _ := count()
	if len(jobs) < a {
		t.Fatalf("%d jobs listed on a full disk, %d accepted", len(jobs), a)
	}
	pending := 0
	for _, j := range jobs {
		if j.State == "pending" {
			pending++
		}
	}
	t.Logf("%d jobs pending while the disk is full", pending)

	// Space frees: submits are taken again.
	freed := time.Now()
	if err := os.Remove(filler); err != nil {
		t.Fatal(err)
	}
	claimsMu.Lock()
	for _, at := range claims {
		// A claim decided just before the fill may land just after it.
		if at.After(full.Add(100*time.Millisecond)) && at.Before(freed) {
			t.Errorf("claimed a job %s after the disk filled", at.Sub(full))
		}
	}
	claimsMu.Unlock()
	before, _ := count()
	waitFor("a submit accepted after space freed", func() bool { a, _ := count(); return a > before+5 })
	close(stop)
	wg.Wait()
	if len(other) > 0 {
		t.Fatalf("%d submits failed otherwise than with disk_low, first: %v", len(other), other[0])
	}
	t.Logf("accepted %d submits, refused %d while the disk was full", len(accepted), refused)

	// Nothing accepted is lost: a restarted daemon has every job.
	if err := n.Close(); err != nil {
		t.Fatalf("close: %v", err)
	}
	n, err = New(ctx, opts...)
	if err != nil {
		t.Fatal(err)
	}
	if err := n.Start(ctx); err != nil {
		t.Fatal(err)
	}
	cl = api.NewClient(n.SocketPath())
	jobs, err = cl.Jobs(ctx, api.JobQuery{Limit: api.MaxJobsLimit})
	if err != nil {
		t.Fatal(err)
	}
	have := map[string]bool{}
	for _, j := range jobs {
		have[j.ID] = true
	}
	for _, id := range accepted {
		if !have[id] {
			t.Fatalf("accepted job %s is gone after a restart (%d of %d listed)", id, len(jobs), len(accepted))
		}
	}
}

// A daemon started on a disk below its floor says so and does not start.
func TestDiskFloorRefusesStartOnFullDisk(t *testing.T) {
	fs := smallFS(t, 16)
	fillTo(t, fs, 2)
	_, err := New(context.Background(), DataDir(filepath.Join(fs, "d")), quiet(), SimGPUs("none"), WithoutChain(), WithoutDocker(), DiskFloorMiB(8))
	if err == nil || !errors.Is(err, ledger.ErrDiskLow) ||
		!strings.Contains(err.Error(), "MiB free, the floor is 8 MiB") || !strings.Contains(err.Error(), "--disk-floor") {
		t.Fatalf("start on a full disk: %v", err)
	}
}

// A run that ends while the disk is full keeps its result: the outputs and
// the outcome wait for space, and the job completes once space frees,
// rather than being failed, given back or lost.
func TestDiskFloorRunEndingOnFullDiskWaits(t *testing.T) {
	fs := smallFS(t, 64)
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	n := startedNode(t, ctx, DataDir(filepath.Join(fs, "d")), Network("diskrun"), quiet(), SimGPUs("none"), WithoutChain(), WithoutDocker(), AllowProcess(), DiskFloorMiB(24))
	cl := api.NewClient(n.SocketPath())
	owner, _ := crypto.GenerateKey()
	req := emptyJob(t, n, owner)
	req.Spec.Runtime, req.Spec.Artifact, req.Spec.ArtifactSize, req.Artifact = "process", "sh", 0, nil
	req.Spec.Args = []string{"-c", "sleep 2"}
	sig, err := types.SignJobSpec(&req.Spec, n.cfg.ChainID, types.KeySigner{Key: owner})
	if err != nil {
		t.Fatal(err)
	}
	req.Signature = "0x" + hex.EncodeToString(sig)
	resp, err := cl.Submit(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	state := func() *api.Job {
		j, err := cl.Job(ctx, resp.ID)
		if err != nil {
			t.Fatal(err)
		}
		return j
	}
	for j := state(); j.State != "running"; j = state() {
		if j.State != "pending" && j.State != "claimed" {
			t.Fatalf("job %s before it ran (%s)", j.State, j.Error)
		}
		time.Sleep(20 * time.Millisecond)
	}
	filler := fillTo(t, fs, 1)
	time.Sleep(4 * time.Second) // the run ends meanwhile
	if j := state(); j.State != "running" {
		t.Fatalf("run that ended on a full disk: %s (%s); want it still running, its result waiting", j.State, j.Error)
	}
	if err := os.Remove(filler); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(30 * time.Second)
	for j := state(); j.State != "completed"; j = state() {
		if j.State != "running" || time.Now().After(deadline) {
			t.Fatalf("after space freed: %s (%s); want completed", j.State, j.Error)
		}
		time.Sleep(50 * time.Millisecond)
	}
}
