package model

// dateResolver resolves the temporal expressions of a story sentence by
// sentence against the publication date, carrying context from sentence to
// sentence the way HeidelTime does for news.
type dateResolver struct {
	doc Document
	lex *Lexicon
}

func newDateResolver(doc Document, lex *Lexicon) *dateResolver {
	return &dateResolver{doc: doc, lex: lex}
}

// resolve returns the date of the happening sentence s reports. It must be
// called for every story sentence in article order: it carries context.
func (r *dateResolver) resolve(s Sentence) Date {
	return Date{Precision: PrecisionUnknown, Basis: BasisNone}
}
