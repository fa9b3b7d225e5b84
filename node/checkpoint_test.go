package node

import (
	"bytes"
	"context"
	"crypto/rand"
	"log/slog"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/skyops/skyops/exec/result"
	"github.com/skyops/skyops/types"
)

// The executor of a job died right after announcing a checkpoint, before
// the home daemon fetched it: the next executor cannot get that latest
// snapshot, and resumes from the newest one the home holds, which the home
// offers with the data key. Without the offer it would start from nothing.
func TestResumeFromTheCheckpointTheHomeKept(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	home, exec := twoNodes(t, ctx)
	fold := func(raw []byte) {
		t.Helper()
		e, err := types.OpenJobEvent(syncTestNet, raw)
		if err != nil {
			t.Fatal(err)
		}
		for _, n := range []*Node{home, exec} {
			if _, err := n.receive(ctx, e, raw, false); err != nil {
				t.Fatal(err)
			}
		}
	}
	sub, subRaw := ownerSubmit(t, home)
	key := make([]byte, types.DataKeySize)
	rand.Read(key)
	if err := home.store.PutJobKey(sub.Job.Hex(), key); err != nil {
		t.Fatal(err)
	}
	fold(subRaw)
	fold(claimFor(t, exec, sub, 1))
	fold(sealed(t, exec, &types.JobEvent{Job: sub.Job, Type: types.EvStart, Attempt: 1}))

	// Checkpoint 1 reached the home; checkpoint 2 is announced and nobody
	// has it (its executor is gone).
	pack := func(state string) []byte {
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, "state"), []byte(state), 0o600); err != nil {
			t.Fatal(err)
		}
		var pkg bytes.Buffer
		if _, _, err := result.Pack(dir, &pkg); err != nil {
			t.Fatal(err)
		}
		sealed, err := types.SealWithKey(key, pkg.Bytes())
		if err != nil {
			t.Fatal(err)
		}
		return sealed
	}
	first, second := pack("7"), pack("9")
	if err := home.blobs.Put(result.CIDOf(first), first); err != nil {
		t.Fatal(err)
	}
	now := uint64(time.Now().UnixMilli())
	fold(sealed(t, exec, &types.JobEvent{Job: sub.Job, Type: types.EvCheckpoint, Attempt: 1, TimeMs: now, CheckpointCID: result.CIDOf(first)}))
	fold(sealed(t, exec, &types.JobEvent{Job: sub.Job, Type: types.EvCheckpoint, Attempt: 1, TimeMs: now + 200, CheckpointCID: result.CIDOf(second)}))
	deadline := time.Now().Add(20 * time.Second)
	for home.keptFor(sub.Job) != result.CIDOf(first) {
		if time.Now().After(deadline) {
			t.Fatalf("the home never noted the checkpoint it holds (kept %q)", home.keptFor(sub.Job))
		}
		time.Sleep(20 * time.Millisecond)
	}
	// Its fetch of the second one can only fail: nobody holds it.

	gotKey, kept, err := exec.RequestJobKey(ctx, home.ID(), sub.Job)
	if err != nil || !bytes.Equal(gotKey, key) || kept != result.CIDOf(first) {
		t.Fatalf("data key: %v, kept %q; want the key and %s", err, kept, result.CIDOf(first))
	}
	exec.mu.Lock()
	j := exec.brain.Job(sub.Job)
	exec.mu.Unlock()
	if j.Checkpoint == nil || j.Checkpoint.CheckpointCID != result.CIDOf(second) {
		t.Fatalf("the job's latest checkpoint: %+v, want the second", j.Checkpoint)
	}
	log := slog.New(slog.DiscardHandler)
	restored := func(kept string) string {
		dir := filepath.Join(t.TempDir(), "checkpoint")
		if exec.prepareCheckpoints(ctx, j, home.ID(), dir, key, kept, log) == nil {
			t.Fatal("no checkpointer")
		}
		b, _ := os.ReadFile(filepath.Join(dir, "state"))
		return string(b)
	}
	if got := restored(kept); got != "7" {
		t.Fatalf("resumed with state %q, want the home's checkpoint (7)", got)
	}
	if got := restored(""); got != "" {
		t.Fatalf("without the home's offer it restored %q from a checkpoint nobody holds", got)
	}
}
