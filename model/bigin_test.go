package model_test

import (
	"bytes"
	"runtime"
	"runtime/metrics"
	"sync"
	"testing"
	"time"

	"dossier/data"
	"dossier/internal/bigin"
	"dossier/model"
)

// TestBigInputsParse reads and parses each big input (the 60 MiB one
// only without -short) and checks the story is valid, has what the input
// holds, and that the story holds under 20 times the input: the heap in
// use after, over what was in use before. The heap's sampled peak during
// Read and Parse, garbage included (up to twice the live heap with the
// default GOGC), is logged beside; so is the time, never asserted: see the
// benchmarks below.
//
//	go test ./model/ -run TestBigInputsParse -v
func TestBigInputsParse(t *testing.T) {
	ins, err := bigin.All(testing.Short() || !bigin.WantHuge())
	if err != nil {
		t.Fatal(err)
	}
	for _, in := range ins {
		t.Run(in.Name, func(t *testing.T) {
			warm(t, in.Lex)
			var st *model.Story
			peak, after, took := measureHeap(func() {
				doc, err := data.Read(bytes.NewReader(in.Text))
				if err != nil {
					t.Fatal(err)
				}
				st = model.Parse(doc, in.Lex)
			})
			n := uint64(len(in.Text))
			t.Logf("%s: %.1f MiB in %v; heap peak +%.1f MiB (%.1fx), retained +%.1f MiB (%.1fx); %d sentences, %d entities, %d events",
				in.Name, mib(n), took.Round(time.Millisecond), mib(peak), float64(peak)/float64(n), mib(after), float64(after)/float64(n),
				len(st.Sentences), len(st.Entities), len(st.Events))
			if err := st.Validate(); err != nil {
				t.Fatal(err)
			}
			if after > 20*n {
				t.Errorf("heap retained +%d bytes is over 20x the %d-byte input", after, n)
			}
			checkBigStory(t, in.Name, st)
			runtime.KeepAlive(st)
		})
	}
}

// checkBigStory checks each input came through whole.
func checkBigStory(t *testing.T, name string, st *model.Story) {
	t.Helper()
	places := 0
	for _, e := range st.Entities {
		if e.Kind == model.KindPlace {
			places++
		}
	}
	switch name {
	case "Places":
		if places < 10_000 {
			t.Errorf("%d places, want the 10,000 generated", places)
		}
		if len(st.Events) < 10_000 {
			t.Errorf("%d events, want one per place", len(st.Events))
		}
	case "Sentences":
		if len(st.Sentences) < 100_000 {
			t.Errorf("%d sentences, want 100,000", len(st.Sentences))
		}
	case "BigWord":
		if len(st.Events) < 2 {
			t.Errorf("%d events: the sentences around the big word are lost", len(st.Events))
		}
	case "OneLine", "Huge":
		if len(st.Events) < 100 {
			t.Errorf("%d events from a story repeated hundreds of times", len(st.Events))
		}
	}
}

// warm builds the lexicon's matching index, which Parse builds once on
// first use, so it is not counted against the input.
func warm(tb testing.TB, lex *model.Lexicon) {
	tb.Helper()
	doc, err := data.Default()
	if err != nil {
		tb.Fatal(err)
	}
	model.Parse(doc, lex)
}

// measureHeap runs f and returns the live heap's sampled peak and its size
// after a collection, both over the heap before, and f's duration.
func measureHeap(f func()) (peak, after uint64, took time.Duration) {
	runtime.GC()
	base := heapObjects()
	var (
		mu   sync.Mutex
		high = base
		stop = make(chan struct{})
		done = make(chan struct{})
	)
	go func() {
		defer close(done)
		tick := time.NewTicker(2 * time.Millisecond)
		defer tick.Stop()
		for {
			h := heapObjects()
			mu.Lock()
			high = max(high, h)
			mu.Unlock()
			select {
			case <-stop:
				return
			case <-tick.C:
			}
		}
	}()
	start := time.Now()
	f()
	took = time.Since(start)
	close(stop)
	<-done
	high = max(high, heapObjects())
	runtime.GC()
	end := heapObjects()
	sub := func(a uint64) uint64 {
		if a < base {
			return 0
		}
		return a - base
	}
	return sub(high), sub(end), took
}

// heapObjects is the heap held by objects, live or not yet swept; reading
// it does not stop the world.
func heapObjects() uint64 {
	s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

func mib(n uint64) float64 { return float64(n) / (1 << 20) }

// benchParse times data.Read and model.Parse together on one big input.
func benchParse(b *testing.B, name string) {
	in, err := bigin.Named(name)
	if err != nil {
		b.Fatal(err)
	}
	warm(b, in.Lex)
	b.SetBytes(int64(len(in.Text)))
	b.ReportAllocs()
	for b.Loop() {
		doc, err := data.Read(bytes.NewReader(in.Text))
		if err != nil {
			b.Fatal(err)
		}
		model.Parse(doc, in.Lex)
	}
}

func BenchmarkParseBigWord(b *testing.B)   { benchParse(b, "BigWord") }
func BenchmarkParseOneLine(b *testing.B)   { benchParse(b, "OneLine") }
func BenchmarkParseSentences(b *testing.B) { benchParse(b, "Sentences") }
func BenchmarkParsePlaces(b *testing.B)    { benchParse(b, "Places") }

// BenchmarkParseHuge is the 60 MiB story: run it with -benchtime 1x.
func BenchmarkParseHuge(b *testing.B) { benchParse(b, "Huge") }
