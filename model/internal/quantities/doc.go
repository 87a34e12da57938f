// Package quantities reads the seizures and counts of a sentence: what
// was seized, how much of it and what it was worth, and the numbers of
// happenings and resources (arrests, searches, officers).
//
// Seizures and counts are read from one sentence at a time.
//
// A seizure needs a seizing word (seized, confiscated, intercepted, found,
// recovered, "seizure of", "haul of"): the items the lexicon knows are
// seized when they stand in its reach, which runs from the verb to the end
// of its clause (and, for a passive verb, over its subject: "2.8 tonnes of
// cocaine was found"). "sent cocaine worth ..." has no seizing word, so it
// seizes nothing. A quantity attaches to the item right after it ("28
// firearms", "17 tonnes of cocaine", "1.2 million euros ... in cash"); in a
// list ("thousands of kilograms (pounds) of cocaine, heroin and hashish")
// only the first item carries the measure, so a total is never counted
// once per item. A vague measure keeps its unit with a nil quantity:
// "thousands of kilograms" is unit "kg", quantity nil, qualifier
// "thousands of". Money seized without an item word is cash.
//
// A count is a number before a plural noun that is not a unit, a measure
// of time or space, a territory or a seized item: "48 arrests", "about
// 200 searches", "a billion messages", "hundreds of millions of messages".
// A verb names what is counted: before the number ("arrested 30
// suspects" counts arrests), after its noun, passive or as a participle
// ("30 people were arrested", "the 40 people charged", "were among those
// detained"), or the charges a clause brings "against" the people
// counted ("charges against five officials" counts five charged). A part
// of a count ("25,000 users, including about 4,000 in Spain") is counted
// like it. With no verb, only a happening ("48 arrests"), the
// people and resources a case is measured by ("1,500 police officers", "a
// billion messages") or things a passive verb of damage follows ("20 homes
// were destroyed") are counted: "40 boxes" and "36 seats" count nothing
// done, and stay figures (Count.Thing) that only part a sentence's
// happenings. People a definite determiner names ("the five defendants")
// were counted where they were first told of. Populations ("with 11.5 million people"), rates ("every
// day") and background openers ("With thousands of containers arriving
// ...") count nothing done.
package quantities
