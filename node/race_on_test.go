//go:build race

package node

// raceDetector: this test binary runs under the race detector, which
// multiplies memory use, so memory figures measured here mean nothing.
const raceDetector = true
