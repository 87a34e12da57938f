package model_test

import (
	"testing"

	"dossier/model"
)

// Real sentences from unseen articles: which ones report a happening.
func TestEventsOnUnseenSentences(t *testing.T) {
	lex := mustLexicon(t)
	tests := []struct {
		body  string
		event bool
	}{
		// A "with" phrase ends at the finite verb: the lede stays an event.
		{"More than two tonnes of cocaine with an estimated street value of £160m have been found hidden in a shipment of bananas at the Port of Felixstowe.", true},
		{"Traffic in the city has recently sparked an increase in violence, with gun battles and grenade attacks.", false},
		// Quotes are what someone said, not narration.
		{`NCA branch commander Ian Truby said: "This is a massive seizure, and one that will have deprived organised criminals of millions of pounds."`, false},
		{`"They started shooting at everyone.`, false},
		{`He intends to fight these charges in an American court," his lawyer said.`, false},
		// A few quoted words inside narration are narration.
		{`Police said they "seized 3 kilograms of cocaine" on Tuesday.`, true},
		// Negation.
		{"No arrests had been made by Monday morning.", false},
		{"Officers did not find any drugs in the house.", false},
		{"No bodies have been recovered.", false},
		{"No one has yet been charged.", false},
		// Prospects and predictions.
		{"Europol said more arrests were expected in the coming weeks.", false},
		{"The defendants face charges of conspiracy to distribute fentanyl.", false},
		{"He faces charges of drug trafficking.", false},
		{"Both men will appear in court on Monday.", false},
		// An adjectival participle with a copula is a state.
		{"Two of the detained men were Colombian and one was Ecuadoran.", false},
		// Still events.
		{"Three men were arrested on Friday night.", true},
		{"Police arrested 214 people and seized drugs.", true},
		{"The men were charged and could face life in prison.", true},
		{"Police said no shots were fired when officers arrested the two men.", true},
		// Happenings whose verbs the triggers lacked (round 4): sentences,
		// departures, set-ups, declarations, storming, rescues.
		{"Six other members of the gang received sentences ranging from 30 months to nine years.", true},
		{"The survivors told aid workers the boat had set off from the Tunisian port of Sfax on Thursday with 45 people aboard, including three children, and overturned within hours.", true},
		{"A joint investigation team (JIT) between Spain and Portugal was set up at Eurojust in March 2023.", true},
		{`Violence linked to drug gangs has surged in the country, and President Daniel Noboa declared an "internal armed conflict" last week after armed men stormed a television station in Guayaquil.`, true},
		{"Police helicopters plucked 17 people from rooftops in the Czech town of Krnov, where the Opava river flooded the town centre.", true},
		{"Gunmen ambushed a police patrol on the highway on Sunday.", true},
		{"A car bomb was detonated outside the police station.", true},
		// States and prospects stay no events.
		{"Ecuador, wedged between the world's top cocaine producers Colombia and Peru, has become a major transit hub for drugs shipped to Europe and the United States.", false},
		{"The suspects could be sentenced to life in prison.", false},
		// DOJ boilerplate is a state.
		{"An indictment is merely an allegation, and all defendants are presumed innocent until proven guilty beyond a reasonable doubt in a court of law.", false},
	}
	for _, tt := range tests {
		st := model.Parse(model.Document{Body: tt.body}, lex)
		if got := len(st.Events) == 1; got != tt.event {
			t.Errorf("%q: event = %v, want %v", tt.body, got, tt.event)
		}
	}
}
