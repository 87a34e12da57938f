package webpage

import (
	"encoding/json"
	"html"
	"strings"
)

// ldArticle is what the JSON-LD of a page says about its article.
type ldArticle struct {
	found                                       bool
	headline, author, publisher, url, published string
}

// readJSONLD reads a JSON-LD block: a single object, an array of them, or
// an @graph, in which the article is the first object whose @type is a
// kind of article (NewsArticle, Article, BlogPosting, ReportageNewsArticle
// and the rest) and its publisher may be a reference to another object of
// the graph. A block that is not JSON, or has no article, says nothing.
func readJSONLD(src string) ldArticle {
	src = strings.TrimSpace(src)
	src = strings.TrimSuffix(strings.TrimPrefix(src, "<![CDATA["), "]]>")
	var v any
	if err := json.Unmarshal([]byte(src), &v); err != nil {
		return ldArticle{}
	}
	var objects []map[string]any
	collect(v, &objects, 0)
	byID := map[string]map[string]any{}
	for _, o := range objects {
		if id, ok := o["@id"].(string); ok {
			byID[id] = o
		}
	}
	for _, o := range objects {
		if !isArticleType(o["@type"]) {
			continue
		}
		a := ldArticle{found: true}
		a.headline = first(str(o["headline"]), str(o["name"]))
		a.author = names(o["author"], byID)
		a.publisher = names(o["publisher"], byID)
		a.url = first(str(o["url"]), idOf(o["mainEntityOfPage"]))
		a.published = str(o["datePublished"])
		return a
	}
	return ldArticle{}
}

// collect gathers the objects of a JSON-LD value: arrays and @graph lists
// are opened, to a small depth, since real pages nest them at most twice.
func collect(v any, out *[]map[string]any, depth int) {
	if depth > 4 {
		return
	}
	switch v := v.(type) {
	case []any:
		for _, e := range v {
			collect(e, out, depth+1)
		}
	case map[string]any:
		*out = append(*out, v)
		if g, ok := v["@graph"]; ok {
			collect(g, out, depth+1)
		}
	}
}

// isArticleType reports whether a @type (a string or a list of them) is
// schema.org's Article or one of its kinds.
func isArticleType(t any) bool {
	switch t := t.(type) {
	case string:
		t = strings.TrimPrefix(strings.TrimPrefix(t, "https://schema.org/"), "http://schema.org/")
		return strings.HasSuffix(t, "Article") || strings.HasSuffix(t, "BlogPosting") || t == "Report"
	case []any:
		for _, e := range t {
			if isArticleType(e) {
				return true
			}
		}
	}
	return false
}

// names reads a person or organisation, a list of them, or a bare name,
// following an {"@id": ...} reference into the graph, and joins the names
// with ", ".
func names(v any, byID map[string]map[string]any) string {
	switch v := v.(type) {
	case string:
		return strings.TrimSpace(v)
	case map[string]any:
		if n := str(v["name"]); n != "" {
			return n
		}
		if id, ok := v["@id"].(string); ok {
			if o, ok := byID[id]; ok {
				return str(o["name"])
			}
		}
	case []any:
		var out []string
		for _, e := range v {
			if n := names(e, byID); n != "" {
				out = append(out, n)
			}
		}
		return strings.Join(out, ", ")
	}
	return ""
}

// idOf reads a value that is an address or an object with an @id.
func idOf(v any) string {
	switch v := v.(type) {
	case string:
		return v
	case map[string]any:
		return str(v["@id"])
	}
	return ""
}

// str returns v if it is a string, "" otherwise, with white space
// collapsed and character references resolved: some publishers write
// "&amp;" into JSON as if it were HTML.
func str(v any) string {
	s, _ := v.(string)
	return collapse(html.UnescapeString(s))
}
