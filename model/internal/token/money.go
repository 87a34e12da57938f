package token

import "strings"

// letterCurrency returns the length of a currency written in letters and
// glued to its amount, as the African and South Asian press write money:
// "N3.5 million" (naira), "R12 million" (rand), "Sh2 billion", "KSh450,000"
// (Kenyan shillings), "Rs5,000" (rupees); 0 when the text at i is no such
// prefix. A single letter counts only before an amount that reads as
// money (a thousands separator, decimals or a scale word), so "N95 masks"
// and "R2" stay words.
func letterCurrency(text string, i, to int) int {
	switch text[i] {
	case 'N', 'R', 'S', 'K', 'T':
	default:
		return 0
	}
	j := i
	for j < to && j-i < 4 && Letter(text[j]) {
		j++
	}
	if j >= to || !Digit(text[j]) {
		return 0
	}
	switch text[i:j] {
	case "N", "R":
	case "Sh", "KSh", "Rs", "Tk":
		return j - i
	default:
		return 0
	}
	k := j
	money := false
	for k < to && (Digit(text[k]) || (text[k] == ',' || text[k] == '.') && k+1 < to && Digit(text[k+1])) {
		if text[k] == ',' || text[k] == '.' {
			money = true
		}
		k++
	}
	if k < to && Letter(text[k]) {
		// "N3m", "R2bn"; "N2O" is a formula.
		if !moneyScale(text[k:to], true) {
			return 0
		}
	} else if !money && !moneyScale(strings.TrimLeft(text[k:to], " "), false) {
		return 0
	}
	return j - i
}

// moneyScale reports a whole scale word opening s: "million", "billion",
// "trillion", "bn", and "m" when glued to the amount ("N3m").
func moneyScale(s string, glued bool) bool {
	opens := func(sc string) bool {
		return strings.HasPrefix(s, sc) && (len(s) == len(sc) || !Letter(s[len(sc)]))
	}
	return opens("million") || opens("billion") || opens("trillion") || opens("bn") || glued && opens("m")
}
