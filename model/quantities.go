package model

// findSeizures returns the items seized in sentence s, with quantities
// where the text gives them. Spans are body offsets. Country is left nil:
// Parse fills it from the sentence's entities and context.
func findSeizures(s Sentence, lex *Lexicon) []Seizure { return nil }

// findCounts returns the counted happenings and resources in sentence s
// (arrests, searches, officers, messages, phones...). Country is left nil.
func findCounts(s Sentence, lex *Lexicon) []Count { return nil }
