// Package sanitize is dossier's one security boundary: everything that
// comes from outside (an article, its front matter, a file name, a search
// typed or pasted, an SSH user name or TERM) passes through it before it
// reaches a terminal, a log line or a file dossier writes.
//
// One rule set decides what is unsafe (see Unsafe): characters that can
// drive a terminal, reorder or hide text, or break a layout. Each function
// differs only in what it does with them, as its caller needs:
//
//   - Text, on reading an article: escape sequences are removed whole,
//     other unsafe characters dropped, tabs and line separators turned
//     into spaces and newlines, invalid UTF-8 marked with U+FFFD. The
//     parser then sees plain text and computes its offsets on it.
//   - Blank, on output of text whose byte offsets matter (the article on
//     screen, exports): each unsafe character becomes as many spaces as
//     it had bytes, so offsets stay true and an escape sequence falls
//     apart into harmless printable text. Inline does the same for text
//     drawn within one line, newlines included.
//   - Drop, for what the user types (a search query): unsafe characters
//     are removed, since nobody meant a space there.
//   - Label, for a short string someone else chose (a user name, TERM, a
//     file name): one line, unsafe characters shown as '?', cut to a
//     length.
package sanitize
