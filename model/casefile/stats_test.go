package casefile

import (
	"maps"
	"strings"
	"testing"
)

// TestTotalsCountEachHappeningsOwnFigure: a sentence that reports an
// arrest and a charge of the same people counts the arrests once: the
// charge repeats them as its subject, and a charge is no arrest. The
// charge is a count of its own ("Three men ... were arrested ... and
// charged": three charged), never added to the arrests; figures of other
// happenings are kept.
func TestTotalsCountEachHappeningsOwnFigure(t *testing.T) {
	tests := []struct {
		name string
		body string
		want map[string]float64 // total by key
	}{
		{"arrested and charged, the subject written once",
			"Three men, aged 29 to 41, were arrested in Leeds on Monday and charged with supplying heroin.",
			map[string]float64{"arrests": 3, "charged": 3}},
		{"detained and charged",
			"Police detained four women in Porto on Friday and charged them with money laundering.",
			map[string]float64{"arrests": 4}},
		{"a charge on its own keeps its count",
			"Five men were charged with importing cocaine through Felixstowe on Tuesday.",
			map[string]float64{"charged": 5}},
		{"an arrest told again in the same article counts once",
			"Four men were arrested in Lyon on Monday. According to the indictment, the four men arrested ran 10 drug shops in the city.",
			map[string]float64{"arrests": 4}},
		{"the same number of a later arrest still adds",
			"Four men were arrested in Lyon on Monday. A year later, four men were arrested in Nice.",
			map[string]float64{"arrests": 8}},
		{"an arrest and a seizure in one sentence keep both figures",
			"Police arrested 12 people in Lyon on Monday and seized 40 kilograms of cannabis.",
			map[string]float64{"arrests": 12, "cannabis kg": 40}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := merged(t, article{"AP", "2024-03-08", tt.body})
			got := map[string]float64{}
			for _, tot := range c.Totals(nil) {
				got[tot.Key] = tot.Value
			}
			if !maps.Equal(got, tt.want) {
				var evs []string
				for _, e := range c.Entries {
					evs = append(evs, e.Summary+" "+strings.Join(e.Kinds, "+"))
				}
				t.Errorf("totals %v, want %v; entries:\n%s", got, tt.want, strings.Join(evs, "\n"))
			}
		})
	}
}
