package cli

import (
	"encoding/json"
	"errors"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"

	"dossier/internal/server"
)

// pagesDir holds the test articles in every form dossier reads.
var pagesDir = filepath.Join("..", "..", "testdata", "pages")

func readPage(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(pagesDir, name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// pageServer serves the test pages on 127.0.0.1 (never the network) and
// counts the requests it gets: /NAME is testdata/pages/NAME with the
// Content-Type of its kind; a few paths fail the way web servers do.
func pageServer(t *testing.T) (*httptest.Server, *atomic.Int64) {
	t.Helper()
	var hits atomic.Int64
	mux := http.NewServeMux()
	mux.HandleFunc("/missing", http.NotFound)
	mux.HandleFunc("/broken", func(w http.ResponseWriter, _ *http.Request) {
		http.Error(w, "oops", http.StatusInternalServerError)
	})
	mux.HandleFunc("/photo.png", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "image/png")
		w.Write([]byte("\x89PNG\r\n\x1a\n"))
	})
	mux.HandleFunc("/huge", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Length", strconv.Itoa(64<<20))
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop", http.StatusFound)
	})
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		name := strings.TrimPrefix(r.URL.Path, "/")
		b, err := os.ReadFile(filepath.Join(pagesDir, filepath.Base(name)))
		if err != nil || name == "" {
			http.NotFound(w, r)
			return
		}
		switch filepath.Ext(name) {
		case ".html":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
		case ".md":
			w.Header().Set("Content-Type", "text/markdown")
		default:
			w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		}
		w.Write(b)
	})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		mux.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	return srv, &hits
}

// exported is the part of the JSON export these tests read.
type exported struct {
	Title     string  `json:"title"`
	Source    string  `json:"source"`
	URL       *string `json:"url"`
	Published *string `json:"published"`
	Sentences []struct {
		Text string `json:"text"`
	} `json:"sentences"`
}

func exportJSON(t *testing.T, args ...string) exported {
	t.Helper()
	code, out, errOut := runCmd(t, "", append([]string{"export", "--format", "json"}, args...)...)
	if code != 0 {
		t.Fatalf("export %q: exit %d: %s", args, code, errOut)
	}
	var e exported
	if err := json.Unmarshal([]byte(out), &e); err != nil {
		t.Fatalf("export %q: %v", args, err)
	}
	return e
}

func str(p *string) string {
	if p == nil {
		return "null"
	}
	return *p
}

// TestExportReadsEveryForm: a saved page, a URL, Markdown and the plain
// header all open as their story, with its title, source and date.
func TestExportReadsEveryForm(t *testing.T) {
	srv, _ := pageServer(t)
	const (
		title = "Dutch customs seize 8 tonnes of cocaine hidden in banana crates at Rotterdam"
		first = "Dutch customs officers seized more than 8 tonnes of cocaine"
	)
	tests := []struct {
		name, arg                  string
		title, source, url, pubday string
		sentence                   string
	}{
		{"saved page", filepath.Join(pagesDir, "jsonld-newsarticle.html"), title, "Harbour Wire",
			"https://www.harbourwire.example/world/europe/rotterdam-cocaine-seizure-2024-05-02/", "2024-05-02", first},
		{"URL", srv.URL + "/jsonld-newsarticle.html", title, "Harbour Wire",
			srv.URL + "/jsonld-newsarticle.html", "2024-05-02", first},
		{"URL of Markdown", srv.URL + "/markdown-hugo.md", "Europol: 40 arrested as encrypted phone network is taken down", "Border Desk",
			srv.URL + "/markdown-hugo.md", "2023-06-27", "40 people"},
		{"Markdown", filepath.Join(pagesDir, "markdown-hugo.md"), "Europol: 40 arrested as encrypted phone network is taken down", "Border Desk",
			"", "2023-06-27", "40 people"},
		{"plain header", filepath.Join(pagesDir, "plain-header.txt"), "Police seize cocaine in port", "Example News",
			"null", "2024-05-02", "Customs officers seized 2.4 tonnes of cocaine"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := exportJSON(t, tt.arg)
			if e.Title != tt.title || e.Source != tt.source || str(e.Published) != tt.pubday {
				t.Errorf("title %q, source %q, published %s; want %q, %q, %s", e.Title, e.Source, str(e.Published), tt.title, tt.source, tt.pubday)
			}
			if tt.url != "" && str(e.URL) != tt.url {
				t.Errorf("url %s, want %s", str(e.URL), tt.url)
			}
			if len(e.Sentences) == 0 || !strings.Contains(e.Sentences[0].Text, tt.sentence) {
				t.Errorf("first sentence %+v, want it to hold %q", e.Sentences, tt.sentence)
			}
		})
	}
}

// TestPublishedOverridesThePage: --published wins over the date a page's
// metadata gives, from a file and from a URL.
func TestPublishedOverridesThePage(t *testing.T) {
	srv, _ := pageServer(t)
	for _, arg := range []string{filepath.Join(pagesDir, "cookie-wall.html"), srv.URL + "/cookie-wall.html", srv.URL + "/plain-header.txt"} {
		if e := exportJSON(t, "--published", "2020-01-31", arg); str(e.Published) != "2020-01-31" {
			t.Errorf("%s: published %s, want 2020-01-31", arg, str(e.Published))
		}
	}
}

// A bad --published is told before anything is fetched.
func TestBadPublishedFetchesNothing(t *testing.T) {
	srv, hits := pageServer(t)
	code, out, errOut := runCmd(t, "", "export", "--published", "May 2", srv.URL+"/amp.html")
	assertOneLineError(t, code, 1, out, errOut, "--published")
	if n := hits.Load(); n != 0 {
		t.Errorf("the server got %d requests", n)
	}
}

// freeAddr is an address on 127.0.0.1 nothing listens on.
func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	return addr
}

// TestFetchFailuresAreOneLine: every way a fetch fails is one line naming
// the address and saying what went wrong, exit 1, from every command that
// reads an article.
func TestFetchFailuresAreOneLine(t *testing.T) {
	srv, _ := pageServer(t)
	refused := "http://" + freeAddr(t) + "/story"
	tests := []struct {
		url, want string
	}{
		{srv.URL + "/missing", srv.URL + "/missing: 404 Not Found"},
		{srv.URL + "/broken", srv.URL + "/broken: 500 Internal Server Error"},
		{refused, refused + ": connection refused"},
		{srv.URL + "/link-list.html", srv.URL + "/link-list.html: not an article (no story text found in the page)"},
		{srv.URL + "/no-article.html", srv.URL + "/no-article.html: not an article (no story text found in the page)"},
		{srv.URL + "/photo.png", srv.URL + "/photo.png: not HTML or text (image/png)"},
		{srv.URL + "/huge", srv.URL + "/huge: too large (over 16 MiB)"},
		{srv.URL + "/loop", srv.URL + "/loop: too many redirects (over 5)"},
		{"ftp://files.example/story.txt", "ftp://files.example/story.txt: only http and https addresses are read"},
	}
	for _, tt := range tests {
		for _, cmd := range [][]string{{"export"}, {"snapshot"}, {}} {
			args := append(cmd, tt.url)
			code, out, errOut := runCmd(t, "", args...)
			assertOneLineError(t, code, 1, out, errOut, tt.want)
			if !strings.HasSuffix(errOut, tt.want+"\n") {
				t.Errorf("%q: stderr %q, want it to end with %q", args, errOut, tt.want)
			}
		}
	}
}

// Standard input is named "standard input" in every error about it.
func TestStandardInputErrorsNameIt(t *testing.T) {
	for _, args := range [][]string{{"export", "-"}, {"snapshot", "-"}, {"-"}} {
		code, _, errOut := runCmd(t, "", args...)
		want := "dossier: standard input: empty file (no text)\n"
		if args[0] == "snapshot" {
			want = "dossier: snapshot: standard input: empty file (no text)\n"
		}
		if code != 1 || errOut != want {
			t.Errorf("%q: exit %d, stderr %q, want %q", args, code, errOut, want)
		}
	}
}

// TestCompletionNeverFetches: completing a filter value with a URL on the
// line reads nothing from it; a saved page and Markdown complete from
// their story.
func TestCompletionNeverFetches(t *testing.T) {
	srv, hits := pageServer(t)
	code, out, _ := runCmd(t, "", "__complete", srv.URL+"/jsonld-newsarticle.html", "--country", "")
	if code != 0 || strings.Contains(out, "Netherlands") {
		t.Errorf("exit %d, completions %q", code, out)
	}
	if n := hits.Load(); n != 0 {
		t.Errorf("completion made %d requests", n)
	}
	for _, tt := range []struct{ file, flag, want string }{
		{"jsonld-newsarticle.html", "--place", "Rotterdam\t"},
		{"windows-1252.html", "--country", "Spain\t"},
		{"markdown-hugo.md", "--agency", "Europol\t"},
	} {
		code, out, _ := runCmd(t, "", "__complete", filepath.Join(pagesDir, tt.file), tt.flag, "")
		if code != 0 || !strings.Contains(out, tt.want) {
			t.Errorf("%s %s: exit %d, completions %q, want %q", tt.file, tt.flag, code, out, tt.want)
		}
	}
}

// TestSessionArgumentsNeverFetch: a URL in an SSH session's arguments is
// refused without a request to it, whatever flags come with it.
func TestSessionArgumentsNeverFetch(t *testing.T) {
	srv, hits := pageServer(t)
	for _, args := range [][]string{
		{srv.URL + "/amp.html"},
		{"--country", "Belgium", srv.URL + "/amp.html"},
		{"--", srv.URL + "/amp.html"},
	} {
		_, _, err := sessionArgs(args...)
		var ue server.UsageError
		if !errors.As(err, &ue) || !strings.HasPrefix(ue.Msg, "no URLs over ssh") {
			t.Errorf("%q: %v, want the refusal", args, err)
		}
	}
	if n := hits.Load(); n != 0 {
		t.Errorf("the server got %d requests from session arguments", n)
	}
}

// TestHostilePageFromURL: escape sequences and control characters in a
// fetched page's metadata and text reach no export and no frame.
func TestHostilePageFromURL(t *testing.T) {
	const esc = "\x1b]0;pwned\x07\x1b[31m\u202e\x9b2J"
	page := `<!doctype html><html><head><title>Police` + esc + ` seize cocaine</title>
<meta property="og:site_name" content="Evil` + esc + ` News">
<meta property="article:published_time" content="2024-05-02T10:00:00Z"></head>
<body><article><h1>Police seize cocaine</h1>
<p>Customs officers seized 2.4 tonnes of cocaine` + esc + ` at the port of Rotterdam on Thursday, prosecutors said in a statement.</p>
<p>Two port workers were arrested on suspicion of helping to move the container out of the terminal, the statement said.</p>
<p>The drugs were found after a scan showed an irregular load in a container of frozen fish, a spokesperson said.</p>
</article></body></html>`
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(page))
	}))
	defer srv.Close()
	for _, args := range [][]string{
		{"export", "--format", "json", srv.URL},
		{"export", "--format", "markdown", srv.URL},
		{"snapshot", "--view", "article", "--no-color", srv.URL}, // no escapes of its own
	} {
		code, out, errOut := runCmd(t, "", args...)
		if code != 0 || !strings.Contains(out, "Rotterdam") {
			t.Fatalf("%q: exit %d, stderr %q", args, code, errOut)
		}
		for _, bad := range []string{"\x1b", "\x07", "\u202e", "\u009b", "\\u001b"} {
			if strings.Contains(out, bad) {
				t.Errorf("%q: the output carries %q", args, bad)
			}
		}
		if !strings.Contains(out, "Evil") {
			t.Errorf("%q: the site's name is gone", args)
		}
	}
}
