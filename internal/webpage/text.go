package webpage

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// blockElements end one paragraph and begin the next.
var blockElements = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true,
	atom.Br: true, atom.Caption: true, atom.Dd: true, atom.Details: true, atom.Dialog: true,
	atom.Div: true, atom.Dl: true, atom.Dt: true, atom.Fieldset: true, atom.Figcaption: true,
	atom.Figure: true, atom.Footer: true, atom.Form: true, atom.H1: true, atom.H2: true,
	atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true, atom.Header: true,
	atom.Hgroup: true, atom.Hr: true, atom.Li: true, atom.Main: true, atom.Nav: true,
	atom.Ol: true, atom.P: true, atom.Pre: true, atom.Section: true, atom.Summary: true,
	atom.Table: true, atom.Tbody: true, atom.Td: true, atom.Tfoot: true, atom.Th: true,
	atom.Thead: true, atom.Tr: true, atom.Ul: true,
}

func isBlock(a atom.Atom) bool { return blockElements[a] }

var headings = map[atom.Atom]bool{atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true}

// block is one paragraph of the article as it is written out, with how
// much of its text is the text of links.
type block struct {
	text      strings.Builder
	linkBytes int
}

// articleText writes out the paragraphs of the article node, leaving out
// what is not a sentence of the story: headings (as in Markdown, the
// headline is the title, and a subheading is no sentence), blocks that
// are mostly links (related stories, tag lists), a byline, the headline
// again, and stray labels ("Advertisement", "Share").
func articleText(n *html.Node, p Page) []string {
	var (
		out   []string
		cur   block
		links int // depth of <a> elements around the current text
	)
	flush := func() {
		text := collapse(cur.text.String())
		if text != "" && keepBlock(text, cur.linkBytes, p) {
			out = append(out, text)
		}
		cur = block{}
	}
	var visit func(*html.Node)
	visit = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			cur.text.WriteString(n.Data)
			if links > 0 {
				cur.linkBytes += len(strings.TrimSpace(n.Data))
			}
			return
		case html.ElementNode:
			if headings[n.DataAtom] || cutElements[n.DataAtom] {
				flush()
				return
			}
		}
		if n.DataAtom == atom.Td || n.DataAtom == atom.Th {
			cur.text.WriteByte(' ')
		}
		block := blockElements[n.DataAtom]
		if block && n.DataAtom != atom.Td && n.DataAtom != atom.Th {
			flush()
		}
		if n.DataAtom == atom.A {
			links++
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
		if n.DataAtom == atom.A {
			links--
		}
		if block && n.DataAtom != atom.Td && n.DataAtom != atom.Th {
			flush()
		}
	}
	visit(n)
	flush()
	return out
}

// keepBlock reports whether a paragraph is part of the story.
func keepBlock(text string, linkBytes int, p Page) bool {
	letters := len(strings.ReplaceAll(text, " ", ""))
	if letters == 0 || float64(linkBytes)/float64(letters) > 0.5 {
		return false
	}
	if p.Title != "" && strings.EqualFold(text, p.Title) {
		return false
	}
	words := strings.Fields(text)
	if len(words) <= 20 && (isBylineText(text, p.Author)) {
		return false
	}
	// A label of a few words with no sentence in it ("Advertisement",
	// "Share this:", "Photo: Reuters") is page furniture.
	return len(words) > 3 || endsSentence(text)
}

// isBylineText reports a short paragraph that names the author or starts
// "By": the byline, which is metadata, not story.
func isBylineText(text, author string) bool {
	if len(text) > 3 && strings.EqualFold(text[:3], "by ") {
		return true
	}
	return author != "" && strings.Contains(strings.ToLower(text), strings.ToLower(author))
}

// isArticle reports whether the paragraphs are a story: at least one
// paragraph of prose, and enough words of prose in all. A page of links,
// a video page or an error page has neither.
func isArticle(paras []string) bool {
	words := 0
	for _, p := range paras {
		if isProse(p) {
			words += len(strings.Fields(p))
		}
	}
	return words >= minArticleWords
}

// minArticleWords is the fewest words of prose an article has: a one-line
// news brief has about this many.
const minArticleWords = 15

// isProse reports a paragraph of at least eight words that ends a
// sentence.
func isProse(text string) bool {
	return len(strings.Fields(text)) >= 8 && endsSentence(text)
}

// endsSentence reports whether text ends with sentence punctuation,
// perhaps inside closing quotes or brackets.
func endsSentence(text string) bool {
	text = strings.TrimRightFunc(text, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("\"'”’»)]", r)
	})
	r, _ := utf8.DecodeLastRuneInString(text)
	return strings.ContainsRune(".!?…", r)
}
