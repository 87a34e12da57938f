package cli

import (
	"context"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"dossier/data"
	"dossier/internal/app"
	"dossier/model"
)

// caseJSON is the part of dossier.case/v1 these tests read.
type caseJSON struct {
	Schema   string `json:"schema"`
	Articles []struct {
		ID     int    `json:"id"`
		Label  string `json:"label"`
		Outlet string `json:"outlet"`
		Story  struct {
			Schema string `json:"schema"`
			Title  string `json:"title"`
		} `json:"story"`
	} `json:"articles"`
	Entries []struct {
		Sources []struct {
			Article int `json:"article"`
		} `json:"sources"`
	} `json:"entries"`
}

func decodeCase(t *testing.T, out string) caseJSON {
	t.Helper()
	var c caseJSON
	if err := json.Unmarshal([]byte(out), &c); err != nil {
		t.Fatalf("not JSON: %v\n%.300s", err, out)
	}
	if c.Schema != "dossier.case/v1" {
		t.Fatalf("schema %q, want dossier.case/v1", c.Schema)
	}
	return c
}

func (c caseJSON) titles() []string {
	var out []string
	for _, a := range c.Articles {
		if a.Story.Schema != "dossier.story/v1" {
			return append(out, "story schema "+a.Story.Schema)
		}
		out = append(out, a.Story.Title)
	}
	return out
}

// repoArticle is one of the repository's articles.
func repoArticle(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

const (
	titleCocaine = "Britain finds 5.7 tonnes of cocaine in Southampton banana shipment"
	titleHashish = "Spain seizes 20 tonnes of hashish hidden in pepper shipment at Algeciras"
	titleMeth    = "Australian police charge 12 men over methamphetamine hidden in tiles"
)

// TestCaseArguments: every form a case takes on the command line, what
// it reads and what it says on stderr.
func TestCaseArguments(t *testing.T) {
	dir := t.TempDir()
	put := func(name string, b []byte) string {
		t.Helper()
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	cocaine, hashish, meth := repoArticle(t, "southampton_cocaine.txt"), repoArticle(t, "algeciras_hashish.txt"), repoArticle(t, "afp_anom_meth.txt")
	a := put("two/a.txt", cocaine)
	b := put("two/b.md", hashish)
	three := filepath.Join(dir, "three")
	put("three/1.txt", meth)
	put("three/2.txt", cocaine)
	put("three/3.txt", hashish)
	mixed := filepath.Join(dir, "mixed")
	put("mixed/story.txt", hashish)
	put("mixed/binary.txt", []byte("GIF89a\x00\x01\x02\x00\xff"))
	put("mixed/empty.md", nil)
	put("mixed/photo.jpg", []byte{0xff, 0xd8, 0xff})
	put("mixed/.DS_Store", []byte{0, 1, 2})
	put("mixed/sub/deeper.txt", meth)
	empty := filepath.Join(dir, "empty")
	if err := os.Mkdir(empty, 0o755); err != nil {
		t.Fatal(err)
	}

	tests := []struct {
		name   string
		stdin  string
		args   []string
		titles []string // the case's articles, in order
		skips  []string // each a line on stderr naming a skipped file
	}{
		{"two files", "", []string{a, b}, []string{titleCocaine, titleHashish}, nil},
		{"a directory, in name order", "", []string{three}, []string{titleMeth, titleCocaine, titleHashish}, nil},
		{"a directory with files that are not articles", "", []string{mixed}, []string{titleHashish},
			[]string{"binary.txt: binary file", "empty.md: empty file"}},
		{"standard input once, beside a file", string(meth), []string{a, "-"}, []string{titleCocaine, titleMeth}, nil},
		{"the same file twice, and in its directory", "", []string{b, a, filepath.Dir(a), dir + "/two/./a.txt"}, []string{titleHashish, titleCocaine}, nil},
		{"one directory and the demo case", "", []string{"--demo-case", three}, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runCmd(t, tt.stdin, append([]string{"export", "--format", "json"}, tt.args...)...)
			if code != 0 {
				t.Fatalf("exit %d, stderr %q", code, errOut)
			}
			c := decodeCase(t, out)
			got := c.titles()
			if tt.titles != nil && !slices.Equal(got, tt.titles) {
				t.Errorf("articles %q, want %q", got, tt.titles)
			}
			if tt.titles == nil && (len(got) < 2 || got[len(got)-1] != titleHashish) {
				t.Errorf("articles %q: want the demo case's, then the directory's", got)
			}
			lines := strings.Split(strings.TrimSuffix(errOut, "\n"), "\n")
			if errOut == "" {
				lines = nil
			}
			if len(lines) != len(tt.skips) {
				t.Fatalf("stderr %q, want one line for each of %q", errOut, tt.skips)
			}
			for i, want := range tt.skips {
				if !strings.HasPrefix(lines[i], "dossier: skipped ") || !strings.Contains(lines[i], want) {
					t.Errorf("stderr line %d = %q, want a skip naming %q", i+1, lines[i], want)
				}
			}
		})
	}

	refused := []struct {
		name   string
		stdin  string
		args   []string
		code   int
		wantIn string
	}{
		{"standard input twice", string(meth), []string{"-", a, "-"}, 2, "- (standard input) given 2 times"},
		{"an empty directory", "", []string{empty}, 1, "no article files in it"},
		{"an empty directory beside another", "", []string{empty, filepath.Join(dir, "mixed", "sub", "none")}, 1, "no article could be read"},
		{"a missing file beside good ones", "", []string{a, filepath.Join(dir, "typo.txt"), b}, 1, "typo.txt: no such file"},
		{"a source the case does not have", "", []string{"--source", "BBC", a, b}, 2, `no source "BBC" in this case (have: AP, Reuters)`},
		{"a facet value the case does not have", "", []string{"--country", "Peru", a, b}, 2, `no country "Peru" in this case (have: `},
	}
	for _, tt := range refused {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runCmd(t, tt.stdin, append([]string{"export", "--format", "json"}, tt.args...)...)
			assertOneLineError(t, code, tt.code, out, errOut, tt.wantIn)
		})
	}
}

// TestCaseSource: --source keeps the entries one article reports, named
// by its label, its outlet or its title, in any case; an outlet names
// each of its articles.
func TestCaseSource(t *testing.T) {
	dir := t.TempDir()
	for name, src := range map[string]string{"1.txt": "southampton_cocaine.txt", "2.txt": "algeciras_hashish.txt", "3.txt": "afp_anom_meth.txt"} {
		if err := os.WriteFile(filepath.Join(dir, name), repoArticle(t, src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	_, out, _ := runCmd(t, "", "export", dir)
	all := decodeCase(t, out)
	for _, tt := range []struct {
		source   string
		articles []int // the IDs of the articles every entry left must cite one of
	}{
		{"AP", []int{2}},
		{"ap", []int{2}},
		{strings.ToUpper(titleHashish), []int{2}},
		{"reuters", []int{1, 3}},
		{"Reuters 2", []int{3}},
	} {
		code, out, errOut := runCmd(t, "", "export", "--source", tt.source, dir)
		if code != 0 {
			t.Fatalf("--source %q: exit %d, %q", tt.source, code, errOut)
		}
		c := decodeCase(t, out)
		if len(c.Entries) == 0 || len(c.Entries) >= len(all.Entries) {
			t.Errorf("--source %q: %d entries of %d", tt.source, len(c.Entries), len(all.Entries))
		}
		for i, e := range c.Entries {
			if !slices.ContainsFunc(e.Sources, func(s struct {
				Article int `json:"article"`
			}) bool {
				return slices.Contains(tt.articles, s.Article)
			}) {
				t.Errorf("--source %q: entry %d cites none of articles %v: %+v", tt.source, i+1, tt.articles, e.Sources)
			}
		}
	}
	// One article is its own one source.
	one := filepath.Join(dir, "2.txt")
	code, plain, _ := runCmd(t, "", "export", one)
	code2, filtered, _ := runCmd(t, "", "export", "--source", "AP", one)
	if code != 0 || code2 != 0 || plain != filtered {
		t.Errorf("--source naming the one article changed its export (exit %d, %d)", code, code2)
	}
	code, out, errOut := runCmd(t, "", "export", "--source", "Reuters", one)
	assertOneLineError(t, code, 2, out, errOut, `no source "Reuters" in this story (have: AP)`)
}

// TestCaseInTheApp: snapshot opens a case as one case file, its header
// naming the case and --source filtering its entries to that article's.
func TestCaseInTheApp(t *testing.T) {
	dir := t.TempDir()
	for name, src := range map[string]string{"1.txt": "southampton_cocaine.txt", "2.txt": "algeciras_hashish.txt"} {
		if err := os.WriteFile(filepath.Join(dir, name), repoArticle(t, src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, tt := range []struct {
		args []string
		want []string
	}{
		{nil, []string{"Case · 2 articles", "No filters · all ", "Reuters", "AP"}},
		{[]string{"--source", "ap"}, []string{"Case · 2 articles", "AP ×"}},
		{[]string{"--view", "article"}, []string{"Article · AP · article 2 of 2"}}, // the article of the first entry
	} {
		args := append([]string{"snapshot", "--no-color", dir}, tt.args...)
		code, out, errOut := runCmd(t, "", args...)
		for _, w := range tt.want {
			if code != 0 || errOut != "" || !strings.Contains(out, w) {
				t.Errorf("%q: exit %d, stderr %q, frame lacks %q:\n%s", args, code, errOut, w, out)
			}
		}
		// One source's entries are some of the case's, not all.
		if g := regexp.MustCompile(`(\d+) of (\d+) entries`).FindStringSubmatch(out); len(tt.args) == 2 && tt.args[0] == "--source" {
			if g == nil || g[1] == g[2] || g[1] == "0" {
				t.Errorf("%q: the header does not count some of the entries: %v\n%s", args, g, out)
			}
		}
	}
	code, out, errOut := runCmd(t, "", "snapshot", "--source", "BBC", dir)
	if code != 2 || out != "" || !strings.Contains(errOut, `no source "BBC" in this case (have: AP, Reuters)`) {
		t.Errorf("unknown source: exit %d, stderr %q", code, errOut)
	}
}

// TestServeCase: serve reads a case from files and directories once, and
// the sessions open the case; a URL in a case is refused before anything
// is read.
func TestServeCase(t *testing.T) {
	dir := t.TempDir()
	for name, src := range map[string]string{"1.txt": "algeciras_hashish.txt", "2.txt": "southampton_cocaine.txt"} {
		if err := os.WriteFile(filepath.Join(dir, name), repoArticle(t, src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var stderr strings.Builder
	st, c, lex, err := serveStory(t.Context(), &serveFlags{}, []string{dir}, strings.NewReader(""), &stderr)
	if err != nil || lex == nil {
		t.Fatal(err)
	}
	if c == nil || len(c.Articles) != 2 || st != c.Articles[0].Story || st.Doc.Title != titleHashish || stderr.String() != "" {
		t.Errorf("served %q as a case of %v, stderr %q", st.Doc.Title, c, stderr.String())
	}
	for _, args := range [][]string{{dir, "https://news.example/a"}, {"http://news.example/b", filepath.Join(dir, "1.txt")}, {"--demo-case", "https://news.example/c"}} {
		code, out, errOut := runCmd(t, "", append([]string{"serve"}, args...)...)
		if code != 2 || out != "" || strings.Count(errOut, "\n") != 1 || !strings.HasPrefix(errOut, "dossier serve: no URLs in a served case: ") {
			t.Errorf("serve %q: exit %d, stdout %q, stderr %q", args, code, out, errOut)
		}
	}
}

// TestDemoCaseExportsAsItsGoldens: --demo-case writes exactly what the
// export package's goldens of the demo case hold, in every format.
func TestDemoCaseExportsAsItsGoldens(t *testing.T) {
	for format, golden := range map[string]string{"json": "case.json", "markdown": "case.md", "csv": "case.csv", "timelinejs": "case.timeline.json"} {
		want, err := os.ReadFile(filepath.Join("..", "..", "export", "testdata", "raptor", golden))
		if err != nil {
			t.Fatal(err)
		}
		code, out, errOut := runCmd(t, "", "export", "--demo-case", "--format", format)
		if code != 0 || strings.Contains(errOut, "skipped") {
			t.Errorf("%s: exit %d, stderr %q", format, code, errOut)
		}
		if out != string(want) {
			t.Errorf("%s: the export differs from export/testdata/raptor/%s (%d bytes, want %d)", format, golden, len(out), len(want))
		}
	}
}

// TestCaseNotATerminal: a case whose standard output is not a terminal
// gets the pointer to export and snapshot, and no word of an app that
// does not open.
func TestCaseNotATerminal(t *testing.T) {
	dir := t.TempDir()
	for name, src := range map[string]string{"1.txt": "algeciras_hashish.txt", "2.txt": "southampton_cocaine.txt"} {
		if err := os.WriteFile(filepath.Join(dir, name), repoArticle(t, src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	code, out, errOut := runCmd(t, "", dir)
	assertOneLineError(t, code, 1, out, errOut, "standard output is not a terminal; use 'dossier export'")
	code, out, errOut = runCmd(t, "", "--source", "BBC", dir)
	assertOneLineError(t, code, 2, out, errOut, `no source "BBC" in this case`)
}

// TestStreamCaseReadsBehindTheFirstFrame: what happens before the
// screen is taken over only lists the case's names; the articles are read
// once it is up, and the first reaches the app while the second, a page
// being fetched, is still on its way. A case read whole before its first
// frame would fetch here, or would not hand over the first article until
// the fetch ended.
func TestStreamCaseReadsBehindTheFirstFrame(t *testing.T) {
	file := filepath.Join(t.TempDir(), "a.txt")
	if err := os.WriteFile(file, repoArticle(t, "southampton_cocaine.txt"), 0o644); err != nil {
		t.Fatal(err)
	}
	fetching, release := make(chan struct{}, 1), make(chan struct{})
	r := reader{fetch: func(ctx context.Context, url string) (model.Document, error) {
		fetching <- struct{}{}
		<-release
		return data.Parse(repoArticle(t, "algeciras_hashish.txt"), data.Origin{Name: url})
	}}
	type listed struct {
		cfg  app.Config
		told func(io.Writer, error)
		err  error
	}
	got := make(chan listed, 1)
	go func() {
		cfg, told, err := streamCase(t.Context(), []string{file, "https://news.example/hashish"}, &storyFlags{}, r)
		got <- listed{cfg, told, err}
	}()
	var l listed
	select {
	case l = <-got:
	case <-fetching:
		close(release)
		t.Fatal("the page was fetched before the screen was taken over")
	}
	cfg, told := l.cfg, l.told
	if l.err != nil {
		t.Fatal(l.err)
	}
	lex, err := cfg.Lexicon()
	if err != nil {
		t.Fatal(err)
	}
	type step struct {
		done, total int
		title       string
	}
	steps := make(chan step, 2)
	ended := make(chan error, 1)
	go func() {
		ended <- cfg.Stories(lex, func(done, total int, st *model.Story) {
			title := ""
			if st != nil {
				title = st.Doc.Title
			}
			steps <- step{done, total, title}
		})
	}()
	first := <-steps
	if first != (step{1, 2, titleCocaine}) {
		t.Fatalf("first step %+v, want the file's article, 1 of 2", first)
	}
	<-fetching // the second article is on its way, and the first is in
	close(release)
	if second := <-steps; second != (step{2, 2, titleHashish}) {
		t.Errorf("second step %+v, want the page's article, 2 of 2", second)
	}
	if err := <-ended; err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	told(&out, nil)
	if out.Len() != 0 {
		t.Errorf("skips told for a case that skipped nothing: %q", out.String())
	}
}

// TestStreamCaseTellsWhatItCannotOpen: a mistyped name and a folder with
// no article are refused before the screen is taken over; a file that is
// not an article is told once the app is over, in one line.
func TestStreamCaseTellsWhatItCannotOpen(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	binary := filepath.Join(dir, "binary.txt")
	empty := filepath.Join(dir, "empty")
	for p, b := range map[string][]byte{good: repoArticle(t, "southampton_cocaine.txt"), binary: []byte("GIF89a\x00\x01\x02\x00\xff")} {
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Mkdir(empty, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		args   []string
		wantIn string
	}{
		{[]string{good, filepath.Join(dir, "typo.txt")}, "typo.txt: no such file"},
		{[]string{empty}, "no article files in it"},
	} {
		if _, _, err := streamCase(t.Context(), tt.args, &storyFlags{}, filesOnly()); err == nil || !strings.Contains(err.Error(), tt.wantIn) {
			t.Errorf("streamCase %q: %v, want an error with %q", tt.args, err, tt.wantIn)
		}
	}
	cfg, told, err := streamCase(t.Context(), []string{binary, good}, &storyFlags{}, filesOnly())
	if err != nil {
		t.Fatal(err)
	}
	lex, err := cfg.Lexicon()
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	err = cfg.Stories(lex, func(done, total int, st *model.Story) {
		if st != nil {
			got = append(got, st.Doc.Title)
		}
	})
	if err != nil || !slices.Equal(got, []string{titleCocaine}) {
		t.Fatalf("stories %q, %v; want the good file's", got, err)
	}
	var out strings.Builder
	told(&out, nil)
	if lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n"); len(lines) != 1 ||
		!strings.HasPrefix(lines[0], "dossier: skipped ") || !strings.Contains(lines[0], "binary.txt: binary file") {
		t.Errorf("told %q, want one line for binary.txt", out.String())
	}
}
