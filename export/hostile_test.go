package export

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

// TestHostileInputNeverReachesAnExport plants OSC 52, CSI, DCS, C1, NUL,
// BEL, CR and a bidi override in every kind of text and checks that no
// format writes any of them, while the words around them survive.
func TestHostileInputNeverReachesAnExport(t *testing.T) {
	writers := map[string]func(*bytes.Buffer) error{
		"json": func(b *bytes.Buffer) error { return JSON(b, hostile(t), nil) },
		"timelinejs": func(b *bytes.Buffer) error {
			_, err := TimelineJS(b, hostile(t), nil)
			return err
		},
		"markdown": func(b *bytes.Buffer) error { return Markdown(b, hostile(t), nil) },
		"csv":      func(b *bytes.Buffer) error { return CSV(b, hostile(t), nil) },
	}
	for name, write := range writers {
		t.Run(name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := write(&buf); err != nil {
				t.Fatal(err)
			}
			out := buf.String()
			assertNoControls(t, name, out)
			if strings.Contains(out, `\u001b`) || strings.Contains(out, `\u0007`) || strings.Contains(out, `\u009b`) || strings.Contains(out, `\u202e`) {
				t.Errorf("%s: an escaped control character survives, a reader that decodes it gets the raw byte", name)
			}
			if name == "json" || name == "timelinejs" {
				var v any
				if err := json.Unmarshal(buf.Bytes(), &v); err != nil {
					t.Fatal(err)
				}
				walkStrings(v, func(s string) { assertNoControls(t, name+" (decoded)", s) })
			}
			if !strings.Contains(out, "Belgian police make 48 arrests") {
				t.Errorf("%s: the text around the escapes was lost", name)
			}
		})
	}
}

func walkStrings(v any, f func(string)) {
	switch v := v.(type) {
	case string:
		f(v)
	case []any:
		for _, x := range v {
			walkStrings(x, f)
		}
	case map[string]any:
		for k, x := range v {
			f(k)
			walkStrings(x, f)
		}
	}
}
