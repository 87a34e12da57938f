package quantities

import (
	"strconv"

	"dossier/model/internal/lexicon"
	"dossier/model/internal/token"
)

// QuantityAt describes the quantity at the start of text for the external
// tests: "value unit qualifier [= equivalent]" ("-" for a part it lacks)
// and the text it spans; ok is false when there is none.
func QuantityAt(text string, lex *lexicon.Lexicon) (desc, span string, ok bool) {
	lx := newQlex(lex)
	tt := token.Read(text, nil)
	ts := tokens{&tt, &lx.idx.Words}
	q, ok := ts.quantityAt(0, &lx)
	if !ok {
		return "", "", false
	}
	got := "-"
	if q.num.Exact {
		got = strconv.FormatFloat(q.num.Val, 'f', -1, 64)
	}
	unit := "-"
	if q.unit >= 0 {
		unit = lx.Units[q.unit].Code
	}
	qual := q.qualifier()
	if qual == "" {
		qual = "-"
	}
	got += " " + unit + " " + qual
	if q.hasEq {
		got += " = " + strconv.FormatFloat(q.eq.Quantity, 'f', -1, 64) + " " + q.eq.Unit
	}
	return got, ts.Span(q.lo, q.hi), true
}
