package lexicon

// The function words and fixed phrases of English that more than one
// stage reasons with.

// FigurativeObject reports the object of a seizing or arresting verb used
// as a figure of speech, as business, sport and political copy does:
// "seized the moment", "seize the opportunity", "arrest a slide", "arrest
// the decline". next and after are the two words after the verb.
func FigurativeObject(next, after string) bool {
	switch next {
	case "the", "a", "an", "this", "that", "its", "their":
	case "control", "power": // "seized power"
		return true

	default:
		return false
	}
	switch after {
	case "moment", "opportunity", "opportunities", "initiative", "chance", "momentum", "day", "lead",
		"headlines", "imagination", "attention", "limelight", "spotlight", "advantage", "mood",
		"slide", "decline", "slump", "fall", "drop", "downturn", "rot", "trend", "losses", "slowdown":
		return true
	}
	return false
}
