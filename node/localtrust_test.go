package node

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A data dir or socket dir another user could write to (or owns) is
// refused with what to do; a fresh one is made 0700.
func TestDataDirTrust(t *testing.T) {
	ctx := context.Background()
	base := tmp(t)

	open := filepath.Join(base, "open")
	if err := os.Mkdir(open, 0o700); err != nil {
		t.Fatal(err)
	}
	os.Chmod(open, 0o777)
	_, err := New(ctx, DataDir(open), quiet())
	want := "data dir " + open + " is writable by group/others (mode 0777); chmod 700 " + open
	if err == nil || err.Error() != want {
		t.Fatalf("world-writable data dir: %v\nwant %s", err, want)
	}
	if _, err := os.Stat(filepath.Join(open, "node.key")); !os.IsNotExist(err) {
		t.Fatalf("a key was written into the refused data dir: %v", err)
	}
	// Doing what the message says is enough.
	os.Chmod(open, 0o700)
	n, err := New(ctx, DataDir(open), quiet())
	if err != nil {
		t.Fatalf("after chmod 700: %v", err)
	}
	n.Close()

	sockDir := filepath.Join(base, "sockets")
	os.Mkdir(sockDir, 0o700)
	os.Chmod(sockDir, 0o770)
	_, err = New(ctx, DataDir(filepath.Join(base, "d2")), Socket(filepath.Join(sockDir, "s.sock")), quiet())
	if err == nil || !strings.Contains(err.Error(), "socket dir "+sockDir+" is writable by group/others (mode 0770)") {
		t.Fatalf("group-writable socket dir: %v", err)
	}

	fresh := filepath.Join(base, "new", "data")
	n, err = New(ctx, DataDir(fresh), Socket(filepath.Join(base, "newsock", "s.sock")), quiet())
	if err != nil {
		t.Fatal(err)
	}
	n.Close()
	for _, d := range []string{fresh, filepath.Join(base, "newsock")} {
		if st, err := os.Stat(d); err != nil || st.Mode().Perm() != 0o700 {
			t.Fatalf("fresh dir %s: %v, %v; want mode 0700", d, st.Mode(), err)
		}
	}

	if os.Geteuid() != 0 {
		t.Log("not root: the other-owner case needs chown")
		return
	}
	theirs := filepath.Join(base, "theirs")
	os.Mkdir(theirs, 0o700)
	if err := os.Chown(theirs, 12345, 12345); err != nil {
		t.Fatal(err)
	}
	_, err = New(ctx, DataDir(theirs), quiet())
	if err == nil || !strings.Contains(err.Error(), "data dir "+theirs+" is owned by uid 12345, not by the daemon's user (uid 0)") {
		t.Fatalf("data dir of another user: %v", err)
	}
}
