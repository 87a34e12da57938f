// Package casefile reads several articles as one case file: each
// article's story unchanged, one timeline entry per happening with every
// article's report of it, the figures and dates on which the reports
// disagree, one entity per real thing across the articles, and filters
// over all of it. It is pure: no I/O, no clock, no package state; a Case
// is immutable and may be shared.
//
// # The merge rule
//
// Articles are merged in the order given; within an article, events are
// read in sentence order. Each event (a report) is weighed against the
// entries of the articles before it and joins the one with the most
// evidence, or starts an entry of its own.
//
// The kind of happening a report tells is read from its sentence: the
// trigger words it uses, grouped by what happened (arrest, charge, plea,
// verdict, sentence, extradition, seizure, search, takedown, sanction,
// harm, accident, rescue, launch, trafficking, escape; see kinds.go), the
// labels of its counts ("270 arrests" is an arrest) and whether anything
// was seized. An entry's kinds are those all its reports share.
//
// A report can join an entry only if nothing rules it out:
//   - they share a kind of happening;
//   - their written dates overlap, or are at most dateTolerance days
//     apart (a disagreement on the date). A date carried from a nearby
//     sentence or the publication day never rules a report out, and an
//     undated report may join a dated entry;
//   - where both name countries, they share one; where both name
//     agencies, they share one, or a country of one, or one of them is an
//     international body;
//   - no figure of the report is more than farRatio times another of the
//     same thing in the entry ("4 arrests" and "270 arrests" are two
//     happenings). Counts of another kind of happening than the two share
//     ("four arrests" in a sentence about seizures) are not compared.
//
// The evidence is weighed in points (see match.go): the same written day
// 4, overlapping written dates 2, overlapping carried dates 1; the first
// figure both give alike 6 and each further one 3, a figure one gives
// exactly and the other as a bound at the same number 4; a shared country
// 1, agency 2, place 2, network 3, item 1; places both name but none
// shared -3, items likewise -2; most of the wording of the shorter
// sentence in the other (70%) 6, half of it 3. The wording is what a
// sentence says besides its names, its date and its trigger words (see
// words.go), compared with the entry's first report; two copies of one
// sentence have all their wording in common. A report joins at 6 points
// or more, and then only if:
//   - their dates are written and agree, or they share a figure or half
//     their wording: carried dates (every sentence of two articles of one
//     day carries that day) say nothing of the happening;
//   - written dates that differ come with a shared figure;
//   - a figure that differs comes with a shared figure, half the
//     wording, a shared place or network, or the same written day.
//
// Figures are compared after units are made one (tonnes and pounds in
// kilograms; money by currency, whatever it was held in). Two figures are
// the same when their numbers agree within half a percent and their
// qualifiers say the same: a plain number and "about" are exact, "more
// than", "over", "at least" are lower bounds, "up to", "nearly", "close
// to" upper bounds. So "$330,000" and "$330 thousand" are one figure, and
// so are "more than $200 million" and "over $200 million".
//
// # Reports of one article
//
// An entry holds two reports of one article only when the article tells
// the happening again, or tells more of it. Neither may contradict the
// article's reports already in the entry: they share a kind, their
// written dates overlap, they name the same countries and places (where
// both name some) and count nothing differently. It tells it again when
// the sentence is the first over, or has 80% of the words of both, or
// counts two things alike, or one in the same place; it tells more of it
// when another article's report gives a figure of it alike or most of its
// words. When two reports of an article could join one entry, the one
// with the most evidence is weighed first.
//
// # Disagreements
//
// Within an entry, each report gives per thing counted its largest figure
// (a sentence with a total and its parts reports the total). Reports
// whose figures are the same make one side; two sides or more are a
// disagreement: DisagreeBound when every side gives the same number
// ("270" and "more than 270", which readers should see but which does not
// contradict), DisagreeFigure otherwise ("48" and "more than 40": two
// numbers). Written dates that do not overlap are a DisagreeDate; carried
// dates are nobody's claim. The entry's figure, the one stats add up, is
// the side most reports give, the earliest on a tie, with the report it
// is taken from.
//
// # Scale
//
// A report is weighed only against the entries it shares a bucket with:
// its kinds by day, month and year, its kinds by agency, place and
// network, and its figures (see keys.go); at most maxCandidates of them,
// from the most specific buckets. Merging is linear in the number of
// reports.
package casefile
