package model

import "dossier/model/internal/modeltest"

func testQuantityLexicon() *Lexicon { return modeltest.Quantities() }
