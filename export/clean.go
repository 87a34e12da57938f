package export

import (
	"reflect"
	"strings"
	"unicode/utf8"

	"dossier/model"
)

// Clean neutralises the characters that can drive a terminal or reorder
// text: C0 controls except tab and newline, DEL, C1 controls, bidi
// embeddings, overrides and isolates, and bytes that are not UTF-8. Each
// becomes as many spaces as it had bytes, so the byte offsets a Story
// records stay true in the cleaned text. ESC is among them, which breaks
// every escape sequence into harmless printable text.
func Clean(s string) string {
	i := strings.IndexFunc(s, unsafeRune)
	if i < 0 && utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if (r == utf8.RuneError && n == 1) || unsafeRune(r) {
			b.WriteString(strings.Repeat(" ", n))
		} else {
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

func unsafeRune(r rune) bool {
	switch {
	case r == '\n' || r == '\t':
		return false
	case r < 0x20, r == 0x7f, r >= 0x80 && r <= 0x9f:
		return true
	case r == 0x061c, r == 0x200e, r == 0x200f, // arabic letter mark, LRM, RLM
		r >= 0x202a && r <= 0x202e, // LRE RLE PDF LRO RLO
		r >= 0x2066 && r <= 0x2069, // LRI RLI FSI PDI
		r == 0xfeff:                // BOM / zero-width no-break space
		return true
	}
	return false
}

// cleanStory returns a deep copy of st with every string cleaned and every
// nil slice made empty (so JSON says [] rather than null). It walks the
// types by reflection so a field added to the model later is covered
// without anyone remembering to list it here.
func cleanStory(st *model.Story) *model.Story {
	c := cleanValue(reflect.ValueOf(*st)).Interface().(model.Story)
	return &c
}

func cleanSelection(sel model.Selection) model.Selection {
	if sel == nil {
		return nil
	}
	return cleanValue(reflect.ValueOf(sel)).Interface().(model.Selection)
}

func cleanValue(v reflect.Value) reflect.Value {
	t := v.Type()
	switch v.Kind() {
	case reflect.String:
		out := reflect.New(t).Elem()
		out.SetString(Clean(v.String()))
		return out
	case reflect.Pointer:
		if v.IsNil() {
			return v
		}
		out := reflect.New(t.Elem())
		out.Elem().Set(cleanValue(v.Elem()))
		return out
	case reflect.Interface:
		if v.IsNil() {
			return v
		}
		out := reflect.New(t).Elem()
		out.Set(cleanValue(v.Elem()))
		return out
	case reflect.Slice:
		out := reflect.MakeSlice(t, v.Len(), v.Len())
		for i := range v.Len() {
			out.Index(i).Set(cleanValue(v.Index(i)))
		}
		return out
	case reflect.Array:
		out := reflect.New(t).Elem()
		for i := range v.Len() {
			out.Index(i).Set(cleanValue(v.Index(i)))
		}
		return out
	case reflect.Map:
		if v.IsNil() {
			return v
		}
		out := reflect.MakeMapWithSize(t, v.Len())
		it := v.MapRange()
		for it.Next() {
			out.SetMapIndex(cleanValue(it.Key()), cleanValue(it.Value()))
		}
		return out
	case reflect.Struct:
		out := reflect.New(t).Elem()
		out.Set(v) // carries unexported fields (time.Time) as they are
		for i := range t.NumField() {
			if f := out.Field(i); f.CanSet() {
				f.Set(cleanValue(v.Field(i)))
			}
		}
		return out
	}
	return v
}
