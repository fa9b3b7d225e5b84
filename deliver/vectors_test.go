package deliver

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"testing"
)

// The vectors were computed with arweave-js 1.x (the copy arlocal
// installs: lib/deepHash and lib/merkle.generateTransactionChunks), over
// testData, by the script in tools/arlocal/vectors.js.

func testData(n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(i*31 + 7)
	}
	return b
}

func TestDeepHashVectors(t *testing.T) {
	b := base64.RawURLEncoding.EncodeToString
	got := deepHash(dhList(dhString("2"), dhBlob(testData(10)), dhBlob(nil), dhString("0"),
		dhList(dhList(dhString("a"), dhString("b")), dhList(dhString("Content-Type"), dhString("x"))), dhList()))
	if want := "RrabvQ94ZrssrYN1nj9DE4fW4lIMCBYDbmJIB7tS-VbgNpW838ak14TR1In4sC6O"; b(got[:]) != want {
		t.Errorf("deep hash of the list = %s, want %s", b(got[:]), want)
	}
	got = deepHash(dhBlob(testData(1000)))
	if want := "6ncuKWK5t8EFhwlPMBqaTFccW7ZJOoY8Cn3u8nh6323I2rOjV05VjwOd0S4QhG9n"; b(got[:]) != want {
		t.Errorf("deep hash of a blob = %s, want %s", b(got[:]), want)
	}
}

func TestDataRootVectors(t *testing.T) {
	for _, v := range []struct {
		size         int
		root         string
		chunks       int    // uploaded (non-empty) chunks
		proofsSHA256 string // of the uploaded chunks' proofs, concatenated
	}{
		{1, "JIK3SDDlKjjt_JzGUajGEVDAYS2klcOz3BwUxUeqql4", 1, "xKBOSW1eZTzMk4pGPQyyDmjiZpRgNHN-4DomsiKPwGE"},
		{1000, "yLCk9MTJ5X8hEgPyEhgAw77bkTMYfulLlXSM4RpeKPs", 1, "aDMTdiEJM5AzFZeRSiTJ5q2VJUkrtQvSGL0Lb6dD_UQ"},
		{262144, "9caFXo8ZSLO0FkhNX--ThqiAjqDnmbHqI0OoDvCidIA", 1, "YTDwIdhxxHQABSjsR6yd1dezQISUQyNT2A6XvodZPvA"},
		{262145, "KfnRhfK7kS37cw4IEIQQSNjDn2JkPlLpn8MLHfgYFw4", 2, "ZA8ZI0eAZDnXOpr6-6FOoLiBpfVzT3iXn4GJzrO3tbw"},
		{294911, "PM7Pmayz5fQSG2SerA944F44h9sx06-D-WvMnW8oIX4", 2, "C6R7tkFzgwBdXivTArlRG9Qav6llBa8Xgf00WVGRcnk"},
		{294912, "iKpYJyk-CWLCd6bRrIEQefIDzyEiyXOgZnGEQnfeL0M", 2, "8Ij6MSVpUPIuK3erUHVt9yNkfwF1sT1UEGFh3Au9lAY"},
		{600000, "n67Nefiqy059Y1xdQvDmf8uxgsuAtHDdNnBE3riX52M", 3, "zC_Fyz6YccLgqAhl6dgX3BV_6q7x4zOUfI-yWFsSUG4"},
		{524288, "Jp4EJ4ivkK4uaFAyO7jdOl9l5CBJ5WjljFzziUgIaCw", 2, "h-SnTB7ssHBMQYA5vvbqgjsWZRJlW3eJcazxPqYB98s"},
		{1060921, "80Ll-m98WxeiPutgAB93S77HUJXbnfvZ9g73rSLQ64U", 5, "hZ_uYMQ58Hs8GD0B7ReEaO5WnDKTex6mCt8CbsfSSIQ"},
	} {
		tree, err := buildDataTree(bytes.NewReader(testData(v.size)), int64(v.size))
		if err != nil {
			t.Fatal(err)
		}
		if got := base64.RawURLEncoding.EncodeToString(tree.Root[:]); got != v.root {
			t.Errorf("%d bytes: data root %s, want %s", v.size, got, v.root)
		}
		var all []byte
		n := 0
		for i, c := range tree.Chunks {
			if c.Max > c.Min {
				n++
				all = append(all, tree.Proofs[i]...)
			}
		}
		h := sha256.Sum256(all)
		if n != v.chunks {
			t.Errorf("%d bytes: %d chunks, want %d", v.size, n, v.chunks)
		}
		if got := base64.RawURLEncoding.EncodeToString(h[:]); got != v.proofsSHA256 {
			t.Errorf("%d bytes: proofs hash %s, want %s", v.size, got, v.proofsSHA256)
		}
	}
}
