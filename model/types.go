// Package model is the story domain: the types of a parsed news story and the
// pure pipeline that builds them (sentences, entities, quantities, counts,
// dates, events) and filters them. It does no I/O, never reads the clock and
// keeps no package-level mutable state, so one Story can be shared read-only
// by every SSH session.
//
// The pipeline's stages are packages of their own under internal/ (token,
// lexicon, sentences, entities, numbers, quantities, dates, events,
// summary); this package wires them together in Parse and re-exports the
// types they produce, which package story defines.
package model

import "dossier/model/internal/story"

// The pieces of a story (see package story for their fields).
type (
	// Document is an article as read by package data: front matter plus
	// body. Offsets everywhere in a Story are byte offsets into Body.
	Document = story.Document
	// Kind is the kind of an entity; the five kinds are also the filter
	// facets.
	Kind = story.Kind
	// Sentence is one sentence of the body.
	Sentence = story.Sentence
	// Mention is one occurrence of an entity.
	Mention = story.Mention
	// Entity is a country, place, agency, network or item with every
	// mention.
	Entity = story.Entity
	// Amount is a quantity with its unit, used for money equivalents.
	Amount = story.Amount
	// Seizure is an item seized, with its quantity when the text gives one.
	Seizure = story.Seizure
	// Count is a counted happening or resource.
	Count = story.Count
	// Precision is how much of a date is known.
	Precision = story.Precision
	// Basis is where a date came from.
	Basis = story.Basis
	// Date is a resolved (or unresolvable) temporal expression.
	Date = story.Date
	// Event is one reported happening, tied to the sentence it came from.
	Event = story.Event
)

const (
	KindCountry = story.KindCountry
	KindPlace   = story.KindPlace
	KindAgency  = story.KindAgency
	KindNetwork = story.KindNetwork
	KindItem    = story.KindItem

	PrecisionTime    = story.PrecisionTime
	PrecisionDay     = story.PrecisionDay
	PrecisionMonth   = story.PrecisionMonth
	PrecisionYear    = story.PrecisionYear
	PrecisionRange   = story.PrecisionRange
	PrecisionUnknown = story.PrecisionUnknown

	BasisExplicit = story.BasisExplicit
	BasisContext  = story.BasisContext
	BasisNone     = story.BasisNone
)

// Kinds lists the kinds in the order the UI and exports show them.
var Kinds = story.Kinds

// Story is the parsed case file. It is immutable after Parse.
type Story struct {
	Doc       Document
	Sentences []Sentence
	Entities  []Entity
	Seizures  []Seizure
	Counts    []Count
	// Events are in date order: dated events first (by start, then by
	// sentence), undated ones after, in article order.
	Events []Event
}
