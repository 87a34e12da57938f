package modeltest

import (
	_ "embed"
	"strings"
)

// QuantityCase is a sentence and the seizures and counts the quantity
// finders read in it, as the quantity tests write them.
type QuantityCase struct {
	Sentence string
	Seizures []string
	Counts   []string
}

//go:embed quantity_cases.txt
var quantityCases string

// QuantityCases are real sentences, the seed's and others of the same
// kind, with what the quantity finders must read in them.
func QuantityCases() []QuantityCase {
	var out []QuantityCase
	for _, block := range strings.Split(quantityCases, "\n\n") {
		var c QuantityCase
		for _, line := range strings.Split(block, "\n") {
			switch {
			case line == "" || strings.HasPrefix(line, "#"):
			case strings.HasPrefix(line, "= "):
				c.Seizures = append(c.Seizures, line[2:])
			case strings.HasPrefix(line, "+ "):
				c.Counts = append(c.Counts, line[2:])
			default:
				c.Sentence = line
			}
		}
		if c.Sentence != "" {
			out = append(out, c)
		}
	}
	return out
}
