package cli

import (
	"io"

	"dossier/model"
	"dossier/model/casefile"
	"dossier/ui"
)

// caseApp is the one place a case reaches the app: the full-screen app
// and snapshot both build their model here. The app shows one story, so
// a case opens on one of its articles (see openingArticle), its filters
// resolved against that article. A case view replaces the body: resolve
// with resolveCaseSelection(c, lex, af.story.wanted()) and build with
// ui.NewCase(c, opts). note is told which article opens.
func caseApp(c *casefile.Case, lex *model.Lexicon, af *appFlags, noColor bool, note io.Writer) (ui.Model, error) {
	st, err := openingArticle(c, af.story.sources, note)
	if err != nil {
		return ui.Model{}, err
	}
	sel, err := resolveSelection(st, lex, af.story.wanted())
	if err != nil {
		return ui.Model{}, err
	}
	opts := af.uiOptions(sel)
	opts.NoColor = opts.NoColor || noColor
	return ui.New(st, opts), nil
}
