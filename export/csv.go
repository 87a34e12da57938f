package export

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"

	"dossier/model"
)

// csvHeader is the first row of the CSV export.
func csvHeader() []string {
	return []string{"id", "date_start", "date_end", "precision", "summary",
		"countries", "places", "agencies", "networks", "items", "sentence"}
}

// CSV writes one row per shown event, RFC 4180 quoting, multiple values
// joined by "; ". A cell that a spreadsheet would run as a formula
// (starting with = + - @) gets a leading apostrophe: an article is not
// trusted to put formulas into someone's spreadsheet.
func CSV(w io.Writer, st *model.Story, sel model.Selection) error {
	v, err := newView(st, sel)
	if err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	if err := cw.Write(csvHeader()); err != nil {
		return err
	}
	for _, e := range v.events {
		row := []string{
			strconv.Itoa(e.ID),
			deref(e.Date.Start),
			deref(e.Date.End),
			string(e.Date.Precision),
			e.Summary,
			strings.Join(e.Countries, "; "),
			strings.Join(e.Places, "; "),
			strings.Join(e.Agencies, "; "),
			strings.Join(e.Networks, "; "),
			strings.Join(e.Items, "; "),
			v.byID[e.Sentence].Text,
		}
		for i := range row {
			row[i] = defuseFormula(row[i])
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func defuseFormula(s string) string {
	if s != "" && strings.ContainsRune("=+-@", rune(s[0])) {
		return "'" + s
	}
	return s
}
