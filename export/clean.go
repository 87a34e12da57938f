package export

import (
	"reflect"

	"dossier/internal/sanitize"

	"dossier/model"
)

// cleanStory returns a deep copy of st with every string blanked by the one
// sanitiser (sanitize.Blank, which keeps byte offsets true) and every
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
		out.SetString(sanitize.Blank(v.String()))
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
