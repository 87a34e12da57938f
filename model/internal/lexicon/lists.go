package lexicon

// The word lists the stages read. Each is a file of data/lexicon/words/
// named like the list; its header says what the list is for.
const (
	// The calendar.
	Months             List = iota // month names and their numbers
	MonthAbbreviations             // "Jan", "Sept" and their months
	Weekdays                       // day names, numbered from Sunday
	TimeUnits                      // "day", "weeks" and the unit each names
	Seasons                        // seasons and the month each starts in

	// Dates.
	SayVerbs             // verbs of saying, whose date is the saying's
	SayGaps              // words between a verb of saying and its date
	AnaphoricNouns       // nouns that take up what was just reported
	AnaphoricPronouns    // pronouns that continue the previous sentence
	NewTopics            // openers that leave the previous sentence's time
	FutureCues           // words of the future tense
	FutureVerbs          // "due", "expected" (to) after a form of "be"
	DurationNouns        // nouns a duration measures: "a two-year investigation"
	PenaltyWords         // "sentenced ... for five years": a penalty
	YearLeads            // words that make a bare number a year
	DateAnchors          // words near which a date expression may stand
	DateOpeners          // words a date expression may start with
	ClockFollowers       // what follows a number of the clock
	BeginningVerbs       // "began", "dates": the start of something else
	IngWords             // -ing words that open no trailing clause
	Superlatives         // words that make a date a comparison
	PerfectAdverbs       // "had already seized"
	IrregularParticiples // "had been", "had fled"
	RevealVerbs          // "when the operation was revealed"
	PastVerbs            // "was", "took": simple past forms
	PresentCues          // "is", "faces": the story's present
	ActorPronouns        // "his": the people just told of
	MonthLeads           // words that make a bare month name a date
	SeasonLeads          // words that make a season a date
	ModifierNotes        // "early year": "early in the year"
	Directions           // "last" -1, "following" 1
	ClockLeads           // "at", "around", "before" before a time
	ClockTimes           // "noon" 12
	DayMoments           // "dawn", "dusk"
	DayParts             // "morning": "in the morning"
	VagueWords           // "recently": "vague: recently"
	SequenceAdverbs      // "subsequently": after the story so far
	HappeningPossessives // "since his arrest on …"
	RecalledHappenings   // "during the raids"
	PointPrepositions    // "on Tuesday", "in March"
	SpanLeads            // "during their two-year investigation"
	SpanDeterminers      // "during their ..."
	EventDeterminers     // "prior to the investigation"
	Connectives          // "But", "Also"
	WeekendLeads         // "over the weekend"
	DeicticDays          // "yesterday" -1
	DeicticLeads         // "last" calendar, "past" span
	DeicticParts         // "last night" -1
	DayPeriods           // "early hours": "in the early hours"
	ClockParts           // "in the evening": after noon

	// Seizures and counts.
	SeizeCues           // "seized" verb, "haul" noun
	SeizeStems          // "seiz", "confiscat"
	ClauseBreaks        // words that end a seizing verb's reach
	AimWords            // "plans to seize"
	TradeVerbs          // "selling fentanyl"
	PassengerNouns      // "a boat carrying 612 migrants"
	ValueCues           // "worth $5 million"
	CountVerbs          // "arrested": "arrests"
	NeverCounted        // "hours", "percent"
	CountedNouns        // "48 arrests", "1,500 officers": counts with no verb
	DamageVerbs         // "20 homes were destroyed"
	ChargeNouns         // "charges against five men": charged
	CountExtenders      // "six more suspects"
	PopulationNouns     // "with 11.5 million people"
	RateWords           // "every day"
	CountYearLeads      // "in 2019": a year, not a count
	PackageNouns        // "tablets of tramadol"
	AnaphoricDrugs      // "of the drug"
	Calibres            // "9mm"
	SmuggleVerbs        // "attempting to smuggle"
	CatchWords          // "arrested" caught, "convicted" judged
	VerdictWords        // "found guilty"
	CarryingWords       // "a boat carrying"
	ValuePhrase         // "with a street value of"
	QuantityOpeners     // "about", "several", "a"
	PlaceNouns          // "a population of"
	PersonNouns         // "a 34-year-old man and"
	PremisesNouns       // "at four addresses"
	IrregularPlurals    // "man": "men"
	PhrasePrepositions  // "arrived on a truck"
	CountAuxiliaries    // "were arrested", "have been charged"
	PartOfWhole         // "including": a count part of the one before
	ContrabandVerbs     // "smuggled": its counted object counts the crime
	SubjectPrepositions // "Three of the members have been arrested"
	PartOfGroup         // "among": the people counted are part of a group
	HarmWords           // "two wounded": injured
	DeathPhrases        // "were shot dead": killed
	SearchWords         // "search warrants", "searches" and the count

	// Numbers.
	Qualifiers // "more than", "about"

	// Sentences and entities.
	CreditLines          // "Reporting by", "contributed to this report"
	ScopeWords           // "in nine countries", "in several nations"
	NameParticles        // "Henk van Essen"
	OriginVerbs          // "produced in Myanmar"
	OriginPrepositions   // "from Morocco"
	LocationPrepositions // "in Cádiz"
	FirstNames           // "Sydney Brown": a person, not Sydney
	PersonWords          // "reporter Chelsea Lyon", "Mr Holland"
	NameHeads            // "Sydney Harbour": no person's name
	PublicationWords     // "The Jakarta Post"
	OrganisationWords    // "Organization of American States"
	PlaceSuffixes        // "Cherokee County"
	PlaceIntros          // "the town of Krnov"
	UnboundRoles         // "the court": not the court named before
	VagueRoles           // "investigators": no body of the story
	AgencyHeads          // "directorate": the named body it ends
	CollectiveRoles      // "authorities in Peru, Chile and Spain": no body
	CountryHomonyms      // "Atlanta, Georgia": the US state
	DatelineCodes        // "TYLER, TX": the United States

	// Events.
	PredicateWords        // "with", "could", "not", "expected"
	SubjectGapWords       // "No bodies have been recovered"
	ParticipleDeterminers // "the detained men"
	HabitClauses          // "before they are smuggled"
	HappeningJoins        // "and": where a sentence's happenings part
	SingularAuxiliaries   // "were": "was"

	// Summaries.
	SummaryOpeners   // "Meanwhile," "Last year,"
	AttributionVerbs // "said", "alleged"
	Subordinators    // "when", "after"
	CutWords         // "including", "amid"
	WeakEnds         // "the", "hidden"
	ClauseOpeners    // "told aid workers the boat ..."
	SubjectPronouns  // "they" plural: what a pronoun subject stands for
	Auxiliaries      // "were", "has": part of the verb they come before

	// Grammar every stage shares.
	PluralNouns         // "people", "police"
	FigurativeObjects   // "seized the moment"
	StopWords           // function words that end a noun phrase
	PassiveAuxiliaries  // "was", "got" before a participle
	HaveForms           // "have", "had" before a participle
	Relatives           // "who", "which", "whom": a relative clause opens
	DefiniteDeterminers // "the", "these": something named before
	Modals              // "will", "could"
	Negations           // "not", "never"
	ObjectPronouns      // "arrested him": an active verb's object

	// A case of several articles.
	HappeningWords  // "arrested": arrest, the kind of happening a word reports
	HappeningPairs  // "shut down": takedown, when the next word decides
	CountKinds      // a count's label and the kind of happening it counts
	QualifierSenses // "more than": lower, the way a qualifier bounds a figure
	SharedWords     // function words two wordings of anything share

	numLists
)

var listNames = [numLists]string{
	Months:             "calendar/months",
	MonthAbbreviations: "calendar/month-abbreviations",
	Weekdays:           "calendar/weekdays",
	TimeUnits:          "calendar/time-units",
	Seasons:            "calendar/seasons",

	SayVerbs:             "dates/say-verbs",
	SayGaps:              "dates/say-gaps",
	AnaphoricNouns:       "dates/anaphoric-nouns",
	AnaphoricPronouns:    "dates/anaphoric-pronouns",
	NewTopics:            "dates/new-topics",
	FutureCues:           "dates/future-cues",
	FutureVerbs:          "dates/future-verbs",
	DurationNouns:        "dates/duration-nouns",
	PenaltyWords:         "dates/penalty-words",
	YearLeads:            "dates/year-leads",
	DateAnchors:          "dates/anchors",
	DateOpeners:          "dates/openers",
	ClockFollowers:       "dates/clock-followers",
	BeginningVerbs:       "dates/beginning-verbs",
	IngWords:             "dates/ing-words",
	Superlatives:         "dates/superlatives",
	PerfectAdverbs:       "dates/perfect-adverbs",
	IrregularParticiples: "dates/irregular-participles",
	RevealVerbs:          "dates/reveal-verbs",
	PastVerbs:            "dates/past-verbs",
	PresentCues:          "dates/present-cues",
	ActorPronouns:        "dates/actor-pronouns",
	MonthLeads:           "dates/month-leads",
	SeasonLeads:          "dates/season-leads",
	ModifierNotes:        "dates/modifier-notes",
	Directions:           "dates/directions",
	ClockLeads:           "dates/clock-leads",
	ClockTimes:           "dates/clock-times",
	DayMoments:           "dates/day-moments",
	DayParts:             "dates/day-parts",
	VagueWords:           "dates/vague-words",
	SequenceAdverbs:      "dates/sequence-adverbs",
	HappeningPossessives: "dates/happening-possessives",
	RecalledHappenings:   "dates/recalled-happenings",
	PointPrepositions:    "dates/point-prepositions",
	SpanLeads:            "dates/span-leads",
	SpanDeterminers:      "dates/span-determiners",
	EventDeterminers:     "dates/event-determiners",
	Connectives:          "dates/connectives",
	WeekendLeads:         "dates/weekend-leads",
	DeicticDays:          "dates/deictic-days",
	DeicticLeads:         "dates/deictic-leads",
	DeicticParts:         "dates/deictic-parts",
	DayPeriods:           "dates/day-periods",
	ClockParts:           "dates/clock-parts",

	SeizeCues:           "quantities/seize-cues",
	SeizeStems:          "quantities/seize-stems",
	ClauseBreaks:        "quantities/clause-breaks",
	AimWords:            "quantities/aim-words",
	TradeVerbs:          "quantities/trade-verbs",
	PassengerNouns:      "quantities/passenger-nouns",
	ValueCues:           "quantities/value-cues",
	CountVerbs:          "quantities/count-verbs",
	NeverCounted:        "quantities/never-counted",
	CountedNouns:        "quantities/counted-nouns",
	DamageVerbs:         "quantities/damage-verbs",
	ChargeNouns:         "quantities/charge-nouns",
	CountExtenders:      "quantities/count-extenders",
	PopulationNouns:     "quantities/population-nouns",
	RateWords:           "quantities/rate-words",
	CountYearLeads:      "quantities/year-leads",
	PackageNouns:        "quantities/package-nouns",
	AnaphoricDrugs:      "quantities/anaphoric-drugs",
	Calibres:            "quantities/calibres",
	SmuggleVerbs:        "quantities/smuggle-verbs",
	CatchWords:          "quantities/catch-words",
	VerdictWords:        "quantities/verdict-words",
	CarryingWords:       "quantities/carrying-words",
	ValuePhrase:         "quantities/value-phrase",
	QuantityOpeners:     "quantities/quantity-openers",
	PlaceNouns:          "quantities/place-nouns",
	PersonNouns:         "quantities/person-nouns",
	PremisesNouns:       "quantities/premises-nouns",
	IrregularPlurals:    "quantities/irregular-plurals",
	PhrasePrepositions:  "quantities/phrase-prepositions",
	CountAuxiliaries:    "quantities/count-auxiliaries",
	PartOfWhole:         "quantities/part-of-whole",
	ContrabandVerbs:     "quantities/contraband-verbs",
	SubjectPrepositions: "quantities/subject-prepositions",
	PartOfGroup:         "quantities/part-of-group",
	HarmWords:           "quantities/harm-words",
	DeathPhrases:        "quantities/death-phrases",
	SearchWords:         "quantities/search-words",

	Qualifiers: "numbers/qualifiers",

	CreditLines:          "sentences/credit-lines",
	ScopeWords:           "entities/scope-words",
	NameParticles:        "entities/name-particles",
	OriginVerbs:          "entities/origin-verbs",
	OriginPrepositions:   "entities/origin-prepositions",
	LocationPrepositions: "entities/location-prepositions",
	FirstNames:           "entities/first-names",
	PersonWords:          "entities/person-words",
	NameHeads:            "entities/name-heads",
	PublicationWords:     "entities/publication-words",
	OrganisationWords:    "entities/organisation-words",
	PlaceSuffixes:        "entities/place-suffixes",
	PlaceIntros:          "entities/place-intros",
	UnboundRoles:         "entities/unbound-roles",
	VagueRoles:           "entities/vague-roles",
	AgencyHeads:          "entities/agency-heads",
	CollectiveRoles:      "entities/collective-roles",
	CountryHomonyms:      "entities/country-homonyms",
	DatelineCodes:        "entities/dateline-codes",

	PredicateWords:        "events/predicate-words",
	SubjectGapWords:       "events/subject-gap-words",
	ParticipleDeterminers: "events/participle-determiners",
	HabitClauses:          "events/habit-clauses",
	HappeningJoins:        "events/happening-joins",
	SingularAuxiliaries:   "events/singular-auxiliaries",

	HappeningWords:  "case/happening-words",
	HappeningPairs:  "case/happening-pairs",
	CountKinds:      "case/count-kinds",
	QualifierSenses: "case/qualifier-senses",
	SharedWords:     "case/shared-words",

	SummaryOpeners:   "summary/openers",
	AttributionVerbs: "summary/attribution-verbs",
	Subordinators:    "summary/subordinators",
	CutWords:         "summary/cut-words",
	WeakEnds:         "summary/weak-ends",
	ClauseOpeners:    "summary/clause-openers",
	SubjectPronouns:  "summary/subject-pronouns",
	Auxiliaries:      "summary/auxiliaries",

	PluralNouns:         "grammar/plural-nouns",
	FigurativeObjects:   "grammar/figurative-objects",
	StopWords:           "grammar/stop-words",
	PassiveAuxiliaries:  "grammar/passive-auxiliaries",
	HaveForms:           "grammar/have-forms",
	Relatives:           "grammar/relatives",
	DefiniteDeterminers: "grammar/definite-determiners",
	Modals:              "grammar/modals",
	Negations:           "grammar/negations",
	ObjectPronouns:      "grammar/object-pronouns",
}
