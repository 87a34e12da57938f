package export

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"

	"dossier/model"
	"dossier/model/casefile"
)

// caseCSVHeader is the first row of the CSV export of a case.
func caseCSVHeader() []string {
	return []string{"entry", "source", "article", "event", "date_start", "date_end", "precision", "summary",
		"countries", "places", "agencies", "networks", "items", "disputed", "sentence_id", "sentence"}
}

// CaseCSV writes one row per shown entry and source, in timeline order:
// the entry's date, summary and facet values, the source's label, article
// and event ids, and its sentence; disputed names what the sources of the
// entry disagree on ("arrests; the date"). Quoting and formula defusing
// are CSV's.
func CaseCSV(w io.Writer, c *casefile.Case, sel model.Selection) error {
	v, err := newCaseView(c, sel)
	if err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	if err := cw.Write(caseCSVHeader()); err != nil {
		return err
	}
	for i := range v.entries {
		e := v.entry(i)
		var disputes []string
		for _, d := range e.Disagreements {
			disputes = append(disputes, disputed(e, d))
		}
		for _, s := range e.Sources {
			sent := v.sentence(s)
			row := []string{
				strconv.Itoa(e.ID),
				v.label(s),
				strconv.Itoa(v.c.Articles[s.Article].ID),
				strconv.Itoa(v.eventID(s)),
				deref(e.Date.Start),
				deref(e.Date.End),
				string(e.Date.Precision),
				e.Summary,
				strings.Join(e.Countries, "; "),
				strings.Join(e.Places, "; "),
				strings.Join(e.Agencies, "; "),
				strings.Join(e.Networks, "; "),
				strings.Join(e.Items, "; "),
				strings.Join(disputes, "; "),
				strconv.Itoa(sent.ID),
				sent.Text,
			}
			for i := range row {
				row[i] = defuseFormula(row[i])
			}
			if err := cw.Write(row); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}
