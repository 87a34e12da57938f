package model

import "dossier/model/internal/lexicon/lexicontest"

func testQuantityLexicon() *Lexicon { return lexicontest.Quantities() }
