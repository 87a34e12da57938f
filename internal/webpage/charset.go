package webpage

import (
	"bytes"
	"mime"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
)

// metaScan is how far into a page a <meta> charset declaration is looked
// for. The HTML standard's pre-scan stops at 1024 bytes; pages that put a
// long comment or many scripts first still declare their charset in the
// head, so the whole head is read, up to this size.
const metaScan = 64 << 10

// decode returns the page as UTF-8. The charset is the one a byte-order
// mark gives, else the HTTP header's, else the page's own <meta>
// declaration, else UTF-8, the web's default. Bytes that are not valid in
// that charset become U+FFFD: they are repaired, never passed on.
func decode(b []byte, contentType string) []byte {
	enc := declared(b, contentType)
	if enc == nil {
		b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
		if utf8.Valid(b) {
			return b
		}
		return repairUTF8(b)
	}
	out, err := enc.NewDecoder().Bytes(b)
	if err != nil || !utf8.Valid(out) {
		return repairUTF8(b)
	}
	return out
}

// declared finds the page's encoding, or nil for UTF-8.
func declared(b []byte, contentType string) encoding.Encoding {
	if bytes.HasPrefix(b, []byte("\xef\xbb\xbf")) {
		return nil
	}
	if _, params, err := mime.ParseMediaType(contentType); err == nil && params["charset"] != "" {
		if isUTF8(params["charset"]) {
			return nil
		}
		if e := lookup(params["charset"]); e != nil {
			return e
		}
	}
	return metaCharset(b[:min(len(b), metaScan)])
}

// lookup returns the encoding a charset label names, nil for UTF-8, for
// UTF-16 (a page that says UTF-16 in ASCII is not UTF-16: the standard
// reads it as UTF-8) and for a label nobody knows.
func lookup(label string) encoding.Encoding {
	e, name := charset.Lookup(label)
	if e == nil || name == "utf-8" || strings.HasPrefix(name, "utf-16") {
		return nil
	}
	return e
}

// isUTF8 reports whether a charset label names UTF-8.
func isUTF8(label string) bool {
	_, name := charset.Lookup(label)
	return name == "utf-8"
}

// metaCharset finds a <meta charset> or <meta http-equiv="Content-Type">
// declaration before the body starts.
func metaCharset(b []byte) encoding.Encoding {
	z := html.NewTokenizer(bytes.NewReader(b))
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return nil
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			switch string(name) {
			case "body":
				return nil
			case "meta":
				var cs, equiv, content string
				for hasAttr {
					var k, v []byte
					k, v, hasAttr = z.TagAttr()
					switch string(k) {
					case "charset":
						cs = string(v)
					case "http-equiv":
						equiv = strings.ToLower(string(v))
					case "content":
						content = string(v)
					}
				}
				if cs == "" && equiv == "content-type" {
					if _, params, err := mime.ParseMediaType(content); err == nil {
						cs = params["charset"]
					}
				}
				if cs != "" {
					return lookup(cs)
				}
			}
		}
	}
}

// repairUTF8 replaces each byte that is not part of valid UTF-8 with
// U+FFFD, as the sanitiser does, so offsets of the valid text stay.
func repairUTF8(b []byte) []byte {
	var out bytes.Buffer
	out.Grow(len(b))
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		if r == utf8.RuneError && n == 1 {
			out.WriteString("\uFFFD")
		} else {
			out.Write(b[:n])
		}
		b = b[n:]
	}
	return out.Bytes()
}
