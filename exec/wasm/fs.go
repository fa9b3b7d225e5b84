package wasm

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/tetratelabs/wazero"
	experimentalsys "github.com/tetratelabs/wazero/experimental/sys"
	"github.com/tetratelabs/wazero/experimental/sysfs"
)

const (
	inputsGuestPath     = "/inputs"
	outputsGuestPath    = "/outputs"
	checkpointGuestPath = "/checkpoint"
)

// mounts returns the guest's file system: inputs read-only at /inputs,
// outputs read-write at /outputs, nothing else.
//
// wazero's WithDirMount would let the guest create a relative symlink
// ("../../../etc/passwd") in /outputs and then open it: the host follows
// it. So the writable mount refuses symlink creation, and both directories
// are checked for symlinks (and device files, FIFOs) before mounting.
func mounts(inputsDir, outputsDir, checkpointDir string) (wazero.FSConfig, error) {
	fsc := wazero.NewFSConfig()
	if inputsDir != "" {
		if err := checkMountDir(inputsDir); err != nil {
			return nil, fmt.Errorf("wasm: inputs dir: %w", err)
		}
		ro := &sysfs.ReadFS{FS: sysfs.DirFS(inputsDir)}
		fsc = fsc.(sysfs.FSConfig).WithSysFSMount(ro, inputsGuestPath)
	}
	if outputsDir != "" {
		if err := checkMountDir(outputsDir); err != nil {
			return nil, fmt.Errorf("wasm: outputs dir: %w", err)
		}
		rw := &noSymlinkFS{FS: sysfs.DirFS(outputsDir)}
		fsc = fsc.(sysfs.FSConfig).WithSysFSMount(rw, outputsGuestPath)
	}
	if checkpointDir != "" {
		if err := checkMountDir(checkpointDir); err != nil {
			return nil, fmt.Errorf("wasm: checkpoint dir: %w", err)
		}
		rw := &noSymlinkFS{FS: sysfs.DirFS(checkpointDir)}
		fsc = fsc.(sysfs.FSConfig).WithSysFSMount(rw, checkpointGuestPath)
	}
	return fsc, nil
}

// checkMountDir makes sure dir is a directory holding only directories and
// regular files, so that nothing in it leads the guest out of it (symlinks)
// or blocks the daemon (FIFOs, devices).
func checkMountDir(dir string) error {
	fi, err := os.Stat(dir)
	if err != nil {
		return err
	}
	if !fi.IsDir() {
		return fmt.Errorf("%s is not a directory", dir)
	}
	return filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if p == dir {
			return nil // the mount point itself may be reached through a link
		}
		switch t := d.Type(); {
		case t&fs.ModeSymlink != 0:
			return fmt.Errorf("%s is a symlink; mounted dirs may hold only files and dirs", p)
		case !t.IsDir() && !t.IsRegular():
			return fmt.Errorf("%s is a special file (%v); mounted dirs may hold only files and dirs", p, t)
		}
		return nil
	})
}

// noSymlinkFS is a writable mount in which the guest cannot create
// symlinks (see mounts).
type noSymlinkFS struct {
	experimentalsys.FS
}

func (noSymlinkFS) Symlink(string, string) experimentalsys.Errno {
	return experimentalsys.EPERM
}
