package model_test

import (
	"dossier/model"
	"dossier/model/internal/modeltest"
)

func testQuantityLexicon() *model.Lexicon { return modeltest.Quantities() }
