// Command scale times model.Parse on an article repeated n times, to see
// whether cost grows linearly with the text on text other than the seed.
//
//	go run ./tools/scale FILE
package main

import (
	"fmt"
	"os"
	"strings"
	"time"

	"dossier/data"
	"dossier/model"
)

func main() {
	lex, err := data.Lexicon()
	if err != nil {
		fmt.Fprintln(os.Stderr, "scale:", err)
		os.Exit(1)
	}
	doc, err := data.Open(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, "scale:", err)
		os.Exit(1)
	}
	for _, n := range []int{1, 100, 400, 1600} {
		d := doc
		d.Body = strings.Repeat(doc.Body+"\n\n", n)
		t0 := time.Now()
		st := model.Parse(d, lex)
		el := time.Since(t0)
		fmt.Printf("n=%-5d %8d bytes %10v  %6.2f MB/s  events=%d\n", n, len(d.Body), el.Round(time.Microsecond),
			float64(len(d.Body))/el.Seconds()/1e6, len(st.Events))
	}
}
