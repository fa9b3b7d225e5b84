package node

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
)

// Local trust: the data dir holds the node key and the API socket, and the
// socket is where submitters send data keys and secrets. A directory that
// another local user can write to (or owns) lets that user replace the
// socket with their own and capture what is sent to it, so the daemon
// refuses one. The skyops CLI checks the same before it sends anything (see
// api.CheckSocket).

// privateDirs makes the data dir, and the socket's dir when it is elsewhere,
// mode 0700 when they do not exist yet, and refuses them when another user
// could write to them.
func privateDirs(dataDir, socket string) error {
	if err := privateDir("data dir", dataDir); err != nil {
		return err
	}
	if sockDir := filepath.Dir(socket); sockDir != filepath.Clean(dataDir) {
		return privateDir("socket dir", sockDir)
	}
	return nil
}

// privateDir creates dir (0700) if it is missing, else checks it is a
// directory of this user's that nobody else can write to.
func privateDir(what, dir string) error {
	st, err := os.Stat(dir)
	if errors.Is(err, fs.ErrNotExist) {
		if err := os.MkdirAll(dir, 0o700); err != nil {
			return fmt.Errorf("create %s %s: %w (pass a --data-dir you can write)", what, dir, err)
		}
		// MkdirAll's mode passed through the umask; say it exactly.
		if err := os.Chmod(dir, 0o700); err != nil {
			return fmt.Errorf("make %s %s private: %w", what, dir, err)
		}
		return nil
	}
	if err != nil {
		return fmt.Errorf("check %s %s: %w", what, dir, err)
	}
	if !st.IsDir() {
		return fmt.Errorf("%s %s is not a directory: pass a directory (or a path that does not exist yet)", what, dir)
	}
	return checkPrivate(what, dir, st)
}

// checkPrivate refuses a directory owned by another user, or writable by
// group or others.
func checkPrivate(what, dir string, st fs.FileInfo) error {
	if sys, ok := st.Sys().(*syscall.Stat_t); ok {
		if me := os.Geteuid(); int(sys.Uid) != me {
			return fmt.Errorf("%s %s is owned by uid %d, not by the daemon's user (uid %d): another user could replace its socket; use a directory of your own, or chown %d %s",
				what, dir, sys.Uid, me, me, dir)
		}
	}
	if perm := st.Mode().Perm(); perm&0o022 != 0 {
		return fmt.Errorf("%s %s is writable by group/others (mode %04o); chmod 700 %s", what, dir, perm, dir)
	}
	return nil
}
