package data

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDemoCase: the embedded case opens its three releases in order, each
// saying where it comes from and under which licence, and each file is
// the answer key's article byte for byte.
func TestDemoCase(t *testing.T) {
	names, docs, err := DemoCase()
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"raptor/01-doj.txt", "raptor/02-ice.txt", "raptor/03-fbi.txt"}
	if strings.Join(names, " ") != strings.Join(want, " ") || len(docs) != len(want) {
		t.Fatalf("names %q (%d documents), want %q", names, len(docs), want)
	}
	for i, d := range docs {
		if d.Source == "" || !strings.HasPrefix(d.URL, "https://www.") || !d.HasPublished() {
			t.Errorf("%s: source %q, url %q, published %v", names[i], d.Source, d.URL, d.Published)
		}
		if !strings.HasPrefix(d.Meta["licence"], "Public domain") {
			t.Errorf("%s: licence %q", names[i], d.Meta["licence"])
		}
		if len(d.Body) < 5000 {
			t.Errorf("%s: body of %d bytes", names[i], len(d.Body))
		}
	}
	for i, key := range []string{"raptor-doj.txt", "raptor-ice.txt", "raptor-fbi.txt"} {
		embedded, err := demoCase.ReadFile(demoCaseDir + "/" + strings.TrimPrefix(names[i], "raptor/"))
		if err != nil {
			t.Fatal(err)
		}
		orig, err := os.ReadFile(filepath.Join("..", "testdata", "case", "raptor", key))
		if err != nil {
			t.Fatal(err)
		}
		if string(embedded) != string(orig) {
			t.Errorf("%s differs from testdata/case/raptor/%s", names[i], key)
		}
	}
}
