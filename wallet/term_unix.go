//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

package wallet

import (
	"context"
	"errors"

	"golang.org/x/sys/unix"
)

var errRetry = unix.EINTR

func isTerminal(fd int) bool {
	_, err := unix.IoctlGetTermios(fd, ioctlGetTermios)
	return err == nil
}

// readNoEcho turns echo off (keeping line editing and Ctrl-C), reads a
// line, and puts the terminal back as it was, also when ctx ends first.
func readNoEcho(ctx context.Context, fd int) (string, error) {
	old, err := unix.IoctlGetTermios(fd, ioctlGetTermios)
	if err != nil {
		return "", err
	}
	quiet := *old
	quiet.Lflag &^= unix.ECHO
	quiet.Lflag |= unix.ICANON | unix.ISIG
	quiet.Iflag |= unix.ICRNL
	if err := unix.IoctlSetTermios(fd, ioctlSetTermios, &quiet); err != nil {
		return "", err
	}
	defer unix.IoctlSetTermios(fd, ioctlSetTermios, old)

	type result struct {
		s   string
		err error
	}
	done := make(chan result, 1)
	go func() {
		// Left blocked in read if ctx ends first; the CLI exits right after.
		s, err := readLine(fd, unix.Read)
		done <- result{s, err}
	}()
	select {
	case r := <-done:
		return r.s, r.err
	case <-ctx.Done():
		return "", errors.Join(errors.New("password prompt interrupted"), ctx.Err())
	}
}
