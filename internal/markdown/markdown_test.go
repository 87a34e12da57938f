package markdown

import (
	"errors"
	"reflect"
	"strings"
	"testing"
)

func TestPlain(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		heading string
		paras   []string
	}{
		{
			name:    "a first heading is the heading, later ones are dropped",
			in:      "# Police seize cocaine\n\nFirst paragraph.\n\n## Background\n\nSecond paragraph.\n",
			heading: "Police seize cocaine",
			paras:   []string{"First paragraph.", "Second paragraph."},
		},
		{
			name:    "setext headings",
			in:      "Police seize cocaine\n====================\n\nText.\n\nMore\n----\n\nEnd.",
			heading: "Police seize cocaine",
			paras:   []string{"Text.", "End."},
		},
		{
			name:  "a heading after text is no heading of the article",
			in:    "Text first.\n\n# Not a title\n\nMore.",
			paras: []string{"Text first.", "More."},
		},
		{
			name:  "soft-wrapped lines are one paragraph",
			in:    "ROTTERDAM — Customs seized\nmore than 8 tonnes\nof cocaine.\n\nSecond.",
			paras: []string{"ROTTERDAM — Customs seized more than 8 tonnes of cocaine.", "Second."},
		},
		{
			name:  "links keep their text, inline and by reference",
			in:    "Police told [the agency](https://example.com/x \"title\") and [Europol][e].\n\n[e]: https://europol.example/\n",
			paras: []string{"Police told the agency and Europol."},
		},
		{
			name:  "autolinks keep the address as text",
			in:    "See <https://example.com/report> for the report.",
			paras: []string{"See https://example.com/report for the report."},
		},
		{
			name:  "emphasis, strong, strike-through and code spans lose their markers",
			in:    "Police *seized* **8 tonnes** of ~~heroin~~ cocaine from the `MSC Anna`.",
			paras: []string{"Police seized 8 tonnes of heroin cocaine from the MSC Anna."},
		},
		{
			name:  "images go, alt text and all",
			in:    "![Customs officers at the port](port.jpg)\n\nOfficers searched 26 containers. ![icon](i.png)",
			paras: []string{"Officers searched 26 containers."},
		},
		{
			name:  "HTML comments and raw HTML go",
			in:    "<!-- editor: check the figures -->\n\nPolice arrested <span class=\"x\">three</span> men.<br>\n\n<div class=\"ad\">\nAdvertisement\n</div>\n\nEnd.",
			paras: []string{"Police arrested three men.", "End."},
		},
		{
			name:  "list bullets and numbers go, each item a paragraph",
			in:    "The suspects:\n\n- a man, 31\n- a man, 38\n* a woman, 45\n\n1. first\n2. second\n",
			paras: []string{"The suspects:", "a man, 31", "a man, 38", "a woman, 45", "first", "second"},
		},
		{
			name:  "block quote markers go, nested too",
			in:    "> \"This is a blow to the networks,\" the prosecutor said.\n>\n> > A quote inside.\n\nAfter.",
			paras: []string{"\"This is a blow to the networks,\" the prosecutor said.", "A quote inside.", "After."},
		},
		{
			name:  "escapes and character references",
			in:    "Seized: \\*8\\* tonnes &amp; 240,000 &euro; &#8212; in cash &#x2014; \\[sic\\].",
			paras: []string{"Seized: *8* tonnes & 240,000 € — in cash — [sic]."},
		},
		{
			name:  "code span content is literal",
			in:    "The network `Sky &amp; ECC \\*`.",
			paras: []string{"The network Sky &amp; ECC \\*."},
		},
		{
			name:  "thematic breaks go",
			in:    "One.\n\n***\n\nTwo.\n\n---\n\nThree.",
			paras: []string{"One.", "Two.", "Three."},
		},
		{
			name:  "an indented paragraph is a code block, read as prose",
			in:    "    Four spaces in,\n    still prose.\n\n    Second block.\n",
			paras: []string{"Four spaces in, still prose.", "Second block."},
		},
		{
			name:  "a fenced block keeps its lines, fences go",
			in:    "```\nline one\nline two\n```\n",
			paras: []string{"line one line two"},
		},
		{
			name:  "table rows, pipes gone",
			in:    "| Port | Tonnes |\n|---|---|\n| Rotterdam | 59 |\n| Antwerp | 116 |\n",
			paras: []string{"Port, Tonnes", "Rotterdam, 59", "Antwerp, 116"},
		},
		{
			name:  "task boxes go",
			in:    "- [x] searched\n- [ ] charged\n",
			paras: []string{"searched", "charged"},
		},
		{
			name:  "hard line breaks join the paragraph",
			in:    "One line  \nand the next\\\nand the last.",
			paras: []string{"One line and the next and the last."},
		},
		{
			name:  "a no-break space is kept",
			in:    "€1.2\u00a0million in cash.",
			paras: []string{"€1.2\u00a0million in cash."},
		},
		{
			name:  "nothing but markup",
			in:    "![x](y)\n\n<!-- c -->\n\n---\n\n[r]: https://example.com\n",
			paras: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Plain([]byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if got.Heading != tt.heading {
				t.Errorf("Heading = %q, want %q", got.Heading, tt.heading)
			}
			if !reflect.DeepEqual(got.Paragraphs, tt.paras) {
				t.Errorf("Paragraphs = %q\nwant %q", got.Paragraphs, tt.paras)
			}
		})
	}
}

// Markup built to make goldmark slow is refused by a limit before goldmark
// sees it, with an error that names the limit.
func TestPlainLimits(t *testing.T) {
	tests := []struct {
		name string
		in   string
		kind error
		msg  string
	}{
		{"over 512 KiB", strings.Repeat("Words of a story.\n\n", MaxSize/19+1), ErrTooLarge, "too large for Markdown (over 512 KiB)"},
		{"unclosed links", strings.Repeat("[a](", 100000), ErrLongBlock, "Markdown block at line 1 is over 8 KiB with no blank line"},
		{"reference definitions in one block", "Intro.\n\n" + strings.Repeat("[a]: b\n", 2000), ErrLongBlock, "Markdown block at line 3 is over 8 KiB with no blank line"},
		{"deep block quotes", strings.Repeat(">", 100000) + " deep", ErrTooDeep, "Markdown nested over 16 deep at line 1"},
		{"deep lists", "a\n\n" + strings.Repeat("- ", 17) + "deep", ErrTooDeep, "Markdown nested over 16 deep at line 3"},
		{"deep mixed", strings.Repeat("> 1. ", 9) + "deep", ErrTooDeep, "Markdown nested over 16 deep at line 1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Plain([]byte(tt.in))
			if !errors.Is(err, tt.kind) || err.Error() != tt.msg {
				t.Errorf("err = %v, want %q wrapping %v", err, tt.msg, tt.kind)
			}
		})
	}
}

// Just inside the limits, Markdown is read.
func TestPlainWithinLimits(t *testing.T) {
	for name, in := range map[string]string{
		"16 deep":                  strings.Repeat("> ", 8) + strings.Repeat("- ", 8) + "deep",
		"blocks of 8 KiB":          strings.Repeat(strings.Repeat("word ", MaxBlock/5)+"\n\n", 4),
		"just under 512 KiB":       strings.Repeat("Words of a story.\n\n", MaxSize/19),
		"a rule of many dashes":    strings.Repeat("-", 500) + "\n\nText.",
		"numbers that are no list": strings.Repeat("1234567890 ", 100),
	} {
		if _, err := Plain([]byte(in)); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
}
