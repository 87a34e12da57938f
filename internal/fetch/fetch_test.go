package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"dossier/data"
	"dossier/internal/sanitize"
)

const pagesDir = "../../testdata/pages"

func readPage(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(pagesDir, name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// serve answers every request with body and the given Content-Type; ""
// sends no Content-Type at all.
func serve(contentType string, body []byte) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if contentType == "" {
			w.Header()["Content-Type"] = nil
		} else {
			w.Header().Set("Content-Type", contentType)
		}
		w.Write(body)
	}
}

// A page fetched reads as the same page saved, but for its address: the
// URL is the one fetched, and the page's canonical address is kept aside.
func TestFetchReadsEachForm(t *testing.T) {
	tests := []struct {
		file, contentType string
	}{
		{"jsonld-newsarticle.html", "text/html; charset=utf-8"},
		{"opengraph-only.html", "text/html"},
		{"amp.html", "text/html; charset=utf-8"},
		{"time-only.html", "text/html; charset=UTF-8"},
		{"cookie-wall.html", "text/html"},
		{"windows-1252.html", "text/html"},
		{"windows-1252.html", "text/html; charset=windows-1252"},
		{"markdown-hugo.md", "text/markdown; charset=utf-8"},
		{"plain-header.txt", "text/plain; charset=utf-8"},
		{"jsonld-newsarticle.html", ""},
		{"markdown-hugo.md", ""},
		{"amp.html", "application/octet-stream"},
	}
	for _, tt := range tests {
		t.Run(tt.file+" as "+tt.contentType, func(t *testing.T) {
			srv := httptest.NewServer(serve(tt.contentType, readPage(t, tt.file)))
			defer srv.Close()
			saved, err := data.Open(filepath.Join(pagesDir, tt.file))
			if err != nil {
				t.Fatal(err)
			}
			u := srv.URL + "/news/story"
			doc, err := Fetch(context.Background(), u, DefaultLimits())
			if err != nil {
				t.Fatal(err)
			}
			if doc.Title != saved.Title || !doc.Published.Equal(saved.Published) || doc.Body != saved.Body {
				t.Errorf("fetched %q %v differs from saved %q %v", doc.Title, doc.Published, saved.Title, saved.Published)
			}
			if doc.URL != u {
				t.Errorf("URL = %q, want the address fetched, %q", doc.URL, u)
			}
			if saved.URL != "" && doc.Meta["canonical"] != saved.URL {
				t.Errorf("canonical = %q, want %q", doc.Meta["canonical"], saved.URL)
			}
			wantSource := saved.Source
			if wantSource == "" {
				wantSource = "127.0.0.1"
			}
			if doc.Source != wantSource {
				t.Errorf("Source = %q, want %q", doc.Source, wantSource)
			}
		})
	}
}

func TestFetchFollowsRedirects(t *testing.T) {
	page := readPage(t, "amp.html")
	mux := http.NewServeMux()
	for i := 0; i < 9; i++ {
		mux.HandleFunc(fmt.Sprintf("/r%d", i), func(w http.ResponseWriter, r *http.Request) {
			http.Redirect(w, r, fmt.Sprintf("/r%d", i+1), http.StatusFound)
		})
	}
	mux.HandleFunc("/r9", serve("text/html", page))
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/ftp", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "ftp://example.com/x", http.StatusFound)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()

	doc, err := Fetch(context.Background(), srv.URL+"/r4", DefaultLimits()) // five redirects
	if err != nil || doc.Source != "Gulf Coast Tribune" || doc.URL != srv.URL+"/r4" {
		t.Errorf("five redirects: %q %q, %v", doc.Source, doc.URL, err)
	}
	for _, path := range []string{"/r3", "/loop"} {
		_, err := Fetch(context.Background(), srv.URL+path, DefaultLimits())
		if !errors.Is(err, ErrRedirects) || err.Error() != srv.URL+path+": too many redirects (over 5)" {
			t.Errorf("%s: err = %v", path, err)
		}
	}
	if _, err := Fetch(context.Background(), srv.URL+"/r8", Limits{MaxRedirects: -1}); !errors.Is(err, ErrRedirects) {
		t.Errorf("no redirects allowed: err = %v", err)
	}
	if _, err := Fetch(context.Background(), srv.URL+"/ftp", DefaultLimits()); !errors.Is(err, ErrNetwork) || !strings.Contains(err.Error(), "redirected to a ftp address") {
		t.Errorf("a redirect to ftp: err = %v", err)
	}
}

// Each failure is one line, naming the address, wrapping its sentinel.
func TestFetchFailures(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/missing", http.NotFound)
	mux.HandleFunc("/broken", func(w http.ResponseWriter, r *http.Request) { http.Error(w, "oops", http.StatusInternalServerError) })
	mux.HandleFunc("/gone", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusGone) })
	mux.HandleFunc("/nothing", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusNoContent) })
	mux.HandleFunc("/pdf", serve("application/pdf", []byte("%PDF-1.7")))
	mux.HandleFunc("/png", serve("image/png", []byte("\x89PNG\r\n\x1a\n")))
	mux.HandleFunc("/json", serve("application/json", []byte(`{"a":1}`)))
	mux.HandleFunc("/links", serve("text/html", readPage(t, "link-list.html")))
	mux.HandleFunc("/video", serve("text/html", readPage(t, "no-article.html")))
	mux.HandleFunc("/empty", serve("text/plain", nil))
	mux.HandleFunc("/big-declared", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Length", "999999999")
		w.WriteHeader(http.StatusOK)
	})
	mux.HandleFunc("/big-streamed", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		chunk := []byte(strings.Repeat("<p>filler</p>", 1000))
		for i := 0; i < 200; i++ {
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
	})
	mux.HandleFunc("/hostile-status", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/x-\x1b]0;owned")
		w.Write([]byte("x"))
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()

	small := Limits{MaxBytes: 1 << 20}
	tests := []struct {
		path   string
		limits Limits
		kind   error
		msg    string
	}{
		{"/missing", DefaultLimits(), ErrStatus, "404 Not Found"},
		{"/broken", DefaultLimits(), ErrStatus, "500 Internal Server Error"},
		{"/gone", DefaultLimits(), ErrStatus, "410 Gone"},
		{"/pdf", DefaultLimits(), ErrNotText, "not HTML or text (application/pdf)"},
		{"/png", DefaultLimits(), ErrNotText, "not HTML or text (image/png)"},
		{"/json", DefaultLimits(), ErrNotText, "not HTML or text (application/json)"},
		{"/links", DefaultLimits(), data.ErrNotArticle, "not an article (no story text found in the page)"},
		{"/video", DefaultLimits(), data.ErrNotArticle, "not an article (no story text found in the page)"},
		{"/empty", DefaultLimits(), data.ErrEmpty, "empty file (no text)"},
		{"/nothing", DefaultLimits(), data.ErrEmpty, "empty file (no text)"},
		{"/big-declared", small, data.ErrTooLarge, "too large (over 1 MiB)"},
		{"/big-streamed", small, data.ErrTooLarge, "too large (over 1 MiB)"},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			u := srv.URL + tt.path
			_, err := Fetch(context.Background(), u, tt.limits)
			if !errors.Is(err, tt.kind) || err.Error() != u+": "+tt.msg {
				t.Errorf("err = %v, want %q wrapping %v", err, u+": "+tt.msg, tt.kind)
			}
		})
	}
	t.Run("a hostile Content-Type header", func(t *testing.T) {
		_, err := Fetch(context.Background(), srv.URL+"/hostile-status", DefaultLimits())
		if err == nil || !sanitize.Safe(err.Error()) {
			t.Errorf("err = %q", err)
		}
	})
}

func TestFetchTimeout(t *testing.T) {
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-release:
		}
	}))
	defer srv.Close()
	defer close(release)
	_, err := Fetch(context.Background(), srv.URL, Limits{Timeout: 50 * time.Millisecond})
	if !errors.Is(err, ErrTimeout) || err.Error() != srv.URL+": timed out after 50ms" {
		t.Errorf("err = %v", err)
	}
}

func TestFetchSlowBodyTimesOut(t *testing.T) {
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte("<p>The start of a page that never ends"))
		w.(http.Flusher).Flush()
		select {
		case <-r.Context().Done():
		case <-release:
		}
	}))
	defer srv.Close()
	defer close(release)
	_, err := Fetch(context.Background(), srv.URL, Limits{Timeout: 50 * time.Millisecond})
	if !errors.Is(err, ErrTimeout) {
		t.Errorf("err = %v", err)
	}
}

func TestFetchCancelled(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { <-r.Context().Done() }))
	defer srv.Close()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Fetch(ctx, srv.URL, DefaultLimits()); !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v", err)
	}
}

func TestFetchRefused(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	u := "http://" + addr + "/story"
	_, err = Fetch(context.Background(), u, DefaultLimits())
	if !errors.Is(err, ErrRefused) || err.Error() != u+": connection refused" {
		t.Errorf("err = %v", err)
	}
}

// DNS failures are told apart without the network: the transport's dialer
// fails as the resolver would.
func TestFetchNoSuchHost(t *testing.T) {
	dnsFails := func(notFound bool) *http.Transport {
		return &http.Transport{DialContext: func(ctx context.Context, network, addr string) (net.Conn, error) {
			host, _, _ := net.SplitHostPort(addr)
			return nil, &net.OpError{Op: "dial", Net: network, Err: &net.DNSError{Err: "no such host", Name: host, IsNotFound: notFound}}
		}}
	}
	_, err := Client{Transport: dnsFails(true)}.Fetch(context.Background(), "https://news.invalid/story")
	if !errors.Is(err, ErrNoHost) || err.Error() != "https://news.invalid/story: no such host news.invalid" {
		t.Errorf("err = %v", err)
	}
	_, err = Client{Transport: dnsFails(false)}.Fetch(context.Background(), "https://news.invalid/story")
	if !errors.Is(err, ErrNoHost) || err.Error() != "https://news.invalid/story: cannot look up host news.invalid" {
		t.Errorf("err = %v", err)
	}
}

func TestFetchTLS(t *testing.T) {
	srv := httptest.NewUnstartedServer(serve("text/html", readPage(t, "amp.html")))
	srv.Config.ErrorLog = log.New(io.Discard, "", 0) // the refused handshake is expected
	srv.StartTLS()
	defer srv.Close()
	// The test server's certificate is its own, trusted by no system.
	_, err := Fetch(context.Background(), srv.URL, DefaultLimits())
	if !errors.Is(err, ErrNetwork) || !strings.HasPrefix(err.Error(), srv.URL+": TLS certificate not valid: ") {
		t.Errorf("err = %v", err)
	}
	doc, err := Client{Transport: srv.Client().Transport}.Fetch(context.Background(), srv.URL)
	if err != nil || doc.Source != "Gulf Coast Tribune" {
		t.Errorf("with the server's certificate trusted: %q, %v", doc.Source, err)
	}
}

func TestFetchBadAddresses(t *testing.T) {
	for _, u := range []string{"ftp://example.com/x", "file:///etc/passwd", "https://", "http:///path", "not a url", "https://x/\x1b]0;owned\x07"} {
		_, err := Fetch(context.Background(), u, DefaultLimits())
		if !errors.Is(err, data.ErrBadURL) || strings.ContainsAny(err.Error(), "\x1b\x07\n") {
			t.Errorf("Fetch(%q) err = %q", u, err)
		}
	}
}

// Fetch is what data.Load calls for a URL on the command line.
func TestFetchThroughLoad(t *testing.T) {
	srv := httptest.NewServer(serve("text/html", readPage(t, "cookie-wall.html")))
	defer srv.Close()
	opts := data.LoadOptions{Fetch: Client{Limits: DefaultLimits()}.Fetch}
	doc, err := data.Load(context.Background(), srv.URL+"/a", opts)
	if err != nil || doc.Source != "Adriatic Post" || doc.Published.Format(time.DateOnly) != "2024-03-21" {
		t.Errorf("Load = %q %v, %v", doc.Source, doc.Published, err)
	}
	if _, err := data.Load(context.Background(), srv.URL+"/a", data.LoadOptions{}); !errors.Is(err, data.ErrURLRefused) {
		t.Errorf("without Fetch: err = %v", err)
	}
}
