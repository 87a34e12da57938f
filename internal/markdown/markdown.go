// Package markdown turns a Markdown article into its plain paragraphs: the
// markup goes, the words stay. goldmark parses it, so every corner of
// CommonMark is read as a Markdown reader would read it, rather than
// guessed at with patterns that a backslash, a code span or a nested list
// would fool. GitHub's tables, strike-through and task boxes are read here,
// from what CommonMark leaves of them (gfm.go): goldmark's extension
// package compiles its patterns when the program starts, a cost every
// first frame would pay for markup news rarely uses.
package markdown

import (
	"bufio"
	"bytes"
	stdhtml "html"
	"strings"
	"sync"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/text"
)

// Article is a Markdown body with its markup removed.
type Article struct {
	// Heading is the text of the first block when that block is a
	// heading: the title, if the front matter gives none.
	Heading string
	// Paragraphs are the text blocks in order, each on one line: a
	// paragraph, a list item, a table row, a quoted paragraph, a code
	// block. Headings are not among them; they are not sentences of the
	// story.
	Paragraphs []string
}

// commonMark reads CommonMark. It holds no state between documents, so one
// serves every caller; it is built on first use, not at start-up.
var commonMark = sync.OnceValue(func() parser.Parser { return goldmark.New().Parser() })

// Plain parses src as Markdown and returns its text. Images (and their
// alternative text), raw HTML and HTML comments, link and image
// destinations, reference definitions, thematic breaks and every marker
// (emphasis, code span, list bullet, block quote, heading, table pipe,
// task box) are removed; link text, emphasised text and code span text
// stay. Markdown past one of the limits (MaxSize, MaxBlock, MaxDepth) is
// an error wrapping ErrTooLarge, ErrLongBlock or ErrTooDeep.
func Plain(src []byte) (Article, error) {
	if err := check(src); err != nil {
		return Article{}, err
	}
	doc := commonMark().Parse(text.NewReader(src))
	w := walker{src: src}
	if h, ok := doc.FirstChild().(*ast.Heading); ok {
		w.art.Heading = w.inline(h)
	}
	w.block(doc)
	return w.art, nil
}

type walker struct {
	src []byte
	art Article
}

// block adds the paragraphs of n and its descendants.
func (w *walker) block(n ast.Node) {
	switch n := n.(type) {
	case *ast.Heading, *ast.ThematicBreak, *ast.HTMLBlock, *ast.LinkReferenceDefinition:
		return
	case *ast.Paragraph, *ast.TextBlock:
		if rows, ok := w.table(n); ok {
			for _, r := range rows {
				w.add(r)
			}
			return
		}
		t := w.inline(n)
		if _, item := n.Parent().(*ast.ListItem); item && n.PreviousSibling() == nil {
			t = trimTaskBox(t)
		}
		w.add(t)
		return
	case *ast.CodeBlock, *ast.FencedCodeBlock:
		w.code(n)
		return
	}
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		w.block(c)
	}
}

// code adds a code block's text, one paragraph per run of lines between
// blank lines: in an article, a code block is most often prose that was
// indented by four spaces.
func (w *walker) code(n ast.Node) {
	var b strings.Builder
	lines := n.Lines()
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		line := seg.Value(w.src)
		if len(bytes.TrimSpace(line)) == 0 {
			w.add(b.String())
			b.Reset()
			continue
		}
		b.Write(line)
		b.WriteByte(' ')
	}
	w.add(b.String())
}

// add appends one paragraph, its white space collapsed.
func (w *walker) add(s string) {
	if s = collapse(s); s != "" {
		w.art.Paragraphs = append(w.art.Paragraphs, s)
	}
}

// inline returns the text of n's inline content.
func (w *walker) inline(n ast.Node) string {
	var b strings.Builder
	w.inlineTo(&b, n)
	return collapse(b.String())
}

func (w *walker) inlineTo(b *strings.Builder, n ast.Node) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			v := c.Segment.Value(w.src)
			if c.IsRaw() {
				b.Write(v)
			} else {
				b.WriteString(unstrike(unescape(v)))
			}
			if c.SoftLineBreak() || c.HardLineBreak() {
				b.WriteByte(' ')
			}
		case *ast.String:
			if c.IsCode() || c.IsRaw() {
				b.Write(c.Value)
			} else {
				b.WriteString(unescape(c.Value))
			}
		case *ast.CodeSpan:
			// A code span's content is literal: no escapes, no entities.
			for t := c.FirstChild(); t != nil; t = t.NextSibling() {
				if t, ok := t.(*ast.Text); ok {
					b.Write(t.Segment.Value(w.src))
				}
			}
		case *ast.AutoLink:
			b.Write(c.Label(w.src))
		case *ast.Image, *ast.RawHTML:
			// no text of the story
		default: // links, emphasis, strike-through: their text stays
			w.inlineTo(b, c)
		}
	}
}

// unescape resolves backslash escapes and character references the way
// goldmark's own HTML writer does, then turns the HTML back into text, so
// "\*", "&amp;" and "&#8364;" read as "*", "&" and "€".
func unescape(v []byte) string {
	if bytes.IndexByte(v, '\\') < 0 && bytes.IndexByte(v, '&') < 0 {
		return string(v)
	}
	var buf bytes.Buffer
	bw := bufio.NewWriter(&buf)
	html.DefaultWriter.Write(bw, v)
	bw.Flush()
	return stdhtml.UnescapeString(buf.String())
}

// collapse turns each run of ASCII white space into one space and trims
// the ends; other spaces (a no-break space in "€1.2 million") are kept.
func collapse(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case ' ', '\t', '\n', '\r', '\f', '\v':
			space = b.Len() > 0
		default:
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteByte(c)
		}
	}
	return b.String()
}
