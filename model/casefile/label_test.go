package casefile

import (
	"slices"
	"testing"

	"dossier/model"
)

func TestArticleLabels(t *testing.T) {
	story := func(source, title string) *model.Story {
		return &model.Story{Doc: model.Document{Source: source, Title: title}}
	}
	got := articles([]*model.Story{
		story("Federal Bureau of Investigation (FBI), news story", ""),
		story("U.S. Department of Justice, Office of Public Affairs (press release number 543)", ""),
		story("AP", "Belgian police make 48 arrests"),
		story("AP", "Dutch police make 30 arrests"),
		story("", "Belgian police make 48 arrests after Sky ECC network is broken"),
		story("  ", ""),
		story("AP 2", ""),
		story("Agence France-Presse; wire", ""),
	})
	var labels []string
	for i, a := range got {
		labels = append(labels, a.Label)
		if a.ID != i+1 {
			t.Errorf("article %d has id %d", i+1, a.ID)
		}
	}
	want := []string{
		"FBI",
		"U.S. Department of Justice",
		"AP",
		"AP 2",
		"Belgian police make 48 arrests…",
		"article 6",
		"AP 2 2",
		"Agence France-Presse",
	}
	if !slices.Equal(labels, want) {
		t.Errorf("labels\n%q\nwant\n%q", labels, want)
	}
	if got[0].Outlet != "Federal Bureau of Investigation (FBI), news story" {
		t.Errorf("outlet %q", got[0].Outlet)
	}
}

// Totals of a filtered timeline add the figures of the entries shown.
func TestTotalsOfAFilter(t *testing.T) {
	c := merged(t, mergeCases[2].arts...)
	all := c.Totals(nil)
	if len(all) != 2 || all[0].Key != "arrests" || all[0].Value != 48 || all[1].Key != "cocaine kg" || all[1].Value != 17000 {
		t.Fatalf("totals %+v", all)
	}
	seizures := c.Filter(model.Selection{model.KindItem: {"cocaine"}})
	got := c.Totals(seizures)
	if len(got) != 1 || got[0].Key != "cocaine kg" || len(got[0].Parts) != 1 || got[0].Parts[0].Entry != seizures[0] {
		t.Errorf("totals of the cocaine entries %+v", got)
	}
	if got := c.Totals([]int{}); len(got) != 0 {
		t.Errorf("totals of no entries %+v", got)
	}
}

// A case is read by every SSH session at once: reading it changes
// nothing (run with -race).
func TestCaseIsSafeToShare(t *testing.T) {
	c := raptorCase(t)
	done := make(chan []int)
	for range 4 {
		go func() {
			shown, _ := c.Apply(model.Selection{SourceFacet: {"FBI"}})
			c.Totals(shown)
			c.Entity(model.KindAgency, "FBI")
			done <- shown
		}()
	}
	first := <-done
	for range 3 {
		if got := <-done; !slices.Equal(got, first) {
			t.Errorf("concurrent filters disagree: %v, %v", got, first)
		}
	}
}
