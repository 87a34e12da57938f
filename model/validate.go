package model

import (
	"fmt"

	"dossier/model/internal/story"
)

// Validate checks the invariants every parsed story keeps, whatever the
// input: sentences numbered from 1, in order, non-overlapping and inside
// the body with their text equal to the span; mentions, seizures and counts
// inside their sentence; events on story (non-byline) sentences, numbered
// from 1, every facet value an entity of that kind; the items seized
// exactly those a seizure names, and every event's items among them.
// Parse never returns a story that fails it; tests and fuzzing call it.
func (st *Story) Validate() error {
	if err := st.validSentences(); err != nil {
		return err
	}
	names, err := st.validEntities()
	if err != nil {
		return err
	}
	seized := map[string]bool{}
	for _, z := range st.Seizures {
		if err := st.inSentence("seizure of "+z.Item, z.Sentence, z.Start, z.End); err != nil {
			return err
		}
		seized[z.Item] = true
	}
	for _, e := range st.Entities {
		if e.Seized != (e.Kind == KindItem && seized[e.Name]) {
			return fmt.Errorf("entity %s: seized %v, but a seizure names it: %v", e.ID, e.Seized, seized[e.Name])
		}
	}
	for _, e := range st.Events {
		for _, it := range e.Items {
			if !seized[it] {
				return fmt.Errorf("event %d: item %q, which no seizure names", e.ID, it)
			}
		}
	}
	for _, c := range st.Counts {
		if err := st.inSentence("count of "+c.What, c.Sentence, c.Start, c.End); err != nil {
			return err
		}
	}
	return st.validEvents(names)
}

// validSentences checks the sentences: numbered from 1, in order,
// non-overlapping, inside the body, their text equal to the span.
func (st *Story) validSentences() error {
	body := st.Doc.Body
	prev := 0
	for i, s := range st.Sentences {
		if s.ID != i+1 {
			return fmt.Errorf("sentence %d has id %d", i+1, s.ID)
		}
		if s.Start < prev || s.Start >= s.End || s.End > len(body) {
			return fmt.Errorf("sentence %d span [%d,%d) out of order or outside body (previous end %d, body %d)", s.ID, s.Start, s.End, prev, len(body))
		}
		if body[s.Start:s.End] != s.Text {
			return fmt.Errorf("sentence %d text differs from its span", s.ID)
		}
		if s.Paragraph < 1 || i > 0 && s.Paragraph < st.Sentences[i-1].Paragraph {
			return fmt.Errorf("sentence %d paragraph %d out of order", s.ID, s.Paragraph)
		}
		prev = s.End
	}
	return nil
}

// inSentence checks that [start,end) is a span inside sentence id.
func (st *Story) inSentence(what string, id, start, end int) error {
	if id < 1 || id > len(st.Sentences) {
		return fmt.Errorf("%s in sentence %d of %d", what, id, len(st.Sentences))
	}
	s := st.Sentences[id-1]
	if start < s.Start || end > s.End || start >= end {
		return fmt.Errorf("%s span [%d,%d) outside sentence %d [%d,%d)", what, start, end, id, s.Start, s.End)
	}
	return nil
}

// validEntities checks the entities' IDs and mentions, and returns the
// names of each kind.
func (st *Story) validEntities() (map[Kind]map[string]bool, error) {
	body := st.Doc.Body
	names := map[Kind]map[string]bool{}
	ids := map[string]bool{}
	for _, e := range st.Entities {
		if e.Name == "" || e.ID != string(e.Kind)+"/"+story.Slug(e.Name) && !ids[string(e.Kind)+"/"+story.Slug(e.Name)] {
			return nil, fmt.Errorf("entity %q (%s %q) has a bad id", e.ID, e.Kind, e.Name)
		}
		if ids[e.ID] {
			return nil, fmt.Errorf("entity id %q twice", e.ID)
		}
		ids[e.ID] = true
		if names[e.Kind] == nil {
			names[e.Kind] = map[string]bool{}
		}
		names[e.Kind][e.Name] = true
		for _, m := range e.Mentions {
			if err := st.inSentence("mention of "+e.ID, m.Sentence, m.Start, m.End); err != nil {
				return nil, err
			}
			if body[m.Start:m.End] != m.Text {
				return nil, fmt.Errorf("mention of %s: text %q differs from its span", e.ID, m.Text)
			}
			if st.Sentences[m.Sentence-1].Byline {
				return nil, fmt.Errorf("%s mentioned in byline sentence %d", e.ID, m.Sentence)
			}
		}
	}
	return names, nil
}

// validEvents checks the events: numbered from 1, on story sentences,
// every facet value an entity of its kind.
func (st *Story) validEvents(names map[Kind]map[string]bool) error {
	for i, e := range st.Events {
		if e.ID != i+1 {
			return fmt.Errorf("event %d has id %d", i+1, e.ID)
		}
		if e.Sentence < 1 || e.Sentence > len(st.Sentences) || st.Sentences[e.Sentence-1].Byline {
			return fmt.Errorf("event %d on sentence %d, not a story sentence", e.ID, e.Sentence)
		}
		for _, k := range Kinds {
			for _, v := range e.Values(k) {
				if !names[k][v] {
					return fmt.Errorf("event %d: %s %q is no entity", e.ID, k, v)
				}
			}
		}
	}
	return nil
}
