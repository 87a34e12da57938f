// Package fetch reads a news article from the web: an http or https
// address is fetched within limits of time, size and redirects, and the
// page is read as a file of its type would be (see data.Parse). Every
// failure is one line that says what went wrong: the host does not exist,
// the connection was refused, the server took too long, answered 404, sent
// too much, sent something that is not a page or text, or sent a page with
// no article in it.
//
// Only the command line fetches. The SSH server never does: a stranger
// must not make it fetch for them (see data.LoadOptions).
package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"dossier/data"
	"dossier/internal/sanitize"
	"dossier/internal/webpage"
	"dossier/model"
)

// Limits bound one fetch.
type Limits struct {
	// Timeout is the whole exchange, from the first dial to the last
	// byte of the page.
	Timeout time.Duration
	// MaxBytes is the largest page read, after any decompression.
	MaxBytes int64
	// MaxRedirects is how many redirects are followed.
	MaxRedirects int
}

// DefaultLimits are the command line's: a news page arrives in a few
// seconds, is at most a few megabytes, and is rarely more than two or
// three redirects from its link.
func DefaultLimits() Limits {
	return Limits{Timeout: 30 * time.Second, MaxBytes: webpage.MaxSize, MaxRedirects: 5}
}

// The kinds of failure of the network and the server. A fetch that gets a
// page but cannot read it fails as a file would, with data's sentinels
// (data.ErrTooLarge, data.ErrNotArticle, data.ErrEmpty, ...), and a bad
// address with data.ErrBadURL.
var (
	ErrNoHost    = errors.New("no such host")
	ErrRefused   = errors.New("connection refused")
	ErrTimeout   = errors.New("timed out")
	ErrStatus    = errors.New("HTTP error status")
	ErrRedirects = errors.New("too many redirects")
	ErrNotText   = errors.New("not HTML or text")
	ErrNetwork   = errors.New("network error")
)

// fetchError is a failed fetch: the address in front, a message of its
// own, and a sentinel beneath.
type fetchError struct {
	url, msg string
	kind     error
}

func (e *fetchError) Error() string { return e.url + ": " + e.msg }
func (e *fetchError) Unwrap() error { return e.kind }

// Client fetches articles.
type Client struct {
	Limits Limits
	// Transport carries the requests; nil is a copy of
	// http.DefaultTransport, which honours the proxy variables.
	Transport http.RoundTripper
}

// Fetch reads the article at rawURL with the given limits; see
// Client.Fetch.
func Fetch(ctx context.Context, rawURL string, l Limits) (model.Document, error) {
	return Client{Limits: l}.Fetch(ctx, rawURL)
}

// Fetch reads the article at rawURL: the page (or text, or Markdown) is
// read by its Content-Type, or by its content when the type is missing or
// generic. The Document's URL is rawURL as given; a page's own canonical
// address is kept in Meta["canonical"]. Source is the site's name, or the
// host when the page gives none.
func (c Client) Fetch(ctx context.Context, rawURL string) (model.Document, error) {
	name := displayURL(rawURL)
	u, err := url.Parse(rawURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return model.Document{}, &fetchError{name, "not an http or https address", data.ErrBadURL}
	}
	l := c.limits()
	ctx, cancel := context.WithTimeout(ctx, l.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return model.Document{}, &fetchError{name, "not an http or https address", data.ErrBadURL}
	}
	req.Header.Set("User-Agent", "dossier (news case file reader)")
	req.Header.Set("Accept", "text/html,application/xhtml+xml,text/markdown;q=0.9,text/plain;q=0.8,*/*;q=0.1")
	resp, err := c.client(l).Do(req)
	if err != nil {
		return model.Document{}, classify(name, err, l)
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return model.Document{}, &fetchError{name, sanitize.Label(resp.Status, 80), ErrStatus}
	}
	ct := resp.Header.Get("Content-Type")
	format, ok := data.FormatOfMediaType(ct)
	if !ok {
		mt, _, _ := strings.Cut(ct, ";")
		return model.Document{}, &fetchError{name, fmt.Sprintf("not HTML or text (%s)", sanitize.Label(strings.TrimSpace(mt), 60)), ErrNotText}
	}
	if resp.ContentLength > l.MaxBytes {
		return model.Document{}, tooLarge(name, l)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, l.MaxBytes+1))
	if err != nil {
		return model.Document{}, classify(name, err, l)
	}
	if int64(len(body)) > l.MaxBytes {
		return model.Document{}, tooLarge(name, l)
	}
	doc, err := data.Parse(body, data.Origin{Name: name, Format: format, ContentType: ct, URL: resp.Request.URL.String()})
	if err != nil {
		return model.Document{}, err
	}
	if doc.URL != "" && doc.URL != rawURL && doc.Meta["canonical"] == "" {
		if doc.Meta == nil {
			doc.Meta = map[string]string{}
		}
		doc.Meta["canonical"] = doc.URL
	}
	doc.URL = sanitize.Text(rawURL)
	if doc.Meta["canonical"] == doc.URL {
		delete(doc.Meta, "canonical")
	}
	if doc.Source == "" {
		doc.Source = strings.TrimPrefix(u.Hostname(), "www.")
	}
	return doc, nil
}

// errRedirects is what the redirect check returns; classify words it.
var errRedirects = errors.New("stopped after too many redirects")

func (c Client) limits() Limits {
	l, d := c.Limits, DefaultLimits()
	if l.Timeout <= 0 {
		l.Timeout = d.Timeout
	}
	if l.MaxBytes <= 0 {
		l.MaxBytes = d.MaxBytes
	}
	if l.MaxRedirects < 0 {
		l.MaxRedirects = 0
	}
	return l
}

func (c Client) client(l Limits) *http.Client {
	t := c.Transport
	if t == nil {
		t = http.DefaultTransport.(*http.Transport).Clone()
	}
	return &http.Client{
		Transport: t,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > l.MaxRedirects {
				return errRedirects
			}
			if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
				return fmt.Errorf("redirected to a %s address", sanitize.Label(req.URL.Scheme, 20))
			}
			return nil
		},
	}
}

func tooLarge(name string, l Limits) error {
	return &fetchError{name, "too large (over " + size(l.MaxBytes) + ")", data.ErrTooLarge}
}

// size writes a byte count as people do: "16 MiB", "512 KiB".
func size(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return strconv.FormatInt(n>>20, 10) + " MiB"
	case n >= 1<<10 && n%(1<<10) == 0:
		return strconv.FormatInt(n>>10, 10) + " KiB"
	}
	return strconv.FormatInt(n, 10) + " bytes"
}

// displayURL makes an address safe to print: one carrying control
// characters or escape sequences is shown quoted.
func displayURL(u string) string {
	if sanitize.Safe(u) && !strings.Contains(u, "\n") {
		return u
	}
	return strconv.Quote(u)
}
