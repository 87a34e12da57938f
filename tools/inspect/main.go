// Command inspect prints a compact dump of what model.Parse makes of one
// article, so a person can check the parser against a hand annotation.
//
//	go run ./tools/inspect [--published YYYY-MM-DD] FILE|-
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"dossier/data"
	"dossier/model"
)

func main() {
	published := flag.String("published", "", "override the publication date (YYYY-MM-DD)")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: inspect [--published YYYY-MM-DD] FILE|-")
		os.Exit(2)
	}
	lex, err := data.Lexicon()
	if err != nil {
		fmt.Fprintln(os.Stderr, "inspect:", err)
		os.Exit(1)
	}
	doc, err := data.Open(flag.Arg(0))
	if err != nil {
		fmt.Fprintln(os.Stderr, "inspect:", err)
		os.Exit(1)
	}
	if *published != "" {
		t, err := data.ParseDate(*published)
		if err != nil {
			fmt.Fprintln(os.Stderr, "inspect: bad --published:", err)
			os.Exit(2)
		}
		doc.Published = t
	}
	dump(os.Stdout, model.Parse(doc, lex))
}

func dump(w io.Writer, st *model.Story) {
	d := st.Doc
	pub := "none"
	if d.HasPublished() {
		pub = d.Published.Format("2006-01-02 Mon")
	}
	fmt.Fprintf(w, "# %s\nsource=%q published=%s dateline=%q\n\n", d.Title, d.Source, pub, d.Dateline)

	bySentence := map[int][]int{}
	for i, e := range st.Events {
		bySentence[e.Sentence] = append(bySentence[e.Sentence], i)
	}
	fmt.Fprintln(w, "## Sentences (E = event, . = not, B = byline)")
	for _, s := range st.Sentences {
		mark := "."
		switch {
		case s.Byline:
			mark = "B"
		case len(bySentence[s.ID]) > 0:
			mark = "E"
		}
		fmt.Fprintf(w, "%s s%-3d p%-2d %s\n", mark, s.ID, s.Paragraph, oneLine(s.Text))
		for _, i := range bySentence[s.ID] {
			e := st.Events[i]
			fmt.Fprintf(w, "      ev%d date: %s\n", e.ID, date(e.Date))
			fmt.Fprintf(w, "      summary: %s\n", e.Summary)
			for _, f := range []struct {
				k string
				v []string
			}{{"countries", e.Countries}, {"places", e.Places}, {"agencies", e.Agencies}, {"networks", e.Networks}, {"items", e.Items}} {
				if len(f.v) > 0 {
					fmt.Fprintf(w, "      %s: %s\n", f.k, strings.Join(f.v, "; "))
				}
			}
		}
	}

	fmt.Fprintf(w, "\n## Seizures (%d)\n", len(st.Seizures))
	for _, z := range st.Seizures {
		eq := ""
		if z.Equivalent != nil {
			eq = fmt.Sprintf(" (= %g %s)", z.Equivalent.Quantity, z.Equivalent.Unit)
		}
		fmt.Fprintf(w, "  s%-3d %-12s %s %s%s qual=%s country=%s  %q\n", z.Sentence, z.Item,
			num(z.Quantity), str(z.Unit), eq, str(z.Qualifier), str(z.Country), z.Text)
	}
	fmt.Fprintf(w, "\n## Counts (%d)\n", len(st.Counts))
	for _, c := range st.Counts {
		fmt.Fprintf(w, "  s%-3d %-12s %s qual=%s country=%s  %q\n", c.Sentence, c.What, num(c.Value),
			str(c.Qualifier), str(c.Country), c.Text)
	}
	fmt.Fprintf(w, "\n## Entities (%d)\n", len(st.Entities))
	for _, e := range st.Entities {
		extra := ""
		if e.Country != "" {
			extra += " [" + e.Country + "]"
		}
		if e.Category != "" {
			extra += " {" + e.Category + "}"
		}
		var texts []string
		seen := map[string]bool{}
		for _, m := range e.Mentions {
			if !seen[m.Text] {
				seen[m.Text] = true
				texts = append(texts, m.Text)
			}
		}
		fmt.Fprintf(w, "  %-8s %s%s x%d  %s\n", e.Kind, e.Name, extra, len(e.Mentions), strings.Join(texts, " | "))
	}
}

func date(d model.Date) string {
	s := fmt.Sprintf("%q %s..%s %s/%s", d.Text, str(d.Start), str(d.End), d.Precision, d.Basis)
	if d.Note != "" {
		s += " (" + d.Note + ")"
	}
	return s
}

func num(p *float64) string {
	if p == nil {
		return "-"
	}
	return fmt.Sprintf("%g", *p)
}

func str(p *string) string {
	if p == nil {
		return "-"
	}
	return *p
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
