package export

import (
	"math"
	"strconv"
	"strings"
)

// mdEscaper backslash-escapes the punctuation that Markdown (CommonMark
// and GitHub's tables) would read as syntax anywhere in a line. A Replacer
// is immutable and safe for concurrent use, so sharing it is not shared
// mutable state.
var mdEscaper = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`,
	"<", `\<`, ">", `\>`, "|", `\|`, "~", `\~`,
)

// mdInline makes s safe as inline Markdown text on one line.
func mdInline(s string) string {
	s = mdEscaper.Replace(oneLine(s))
	// Line-start syntax: headings, lists, quotes already escaped.
	if s != "" {
		switch s[0] {
		case '#', '-', '+', '=':
			s = `\` + s
		}
		// "2021. Police…" would start an ordered list; "19.8 t" would not.
		if i := strings.IndexFunc(s, func(r rune) bool { return r < '0' || r > '9' }); i > 0 &&
			(s[i] == '.' || s[i] == ')') && (i+1 == len(s) || s[i+1] == ' ') {
			s = s[:i] + `\` + s[i:]
		}
	}
	return s
}

// mdCell is mdInline for a table cell; an empty cell gets a dash so the
// table does not look broken.
func mdCell(s string) string {
	if strings.TrimSpace(s) == "" {
		return "–"
	}
	return mdInline(s)
}

// oneLine folds newlines and tabs into spaces.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// formatQuantity writes a figure with thousands separators and its unit:
// "17 t", "1,200,000 EUR", "2.8 t", "28".
func formatQuantity(q float64, unit string) string {
	var num string
	if q == math.Trunc(q) && math.Abs(q) < 1e15 {
		num = groupThousands(strconv.FormatInt(int64(q), 10))
	} else {
		s := strconv.FormatFloat(q, 'f', -1, 64)
		whole, frac, _ := strings.Cut(s, ".")
		num = groupThousands(whole) + "." + frac
	}
	if unit == "" {
		return num
	}
	return num + " " + unit
}

func groupThousands(digits string) string {
	neg := strings.HasPrefix(digits, "-")
	digits = strings.TrimPrefix(digits, "-")
	var b strings.Builder
	for i, r := range digits {
		if i > 0 && (len(digits)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}
