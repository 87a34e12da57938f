// Command oracle records what model.Parse makes of a set of inputs, so a
// refactor of the parser can show that its output did not change: run it
// before and after and compare the two directories.
//
//	go run ./tools/oracle -out DIR data/seed.txt testdata/*.txt testdata/eval/*.txt
//
// Every file is parsed as read (its own publication date), without a
// publication date and with a fixed one, in the distorted forms that
// tools/robust uses and alongside robust's hand-made odd inputs. For each
// parse the directory gets the whole Story as JSON, the JSON export and the
// facet counts; inputs over 256 KiB get a SHA-256 of the same bytes.
package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"dossier/data"
	"dossier/export"
	"dossier/model"
)

type input struct {
	name string
	doc  model.Document
}

func main() {
	out := flag.String("out", "", "directory to write the records to")
	flag.Parse()
	if *out == "" {
		fmt.Fprintln(os.Stderr, "usage: oracle -out DIR FILE...")
		os.Exit(2)
	}
	lex, err := data.Lexicon()
	if err != nil {
		fail(err)
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		fail(err)
	}
	var inputs []input
	for _, path := range flag.Args() {
		doc, err := data.Open(path)
		if err != nil {
			fail(err)
		}
		name := strings.NewReplacer("/", "_", ".txt", "").Replace(filepath.Clean(path))
		inputs = append(inputs, input{name + "@own", doc})
		for _, v := range variants(name, doc.Body) {
			inputs = append(inputs, v)
		}
	}
	inputs = append(inputs, oddities()...)
	pub := time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC)
	for _, in := range inputs {
		settings := []struct {
			tag string
			t   *time.Time
		}{{"", nil}}
		if !strings.HasSuffix(in.name, "@own") {
			settings = []struct {
				tag string
				t   *time.Time
			}{{"@nopub", &time.Time{}}, {"@pub", &pub}}
		}
		for _, s := range settings {
			doc := in.doc
			if s.t != nil {
				doc.Published = *s.t
			}
			b := record(doc, lex)
			file := filepath.Join(*out, in.name+s.tag+".json")
			if len(doc.Body) > 1<<18 {
				b = fmt.Appendf(nil, "%x\n", sha256.Sum256(b))
				file = filepath.Join(*out, in.name+s.tag+".sha256")
			}
			if err := os.WriteFile(file, b, 0o644); err != nil {
				fail(err)
			}
		}
	}
	fmt.Printf("%d inputs recorded in %s\n", len(inputs), *out)
}

func record(doc model.Document, lex *model.Lexicon) []byte {
	st := model.Parse(doc, lex)
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", " ")
	if err := enc.Encode(st); err != nil {
		fail(err)
	}
	if err := export.JSON(&b, st, nil); err != nil {
		fail(err)
	}
	shown, facets := model.NewFacets(st).Apply(nil)
	if err := enc.Encode(struct {
		Shown  []int
		Facets map[model.Kind][]model.FacetValue
	}{shown, facets}); err != nil {
		fail(err)
	}
	for _, e := range st.Events {
		fmt.Fprintf(&b, "%d %s\n", e.ID, model.FormatDate(e.Date))
	}
	return b.Bytes()
}

// variants are the distortions tools/robust applies to a real article.
func variants(name, body string) []input {
	punct := regexp.MustCompile(`[.,;:!?"“”‘’()]`)
	sents := strings.Split(body, ". ")
	bullets := make([]string, len(sents))
	for i, s := range sents {
		bullets[i] = "• " + s
	}
	texts := []struct{ tag, body string }{
		{"", body},
		{"upper", strings.ToUpper(body)},
		{"lower", strings.ToLower(body)},
		{"nopunct", punct.ReplaceAllString(body, "")},
		{"onesentence", strings.NewReplacer(". ", ", and ", "\n", " ").Replace(body)},
		{"bullets", strings.Join(bullets, "\n")},
		{"dashes", strings.Join(strings.Split(body, ". "), "\n- ")},
		{"crlf", strings.ReplaceAll(body, "\n", "\r\n")},
		{"nbsp", strings.ReplaceAll(body, " ", "\u00a0")},
		{"zwsp", strings.ReplaceAll(body, "e", "e\u200b")},
		{"x200", strings.Repeat(body+"\n\n", 200)},
		{"noblank", strings.ReplaceAll(body, "\n\n", " ")},
	}
	out := make([]input, 0, len(texts))
	for _, t := range texts {
		out = append(out, input{name + "~" + t.tag, readDoc(t.body)})
	}
	return out
}

// readDoc reads a body as package data would; data rejects some inputs
// (empty, NUL), which are parsed raw.
func readDoc(body string) model.Document {
	doc, err := data.Read(strings.NewReader(body))
	if err != nil {
		return model.Document{Body: body}
	}
	return doc
}

func oddities() []input {
	long := strings.Repeat("police seized 3 kilograms of cocaine and ", 5000) + "."
	texts := []struct{ name, body string }{
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
	out := make([]input, 0, len(texts))
	for _, t := range texts {
		out = append(out, input{"odd_" + t.name, readDoc(t.body)})
	}
	return out
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "oracle:", err)
	os.Exit(1)
}
