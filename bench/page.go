//go:build linux

package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
)

// The -page run: dossier on a 200 KB saved web page beside dossier on the
// same article as text, interleaved round by round, so the table shows
// what reading a heavy page costs before the first frame.
const (
	pageName = "dossier page" // dossier on the 200 KB page
	textName = "dossier text" // dossier on the same story as text
	// pageSize is the weight of a news page around a story of a few
	// hundred words: its state script, menus and lists of other stories.
	pageSize = 200 << 10
)

// pageSource is the test page the heavy page is grown from, and
// pageTruth the same story as text with a plain header.
const (
	pageSource = "testdata/pages/jsonld-newsarticle.html"
	pageTruth  = "testdata/pages/jsonld-newsarticle.truth"
)

// heavyPage grows src to about size bytes the way real news pages are
// heavy: an inline state script and a "more stories" list of cards before
// </body>, none of it the story (the data package's benchmark page is
// grown the same way).
func heavyPage(src []byte, size int) []byte {
	var fill bytes.Buffer
	fill.WriteString(`<script>window.__STATE__ = {"stories":[`)
	for i := 0; fill.Len() < size/2; i++ {
		fmt.Fprintf(&fill, `{"id":%d,"headline":"Story number %d about the port","url":"/world/story-%d","tags":["a","b","c"]},`, i, i, i)
	}
	fill.WriteString(`{}]};</script><section class="more-stories"><ul>`)
	for i := 0; fill.Len() < size-len(src); i++ {
		fmt.Fprintf(&fill, `<li class="card"><a href="/world/story-%d"><img src="/i/%d.jpg" alt=""><span class="label">World</span> Story number %d about the port</a> <time datetime="2024-05-01">1 May</time></li>`, i, i, i)
	}
	fill.WriteString("</ul></section>")
	return bytes.Replace(src, []byte("</body>"), append(fill.Bytes(), "</body>"...), 1)
}

// writePageArticles writes the heavy page and the same story as text into
// dir and returns their paths.
func writePageArticles(root, dir string) (page, text string, err error) {
	src, err := os.ReadFile(filepath.Join(root, pageSource))
	if err != nil {
		return "", "", err
	}
	truth, err := os.ReadFile(filepath.Join(root, pageTruth))
	if err != nil {
		return "", "", err
	}
	page, text = filepath.Join(dir, "page.html"), filepath.Join(dir, "page.txt")
	if err := os.WriteFile(page, heavyPage(src, pageSize), 0o644); err != nil {
		return "", "", err
	}
	return page, text, os.WriteFile(text, truth, 0o644)
}

// pagePrograms builds dossier and returns the -page run's two programs:
// the text first, then the page, each round.
func pagePrograms(ctx context.Context, c config, root, tmp string, rep *Report) ([]program, error) {
	page, text, err := writePageArticles(root, tmp)
	if err != nil {
		return nil, err
	}
	bin, err := buildDossier(ctx, root, tmp, rep)
	if err != nil {
		return nil, err
	}
	if fi, err := os.Stat(page); err == nil {
		rep.PageBytes = fi.Size()
	}
	rep.Article = pageSource + " grown to a heavy page, beside " + pageTruth
	expect := c.Expect["dossier"]
	return []program{
		{Name: textName, Argv: []string{bin, text}, Expect: expect},
		{Name: pageName, Argv: []string{bin, page}, Expect: expect},
	}, nil
}
