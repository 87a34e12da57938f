package webpage

import (
	"net/url"
	"strings"
	"time"

	"dossier/internal/pubdate"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// metaTags are the <meta> values a page's metadata is read from, by the
// lower-cased name or property that carries them.
type metaTags map[string]string

// readMeta reads the page's title, site, author, canonical address and
// publication day. Each comes from the first source that has it, in the
// order publishers are most careful with: JSON-LD, then Open Graph and
// the other <meta> conventions, then the markup itself.
func readMeta(doc *html.Node, base *url.URL) Page {
	var (
		tags      = metaTags{}
		canonical string
		titleTag  string
		h1        string
		ld        ldArticle
	)
	walk(doc, func(n *html.Node) bool {
		switch n.DataAtom {
		case atom.Meta:
			key := strings.ToLower(strings.TrimSpace(attr(n, "property")))
			if key == "" {
				key = strings.ToLower(strings.TrimSpace(attr(n, "name")))
			}
			if key == "" {
				key = strings.ToLower(strings.TrimSpace(attr(n, "itemprop")))
			}
			if v := collapse(attr(n, "content")); key != "" && v != "" {
				if _, seen := tags[key]; !seen {
					tags[key] = v
				}
			}
		case atom.Link:
			if canonical == "" && hasToken(attr(n, "rel"), "canonical") {
				canonical = attr(n, "href")
			}
		case atom.Title:
			if titleTag == "" {
				titleTag = collapse(textOf(n))
			}
		case atom.H1:
			if h1 == "" {
				h1 = collapse(textOf(n))
			}
		case atom.Script:
			if !ld.found && strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") {
				ld = readJSONLD(textOf(n))
			}
			return false
		case atom.Svg, atom.Math:
			return false
		}
		return true
	})

	var p Page
	p.Title = first(ld.headline, tags["og:title"], tags["twitter:title"], titleFrom(titleTag, h1), h1)
	p.Site = first(ld.publisher, tags["og:site_name"], tags["application-name"])
	p.Author = first(ld.author, tags["author"], notURL(tags["article:author"]), byline(tags["byl"]), authorInMarkup(doc))
	p.URL = first(absolute(canonical, base), absolute(tags["og:url"], base), absolute(ld.url, base))
	p.Published = firstDay(ld.published, tags["article:published_time"], tags["og:published_time"],
		tags["published_time"], tags["datepublished"], tags["pubdate"], tags["publishdate"], tags["publish-date"],
		tags["dc.date.issued"], tags["dcterms.issued"], tags["dc.date"], tags["dcterms.created"], tags["date"],
		tags["sailthru.date"], tags["parsely-pub-date"], timeInMarkup(doc))
	return p
}

// titleFrom reads a <title>, which most sites end (or begin) with their
// own name: the first heading is the headline when the title holds it;
// otherwise the longest part between the usual separators is.
func titleFrom(title, h1 string) string {
	if title == "" {
		return ""
	}
	if h1 != "" && strings.Contains(title, h1) {
		return h1
	}
	best := title
	for _, sep := range []string{" | ", " – ", " — ", " - ", " :: ", " · "} {
		if !strings.Contains(title, sep) {
			continue
		}
		best = ""
		for _, part := range strings.Split(title, sep) {
			if part = strings.TrimSpace(part); len(part) > len(best) {
				best = part
			}
		}
		break
	}
	return best
}

// timeInMarkup finds the publication day in <time> elements: the one
// marked as the publication time (itemprop, pubdate, a "published"
// class), else the first inside the <article>, else the page's only one.
// A <time> anywhere else may date a comment or another story.
func timeInMarkup(doc *html.Node) string {
	var marked, inArticle string
	all := 0
	var only string
	walk(doc, func(n *html.Node) bool {
		if n.DataAtom != atom.Time {
			return true
		}
		dt := strings.TrimSpace(attr(n, "datetime"))
		if dt == "" {
			return true
		}
		all++
		only = dt
		cls := strings.ToLower(attr(n, "class"))
		if marked == "" && (strings.EqualFold(attr(n, "itemprop"), "datePublished") || hasAttr(n, "pubdate") ||
			strings.Contains(cls, "publish") || strings.Contains(cls, "pubdate") || strings.Contains(cls, "entry-date")) {
			marked = dt
		}
		if inArticle == "" && hasAncestor(n, atom.Article) {
			inArticle = dt
		}
		return true
	})
	if all != 1 {
		only = ""
	}
	return first(marked, inArticle, only)
}

// authorInMarkup finds a byline in the markup: a rel="author" link, else
// an element marked itemprop="author", else one whose class names it the
// author (as blog themes do: "author vcard", "author-name").
func authorInMarkup(doc *html.Node) string {
	var rel, prop, class string
	walk(doc, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		if rel == "" && hasToken(attr(n, "rel"), "author") {
			rel = byline(textOf(n))
		}
		if prop == "" && strings.EqualFold(attr(n, "itemprop"), "author") {
			prop = byline(first(findItemprop(n, "name"), textOf(n)))
		}
		if class == "" && classWord(attr(n, "class"), "author") {
			class = byline(textOf(n))
		}
		return true
	})
	return first(rel, prop, class)
}

// classWord reports whether a class value has word among its words.
func classWord(class, word string) bool {
	for _, w := range classWords(class) {
		if w == word {
			return true
		}
	}
	return false
}

// findItemprop returns the text of the first element below n with the
// given itemprop.
func findItemprop(n *html.Node, prop string) string {
	var out string
	walk(n, func(c *html.Node) bool {
		if out == "" && c != n && strings.EqualFold(attr(c, "itemprop"), prop) {
			out = collapse(first(attr(c, "content"), textOf(c)))
		}
		return out == ""
	})
	return out
}

// byline cleans a byline into a name: "By Ana Ruiz" becomes "Ana Ruiz",
// and anything too long to be names (an author's biography) is dropped.
func byline(s string) string {
	s = collapse(s)
	if len(s) > 3 && strings.EqualFold(s[:3], "by ") {
		s = strings.TrimSpace(s[3:])
	}
	if len(s) > 100 {
		return ""
	}
	return s
}

// notURL drops a value that is an address: article:author is often the
// author's profile page, not a name.
func notURL(s string) string {
	if strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "/") {
		return ""
	}
	return s
}

// absolute returns ref as an absolute http or https address, read against
// base when it is relative, or "" when it cannot be one.
func absolute(ref string, base *url.URL) string {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return ""
	}
	u, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if !u.IsAbs() {
		if base == nil {
			return ""
		}
		u = base.ResolveReference(u)
	}
	if u.Scheme != "http" && u.Scheme != "https" || u.Host == "" {
		return ""
	}
	return u.String()
}

// firstDay returns the first value that reads as a day.
func firstDay(values ...string) time.Time {
	for _, v := range values {
		if t, ok := pubdate.WebDay(v); ok {
			return t
		}
	}
	return time.Time{}
}

// first returns the first value that is not blank.
func first(values ...string) string {
	for _, v := range values {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}
