package model_test

import (
	"slices"
	"testing"

	"dossier/model"
)

// Places the gazetteer lacks, introduced by their region, a suffix or a
// noun, are places of that region's country or the story's.
func TestIntroducedPlaces(t *testing.T) {
	lex := mustLexicon(t)
	tests := []entityCase{
		{"town and its state", "The man was arrested at his home in Dunmore, Pennsylvania, on Tuesday.",
			model.KindPlace, []string{"Dunmore|United States", "Pennsylvania|United States"}},
		{"village, state and country", "The sculptures were stolen from a temple in Atru, Rajasthan, India.",
			model.KindPlace, []string{"Atru|India", "Rajasthan|India"}},
		{"town in a state", "The idol was stolen from a temple in Mandsaur in Madhya Pradesh in 2000.",
			model.KindPlace, []string{"Mandsaur|India", "Madhya Pradesh|India"}},
		{"an article before the place", "A Newport Beach, California, residence was seized.",
			model.KindPlace, []string{"Newport Beach|United States", "California|United States"}},
		{"county in a list", "Couriers brought methamphetamine to Cherokee County, Angelina County, Marshall, Texas and into Louisiana.",
			model.KindPlace, []string{"Cherokee County|United States", "Angelina County|United States", "Marshall|United States", "Texas|United States", "Louisiana|United States"}},
		{"the town of", "Floods cut off the town of Jeseník in Poland and the Czech Republic.",
			model.KindPlace, []string{"Jeseník|Poland"}},
		// Not places.
		{"a day before a state", "On Tuesday, Texas officials closed the border crossing.",
			model.KindPlace, []string{"Texas|United States"}},
		{"a person before a state", "The award went to Maria Lopez, Texas's attorney general.",
			model.KindPlace, []string{"Texas|United States"}},
		{"a name before a state and a title", "He told John Smith, Texas Attorney General, about the deal.",
			model.KindPlace, []string{"Texas|United States"}},
		{"a region opening a noun phrase", "The letter was sent to Congress, Texas officials said.",
			model.KindPlace, []string{"Texas|United States"}},
		{"no country for a lone county", "Cherokee County deputies arrested two men.",
			model.KindPlace, nil},
	}
	runEntityCases(t, lex, tests)
}

// An introduced place written again later is the same place.
func TestIntroducedPlaceNamedAgain(t *testing.T) {
	body := "Police arrested a man in Dunmore, Pennsylvania, on Monday.\n\nOfficers searched two houses in Dunmore on Tuesday."
	st := model.Parse(model.Document{Body: body}, mustLexicon(t))
	checkStory(t, st)
	if got, want := mentionsOf(st, "place/dunmore"), []string{"Dunmore@1", "Dunmore@2"}; !slices.Equal(got, want) {
		t.Errorf("dunmore mentions %v, want %v", got, want)
	}
}

// Local forces named for their place, and their shorter forms later in the
// story, are one agency; vague bodies are not that agency.
func TestLocalForces(t *testing.T) {
	lex := mustLexicon(t)
	tests := []entityCase{
		{"county district attorney", "AUSTIN, Texas (AP) — The Travis County District Attorney's Office said it would seek charges. Prosecutors in Austin, Texas, declined to comment.",
			model.KindAgency, []string{"Travis County District Attorney's Office|United States"}},
		{"county sheriff, then the sheriff's office", "Deputies in Tyler, Texas, said the Cherokee County Sheriff’s Office arrested six people. The sheriff's office said more arrests were expected.",
			model.KindAgency, []string{"Cherokee County Sheriff’s Office|United States"}},
		{"city police department, then police", "The Dallas Police Department said two officers were injured. Police said the suspect fled.",
			model.KindAgency, []string{"Dallas Police Department|United States"}},
		{"the force, then its place and role in lower case", "The Memphis Police Department said two officers were hurt. Memphis police later arrested the driver.",
			model.KindAgency, []string{"Memphis Police Department|United States"}},
		{"another place's police stay their own", "The Memphis Police Department said two officers were hurt. Nashville police later arrested the driver.",
			model.KindAgency, []string{"Memphis Police Department|United States", "American police|United States"}},
		{"county sheriff's office", "HOUSTON (AP) — The Harris County Sheriff's Office found the bodies on Sunday.",
			model.KindAgency, []string{"Harris County Sheriff's Office|United States"}},
		{"state police in a state", "State police in Pennsylvania arrested the driver.",
			model.KindAgency, []string{"American police|United States"}},
		{"federal office for its district", "The case was prosecuted by the U.S. Attorney’s Office for the Eastern District of Virginia.",
			model.KindAgency, []string{"U.S. Attorney’s Office for the Eastern District of Virginia|United States"}},
		{"two districts, two offices", "The U.S. Attorney's Office for the Central District of California and the U.S. Attorney's Office for the District of Columbia joined.",
			model.KindAgency, []string{"U.S. Attorney's Office for the Central District of California|United States", "U.S. Attorney's Office for the District of Columbia|United States"}},
		{"federal court for its district", "The U.S. District Court for the Eastern District of Pennsylvania ordered the forfeiture.",
			model.KindAgency, []string{"U.S. District Court for the Eastern District of Pennsylvania|United States"}},
		{"the office without a district", "The U.S. Attorney's Office in Chicago charged nine people.",
			model.KindAgency, []string{"U.S. Attorney's Office|United States"}},
		{"law enforcement is no body", "Federal, state and local law enforcement arrested 12 people in Texas.",
			model.KindAgency, nil},
		{"law enforcement officers are no body", "Federal law enforcement officers seized more than $330,000 in New Jersey.",
			model.KindAgency, nil},
	}
	runEntityCases(t, lex, tests)
}
