package webpage

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Before the article is looked for, the parts of a page that are never
// the story are cut away. Readability scores blocks by their text, and a
// long cookie notice or a contribution appeal scores like prose, so they
// go first: by element, by ARIA role, and by the class and id words that
// news sites' templates give such parts.

// cutElements are removed with everything in them.
var cutElements = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Iframe: true, atom.Object: true, atom.Embed: true, atom.Svg: true, atom.Math: true,
	atom.Canvas: true, atom.Form: true, atom.Button: true, atom.Input: true, atom.Select: true,
	atom.Textarea: true, atom.Nav: true, atom.Aside: true, atom.Header: true, atom.Footer: true,
	atom.Figure: true, atom.Figcaption: true, atom.Picture: true, atom.Img: true,
	atom.Video: true, atom.Audio: true, atom.Dialog: true, atom.Menu: true,
}

// cutCustom are custom elements (AMP's among them) that hold no story.
var cutCustom = map[string]bool{
	"amp-ad": true, "amp-embed": true, "amp-sticky-ad": true, "amp-social-share": true,
	"amp-sidebar": true, "amp-analytics": true, "amp-carousel": true, "amp-img": true,
	"amp-video": true, "amp-iframe": true, "amp-consent": true, "amp-user-notification": true,
	"amp-list": true, "amp-next-page": true, "amp-lightbox": true,
}

// cutRoles are ARIA roles of the parts around an article.
var cutRoles = map[string]bool{
	"navigation": true, "banner": true, "contentinfo": true, "complementary": true,
	"dialog": true, "alertdialog": true, "search": true, "menu": true, "menubar": true,
	"toolbar": true, "alert": true,
}

// cutWords are words of class and id names, split at anything not a
// letter or digit ("share-bar" is "share" and "bar"), that mark a part as
// not the story.
var cutWords = map[string]bool{
	"share": true, "sharing": true, "social": true, "sharedaddy": true, "addthis": true,
	"ad": true, "ads": true, "advert": true, "adverts": true, "advertisement": true, "adslot": true,
	"dfp": true, "sponsor": true, "sponsored": true, "promo": true, "outbrain": true, "taboola": true,
	"newsletter": true, "newsletters": true, "subscribe": true, "signup": true,
	"related": true, "recommended": true, "trending": true, "popular": true, "mostread": true,
	"cookie": true, "cookies": true, "consent": true, "cmp": true, "gdpr": true,
	"byline": true, "caption": true, "credit": true, "credits": true,
	"comment": true, "comments": true, "discussion": true, "respond": true, "disqus": true,
	"breadcrumb": true, "breadcrumbs": true, "tags": true, "keywords": true,
	"standfirst": true, "epic": true, "contributions": true, "donate": true,
	"sidebar": true, "widget": true, "masthead": true, "navigation": true, "navbar": true,
	"menu": true, "pagination": true, "pager": true, "player": true, "skip": true,
	"sronly": true,
}

// cutPhrases are class and id names made of common words that mark a
// part only together, written with single spaces between the words.
var cutPhrases = []string{
	"most viewed", "most read", "most popular", "more stories", "more from",
	"read also", "read more", "up next", "sr only", "visually hidden",
	"screen reader", "post navigation",
}

// keepBlocks is how many paragraphs of prose (see isProse) an element may
// hold and still be cut for its class or id: a template that marks the
// story's own wrapper "has-ad" or "with-sidebar" must not lose the story.
const keepBlocks = 3

// prune removes from doc the parts that are never the story.
func prune(doc *html.Node) {
	var cut []*html.Node
	walk(doc, func(n *html.Node) bool {
		switch n.Type {
		case html.CommentNode:
			cut = append(cut, n)
			return false
		case html.ElementNode:
			if isCut(n) {
				cut = append(cut, n)
				return false
			}
		}
		return true
	})
	for _, n := range cut {
		n.Parent.RemoveChild(n)
	}
}

// isCut reports whether element n is never part of the story.
func isCut(n *html.Node) bool {
	if cutElements[n.DataAtom] || n.DataAtom == 0 && cutCustom[n.Data] {
		return true
	}
	if hasAttr(n, "hidden") || strings.EqualFold(attr(n, "aria-hidden"), "true") || hiddenStyle(attr(n, "style")) {
		return true
	}
	if cutRoles[strings.ToLower(strings.TrimSpace(attr(n, "role")))] {
		return true
	}
	switch n.DataAtom {
	case atom.Html, atom.Body, atom.Main, atom.Article:
		return false
	}
	if !marked(attr(n, "class")) && !marked(attr(n, "id")) {
		return false
	}
	return proseBlocks(n, keepBlocks) < keepBlocks
}

// marked reports whether a class or id value names a part that is not the
// story.
func marked(v string) bool {
	if v == "" {
		return false
	}
	var words []string
	for _, w := range classWords(v) {
		if cutWords[w] {
			return true
		}
		words = append(words, w)
	}
	joined := " " + strings.Join(words, " ") + " "
	for _, p := range cutPhrases {
		if strings.Contains(joined, " "+p+" ") {
			return true
		}
	}
	return false
}

// hiddenStyle reports an inline style that hides the element.
func hiddenStyle(style string) bool {
	if style == "" {
		return false
	}
	s := strings.ReplaceAll(strings.ToLower(style), " ", "")
	return strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden")
}

// proseBlocks counts the paragraphs of prose in n, stopping at max.
func proseBlocks(n *html.Node, max int) int {
	count := 0
	walk(n, func(c *html.Node) bool {
		if count >= max {
			return false
		}
		if c.Type == html.ElementNode && c.DataAtom == atom.P {
			if isProse(collapse(textOf(c))) {
				count++
			}
			return false
		}
		return true
	})
	return count
}
