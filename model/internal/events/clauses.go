package events

import (
	"strings"

	"dossier/model/internal/lexicon"
	"dossier/model/internal/token"
)

// Clause is the part of a sentence that reports one happening: bytes
// [Start,End) of the sentence text. A clause that shares the verb or the
// subject of the one before ("and a further 800 kg in January", "and
// searched 75 homes") has no headline of its own; Text is then the clause
// made whole with what it shares ("Customs seized a further 800 kg in
// January"), and Shares is the bytes [SharesFrom,Shares) of the
// sentence, the subject it shares, whose entities belong to it too.
type Clause struct {
	Start, End int
	Text       string
	SharesFrom int
	Shares     int
	// Verb marks a clause that shares the verb too, and so what the verb
	// takes when the clause does not name it: "a further 800 kg" is more
	// of the cocaine seized.
	Verb bool
	// Contrast marks a clause opened by a contrasting join (", while"):
	// it tells another happening, with its own subject, somewhere or by
	// someone else, and shares no setting with the clauses before it.
	Contrast bool
}

// maxClauses bounds the happenings of one sentence: a longer run of
// coordinated clauses is a list, not a narration.
const maxClauses = 4

// Clauses cuts a sentence into one clause per happening it reports, in
// order, appending them to dst; it appends nothing for a sentence that
// reports one happening, which is most of them. at is the tokens of the
// sentence's triggers (see Triggers); dates and quantities are the byte
// spans of its date expressions and seizures or counts, inside which a
// sentence is never cut ("between May and June", "2 tonnes of cocaine
// and heroin").
//
// A sentence is cut at a join ("and", or a semicolon) where:
//   - both sides report an action: a trigger before the join, with words
//     of its own between it and the join when the side after shares its
//     subject ("arrested and charged", "seized and destroyed" are one
//     happening), and after it a trigger
//     within a few words ("and searched 75 homes", "and 41 searches were
//     carried out"; after a semicolon, anywhere in the clause); and,
//     but after a semicolon, each side dates what happened ("arrested in
//     May and charged in June"), or the two report two known kinds of
//     happening ("arrested 30 suspects and searched 75 homes", "were
//     arrested on Thursday and have since been charged"), or each
//     measures it (a count or a seizure) by triggers not of one kind:
//     "broke the service and intercepted a billion messages", "killed 12
//     people and wounded 15 others" tell one happening; a participle
//     after the join ("…, seizing 3,400kg") opens no clause;
//   - or, after a comma, a contrasting join ("while") opens a clause with
//     a subject and a finite trigger of its own, and a count, a seizure
//     or a date ("…, while Moroccan police detained six more suspects");
//   - or the side after the join has no verb but shares the one before:
//     it opens on an addition ("and a further 800 kg") or on a number,
//     and it has a date of its own while the side before has one too
//     ("2 tonnes in May 2022 and 800 kg in January 2023"), or a place of
//     its own while the side before has one ("Two suspects were arrested
//     in Germany and one in Spain"). A list of things seized ("2 tonnes
//     of cocaine and 500 kg of heroin") has neither.
func Clauses(t *lexicon.Text, ix *lexicon.Index, at []int, dates, quantities [][2]int, dst []Clause) []Clause {
	if len(at) == 0 || len(t.Toks) < 5 {
		return dst
	}
	c := clauser{t: t, v: &ix.Words, ix: ix, at: at, dates: dates, quantities: quantities}
	first := len(dst)
	start, lastCut := 0, 0
	for j := 1; j < len(t.Toks)-1 && len(dst)-first < maxClauses-1; j++ {
		semi := string(t.Key(j)) == ";"
		contrast := c.contrast(j)
		if !semi && !contrast && !c.isRole(j, "join") {
			continue
		}
		if c.inside(t.Toks[j].Start) {
			continue
		}
		left := c.lastTrigger(lastCut, j)
		if left < 0 {
			continue
		}
		end := c.conjunctEnd(j + 1)
		right := c.firstTrigger(j+1, end)
		reach := j + 5
		if semi {
			reach = end
		}
		var text string
		from, shares, verb := 0, 0, false
		switch {
		case right >= 0 && right < reach:
			subjectless := c.subjectless(j+1, right)
			if contrast {
				// ", while Moroccan police detained six more": a clause
				// with its own subject and verb that counts or dates what
				// it tells is a happening of its own, whatever its kind;
				// one that does neither ("while others fled") colours
				// the first.
				r0, r1 := t.Toks[j+1].Start, t.Toks[end-1].End
				if subjectless || !c.finite(j+1, right) || !c.measured(r0, r1) && !c.dated(r0, r1) {
					continue
				}
			} else if !semi && (subjectless && !c.apart(left, j) || !c.both(lastCut, j, end, left, right) || !c.finite(j+1, right)) {
				continue
			}
			if subjectless && strings.HasSuffix(string(t.Key(right)), "ing") {
				// "has dismantled a network, seizing 3,400kg": the
				// participle has no tense to share with a subject, and
				// the clause would be a fragment.
				continue
			}
			if subjectless {
				// "and searched 75 homes": the first clause's subject
				// searched. A clause after one that shared a subject
				// shares the same ("seized six firearms and charged 284
				// gang members in Guatemala; seized 14 businesses …"),
				// not the clauses between.
				from, shares = 0, c.subjectEnd(lastCut)
				if len(dst) > first && dst[len(dst)-1].Shares > 0 {
					from, shares = dst[len(dst)-1].SharesFrom, dst[len(dst)-1].Shares
				} else if lastCut > 0 {
					from = t.Toks[lastCut].Start
				}
				head := shares
				if c.hasAux(j+1, right) {
					// "were arrested … and have since been charged":
					// the conjunct has its own auxiliaries.
					head = max(from, c.withoutAux(shares))
				}
				text = join(t.Body[from:head], t.Body[t.Toks[j+1].Start:t.Toks[end-1].End])
			}
		case right < 0 && !semi && !contrast && c.gapped(lastCut, left, j, end):
			shares, verb = c.subjectEnd(lastCut), true
			text = c.sharedVerb(left, j, end)
		default:
			continue
		}
		if len(dst) == first {
			dst = append(dst, Clause{Start: 0})
		}
		prev := &dst[len(dst)-1]
		prev.End = c.trimEnd(j)
		dst = append(dst, Clause{Start: t.Toks[j+1].Start, Text: text, SharesFrom: from, Shares: shares, Verb: verb, Contrast: contrast})
		start, lastCut = j+1, j+1
		j = end - 1
	}
	_ = start
	if len(dst) > first {
		last := &dst[len(dst)-1]
		last.End = len(t.Body)
		for i := first; i < len(dst); i++ {
			if dst[i].Text == "" {
				dst[i].Text = strings.TrimSpace(t.Body[dst[i].Start:dst[i].End])
			}
		}
	}
	return dst
}

type clauser struct {
	t                 *lexicon.Text
	v                 *lexicon.Vocab
	ix                *lexicon.Index
	at                []int
	dates, quantities [][2]int
}

func (c *clauser) isRole(k int, role string) bool {
	r, ok := c.v.ValueBytes(lexicon.HappeningJoins, c.t.Key(k))
	return ok && r == role
}

// contrast reports a contrasting join after a comma (", while", ",
// whereas"): without the comma "while" is mostly "during" ("arrested
// while trying to flee").
func (c *clauser) contrast(k int) bool {
	return k > 1 && c.isRole(k, "contrast") && string(c.t.Key(k-1)) == ","
}

// inside reports a byte inside a date expression or a quantity.
func (c *clauser) inside(b int) bool {
	for _, s := range c.dates {
		if s[0] < b && b < s[1] {
			return true
		}
	}
	for _, s := range c.quantities {
		if s[0] < b && b < s[1] {
			return true
		}
	}
	return false
}

// lastTrigger is the last trigger in tokens [lo,hi), or -1.
func (c *clauser) lastTrigger(lo, hi int) int {
	k := -1
	for _, a := range c.at {
		if a >= lo && a < hi {
			k = a
		}
	}
	return k
}

// firstTrigger is the first trigger in tokens [lo,hi), or -1.
func (c *clauser) firstTrigger(lo, hi int) int {
	for _, a := range c.at {
		if a >= lo && a < hi {
			return a
		}
	}
	return -1
}

// conjunctEnd is the token after the conjunct that starts at token lo: the
// next semicolon or join, or the sentence's end.
func (c *clauser) conjunctEnd(lo int) int {
	for k := lo; k < len(c.t.Toks); k++ {
		if string(c.t.Key(k)) == ";" || c.contrast(k) || c.isRole(k, "join") && !c.inside(c.t.Toks[k].Start) {
			return k
		}
	}
	return len(c.t.Toks)
}

// apart reports words of the trigger's own between the trigger at token
// left and the join at token j: "arrested 30 suspects and", not
// "arrested and" nor "arrested, and".
func (c *clauser) apart(left, j int) bool {
	words := 0
	for k := left + 1; k < j; k++ {
		if c.t.Toks[k].Kind != token.Punct {
			words++
		}
	}
	return words > 0
}

// finite reports that the trigger at token verb is the verb of the
// conjunct that starts at token lo, not a noun inside a phrase that the
// conjunct lists ("and 80,000 pills in raids"): an auxiliary stands next
// to it ("41 searches were carried out", "three men were arrested"), or
// no number stands before it ("and police arrested three men").
func (c *clauser) finite(lo, verb int) bool {
	aux := func(k int) bool {
		w := string(c.t.Key(k))
		return c.v.BeAux(w) || c.v.HaveAux(w)
	}
	if verb > 0 && aux(verb-1) || verb+1 < len(c.t.Toks) && aux(verb+1) {
		return true
	}
	for k := lo; k < verb; k++ {
		if c.number(k) {
			return false
		}
	}
	return true
}

// subjectless reports a conjunct whose verb follows the join with nothing
// but adverbs between: it shares the first clause's subject.
func (c *clauser) subjectless(lo, verb int) bool {
	for k := lo; k < verb; k++ {
		if c.t.Toks[k].Kind == token.Punct {
			continue
		}
		if !c.isRole(k, "adverb") && !c.v.BeAux(string(c.t.Key(k))) && !c.v.HaveAux(string(c.t.Key(k))) {
			return false
		}
	}
	return true
}

// gapped reports a verbless conjunct [j+1,end) that reports a happening
// of its own with the verb at token left (see Clauses).
func (c *clauser) gapped(from, left, j, end int) bool {
	lo := j + 1
	opens := false
	for k := lo; k < min(lo+3, end); k++ {
		if c.isRole(k, "addition") {
			return true
		}
		if c.number(k) {
			opens = true
			break
		}
	}
	if !opens {
		return false
	}
	l0, l1 := c.t.Toks[left].End, c.t.Toks[j].Start
	r0, r1 := c.t.Toks[lo].Start, c.t.Toks[end-1].End
	if c.dated(l0, l1) && c.dated(r0, r1) {
		return true
	}
	// Places alone part a passive verb's subjects ("Two suspects were
	// arrested in Germany and one in Spain"), not an active verb's
	// objects ("seized €2.3 million in Spain and £750,000 near Dover").
	return c.passive(left) && c.placed(left+1, j) && c.placed(lo, end)
}

// passive reports an auxiliary just before the trigger at token k.
func (c *clauser) passive(k int) bool {
	return k > 0 && c.v.BeAux(string(c.t.Key(k-1)))
}

// both reports that the conjuncts [lo,j) and [j+1,end) are both dated,
// or both measured (each holds a seizure or a count) by triggers of two
// kinds of happening: "killed 12 people and wounded 15 others" is one
// attack, "arrested 30 suspects and searched 75 homes" two happenings.
func (c *clauser) both(lo, j, end, left, right int) bool {
	l0, l1 := c.t.Toks[lo].Start, c.t.Toks[j].Start
	r0, r1 := c.t.Toks[j+1].Start, c.t.Toks[end-1].End
	if c.dated(l0, l1) && c.dated(r0, r1) {
		return true
	}
	return c.measured(l0, l1) && c.measured(r0, r1) && !c.sameKind(left, right) || c.otherKind(left, right)
}

// otherKind reports two triggers that report two known kinds of
// happening: "were arrested in Essex on Thursday and have since been
// charged" is an arrest and a charge.
func (c *clauser) otherKind(a, b int) bool {
	ka, ok := c.v.ValueBytes(lexicon.HappeningWords, c.t.Key(a))
	if !ok || ka == "" {
		return false
	}
	kb, ok := c.v.ValueBytes(lexicon.HappeningWords, c.t.Key(b))
	return ok && kb != "" && ka != kb
}

// sameKind reports two triggers that report the same kind of happening.
func (c *clauser) sameKind(a, b int) bool {
	ka, ok := c.v.ValueBytes(lexicon.HappeningWords, c.t.Key(a))
	if !ok || ka == "" {
		return false
	}
	kb, ok := c.v.ValueBytes(lexicon.HappeningWords, c.t.Key(b))
	return ok && ka == kb
}

// measured reports a seizure or a count that starts inside bytes [lo,hi).
func (c *clauser) measured(lo, hi int) bool {
	for _, s := range c.quantities {
		if s[0] >= lo && s[0] < hi {
			return true
		}
	}
	return false
}

// hasAux reports an auxiliary in tokens [lo,hi).
func (c *clauser) hasAux(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if w := string(c.t.Key(k)); c.v.BeAux(w) || c.v.HaveAux(w) {
			return true
		}
	}
	return false
}

// withoutAux is the byte end b of a subject moved back before the
// auxiliaries that end it.
func (c *clauser) withoutAux(b int) int {
	k := 0
	for k < len(c.t.Toks) && c.t.Toks[k].End <= b {
		k++
	}
	for k > 1 {
		w := string(c.t.Key(k - 1))
		// "He was subsequently charged …, and was extradited": the
		// adverb goes with the auxiliary it follows.
		if !c.v.BeAux(w) && !c.v.HaveAux(w) && !c.v.Has(lexicon.SequenceAdverbs, w) && !c.v.Has(lexicon.PerfectAdverbs, w) {
			break
		}
		k--
	}
	if k == 0 {
		return b
	}
	return c.t.Toks[k-1].End
}

// subjectEnd is the byte where the subject of the clause that starts at
// token lo ends: before its first trigger, or after it when a determiner
// makes it a noun ("The searches began …").
func (c *clauser) subjectEnd(lo int) int {
	k := c.firstTrigger(lo, len(c.t.Toks))
	if k < 0 {
		return c.t.Toks[lo].Start
	}
	if k > 0 && c.v.HasBytes(lexicon.ParticipleDeterminers, c.t.Key(k-1)) {
		return c.t.Toks[k].End
	}
	return c.t.Toks[k].Start
}

// number reports a number or a number word at token k.
func (c *clauser) number(k int) bool {
	if c.t.Toks[k].Kind == token.Number {
		return true
	}
	w := string(c.t.Key(k))
	if !c.ix.Nums.Maybe(w) {
		return false
	}
	_, ok := c.ix.Number(w)
	return ok
}

// one reports the number one at token k.
func (c *clauser) one(k int) bool {
	if c.t.Toks[k].Kind == token.Number {
		return c.t.Text(k) == "1"
	}
	v, ok := c.ix.Number(string(c.t.Key(k)))
	return ok && v == 1
}

// dated reports a date expression inside bytes [lo,hi).
func (c *clauser) dated(lo, hi int) bool {
	for _, s := range c.dates {
		if s[0] >= lo && s[1] <= hi {
			return true
		}
	}
	return false
}

// placed reports a preposition followed by a capitalised word in tokens
// [lo,hi): "in Germany", "at Felixstowe".
func (c *clauser) placed(lo, hi int) bool {
	for k := lo; k+1 < hi; k++ {
		if c.isRole(k, "preposition") && c.t.Caps[k+1] != token.CapsLower && c.t.Toks[k+1].Kind == token.Word {
			return true
		}
	}
	return false
}

// sharedVerb is a verbless conjunct [j+1,end) made a whole clause with the
// subject and verb before it, ending at the trigger at token left:
// "Customs seized" + "a further 800 kg". After a passive verb the
// conjunct's noun phrase is the subject: "Two suspects were arrested in
// Germany and one in Spain" gives "one was arrested in Spain".
func (c *clauser) sharedVerb(left, j, end int) string {
	t := c.t
	lo := j + 1
	rest := t.Body[t.Toks[lo].Start:t.Toks[end-1].End]
	aux := left
	for aux > 0 && (c.v.BeAux(string(t.Key(aux-1))) || c.v.HaveAux(string(t.Key(aux-1)))) {
		aux--
	}
	if aux == left {
		return join(t.Body[:t.Toks[left].End], rest)
	}
	// Passive: the conjunct's subject, the verb, the conjunct's rest.
	np := lo
	for np < end && !c.isRole(np, "preposition") && t.Toks[np].Kind != token.Punct {
		np++
	}
	if np == lo || np == end {
		return join(t.Body[:t.Toks[left].End], rest)
	}
	verb := t.Body[t.Toks[aux].Start:t.Toks[left].End]
	if np == lo+1 && c.one(lo) {
		if sing, ok := c.v.ValueBytes(lexicon.SingularAuxiliaries, t.Key(aux)); ok {
			verb = join(sing, t.Body[t.Toks[aux].End:t.Toks[left].End])
		}
	}
	return join(join(t.Body[t.Toks[lo].Start:t.Toks[np-1].End], verb), t.Body[t.Toks[np].Start:t.Toks[end-1].End])
}

// trimEnd is the byte where the clause before the join at token j ends:
// without the comma that may stand before the join.
func (c *clauser) trimEnd(j int) int {
	k := j
	for k > 0 && c.t.Toks[k-1].Kind == token.Punct && string(c.t.Key(k-1)) == "," {
		k--
	}
	return c.t.Toks[k-1].End
}

// join is two pieces of text with one space between them.
func join(a, b string) string {
	a, b = strings.TrimSpace(a), strings.TrimSpace(b)
	if a == "" {
		return b
	}
	if b == "" {
		return a
	}
	return a + " " + b
}
