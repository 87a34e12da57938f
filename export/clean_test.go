package export

import (
	"testing"

	"dossier/model"
)

func TestClean(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"plain", "Belgian police made 48 arrests.", "Belgian police made 48 arrests."},
		{"keeps tab and newline", "a\tb\nc", "a\tb\nc"},
		{"keeps typographic text", "Europe’s “leading” port – €1.2m", "Europe’s “leading” port – €1.2m"},
		{"osc 52 clipboard", "x\x1b]52;c;cm0K\ay", "x ]52;c;cm0K y"},
		{"csi colour", "\x1b[31mred\x1b[0m", " [31mred [0m"},
		{"c1 csi", "a\u009b2Jb", "a  2Jb"},
		{"nul del cr", "a\x00b\x7fc\rd", "a b c d"},
		{"bidi override", "abc\u202edef", "abc   def"},
		{"bidi isolate", "\u2066x\u2069", "   x   "},
		{"invalid utf-8", "a\xffb", "a b"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Clean(tt.in)
			if got != tt.want {
				t.Errorf("Clean(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if len(got) != len(tt.in) {
				t.Errorf("Clean changed the byte length: %d -> %d; offsets would drift", len(tt.in), len(got))
			}
		})
	}
}

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
