package export

import (
	"testing"

	"dossier/model"
)

func TestCleanStoryCopiesAndCleansEverything(t *testing.T) {
	st := hostile(t)
	before := st.Events[3].Agencies[0]
	c := cleanStory(st)
	if st.Events[3].Agencies[0] != before {
		t.Fatal("cleanStory changed the original story")
	}
	if got := c.Events[3].Agencies[0]; got != "Belgian    police" {
		t.Errorf("agency = %q", got)
	}
	if !c.Doc.Published.Equal(st.Doc.Published) {
		t.Errorf("published lost: %v", c.Doc.Published)
	}
	if c.Events[1].Places == nil || c.Events[1].Countries == nil {
		t.Error("nil slices must become empty so JSON writes []")
	}
	if c.Seizures[0].Unit == st.Seizures[0].Unit {
		t.Error("pointers must be copied, not shared")
	}
}

func TestNilStory(t *testing.T) {
	var sel model.Selection
	if err := JSON(nil, nil, sel); err == nil {
		t.Error("JSON(nil story) gave no error")
	}
	if _, err := TimelineJS(nil, nil, sel); err == nil {
		t.Error("TimelineJS(nil story) gave no error")
	}
	if err := Markdown(nil, nil, sel); err == nil {
		t.Error("Markdown(nil story) gave no error")
	}
	if err := CSV(nil, nil, sel); err == nil {
		t.Error("CSV(nil story) gave no error")
	}
}
