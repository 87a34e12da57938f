package data

import (
	"embed"
	"fmt"
	"io/fs"
	"path"

	"dossier/model"
)

// demoCase holds the articles of the embedded demo case: three US federal
// press releases of 22 May 2025 on Operation RapTor, works of the US
// Government and so in the public domain. Each file's front matter names
// its source, URL and licence. The files are numbered so that a directory
// listing opens them in the order the case is read in.
//
//go:embed cases/raptor/*.txt
var demoCase embed.FS

// demoCaseDir is the demo case's directory in demoCase.
const demoCaseDir = "cases/raptor"

// DemoCase returns the articles of the embedded demo case in their order,
// with their names ("raptor/01-doj.txt").
func DemoCase() (names []string, docs []model.Document, err error) {
	entries, err := fs.ReadDir(demoCase, demoCaseDir)
	if err != nil {
		return nil, nil, fmt.Errorf("embedded case: %w", err)
	}
	for _, e := range entries { // fs.ReadDir sorts by name
		f := e.Name()
		b, err := demoCase.ReadFile(path.Join(demoCaseDir, f))
		if err != nil {
			return nil, nil, fmt.Errorf("embedded case: %w", err)
		}
		doc, err := ParseDocument(b)
		if err != nil {
			return nil, nil, fmt.Errorf("embedded case %s: %w", f, err)
		}
		names = append(names, path.Join(path.Base(demoCaseDir), f))
		docs = append(docs, doc)
	}
	return names, docs, nil
}
