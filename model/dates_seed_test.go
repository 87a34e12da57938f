package model_test

import "dossier/model/internal/modeltest"

var (
	seedBody           = modeltest.SeedBody
	seedPublished      = modeltest.SeedPublished
	splitTestSentences = modeltest.SplitSentences
	storySentences     = modeltest.StorySentences
)
