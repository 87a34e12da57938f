package e2e

import (
	"bytes"
	"context"
	"errors"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
)

// pagesDir holds the test articles in every form dossier reads.
var pagesDir = filepath.Join("..", "testdata", "pages")

// undatedArticle is a story whose header says it has no date: its
// "on Thursday" cannot be placed.
const undatedArticle = "title: Customs find cocaine in a fish container\nsource: Quay Times\npublished: unknown\n---\n" +
	"ROTTERDAM — Customs officers seized 2.4 tonnes of cocaine in a container of frozen fish on Thursday, prosecutors said.\n"

// pageSite is a web server on 127.0.0.1 (never the network) for the real
// binary to fetch from: /NAME is testdata/pages/NAME with its Content-Type,
// /undated.txt is undatedArticle, /slow never answers until the client
// goes, and every other path is a 404. It counts requests.
type pageSite struct {
	*httptest.Server
	hits atomic.Int64
	slow chan struct{} // a request to /slow arrived
}

func newPageSite(t *testing.T) *pageSite {
	t.Helper()
	s := &pageSite{slow: make(chan struct{}, 8)}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.hits.Add(1)
		name := strings.TrimPrefix(r.URL.Path, "/")
		switch name {
		case "undated.txt":
			w.Header().Set("Content-Type", "text/plain; charset=utf-8")
			w.Write([]byte(undatedArticle))
			return
		case "slow":
			s.slow <- struct{}{}
			<-r.Context().Done()
			return
		}
		b, err := os.ReadFile(filepath.Join(pagesDir, filepath.Base(name)))
		if name == "" || err != nil {
			http.NotFound(w, r)
			return
		}
		switch filepath.Ext(name) {
		case ".html":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
		case ".md":
			w.Header().Set("Content-Type", "text/markdown; charset=utf-8")
		default:
			w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		}
		w.Write(b)
	}))
	t.Cleanup(s.Close)
	return s
}

// TestURLInTmux opens a page by its URL in the real binary in tmux at
// 120x40, as a person does: the header shows the page's title, site and
// day, the article view shows its text, q exits 0. A story without a date
// says so in the header.
func TestURLInTmux(t *testing.T) {
	needTools(t, "tmux")
	bin := dossierBinary(t)
	site := newPageSite(t)
	tx := newTmux(t)
	open := func(name, url string) string {
		status := filepath.Join(t.TempDir(), "status")
		cmd := shellQuote([]string{bin, url}) + "; echo $? > " + shellQuote([]string{status}) + "; exec sleep 60"
		tx.must("new-session", "-d", "-s", name, "-x", "120", "-y", "40", "env", "TERM=xterm-256color", "sh", "-c", cmd)
		return status
	}

	status := open("page", site.URL+"/jsonld-newsarticle.html")
	tx.waitScreen("page", "Timeline")
	header := firstLine(tx.capture("page"))
	for _, want := range []string{"dossier · Dutch customs seize 8 tonnes of cocaine", "Harbour Wire", "Thu 2 May 2024"} {
		if !strings.Contains(header, want) {
			t.Errorf("header lacks %q: %q", want, header)
		}
	}
	tx.must("send-keys", "-t", "page", "a")
	tx.waitScreen("page", "Investigators are working with authorities in Ecuador and Belgium to trace the sender")
	// The page's share bar, photo caption and newsletter box are not the
	// story.
	for _, clutter := range []string{"Share on", "HW Photo", "inbox every morning", "Sign up"} {
		if screen := tx.capture("page"); strings.Contains(screen, clutter) {
			t.Errorf("the article view shows %q:\n%s", clutter, screen)
		}
	}
	tx.must("send-keys", "-t", "page", "q")
	if code := waitStatus(t, status); code != "0" {
		t.Errorf("exit status %s after q, want 0", code)
	}

	open("undated", site.URL+"/undated.txt")
	tx.waitScreen("undated", "Timeline")
	if header := firstLine(tx.capture("undated")); !strings.Contains(header, "Customs find cocaine in a fish container") ||
		!strings.HasSuffix(strings.TrimRight(header, " "), "Quay Times · Rotterdam · date unknown") {
		t.Errorf("undated header: %q", header)
	}
	if screen := tx.capture("undated"); !strings.Contains(screen, "Undated") {
		t.Errorf("the undated story's \"on Thursday\" was placed:\n%s", screen)
	}
	if n := site.hits.Load(); n != 2 {
		t.Errorf("the site got %d requests for two opened pages", n)
	}
}

func firstLine(screen string) string {
	line, _, _ := strings.Cut(screen, "\n")
	return line
}

// waitStatus waits for the pane's shell to write the exit status.
func waitStatus(t *testing.T, path string) string {
	t.Helper()
	var raw []byte
	eventually(t, "the exit status", func() bool {
		raw, _ = os.ReadFile(path)
		return bytes.HasSuffix(raw, []byte("\n"))
	})
	return strings.TrimSpace(string(raw))
}

// freeAddr is an address on 127.0.0.1 that nothing listens on.
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

// runBinary runs the real binary with args and returns its exit code and
// streams; the run is bounded.
func runBinary(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), waitLong)
	defer cancel()
	cmd := exec.CommandContext(ctx, dossierBinary(t), args...)
	cmd.Env = appEnv()
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	var ee *exec.ExitError
	if err != nil && !errors.As(err, &ee) {
		t.Fatalf("%q: %v", args, err)
	}
	return cmd.ProcessState.ExitCode(), out.String(), errb.String()
}

// TestURLFailures: the real binary tells each failure of a fetch in one
// line naming the address, and exits 1, from the app, export and snapshot.
func TestURLFailures(t *testing.T) {
	site := newPageSite(t)
	refused := "http://" + freeAddr(t) + "/story"
	for _, tt := range []struct{ url, line string }{
		{site.URL + "/gone.html", site.URL + "/gone.html: 404 Not Found"},
		{refused, refused + ": connection refused"},
		{site.URL + "/no-article.html", site.URL + "/no-article.html: not an article (no story text found in the page)"},
		{site.URL + "/link-list.html", site.URL + "/link-list.html: not an article (no story text found in the page)"},
	} {
		for _, cmd := range []struct {
			args   []string
			prefix string
		}{
			{nil, "dossier: "},
			{[]string{"export"}, "dossier: "},
			{[]string{"snapshot"}, "dossier: snapshot: "},
		} {
			args := append(cmd.args, tt.url)
			code, out, errOut := runBinary(t, args...)
			if code != 1 || out != "" || errOut != cmd.prefix+tt.line+"\n" {
				t.Errorf("dossier %s: exit %d, stdout %q, stderr %q; want 1 and %q", strings.Join(args, " "), code, out, errOut, cmd.prefix+tt.line)
			}
		}
	}
}

// TestURLFetchInterrupted: ctrl+c while a page is on its way stops the
// fetch at once: one line, and the status of a SIGINT, 130. The same for
// SIGTERM (143) and SIGHUP (129).
func TestURLFetchInterrupted(t *testing.T) {
	site := newPageSite(t)
	bin := dossierBinary(t)
	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP} {
		cmd := exec.Command(bin, "export", site.URL+"/slow")
		cmd.Env = appEnv()
		var out, errb bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &errb
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		select {
		case <-site.slow:
		case <-time.After(waitLong):
			_ = cmd.Process.Kill()
			t.Fatal("the request never arrived")
		}
		if err := cmd.Process.Signal(sig); err != nil {
			t.Fatal(err)
		}
		done := make(chan struct{})
		go func() { _ = cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(waitLong):
			_ = cmd.Process.Kill()
			<-done
			t.Fatalf("%v did not stop the fetch", sig)
		}
		want := "dossier: " + site.URL + "/slow: fetch cancelled\n"
		if code := cmd.ProcessState.ExitCode(); code != 128+int(sig) || errb.String() != want || out.Len() != 0 {
			t.Errorf("%v: exit %d, stderr %q; want %d and %q", sig, code, errb.String(), 128+int(sig), want)
		}
	}
}

// TestURLCtrlCInTmux: a real ctrl+c typed at the terminal while the page
// is on its way (the terminal still in its normal mode, so the line
// discipline sends SIGINT) ends dossier with 130 and one line.
func TestURLCtrlCInTmux(t *testing.T) {
	needTools(t, "tmux")
	bin := dossierBinary(t)
	site := newPageSite(t)
	tx := newTmux(t)
	status := filepath.Join(t.TempDir(), "status")
	// The shell traps SIGINT so that it outlives the ctrl+c and can
	// record dossier's status (a trapped signal is reset for children,
	// so dossier gets it as usual).
	cmd := "trap 'echo shell-interrupted' INT; " + shellQuote([]string{bin, site.URL + "/slow"}) +
		"; echo $? > " + shellQuote([]string{status}) + "; exec sleep 60"
	tx.must("new-session", "-d", "-s", "slow", "-x", "120", "-y", "40", "env", "TERM=xterm-256color", "sh", "-c", cmd)
	select {
	case <-site.slow:
	case <-time.After(waitLong):
		t.Fatalf("the request never arrived:\n%s", tx.capture("slow"))
	}
	tx.must("send-keys", "-t", "slow", "C-c")
	if code := waitStatus(t, status); code != "130" {
		t.Errorf("exit status %s after ctrl+c, want 130:\n%s", code, tx.capture("slow"))
	}
	if screen := tx.capture("slow"); !strings.Contains(screen, "dossier: "+site.URL+"/slow: fetch cancelled") {
		t.Errorf("no cancel line on the terminal:\n%s", screen)
	}
}
