package cli

import (
	"time"

	"dossier/model"
)

// fixtureTitle is distinctive so a test can find it in a terminal stream.
const fixtureTitle = "Harbour raid fixture"

// fixtureStory is a small hand-built story, so the server and flag tests do
// not depend on the parser's output.
func fixtureStory() *model.Story {
	body := "Belgian police arrested 48 people in Antwerp on Tuesday. " +
		"Dutch prosecutors seized 17 tonnes of cocaine in Rotterdam."
	return &model.Story{
		Doc: model.Document{
			Title:     fixtureTitle,
			Source:    "AP",
			Dateline:  "BRUSSELS",
			Published: time.Date(2021, 3, 9, 0, 0, 0, 0, time.UTC),
			Body:      body,
		},
		Sentences: []model.Sentence{
			{ID: 1, Paragraph: 1, Start: 0, End: 57, Text: body[:57]},
			{ID: 2, Paragraph: 1, Start: 58, End: len(body), Text: body[58:]},
		},
		Events: []model.Event{
			{ID: 1, Sentence: 1, Summary: "48 arrests in Antwerp",
				Countries: []string{"Belgium"}, Places: []string{"Antwerp"},
				Agencies: []string{"Belgian police"}},
			{ID: 2, Sentence: 2, Summary: "17 tonnes of cocaine seized",
				Countries: []string{"Netherlands"}, Places: []string{"Rotterdam"},
				Agencies: []string{"Dutch prosecutors"}, Networks: []string{"Sky ECC"},
				Items: []string{"cocaine"}},
		},
	}
}

// fixtureLexicon knows a few aliases, including a country the story lacks.
func fixtureLexicon() *model.Lexicon {
	return &model.Lexicon{
		Countries: []model.CountryEntry{
			{Name: "Netherlands", Code: "NL", Aliases: []string{"the Netherlands", "Holland"}, Demonyms: []string{"Dutch"}},
			{Name: "Belgium", Code: "BE", Demonyms: []string{"Belgian"}},
			{Name: "Spain", Code: "ES", Demonyms: []string{"Spanish"}},
		},
		Items: []model.ItemEntry{{Name: "cocaine", Category: "drugs", Aliases: []string{"coke"}}},
	}
}
