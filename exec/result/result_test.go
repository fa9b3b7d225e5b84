package result

import (
	"archive/tar"
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// tree writes files (path -> content; a path ending in "/" is a directory)
// under a new temp dir.
func tree(t testing.TB, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for p, content := range files {
		full := filepath.Join(dir, filepath.FromSlash(p))
		if strings.HasSuffix(p, "/") {
			if err := os.MkdirAll(full, 0o700); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if err := os.MkdirAll(filepath.Dir(full), 0o700); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// contents reads a tree back as path -> content (dirs as "/"-suffixed keys).
func contents(t testing.TB, dir string) map[string]string {
	t.Helper()
	got := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || p == dir {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		rel = filepath.ToSlash(rel)
		switch {
		case d.IsDir():
			got[rel+"/"] = ""
		case d.Type().IsRegular():
			b, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			got[rel] = string(b)
		default:
			t.Errorf("unexpected %s (%v)", rel, d.Type())
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return got
}

func pack(t testing.TB, dir string) (string, []byte) {
	t.Helper()
	var buf bytes.Buffer
	c, n, err := Pack(dir, &buf)
	if err != nil {
		t.Fatal(err)
	}
	if n != int64(buf.Len()) {
		t.Fatalf("size %d, wrote %d", n, buf.Len())
	}
	return c, buf.Bytes()
}

var sample = map[string]string{
	"model.txt":            "weights",
	"metrics.json":         `{"loss":0.1}`,
	"empty/":               "",
	"ckpt/epoch-1/a.bin":   "\x00\x01\x02",
	"ckpt/epoch-1/empty":   "",
	"a/b/c/d/e/f/deep.txt": "deep",
	strings.Repeat("long-name-", 20) + ".txt": "long names need PAX",
}

func TestRoundTrip(t *testing.T) {
	src := tree(t, sample)
	if err := os.Chmod(filepath.Join(src, "model.txt"), 0o700); err != nil {
		t.Fatal(err)
	}
	c, data := pack(t, src)
	if err := VerifyCID(c, data); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(c, "bafkrei") { // CIDv1, raw, sha2-256, base32
		t.Errorf("CID %s", c)
	}
	dst := filepath.Join(t.TempDir(), "out")
	if err := Unpack(bytes.NewReader(data), dst, Limits{}); err != nil {
		t.Fatal(err)
	}
	got := contents(t, dst)
	want := contents(t, src)
	if len(got) != len(want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s = %q, want %q", k, got[k], v)
		}
	}
	fi, err := os.Stat(filepath.Join(dst, "model.txt"))
	if err != nil || fi.Mode().Perm()&0o100 == 0 {
		t.Errorf("executable file mode %v, %v", fi.Mode(), err)
	}
	if fi, _ := os.Stat(dst); fi.Mode().Perm() != 0o755 {
		t.Errorf("dir mode %v", fi.Mode())
	}
}

func TestUnpackIntoEmptyDir(t *testing.T) {
	_, data := pack(t, tree(t, map[string]string{"x": "1"}))
	dst := t.TempDir() // exists, empty
	if err := Unpack(bytes.NewReader(data), dst, Limits{}); err != nil {
		t.Fatal(err)
	}
	if err := Unpack(bytes.NewReader(data), dst, Limits{}); err == nil || !strings.Contains(err.Error(), "not empty") {
		t.Fatalf("unpack into non-empty dir: %v", err)
	}
}

func TestPackDeterministic(t *testing.T) {
	a := tree(t, sample)
	c1, d1 := pack(t, a)
	// Same content, different mtimes, modes (non-exec) and creation order.
	b := tree(t, sample)
	old := time.Date(2001, 2, 3, 4, 5, 6, 0, time.UTC)
	filepath.WalkDir(b, func(p string, _ fs.DirEntry, _ error) error {
		return os.Chtimes(p, old, old)
	})
	os.Chmod(filepath.Join(b, "metrics.json"), 0o640)
	c2, d2 := pack(t, b)
	c3, _ := pack(t, a)
	if c1 != c2 || c1 != c3 || !bytes.Equal(d1, d2) {
		t.Fatalf("CIDs differ: %s %s %s", c1, c2, c3)
	}
	if c1 != CIDOf(d1) {
		t.Fatalf("Pack CID %s != CIDOf %s", c1, CIDOf(d1))
	}
	tr := tar.NewReader(bytes.NewReader(d1))
	var names []string
	for {
		h, err := tr.Next()
		if err != nil {
			break
		}
		if !h.ModTime.Equal(time.Unix(0, 0)) || h.Uid != 0 || h.Gid != 0 || h.Uname != "" || h.Gname != "" {
			t.Errorf("%s: header not normalised: %+v", h.Name, h)
		}
		if h.Mode != 0o644 && h.Mode != 0o755 {
			t.Errorf("%s: mode %o", h.Name, h.Mode)
		}
		names = append(names, h.Name)
	}
	if names[0] != "a/" || names[len(names)-1] != "model.txt" {
		t.Errorf("order: %v", names)
	}
}

func TestPackRefusesSymlinks(t *testing.T) {
	dir := tree(t, map[string]string{"ok.txt": "x"})
	if err := os.Symlink("/etc/passwd", filepath.Join(dir, "link")); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if _, _, err := Pack(dir, &buf); err == nil || !strings.Contains(err.Error(), "symlink") {
		t.Fatalf("err = %v", err)
	}
	if _, _, err := Pack(filepath.Join(dir, "missing"), &buf); err == nil {
		t.Fatal("packing a missing dir succeeded")
	}
}

func TestCIDs(t *testing.T) {
	data := []byte("hello")
	c := CIDOf(data)
	if c != "bafkreibm6jg3ux5qumhcn2b3flc3tyu6dmlb4xa7u5bf44yegnrjhc4yeq" {
		t.Errorf("CIDOf(hello) = %s", c) // matches `ipfs add --cid-version 1 --raw-leaves`
	}
	if got, n, err := CIDOfReader(bytes.NewReader(data)); err != nil || got != c || n != 5 {
		t.Errorf("CIDOfReader = %s %d %v", got, n, err)
	}
	if err := VerifyCID(c, data); err != nil {
		t.Error(err)
	}
	tampered := bytes.Clone(data)
	tampered[2] ^= 1
	if err := VerifyCID(c, tampered); err == nil || !strings.Contains(err.Error(), "mismatch") {
		t.Errorf("tampered: %v", err)
	}
	for _, bad := range []string{"", "not-a-cid", c[:20], "Qm" + strings.Repeat("1", 44)} {
		if err := VerifyCID(bad, data); err == nil {
			t.Errorf("VerifyCID(%q) succeeded", bad)
		}
	}
	// A well-formed CIDv0 (dag-pb) is not the kind of CID results have.
	if err := VerifyCID("QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG", data); err == nil || !strings.Contains(err.Error(), "unsupported") {
		t.Errorf("CIDv0: %v", err)
	}
}

func TestTamperedTar(t *testing.T) {
	c, data := pack(t, tree(t, sample))
	bad := bytes.Clone(data)
	bad[len(bad)/3] ^= 0x40
	if err := VerifyCID(c, bad); err == nil {
		t.Fatal("tampered tar verified")
	}
}

type entry struct {
	hdr  tar.Header
	body string
}

func mkTar(t testing.TB, entries ...entry) []byte {
	t.Helper()
	var buf bytes.Buffer
	tw := tar.NewWriter(&buf)
	for _, e := range entries {
		h := e.hdr
		if h.Typeflag == tar.TypeReg && h.Size == 0 {
			h.Size = int64(len(e.body))
		}
		if h.Mode == 0 {
			h.Mode = 0o644
		}
		if err := tw.WriteHeader(&h); err != nil {
			t.Fatal(err)
		}
		if e.body != "" {
			if _, err := tw.Write([]byte(e.body)); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := tw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func file(name, body string) entry {
	return entry{tar.Header{Typeflag: tar.TypeReg, Name: name}, body}
}

func TestUnpackRejectsMalicious(t *testing.T) {
	ok := file("ok.txt", "fine")
	huge := tar.Header{Typeflag: tar.TypeReg, Name: "huge.bin", Size: 1 << 40, Mode: 0o644}
	var hugeTar bytes.Buffer
	tw := tar.NewWriter(&hugeTar)
	tw.WriteHeader(&huge)
	tw.Write(make([]byte, 1024)) // far less than claimed; the header alone must be refused
	tw.Flush()

	truncated := mkTar(t, ok, file("b.txt", strings.Repeat("y", 900)))
	truncated = truncated[:len(truncated)-1024-200] // drop the end blocks and part of b.txt

	cases := map[string][]byte{
		"dotdot":          mkTar(t, ok, file("../escape.txt", "x")),
		"dotdot inside":   mkTar(t, ok, file("a/../../escape.txt", "x")),
		"dotdot harmless": mkTar(t, ok, file("a/../b.txt", "x")),
		"absolute":        mkTar(t, ok, file("/tmp/abs.txt", "x")),
		"symlink":         mkTar(t, ok, entry{tar.Header{Typeflag: tar.TypeSymlink, Name: "link", Linkname: "/etc/passwd"}, ""}),
		"symlink then write": mkTar(t,
			entry{tar.Header{Typeflag: tar.TypeSymlink, Name: "d", Linkname: ".."}, ""},
			file("d/escape.txt", "x")),
		"hardlink":   mkTar(t, ok, entry{tar.Header{Typeflag: tar.TypeLink, Name: "hl", Linkname: "ok.txt"}, ""}),
		"char dev":   mkTar(t, ok, entry{tar.Header{Typeflag: tar.TypeChar, Name: "null", Devmajor: 1, Devminor: 3}, ""}),
		"fifo":       mkTar(t, ok, entry{tar.Header{Typeflag: tar.TypeFifo, Name: "fifo"}, ""}),
		"duplicate":  mkTar(t, ok, file("ok.txt", "overwrite")),
		"too big":    mkTar(t, ok, file("big.bin", strings.Repeat("x", 2000))),
		"too many":   mkTar(t, ok, file("1", "1"), file("2", "2"), file("3", "3"), file("4", "4")),
		"huge":       hugeTar.Bytes(),
		"truncated":  truncated,
		"garbage":    []byte(strings.Repeat("not a tar ", 100)),
		"empty name": mkTar(t, ok, entry{tar.Header{Typeflag: tar.TypeDir, Name: "./"}, ""}),
	}
	for name, data := range cases {
		t.Run(name, func(t *testing.T) {
			parent := t.TempDir()
			dst := filepath.Join(parent, "out")
			err := Unpack(bytes.NewReader(data), dst, Limits{MaxFiles: 4, MaxBytes: 1000})
			if err == nil {
				t.Fatal("accepted")
			}
			t.Log(err)
			entries, _ := os.ReadDir(parent)
			if len(entries) != 0 {
				t.Errorf("left behind: %v", entries)
			}
			if _, err := os.Stat(filepath.Join(filepath.Dir(parent), "escape.txt")); err == nil {
				t.Error("escaped")
			}
		})
	}
}

func TestUnpackLimitsExact(t *testing.T) {
	data := mkTar(t, file("a", strings.Repeat("x", 600)), file("b", strings.Repeat("x", 400)))
	if err := Unpack(bytes.NewReader(data), filepath.Join(t.TempDir(), "o"), Limits{MaxFiles: 2, MaxBytes: 1000}); err != nil {
		t.Fatalf("at the limits: %v", err)
	}
}

func FuzzUnpack(f *testing.F) {
	f.Add(mkTar(f, file("a.txt", "hello"), entry{tar.Header{Typeflag: tar.TypeDir, Name: "d/"}, ""}, file("d/b", "x")))
	f.Add(mkTar(f, file("../x", "x")))
	f.Add(mkTar(f, entry{tar.Header{Typeflag: tar.TypeSymlink, Name: "l", Linkname: "/"}, ""}, file("l/x", "x")))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		parent := t.TempDir()
		dst := filepath.Join(parent, "out")
		err := Unpack(bytes.NewReader(data), dst, Limits{MaxFiles: 50, MaxBytes: 1 << 16})
		entries, _ := os.ReadDir(parent)
		if err != nil {
			if len(entries) != 0 {
				t.Fatalf("error %v but left %v", err, entries)
			}
			return
		}
		if len(entries) != 1 || entries[0].Name() != "out" {
			t.Fatalf("parent holds %v", entries)
		}
		// Whatever was accepted is plain files and dirs under dst, and
		// packs again.
		filepath.WalkDir(dst, func(p string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() && !d.Type().IsRegular() {
				t.Fatalf("%s is %v", p, d.Type())
			}
			return err
		})
		var buf bytes.Buffer
		if _, _, err := Pack(dst, &buf); err != nil {
			t.Fatalf("repack: %v", err)
		}
	})
}
