package eval

import (
	"fmt"
	"io"
	"strings"
)

// Width is the widest line the tables print.
const Width = 100

const nameWidth = 27

// header labels the columns: the eight lists, quantity recall, date
// accuracy and the mean.
var header = [...]string{"cntry", "place", "agncy", "netwk", "items", "count", "event", "facet"}

// TableOptions chooses what a round's table shows.
type TableOptions struct {
	// F1Only prints one row per article (F1, quantity, date, mean) instead
	// of three (P, R, F1).
	F1Only bool
	// Findings lists each article's misses and false positives under it.
	Findings bool
}

func writeHeader(w io.Writer, first string, withRow bool) {
	var b strings.Builder
	b.WriteString(pad(first, nameWidth))
	if withRow {
		b.WriteString("   ")
	}
	for _, h := range header {
		fmt.Fprintf(&b, "%6s", h)
	}
	fmt.Fprintf(&b, "%6s%6s%6s", "qty", "date", "mean")
	fmt.Fprintln(w, b.String())
}

// writeRows prints a summary as P, R and F1 rows, or its F1 row alone.
func writeRows(w io.Writer, s Summary, f1Only bool) {
	rows := []struct {
		label string
		v     *[len(Lists)]float64
	}{{"P", &s.P}, {"R", &s.R}, {"F1", &s.F1}}
	if f1Only {
		rows = rows[2:]
	}
	for i, row := range rows {
		var b strings.Builder
		name := ""
		if i == 0 {
			name = s.Name
		}
		b.WriteString(pad(name, nameWidth))
		if !f1Only {
			fmt.Fprintf(&b, " %-2s", row.label)
		}
		for _, v := range row.v {
			fmt.Fprintf(&b, "%6.2f", v)
		}
		if i == len(rows)-1 {
			fmt.Fprintf(&b, "%6.2f%6.2f%6.2f", s.Quantity, s.Date, s.Mean)
		}
		fmt.Fprintln(w, b.String())
	}
}

// WriteRound prints one round's table: a row block per article, then the
// round's mean.
func WriteRound(w io.Writer, rr RoundResult, opt TableOptions) {
	fmt.Fprintf(w, "round %s: %d article%s\n", rr.Name, len(rr.Results), plural(len(rr.Results)))
	writeHeader(w, "article", !opt.F1Only)
	for i := range rr.Results {
		r := &rr.Results[i]
		row := r.Row()
		row.Name = strings.TrimPrefix(r.Name, rr.Name+"/")
		writeRows(w, row, opt.F1Only)
		if opt.Findings {
			writeFindings(w, r)
		}
	}
	sum := rr.Summary()
	sum.Name = "mean of " + rr.Name
	writeRows(w, sum, opt.F1Only)
}

// WriteSummary prints each round's mean F1 per list, quantity recall, date
// accuracy and mean score, one row per round.
func WriteSummary(w io.Writer, rrs []RoundResult) {
	writeHeader(w, "round (articles)", false)
	for _, rr := range rrs {
		s := rr.Summary()
		s.Name = fmt.Sprintf("%s (%d)", rr.Name, len(rr.Results))
		writeRows(w, s, true)
	}
}

// writeFindings lists an article's misses and false positives, one a line,
// grouped by list.
func writeFindings(w io.Writer, r *Result) {
	for f := Facet(0); f < nFacets; f++ {
		for _, fd := range r.Findings {
			if fd.Facet == f {
				fmt.Fprintln(w, cut(fmt.Sprintf("    %-9s %-5s %s", f, fd.Kind, fd.Text), Width))
			}
		}
	}
}

func pad(s string, n int) string {
	s = cut(s, n-1)
	return s + strings.Repeat(" ", n-len([]rune(s)))
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
