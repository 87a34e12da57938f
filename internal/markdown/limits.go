package markdown

import (
	"bytes"
	"errors"
	"fmt"
)

// goldmark does some of its work more than once per byte: a run of
// unclosed links is scanned to the end of its paragraph from each opener,
// and a block of reference definitions is re-read once per definition. On
// hostile input that time grows with the square of a block's size, and
// with the depth of nesting, so the input is held to sizes no article
// comes near, which bound the worst of those cases. What a limit refuses
// is refused whole, with an error saying which limit and where: reading
// half a document would be worse.
const (
	// MaxSize is the largest Markdown article read, in bytes.
	MaxSize = 512 << 10
	// MaxBlock is the most bytes read between two blank lines.
	MaxBlock = 8 << 10
	// MaxDepth is the most block quote and list markers opening one line.
	MaxDepth = 16
)

// The kinds of Markdown that is too much to read. Every error Plain
// returns wraps one of them.
var (
	ErrTooLarge  = errors.New("Markdown too large")
	ErrTooDeep   = errors.New("Markdown too deeply nested")
	ErrLongBlock = errors.New("Markdown block too long")
)

// limitError is a limit's error: its own message, a sentinel beneath.
type limitError struct {
	msg  string
	kind error
}

func (e *limitError) Error() string { return e.msg }
func (e *limitError) Unwrap() error { return e.kind }

// check returns an error for the first limit src goes past, nil if none.
func check(src []byte) error {
	if len(src) > MaxSize {
		return &limitError{"too large for Markdown (over 512 KiB)", ErrTooLarge}
	}
	blockStart, lineNo, blockLine := 0, 0, 1
	for pos := 0; pos < len(src); {
		lineNo++
		end := bytes.IndexByte(src[pos:], '\n')
		if end < 0 {
			end = len(src)
		} else {
			end += pos
		}
		line := src[pos:end]
		if depth(line) > MaxDepth {
			return &limitError{fmt.Sprintf("Markdown nested over %d deep at line %d", MaxDepth, lineNo), ErrTooDeep}
		}
		if len(bytes.TrimSpace(line)) == 0 {
			blockStart, blockLine = end+1, lineNo+1
		} else if end-blockStart > MaxBlock {
			return &limitError{fmt.Sprintf("Markdown block at line %d is over 8 KiB with no blank line", blockLine), ErrLongBlock}
		}
		pos = end + 1
	}
	return nil
}

// depth counts the block quote markers and list markers that open line.
func depth(line []byte) int {
	n := 0
	for i := 0; i < len(line); {
		switch c := line[i]; {
		case c == ' ' || c == '\t':
			i++
		case c == '>':
			n++
			i++
		case (c == '-' || c == '*' || c == '+') && i+1 < len(line) && (line[i+1] == ' ' || line[i+1] == '\t'):
			n++
			i += 2
		case c >= '0' && c <= '9':
			j := i
			for j < len(line) && j-i < 9 && line[j] >= '0' && line[j] <= '9' {
				j++
			}
			if j+1 < len(line) && (line[j] == '.' || line[j] == ')') && (line[j+1] == ' ' || line[j+1] == '\t') {
				n++
				i = j + 2
				continue
			}
			return n
		default:
			return n
		}
	}
	return n
}
