package e2e

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestCaseExportFromAFolder runs the built binary on a folder of three
// articles, beside a file that is not one, as a user would: the case's
// JSON on stdout, one line on stderr for the skipped file.
func TestCaseExportFromAFolder(t *testing.T) {
	bin := dossierBinary(t)
	dir := t.TempDir()
	for name, src := range map[string]string{
		"1-cocaine.txt": "southampton_cocaine.txt",
		"2-hashish.md":  "algeciras_hashish.txt",
		"3-meth.txt":    "afp_anom_meth.txt",
	} {
		b, err := os.ReadFile(filepath.Join("..", "testdata", src))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "4-broken.txt"), []byte("\x00\x01binary"), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "export", "--format", "json", dir)
	cmd.Env = appEnv()
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		t.Fatalf("%v; stderr %q", err, errb.String())
	}
	var c struct {
		Schema   string `json:"schema"`
		Articles []struct {
			Label  string `json:"label"`
			Outlet string `json:"outlet"`
			Story  struct {
				Schema string `json:"schema"`
				Source string `json:"source"`
			} `json:"story"`
		} `json:"articles"`
		Entries []struct {
			Sources []struct {
				Article int `json:"article"`
			} `json:"sources"`
		} `json:"entries"`
	}
	if err := json.Unmarshal(out.Bytes(), &c); err != nil {
		t.Fatalf("stdout is not JSON: %v\n%.400s", err, out.String())
	}
	if c.Schema != "dossier.case/v1" {
		t.Errorf("schema %q, want dossier.case/v1", c.Schema)
	}
	var labels, sources []string
	for _, a := range c.Articles {
		labels = append(labels, a.Label)
		sources = append(sources, a.Story.Source)
		if a.Story.Schema != "dossier.story/v1" {
			t.Errorf("%s: story schema %q", a.Label, a.Story.Schema)
		}
	}
	if want := []string{"Reuters", "AP", "Reuters 2"}; !slices.Equal(labels, want) {
		t.Errorf("labels %q, want %q", labels, want)
	}
	if want := []string{"Reuters", "AP", "Reuters"}; !slices.Equal(sources, want) {
		t.Errorf("sources %q, want %q", sources, want)
	}
	cited := map[int]bool{}
	for _, e := range c.Entries {
		if len(e.Sources) == 0 {
			t.Errorf("an entry with no source")
		}
		for _, s := range e.Sources {
			cited[s.Article] = true
		}
	}
	if len(cited) != 3 {
		t.Errorf("entries cite articles %v, want all three", cited)
	}
	lines := strings.Split(strings.TrimSuffix(errb.String(), "\n"), "\n")
	if len(lines) != 1 || !strings.HasPrefix(lines[0], "dossier: skipped ") || !strings.Contains(lines[0], "4-broken.txt") {
		t.Errorf("stderr %q, want one line naming the skipped file", errb.String())
	}
}
