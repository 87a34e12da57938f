// Command robust feeds model.Parse distorted versions of real articles and
// hand-made odd inputs, and reports panics, broken invariants
// (Story.Validate), impossible values (NaN or negative quantities, dates
// ending before they start) and inputs that parse suspiciously slowly.
//
//	go run ./tools/robust testdata/eval/*.txt data/seed.txt
package main

import (
	"fmt"
	"math"
	"os"
	"regexp"
	"strings"
	"time"

	"dossier/data"
	"dossier/model"
)

type input struct{ name, body string }

func main() {
	lex, err := data.Lexicon()
	if err != nil {
		fmt.Fprintln(os.Stderr, "robust:", err)
		os.Exit(1)
	}
	var inputs []input
	for _, path := range os.Args[1:] {
		doc, err := data.Open(path)
		if err != nil {
			fmt.Fprintln(os.Stderr, "robust:", err)
			os.Exit(1)
		}
		inputs = append(inputs, variants(path, doc.Body)...)
	}
	inputs = append(inputs, oddities()...)
	pub := time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC)
	bad := 0
	for _, in := range inputs {
		for _, p := range []time.Time{{}, pub} {
			doc, err := data.Read(strings.NewReader(in.body))
			if err != nil {
				// data rejects some inputs (empty, NUL); parse the raw text anyway.
				doc = model.Document{Body: in.body}
			}
			doc.Published = p
			t0 := time.Now()
			msg := check(doc, lex)
			el := time.Since(t0)
			if msg == "" && el > 200*time.Millisecond {
				msg = fmt.Sprintf("slow: %v for %d bytes", el, len(doc.Body))
			}
			if msg != "" {
				bad++
				fmt.Printf("%-40s pub=%v  %s\n", in.name, !p.IsZero(), msg)
			}
		}
	}
	fmt.Printf("%d inputs x 2 publication settings, %d problems\n", len(inputs), bad)
}

func check(doc model.Document, lex *model.Lexicon) (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprintf("PANIC: %v", r)
		}
	}()
	st := model.Parse(doc, lex)
	if err := st.Validate(); err != nil {
		return "invalid: " + err.Error()
	}
	for _, z := range st.Seizures {
		if z.Quantity != nil && (math.IsNaN(*z.Quantity) || math.IsInf(*z.Quantity, 0) || *z.Quantity < 0) {
			return fmt.Sprintf("seizure quantity %v in %q", *z.Quantity, z.Text)
		}
	}
	for _, c := range st.Counts {
		if c.Value != nil && (math.IsNaN(*c.Value) || math.IsInf(*c.Value, 0) || *c.Value < 0) {
			return fmt.Sprintf("count value %v in %q", *c.Value, c.Text)
		}
	}
	for _, e := range st.Events {
		d := e.Date
		if d.Start != nil && d.End != nil && *d.End < *d.Start {
			return fmt.Sprintf("event %d date ends before it starts: %s..%s (%q)", e.ID, *d.Start, *d.End, d.Text)
		}
		if !doc.HasPublished() && d.Start != nil && d.Basis == model.BasisContext && d.Text == "" {
			// a context date without publication must come from an absolute date; flag for a look
			_ = d
		}
		if len(e.Summary) > 200 || strings.TrimSpace(e.Summary) == "" {
			return fmt.Sprintf("event %d summary %q", e.ID, e.Summary)
		}
	}
	return ""
}

var punct = regexp.MustCompile(`[.,;:!?"“”‘’()]`)

func variants(name, body string) []input {
	sents := strings.Split(body, ". ")
	bullets := make([]string, len(sents))
	for i, s := range sents {
		bullets[i] = "• " + s
	}
	return []input{
		{name, body},
		{name + "/upper", strings.ToUpper(body)},
		{name + "/lower", strings.ToLower(body)},
		{name + "/nopunct", punct.ReplaceAllString(body, "")},
		{name + "/onesentence", strings.NewReplacer(". ", ", and ", "\n", " ").Replace(body)},
		{name + "/bullets", strings.Join(bullets, "\n")},
		{name + "/dashes", strings.Join(strings.Split(body, ". "), "\n- ")},
		{name + "/crlf", strings.ReplaceAll(body, "\n", "\r\n")},
		{name + "/nbsp", strings.ReplaceAll(body, " ", "\u00a0")},
		{name + "/zwsp", strings.ReplaceAll(body, "e", "e\u200b")},
		{name + "/x200", strings.Repeat(body+"\n\n", 200)},
		{name + "/noblank", strings.ReplaceAll(body, "\n\n", " ")},
	}
}

func oddities() []input {
	long := strings.Repeat("police seized 3 kilograms of cocaine and ", 5000) + "."
	return []input{
		{"empty", ""},
		{"space", "   \n\t  \n"},
		{"headline-only", "POLICE SEIZE 2 TONNES OF COCAINE IN ANTWERP"},
		{"long-sentence", long},
		{"long-word", strings.Repeat("x", 1<<20)},
		{"numbers", "Police seized 999999999999999999999999999 tonnes, 1e309 kg, 1,2,3,4 kg, $, €, £., 0.000001 g and -5 kg of cocaine."},
		{"numbers2", "Police seized 1.2.3 million euros ($ ) and ( 4 tonnes ) of , cocaine; 2½ kilos; three-quarters of a tonne; 10-15 kg of heroin."},
		{"bad-dates", "Police arrested 4 people on February 30, 2021, on 31 June, in the year 0, in 99999, on Feb. 29, 2023 and at 25:61 p.m."},
		{"relative", "Police arrested 4 people last week, the week before last, 3 days ago, 100 years ago, next Monday, this morning, tonight, yesterday and the day before yesterday."},
		{"dateline-only", "LONDON (Reuters) -"},
		{"dateline-nobody", "THE HAGUE, Netherlands (AP) —\n\n___\n"},
		{"quotes", strings.Repeat(`"`, 1000) + strings.Repeat("“", 1000)},
		{"parens", strings.Repeat("(", 5000) + "police seized cash" + strings.Repeat(")", 5000)},
		{"abbrev", strings.Repeat("U.S. Mr. St. Jan. a.m. p.m. No. Dr. ", 2000)},
		{"bullets", "• Police arrested 12\n• Seized 3 kg cocaine\n• €2m in cash\n- 5 firearms\n* Antwerp, Belgium"},
		{"table", "Country\tArrests\tCash\nSpain\t61\t€2.3m\nItaly\t37\t€1m\n"},
		{"allcaps-lede", "BRUSSELS (AP) — BELGIAN POLICE ARRESTED 48 PEOPLE ON TUESDAY AND SEIZED 17 TONNES OF COCAINE, PROSECUTORS SAID."},
		{"emoji", "🚔 Police 🚨 seized 💰 €2m 💊 and 3 kg of 🍌 cocaine in Antwerp 🇧🇪 on Tuesday."},
		{"rtl", "الشرطة ضبطت 3 طن من الكوكايين in Antwerp on Tuesday."},
		{"separators", "___\n___\n___\nPolice seized cash.\n___"},
		{"many-para", strings.Repeat("Police arrested 3.\n\n", 20000)},
		{"deep-countries", strings.Repeat("Belgium, ", 20000) + "police arrested 5."},
	}
}
