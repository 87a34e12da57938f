package story

import "testing"

func TestSlug(t *testing.T) {
	tests := map[string]string{
		"Belgian police":             "belgian-police",
		"Sky ECC":                    "sky-ecc",
		"Curaçao":                    "curacao",
		"São Paulo":                  "sao-paulo",
		"Guardia Civil":              "guardia-civil",
		"Düsseldorf":                 "dusseldorf",
		"Straße":                     "strasse",
		"Łódź":                       "lodz",
		"  --Western   Europe-- ":    "western-europe",
		"U.S. Customs & Border":      "u-s-customs-border",
		"public prosecutor's office": "public-prosecutor-s-office",
		"":                           "x",
		"東京":                         "xe69db1e4baac",
	}
	for in, want := range tests {
		if got := Slug(in); got != want {
			t.Errorf("Slug(%q) = %q, want %q", in, got, want)
		}
		// The slug written after a prefix must not see the prefix: a
		// leading separator or a name with no letter is slugged alone.
		if got := EntityID(KindPlace, in); got != "place/"+want {
			t.Errorf("EntityID(place, %q) = %q, want %q", in, got, "place/"+want)
		}
	}
}
