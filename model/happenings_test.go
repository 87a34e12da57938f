package model_test

import (
	"testing"

	"dossier/model"
)

// TestHappeningsOutsideCrime: votes, storms, harm, resignations, protests
// and court steps are events; plans, opinions and background that use the
// same words are not. The words are data, so this reads the real word lists.
func TestHappeningsOutsideCrime(t *testing.T) {
	tests := []struct {
		body  string
		event bool
	}{
		{"Voters elected a new mayor on Sunday.", true},
		{"The incumbent was re-elected with 58,825 votes.", true},
		{"The senator was defeated in the northern district.", true},
		{"Residents voted on Sunday to leave the union.", true},
		{"The polls closed at 22:30 on Sunday.", true},
		{"The regional election was held on Sunday.", true},
		{"The new president was sworn in on Monday.", true},
		{"The veteran lawmaker lost her seat to a newcomer.", true},
		{"The typhoon made landfall in Luzon on Tuesday.", true},
		{"A tornado hit the city on Friday night.", true},
		{"At least 27 people suffered injuries in the storm.", true},
		{"The accident occurred on Friday afternoon.", true},
		{"About 50 people were taken to a Red Cross shelter.", true},
		{"The minister resigned on Wednesday.", true},
		{"The chief executive stepped down after the vote.", true},
		{"Thousands of people protested outside parliament on Saturday.", true},
		{"A judge unsealed the indictment on Monday.", true},
		{"The grand jury returned an indictment in May.", true},
		// Plans, expectations and background are not happenings.
		{"Residents will vote next month.", false},
		{"The party is expected to win the election.", false},
		{"The storm could make landfall on Thursday.", false},
		{"The city has long been a stronghold of the party.", false},
		{"Critics say the minister should resign.", false},
		{"He did not resign.", false},
	}
	lex := mustLexicon(t)
	for _, tt := range tests {
		st := model.Parse(model.Document{Body: tt.body}, lex)
		if got := len(st.Events) > 0; got != tt.event {
			t.Errorf("%q: event = %v, want %v", tt.body, got, tt.event)
		}
	}
}
