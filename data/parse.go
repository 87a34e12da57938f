package data

import "dossier/model"

// Origin is what is known about an article's bytes besides the bytes.
type Origin struct {
	// Name names the input in error messages: a path, "standard input", a URL;
	// "" for none. It must already be safe to print (see displayName).
	Name string
	// Format is the article's form; FormatAuto decides by Sniff.
	Format Format
	// ContentType is the HTTP Content-Type of a fetched page, "" for a file.
	ContentType string
	// URL is the address a page was fetched from, "" for a file.
	URL string
}

// Parse turns an article's bytes into a Document in the format its origin
// gives, or the one Sniff finds: ParseDocument for text, ParseMarkdown,
// ParseHTML. Errors are one line with the origin's name in front.
func Parse(b []byte, o Origin) (model.Document, error) {
	f := o.Format
	if f == FormatAuto {
		f = Sniff(b)
	}
	var (
		doc model.Document
		err error
	)
	switch f {
	case FormatHTML:
		doc, err = ParseHTML(b, o.ContentType, o.URL)
	case FormatMarkdown:
		doc, err = ParseMarkdown(b)
	default:
		doc, err = ParseDocument(b)
	}
	return doc, named(err, o.Name)
}
