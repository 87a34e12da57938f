package export

import (
	"encoding/json"
	"io"
	"strings"

	"dossier/model"
)

// Schema names the version of the JSON case file. A change that removes or
// renames a field gets a new version.
const Schema = "dossier.story/v1"

// storyJSON fixes the order of the top-level fields; the nested ones
// follow the model's struct tags.
type storyJSON struct {
	Schema    string           `json:"schema"`
	Title     string           `json:"title"`
	Source    string           `json:"source"`
	URL       *string          `json:"url"`
	Published *string          `json:"published"`
	Dateline  string           `json:"dateline"`
	Sentences []model.Sentence `json:"sentences"`
	Entities  []model.Entity   `json:"entities"`
	Seizures  []model.Seizure  `json:"seizures"`
	Counts    []model.Count    `json:"counts"`
	Events    []model.Event    `json:"events"`
}

// JSON writes the case file in the dossier.story/v1 schema (see
// /work/shared/DESIGN.md and the package comment for what sel restricts),
// indented by two spaces, ending in a newline.
func JSON(w io.Writer, st *model.Story, sel model.Selection) error {
	v, err := newView(st, sel)
	if err != nil {
		return err
	}
	return encodeJSON(w, storyDoc(v))
}

// storyDoc is the view in the dossier.story/v1 shape.
func storyDoc(v *view) storyJSON {
	doc := v.st.Doc
	var url *string
	if doc.URL != "" {
		url = &doc.URL
	}
	return storyJSON{
		Schema:    Schema,
		Title:     doc.Title,
		Source:    doc.Source,
		URL:       url,
		Published: v.published(),
		Dateline:  doc.Dateline,
		Sentences: v.st.Sentences,
		Entities:  exportedAll(v.st.Entities),
		Seizures:  v.seizures,
		Counts:    v.counts,
		Events:    v.events,
	}
}

// mentionKind is the kind the JSON gives a thing the story names but
// never says was seized, confiscated, found or recovered. Only those are
// items (as ../shared/ANNOTATION.md counts them), so a reader who takes
// the entities of kind "item" gets the items seized and nothing more.
const mentionKind model.Kind = "mention"

// exported is e as the JSON writes it: an item only mentioned is a
// mention, its id under that kind.
func exported(e model.Entity) model.Entity {
	if e.MentionedItem() {
		e.Kind = mentionKind
		e.ID = string(mentionKind) + strings.TrimPrefix(e.ID, string(model.KindItem))
	}
	return e
}

// exportedAll is es as the JSON writes them.
func exportedAll(es []model.Entity) []model.Entity {
	out := make([]model.Entity, len(es))
	for i, e := range es {
		out[i] = exported(e)
	}
	return out
}

// encodeJSON writes v indented by two spaces, ending in a newline.
func encodeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false) // the text is read by people, not pasted into HTML
	return enc.Encode(v)
}
