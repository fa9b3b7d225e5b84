package testnet

import (
	"os"
	"testing"
)

// netnsUnavailable skips a test that needs network namespaces on a machine
// without them, and fails it where CI promises them (SKYOPS_REQUIRE_NETNS=1).
func netnsUnavailable(t *testing.T, why string) {
	t.Helper()
	if os.Getenv("SKYOPS_REQUIRE_NETNS") == "1" {
		t.Fatalf("SKYOPS_REQUIRE_NETNS=1 but: %s", why)
	}
	t.Skip(why)
}
