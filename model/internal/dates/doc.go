// Package dates resolves the temporal expressions of a story, sentence by
// sentence and in article order, against the publication day: what each
// sentence's happening is dated by, written or carried from the sentences
// before it (see Resolver for the rules).
package dates
