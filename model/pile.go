package model

import "slices"

// pile collects values in blocks that double in size and copies them
// once into a slice of the exact length: on long texts that allocates
// about twice the result, where growing one slice allocates up to four
// times it and keeps up to twice it.
type pile[T any] struct {
	blocks [][]T
	n      int
}

func (p *pile[T]) add(v T) {
	if k := len(p.blocks); k == 0 || len(p.blocks[k-1]) == cap(p.blocks[k-1]) {
		size := 4096
		if k < 8 {
			size = 16 << k
		}
		p.blocks = append(p.blocks, make([]T, 0, size))
	}
	last := &p.blocks[len(p.blocks)-1]
	*last = append(*last, v)
	p.n++
}

// slice returns every value in order, never nil. A pile of one block (a
// news article's events) is that block: its room is at most 15 values.
func (p *pile[T]) slice() []T {
	if len(p.blocks) == 1 {
		return slices.Clip(p.blocks[0])
	}
	out := make([]T, 0, p.n)
	for _, b := range p.blocks {
		out = append(out, b...)
	}
	return out
}

// last returns the last n values, to change in place, or nil when they
// are fewer or not in one block.
func (p *pile[T]) last(n int) []T {
	if len(p.blocks) == 0 {
		return nil
	}
	b := p.blocks[len(p.blocks)-1]
	if n <= 0 || n > len(b) {
		return nil
	}
	return b[len(b)-n:]
}
