package export

import (
	"bytes"
	"encoding/csv"
	"slices"
	"testing"

	"dossier/model"
)

func readCSV(t *testing.T, st *model.Story, sel model.Selection) [][]string {
	t.Helper()
	var buf bytes.Buffer
	if err := CSV(&buf, st, sel); err != nil {
		t.Fatal(err)
	}
	r := csv.NewReader(&buf)
	r.FieldsPerRecord = 11
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatalf("CSV does not round-trip: %v\n%s", err, buf.String())
	}
	return rows
}

func TestCSVRoundTrip(t *testing.T) {
	st := fixture(t)
	rows := readCSV(t, st, nil)
	if len(rows) != 1+len(st.Events) {
		t.Fatalf("rows = %d, want header + %d", len(rows), len(st.Events))
	}
	if !slices.Equal(rows[0], csvHeader()) {
		t.Errorf("header = %v", rows[0])
	}
	want := []string{"1", "2019-03-09", "2021-03-09", "range", "Investigators break Sky ECC",
		"Belgium", "", "", "Sky ECC", "cocaine", st.Sentences[2].Text}
	if !slices.Equal(rows[1], want) {
		t.Errorf("row 1 = %q\nwant    %q", rows[1], want)
	}
	// The sentence with a pipe, quotes and asterisks comes back intact.
	last := rows[len(rows)-1]
	if last[10] != st.Sentences[6].Text || last[1] != "" || last[3] != "unknown" {
		t.Errorf("undated row = %q", last)
	}
}

func TestCSVFilterAndMultiValues(t *testing.T) {
	st := fixture(t)
	st.Events[4].Agencies = []string{"Dutch police", "Dutch prosecutors"}
	rows := readCSV(t, st, model.Selection{model.KindCountry: {"Netherlands"}})
	if len(rows) != 3 {
		t.Fatalf("rows = %d, want header + 2", len(rows))
	}
	if rows[1][0] != "5" || rows[1][7] != "Dutch police; Dutch prosecutors" {
		t.Errorf("row = %q", rows[1])
	}
}

func TestCSVDefusesFormulas(t *testing.T) {
	st := fixture(t)
	st.Events[0].Summary = `=HYPERLINK("http://evil.example","click")`
	rows := readCSV(t, st, nil)
	if got := rows[1][4]; got != `'=HYPERLINK("http://evil.example","click")` {
		t.Errorf("summary cell = %q, want a leading apostrophe", got)
	}
}
