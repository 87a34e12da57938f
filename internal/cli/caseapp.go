package cli

import (
	"io"

	"dossier/model"
	"dossier/model/casefile"
	"dossier/ui"
)

// caseApp is the one place a case reaches the app: the full-screen app
// and snapshot both build their model here. Filters (and --source) are
// resolved against the whole case, so a country only a later article
// names is still a filter.
func caseApp(c *casefile.Case, lex *model.Lexicon, af *appFlags, noColor bool, _ io.Writer) (ui.Model, error) {
	sel, err := resolveCaseSelection(c, lex, af.story.wanted())
	if err != nil {
		return ui.Model{}, err
	}
	opts := af.uiOptions(sel)
	opts.NoColor = opts.NoColor || noColor
	return ui.NewCase(c, opts), nil
}
