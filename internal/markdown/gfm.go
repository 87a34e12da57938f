package markdown

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

// table reads a paragraph that is a GitHub table: a header row, a
// delimiter row ("|---|:--:|") and body rows, every line holding a pipe.
// Each row but the delimiter becomes one paragraph, its cells' text joined
// by commas, as a reader would read the row aloud.
func (w *walker) table(n ast.Node) ([]string, bool) {
	lines := n.Lines()
	if lines.Len() < 2 {
		return nil, false
	}
	if second := lines.At(1); !delimiterRow(second.Value(w.src)) {
		return nil, false
	}
	var rows []string
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		line := bytes.TrimSpace(seg.Value(w.src))
		if bytes.IndexByte(line, '|') < 0 {
			return nil, false
		}
		if i == 1 {
			continue
		}
		var cells []string
		for _, c := range splitCells(line) {
			if t := w.cell(c); t != "" {
				cells = append(cells, t)
			}
		}
		rows = append(rows, strings.Join(cells, ", "))
	}
	return rows, true
}

// delimiterRow reports a table's delimiter row: cells of dashes, with a
// colon at either end for alignment.
func delimiterRow(line []byte) bool {
	line = bytes.TrimSpace(line)
	if bytes.IndexByte(line, '|') < 0 && bytes.IndexByte(line, '-') < 0 {
		return false
	}
	cells := splitCells(line)
	if len(cells) == 0 {
		return false
	}
	for _, c := range cells {
		c = bytes.TrimSpace(c)
		c = bytes.TrimPrefix(c, []byte(":"))
		c = bytes.TrimSuffix(c, []byte(":"))
		if len(c) == 0 || len(bytes.Trim(c, "-")) != 0 {
			return false
		}
	}
	return true
}

// splitCells splits a row at its unescaped pipes, without the outer ones.
func splitCells(line []byte) [][]byte {
	line = bytes.TrimPrefix(line, []byte("|"))
	if bytes.HasSuffix(line, []byte("|")) && !bytes.HasSuffix(line, []byte(`\|`)) {
		line = line[:len(line)-1]
	}
	var cells [][]byte
	start := 0
	for i := 0; i < len(line); i++ {
		switch line[i] {
		case '\\':
			i++
		case '|':
			cells = append(cells, line[start:i])
			start = i + 1
		}
	}
	return append(cells, line[start:])
}

// cell is the text of one table cell, its inline markup read as anywhere.
func (w *walker) cell(c []byte) string {
	c = bytes.ReplaceAll(bytes.TrimSpace(c), []byte(`\|`), []byte("|"))
	if len(c) == 0 {
		return ""
	}
	doc := commonMark().Parse(text.NewReader(c))
	inner := walker{src: c}
	var b strings.Builder
	for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
		b.WriteString(inner.inline(n))
		b.WriteByte(' ')
	}
	return collapse(b.String())
}

// trimTaskBox drops a task list item's box ("[ ] ", "[x] ").
func trimTaskBox(s string) string {
	for _, box := range []string{"[ ] ", "[x] ", "[X] "} {
		if rest, ok := strings.CutPrefix(s, box); ok {
			return rest
		}
	}
	return s
}

// unstrike drops strike-through markers ("~~heroin~~"): the text stays.
func unstrike(s string) string {
	if !strings.Contains(s, "~~") {
		return s
	}
	return strings.ReplaceAll(s, "~~", "")
}
