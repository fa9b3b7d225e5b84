package wallet

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

// maxPasswordFile guards against --password-file pointing at something
// that is not a password file.
const maxPasswordFile = 64 << 10

// ReadPasswordFile reads a password from path. One trailing newline (\n or
// \r\n) is dropped, as editors and `echo` add one; everything else,
// spaces included, is the password.
func ReadPasswordFile(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", fmt.Errorf("password file: %w", err)
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, maxPasswordFile+1))
	if err != nil {
		return "", fmt.Errorf("password file %s: %w", path, err)
	}
	if len(b) > maxPasswordFile {
		return "", fmt.Errorf("password file %s is over %d KiB: is it the right file?", path, maxPasswordFile>>10)
	}
	s := strings.TrimSuffix(string(b), "\n")
	return strings.TrimSuffix(s, "\r"), nil
}

// ErrNoTerminal says that a password prompt needs a terminal.
var ErrNoTerminal = errors.New("not a terminal")

// IsTerminal reports whether f is a terminal that PromptPassword can use.
func IsTerminal(f *os.File) bool { return f != nil && isTerminal(int(f.Fd())) }

// PromptPassword writes prompt to out and reads one line from the terminal
// in, without echo. Cancelling ctx (Ctrl-C in the CLI) gives up the read
// and restores the terminal.
func PromptPassword(ctx context.Context, in *os.File, out io.Writer, prompt string) (string, error) {
	if !IsTerminal(in) {
		return "", ErrNoTerminal
	}
	fmt.Fprint(out, prompt)
	defer fmt.Fprintln(out) // the user's Enter was not echoed
	return readNoEcho(ctx, int(in.Fd()))
}

// readLine reads up to a newline one byte at a time, so that nothing past
// the password is consumed from the terminal.
func readLine(fd int, read func(fd int, p []byte) (int, error)) (string, error) {
	var line []byte
	var b [1]byte
	for {
		n, err := read(fd, b[:])
		if n == 1 {
			if b[0] == '\n' {
				return strings.TrimSuffix(string(line), "\r"), nil
			}
			line = append(line, b[0])
			if len(line) > maxPasswordFile {
				return "", errors.New("password too long")
			}
			continue
		}
		if err != nil && !errors.Is(err, errRetry) {
			return "", fmt.Errorf("read password: %w", err)
		}
		if err == nil { // end of input: Ctrl-D
			if len(line) == 0 {
				return "", errors.New("read password: no input")
			}
			return string(line), nil
		}
	}
}
