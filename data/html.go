package data

import (
	"errors"
	"net/url"
	"strings"

	"dossier/internal/sanitize"
	"dossier/internal/webpage"
	"dossier/model"
)

// ParseHTML turns a web page into a Document: the article's text (see
// webpage.Read), one paragraph per line with a blank line between, and
// the page's title, site (as Source), canonical address (as URL), author
// and publication day, all sanitised. contentType is the HTTP
// Content-Type the page came with, "" for a file; pageURL is the address
// it was fetched from, "" for a file, and is then the Document's URL,
// with the page's own canonical address kept in Meta. Without a site
// name, Source is the URL's host. Meta holds the fields found, under the
// front matter's keys. Errors wrap ErrBinary, ErrTooLarge, ErrBadMarkup or
// ErrNotArticle.
func ParseHTML(b []byte, contentType, pageURL string) (model.Document, error) {
	if err := checkBytes(b); err != nil {
		return model.Document{}, err
	}
	p, err := webpage.Read(b, webpage.Options{ContentType: contentType, URL: pageURL})
	if err != nil {
		kind := ErrNotArticle
		switch {
		case errors.Is(err, webpage.ErrTooLarge):
			kind = ErrTooLarge
		case errors.Is(err, webpage.ErrBadMarkup):
			kind = ErrBadMarkup
		}
		return model.Document{}, &inputError{msg: err.Error(), kind: kind}
	}
	doc := model.Document{
		Title:     field(p.Title),
		Source:    field(p.Site),
		URL:       field(p.URL),
		Published: p.Published,
		Meta:      map[string]string{},
	}
	if pageURL != "" {
		if doc.URL != "" && doc.URL != pageURL {
			doc.Meta["canonical"] = doc.URL
		}
		doc.URL = field(pageURL)
	}
	if doc.Source == "" {
		doc.Source = hostOf(doc.URL)
	}
	for k, v := range map[string]string{"title": doc.Title, "source": doc.Source, "url": doc.URL, "author": field(p.Author)} {
		if v != "" {
			doc.Meta[k] = v
		}
	}
	if doc.HasPublished() {
		doc.Meta["published"] = doc.Published.Format("2006-01-02")
	}
	paras := make([]string, 0, len(p.Paragraphs))
	for _, para := range p.Paragraphs {
		if s := field(para); s != "" {
			paras = append(paras, s)
		}
	}
	doc.Body = strings.Join(paras, "\n\n")
	if doc.Body == "" {
		return model.Document{}, &inputError{msg: "not an article (no story text found in the page)", kind: ErrNotArticle}
	}
	return doc, nil
}

// field sanitises s and keeps it to one line: a title, a name or a
// paragraph from a page must not break into several.
func field(s string) string {
	s = sanitize.Text(s)
	if strings.ContainsAny(s, "\n ") {
		s = strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '\n' }), " ")
	}
	return s
}

// hostOf returns the host of an address, without "www.", or "".
func hostOf(addr string) string {
	u, err := url.Parse(addr)
	if err != nil || u.Hostname() == "" {
		return ""
	}
	return strings.TrimPrefix(u.Hostname(), "www.")
}
