package caseload

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"

	"dossier/data"
	"dossier/model"
)

// fixture reads one of the repository's articles.
func fixture(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// writeFile writes b at dir/name, making dir's missing parents.
func writeFile(t testing.TB, dir, name string, b []byte) string {
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

// unreadable makes dir/name a file that exists but cannot be read, even
// by root: on Linux a link to this process's memory file, whose read
// at offset 0 fails; elsewhere a file with no permissions.
func unreadable(t testing.TB, dir, name string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if runtime.GOOS == "linux" {
		if err := os.Symlink("/proc/self/mem", p); err != nil {
			t.Fatal(err)
		}
		return p
	}
	if os.Geteuid() == 0 {
		t.Skip("root reads a file with no permissions")
	}
	writeFile(t, dir, name, []byte("text"))
	if err := os.Chmod(p, 0); err != nil {
		t.Fatal(err)
	}
	return p
}

// huge makes a sparse file just over data.MaxSize: refused by its size,
// never read.
func huge(t testing.TB, dir, name string) string {
	t.Helper()
	p := writeFile(t, dir, name, nil)
	if err := os.Truncate(p, data.MaxSize+1); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestLoadReadsWhatItCanAndNamesEverySkipOnce(t *testing.T) {
	cocaine := fixture(t, "southampton_cocaine.txt")
	hashish := fixture(t, "algeciras_hashish.txt")
	meth := fixture(t, "afp_anom_meth.txt")
	const (
		tCocaine = "Britain finds 5.7 tonnes of cocaine in Southampton banana shipment"
		tHashish = "Spain seizes 20 tonnes of hashish hidden in pepper shipment at Algeciras"
		tMeth    = "Australian police charge 12 men over methamphetamine hidden in tiles"
	)
	type skip struct {
		name string // the skipped file's base name
		why  error  // the reason it wraps, or nil for any
	}
	tests := []struct {
		name  string
		setup func(t *testing.T, dir string) []string
		stdin string
		want  []string // titles, in order
		skips []skip
	}{
		{
			name: "a directory of articles and files that are not",
			setup: func(t *testing.T, dir string) []string {
				d := filepath.Join(dir, "case")
				writeFile(t, d, "b.txt", hashish)
				writeFile(t, d, "a.md", cocaine)
				writeFile(t, d, "binary.txt", []byte("GIF89a\x00\x01\x02\x00\x00\xff"))
				writeFile(t, d, "empty.txt", nil)
				huge(t, d, "huge.txt")
				if err := os.Symlink("b.txt", filepath.Join(d, "c-same-as-b.txt")); err != nil {
					t.Fatal(err)
				}
				if err := os.Symlink("loop.txt", filepath.Join(d, "loop.txt")); err != nil {
					t.Fatal(err)
				}
				unreadable(t, d, "unreadable.txt")
				writeFile(t, d, ".hidden.txt", meth)
				writeFile(t, d, "notes.pdf", meth)
				writeFile(t, d, "sub/deeper.txt", meth)
				if err := os.Symlink(".", filepath.Join(d, "self.txt")); err != nil {
					t.Fatal(err)
				}
				return []string{d}
			},
			want: []string{tCocaine, tHashish},
			skips: []skip{
				{"binary.txt", data.ErrBinary},
				{"c-same-as-b.txt", errDuplicate},
				{"empty.txt", data.ErrEmpty},
				{"huge.txt", data.ErrTooLarge},
				{"loop.txt", nil},
				{"unreadable.txt", nil},
			},
		},
		{
			name: "the same path written three ways is read once, silently",
			setup: func(t *testing.T, dir string) []string {
				p := writeFile(t, dir, "a.txt", cocaine)
				return []string{p, filepath.Join(dir, ".", "a.txt"), filepath.Join(dir, "sub", "..", "a.txt")}
			},
			want: []string{tCocaine},
		},
		{
			name: "a directory and a file in it: the file is read once",
			setup: func(t *testing.T, dir string) []string {
				writeFile(t, dir, "a.txt", cocaine)
				p := writeFile(t, dir, "b.txt", hashish)
				return []string{p, dir}
			},
			want: []string{tHashish, tCocaine},
		},
		{
			name: "a hard link is the same file",
			setup: func(t *testing.T, dir string) []string {
				p := writeFile(t, dir, "a.txt", cocaine)
				q := filepath.Join(dir, "hard.txt")
				if err := os.Link(p, q); err != nil {
					t.Fatal(err)
				}
				return []string{p, q}
			},
			want:  []string{tCocaine},
			skips: []skip{{"hard.txt", errDuplicate}},
		},
		{
			name: "a missing file beside a good one",
			setup: func(t *testing.T, dir string) []string {
				return []string{filepath.Join(dir, "missing.txt"), writeFile(t, dir, "a.txt", cocaine)}
			},
			want:  []string{tCocaine},
			skips: []skip{{"missing.txt", data.ErrNotFound}},
		},
		{
			name: "files in the order given, standard input once, a URL refused",
			setup: func(t *testing.T, dir string) []string {
				return []string{writeFile(t, dir, "m.txt", meth), "-", "https://news.example/a", "-"}
			},
			stdin: string(hashish),
			want:  []string{tMeth, tHashish},
			skips: []skip{{"a", data.ErrURLRefused}},
		},
		{
			name: "a directory of nothing but other files gives nothing, said once",
			setup: func(t *testing.T, dir string) []string {
				d := filepath.Join(dir, "empty-case")
				writeFile(t, d, ".hidden.txt", meth)
				writeFile(t, d, "photo.jpg", []byte{0xff, 0xd8})
				return []string{d, writeFile(t, dir, "a.txt", cocaine)}
			},
			want:  []string{tCocaine},
			skips: []skip{{"empty-case", errNoArticles}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := tt.setup(t, t.TempDir())
			opts := Options{Stdin: strings.NewReader(tt.stdin)}
			c, skips, err := Load(context.Background(), args, opts)
			if err != nil {
				t.Fatalf("Load: %v", err)
			}
			var got []string
			for _, a := range c.Articles {
				got = append(got, a.Story.Doc.Title)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("articles:\n got %q\nwant %q", got, tt.want)
			}
			if err := c.Validate(); err != nil {
				t.Errorf("the case does not hold together: %v", err)
			}
			var names []string
			for _, s := range skips {
				names = append(names, filepath.Base(s.Path))
			}
			var want []string
			for _, s := range tt.skips {
				want = append(want, s.name)
			}
			for _, s := range skips {
				t.Logf("skipped: %s", s)
			}
			slices.Sort(names)
			if !slices.Equal(names, want) {
				t.Fatalf("skipped:\n got %q\nwant %q (each named once)", names, want)
			}
			for _, s := range tt.skips {
				got := skips[slices.IndexFunc(skips, func(k Skip) bool { return filepath.Base(k.Path) == s.name })]
				if s.why != nil && !errors.Is(got.Err, s.why) {
					t.Errorf("%s skipped for %q, want a %q", s.name, got, s.why)
				}
				if line := got.String(); !strings.Contains(line, s.name) || strings.ContainsAny(line, "\n\x1b") {
					t.Errorf("skip line %q: want one line naming %s", line, s.name)
				}
			}
			streamLikeLoad(t, args, tt.stdin, got, skips)
		})
	}
}

// streamLikeLoad checks that List and Stream, the app's reading behind
// its first frame, read the articles Load read (titles) and name the
// files it skipped, in the same order; a file named on the command line
// that does not exist is refused by List instead.
func streamLikeLoad(t *testing.T, args []string, stdin string, titles []string, skips []Skip) {
	t.Helper()
	l, err := List(context.Background(), args, Options{Stdin: strings.NewReader(stdin)})
	if slices.ContainsFunc(skips, func(s Skip) bool { return errors.Is(s.Err, data.ErrNotFound) && slices.Contains(args, s.Path) }) {
		if !errors.Is(err, data.ErrNotFound) {
			t.Errorf("List with a missing file named: %v, want %v", err, data.ErrNotFound)
		}
		return
	}
	if err != nil {
		t.Fatalf("List: %v", err)
	}
	lex, err := data.Lexicon()
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	var streamed []Skip
	last := 0
	err = l.Stream(context.Background(), lex, func(done, total int, st *model.Story) {
		if done != last+1 || total != l.Len() {
			t.Errorf("progress %d of %d after %d of %d", done, total, last, l.Len())
		}
		last = done
		if st != nil {
			got = append(got, st.Doc.Title)
		}
	}, func(s Skip) { streamed = append(streamed, s) })
	if err != nil {
		t.Fatalf("Stream: %v", err)
	}
	if !slices.Equal(got, titles) {
		t.Errorf("Stream's articles %q, want Load's %q", got, titles)
	}
	if !slices.EqualFunc(streamed, skips, func(a, b Skip) bool { return a.String() == b.String() }) {
		t.Errorf("Stream's skips:\n%v\nwant Load's:\n%v", streamed, skips)
	}
}

func TestLoadWithEveryArgumentFailingIsOneError(t *testing.T) {
	dir := t.TempDir()
	bin := writeFile(t, dir, "binary.txt", []byte("\x00\x01\x02\x03"))
	empty := writeFile(t, dir, "empty.txt", nil)
	missing := filepath.Join(dir, "missing.txt")
	for _, args := range [][]string{{bin}, {bin, empty}, {bin, empty, missing}, {dir + "/none"}} {
		c, skips, err := Load(context.Background(), args, Options{})
		var ne *NothingError
		if !errors.As(err, &ne) || c != nil {
			t.Fatalf("Load(%q) = %v, %v; want a NothingError and no case", args, c, err)
		}
		if len(skips) != len(args) {
			t.Errorf("Load(%q): %d skips, want one per argument", args, len(skips))
		}
		msg := err.Error()
		if strings.Contains(msg, "\n") || !strings.Contains(msg, filepath.Base(args[0])) {
			t.Errorf("Load(%q): %q, want one line naming the first", args, msg)
		}
		if len(args) == 1 && msg != skips[0].String() {
			t.Errorf("one argument failing: %q, want its own reason %q", msg, skips[0])
		}
		// Behind the app's first frame, the same error, once every
		// argument has failed; a missing file named is refused before.
		l, err := List(context.Background(), args, Options{})
		if slices.Contains(args, missing) || args[0] == dir+"/none" {
			if !errors.Is(err, data.ErrNotFound) {
				t.Errorf("List(%q) = %v, want %v", args, err, data.ErrNotFound)
			}
			continue
		}
		if err != nil {
			t.Fatalf("List(%q): %v", args, err)
		}
		err = l.Stream(context.Background(), &model.Lexicon{}, func(int, int, *model.Story) {}, func(Skip) {})
		if !errors.As(err, &ne) || err.Error() != msg {
			t.Errorf("Stream(%q) = %v, want Load's %q", args, err, msg)
		}
	}
}

func TestLoadNamesNoFileUnsanitised(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "good.txt", fixture(t, "southampton_cocaine.txt"))
	writeFile(t, dir, "\x1b]0;owned\x07\x1b[31mevil.txt", []byte("\x00\x00binary"))
	c, skips, err := Load(context.Background(), []string{dir}, Options{})
	if err != nil || len(c.Articles) != 1 || len(skips) != 1 {
		t.Fatalf("Load: %v articles, skips %v, %v", c, skips, err)
	}
	if s := skips[0].String(); strings.ContainsAny(s, "\x1b\x07") {
		t.Errorf("skip line carries escapes: %q", s)
	}
}

func TestLoadReportsEveryArticleInOrderAsItIsMerged(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"afp_anom_meth.txt", "algeciras_hashish.txt", "southampton_cocaine.txt"} {
		writeFile(t, dir, f, fixture(t, f))
	}
	var seen []*model.Story
	c, _, err := Load(context.Background(), []string{dir}, Options{Demo: true, Each: func(p Progress) {
		if p.Done != len(seen)+1 || p.Total != 6 {
			t.Errorf("progress %d of %d after %d", p.Done, p.Total, len(seen))
		}
		seen = append(seen, p.Story)
		if got := len(p.Case().Articles); got != p.Done {
			t.Errorf("case so far has %d articles, want %d", got, p.Done)
		}
	}})
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Articles) != 6 || len(seen) != 6 {
		t.Fatalf("%d articles, %d reported; want the demo case's 3 and the folder's 3", len(c.Articles), len(seen))
	}
	for i, a := range c.Articles {
		if a.Story != seen[i] {
			t.Errorf("article %d is not the story reported %d", i+1, i+1)
		}
	}
	if !strings.Contains(c.Articles[0].Outlet, "Department of Justice") {
		t.Errorf("the demo case comes first: article 1 is %q", c.Articles[0].Outlet)
	}
}

func TestLoadOverridesEveryPublicationDate(t *testing.T) {
	d, err := data.ParseDate("2020-01-02")
	if err != nil {
		t.Fatal(err)
	}
	c, _, err := Load(context.Background(), nil, Options{Demo: true, Published: d})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range c.Articles {
		if !a.Story.Doc.Published.Equal(d) {
			t.Errorf("%s published %v, want %v", a.Label, a.Story.Doc.Published, d)
		}
	}
}

func TestOneArticle(t *testing.T) {
	dir := t.TempDir()
	f := writeFile(t, dir, "a.txt", []byte("text"))
	for _, tt := range []struct {
		args []string
		want bool
	}{
		{nil, true},
		{[]string{f}, true},
		{[]string{"-"}, true},
		{[]string{"https://news.example/a"}, true},
		{[]string{filepath.Join(dir, "missing.txt")}, true},
		{[]string{dir}, false},
		{[]string{f, f}, false},
	} {
		if got := OneArticle(tt.args); got != tt.want {
			t.Errorf("OneArticle(%q) = %v, want %v", tt.args, got, tt.want)
		}
	}
}
