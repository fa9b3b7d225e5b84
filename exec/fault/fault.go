// Package fault tells an executor's own trouble from a job's. A run that
// fails because of the machine it was placed on (its disk is full, it is
// out of memory to start the job, its runtime is unavailable, the image or
// program the job names is not there) says nothing about the job: the
// executor gives the attempt back, and the next node in the ranking runs
// it. A run that fails because of what the job did (it exited non-zero, it
// wrote more than its disk allowance) fails the job.
//
// Runtimes mark their local errors with Local; IsLocal also knows the
// operating system's errors that mean the machine ran out of something.
package fault

import (
	"errors"
	"syscall"
)

// ErrLocal is what every local resource error wraps.
var ErrLocal = errors.New("local resource error")

// Local marks err as the executor's own trouble; its message is err's.
func Local(err error) error {
	if err == nil {
		return nil
	}
	return &localError{err}
}

type localError struct{ err error }

func (e *localError) Error() string   { return e.err.Error() }
func (e *localError) Unwrap() []error { return []error{e.err, ErrLocal} }

// IsLocal reports whether err is the executor's own trouble: marked with
// Local, or a full disk, an exceeded quota or no memory.
func IsLocal(err error) bool {
	return errors.Is(err, ErrLocal) || errors.Is(err, syscall.ENOSPC) ||
		errors.Is(err, syscall.EDQUOT) || errors.Is(err, syscall.ENOMEM)
}
