package api

import (
	"fmt"
	"os"
	"path/filepath"
	"syscall"
)

// UntrustedSocketError says why the client will not talk to a socket.
type UntrustedSocketError struct {
	Socket string
	Reason string
}

func (e *UntrustedSocketError) Error() string {
	return fmt.Sprintf("refusing to talk to the daemon socket %s: %s", e.Socket, e.Reason)
}

// CheckSocket refuses a socket that another local user could have put in
// place to capture what is sent to it (data keys, secrets): the socket must
// be owned by this user or root, and its directory must be owned by this
// user or root and writable by nobody else. A socket that does not exist
// passes (dialing it fails with its own advice). The client checks this
// before every connection.
func CheckSocket(path string) error {
	me := os.Getuid()
	trusted := func(uid uint32) bool { return int(uid) == me || uid == 0 }
	st, err := os.Lstat(path)
	if err != nil {
		return nil
	}
	if st.Mode()&os.ModeSocket == 0 {
		return &UntrustedSocketError{path, "it is not a socket"}
	}
	if sys, ok := st.Sys().(*syscall.Stat_t); ok && !trusted(sys.Uid) {
		return &UntrustedSocketError{path, fmt.Sprintf("it is owned by uid %d, not by you (uid %d) or root: another user may have put it there to capture what you send; check who runs the daemon, or pass --socket", sys.Uid, me)}
	}
	dir := filepath.Dir(path)
	dst, err := os.Stat(dir)
	if err != nil {
		return &UntrustedSocketError{path, fmt.Sprintf("its directory cannot be checked: %v", err)}
	}
	if sys, ok := dst.Sys().(*syscall.Stat_t); ok && !trusted(sys.Uid) {
		return &UntrustedSocketError{path, fmt.Sprintf("its directory %s is owned by uid %d, not by you (uid %d) or root, so that user could replace the socket", dir, sys.Uid, me)}
	}
	if perm := dst.Mode().Perm(); perm&0o022 != 0 {
		return &UntrustedSocketError{path, fmt.Sprintf("its directory %s is writable by group/others (mode %04o), so another user could replace the socket; chmod 700 %s", dir, perm, dir)}
	}
	return nil
}
