package sentences

// IsSeparatorLine is isSeparatorLine for the external tests.
var IsSeparatorLine = isSeparatorLine

// MaxSentences is maxSentences for the external tests.
var MaxSentences = maxSentences
