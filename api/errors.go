package api

import (
	"errors"
	"fmt"
	"net/http"
)

// CodeDiskLow is the code of a write refused because the daemon's data dir
// disk is below its free-space floor (503).
const CodeDiskLow = "disk_low"

// Error codes and the HTTP status each travels with.
var codeStatus = map[string]int{
	"bad_request":        http.StatusBadRequest,
	"forbidden":          http.StatusForbidden,
	"not_found":          http.StatusNotFound,
	"method_not_allowed": http.StatusMethodNotAllowed,
	"conflict":           http.StatusConflict,
	"payment_required":   http.StatusPaymentRequired,
	"unplaceable":        http.StatusUnprocessableEntity,
	"timeout":            http.StatusRequestTimeout,
	"too_large":          http.StatusRequestEntityTooLarge,
	"unavailable":        http.StatusServiceUnavailable,
	CodeDiskLow:          http.StatusServiceUnavailable,
	"internal":           http.StatusInternalServerError,
}

// Errorf makes an API error with a code (see docs/api.md) and a message a
// person can act on. Backends return these; anything else is "internal".
func Errorf(code, format string, a ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, a...)}
}

func writeErr(w http.ResponseWriter, err error) {
	var e *Error
	if !errors.As(err, &e) {
		e = &Error{Code: "internal", Message: err.Error()}
	}
	status, ok := codeStatus[e.Code]
	if !ok {
		status = http.StatusInternalServerError
	}
	writeJSON(w, status, e)
}
