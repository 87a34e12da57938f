package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"dossier/export"
)

// runExport writes the story in one of the export formats, to stdout or
// to -o FILE. A file is written to a temporary name and renamed into
// place, so a failed export never leaves half a file behind.
func runExport(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlagSet("dossier export")
	sf := addStoryFlags(fs)
	format := fs.String("format", "json", "json, timelinejs, markdown or csv")
	output := fs.String("o", "", "write to FILE instead of standard output")
	pos, err := parseArgs(fs, args, stdout)
	if err != nil {
		return err
	}
	file, err := fileArg(pos)
	if err != nil {
		return err
	}
	if err := oneOf("format", *format, "json", "timelinejs", "markdown", "csv"); err != nil {
		return err
	}
	st, lex, err := loadStory(file, sf.published, stdin)
	if err != nil {
		return err
	}
	sel, err := resolveSelection(st, lex, sf.wanted())
	if err != nil {
		return err
	}
	write := func(w io.Writer) error {
		switch *format {
		case "timelinejs":
			skipped, err := export.TimelineJS(w, st, sel)
			if err == nil && skipped > 0 {
				fmt.Fprintf(stderr, "dossier: %d undated %s left out of the timeline\n", skipped, plurals(skipped, "event", "events"))
			}
			return err
		case "markdown":
			return export.Markdown(w, st, sel)
		case "csv":
			return export.CSV(w, st, sel)
		}
		return export.JSON(w, st, sel)
	}
	if *output == "" || *output == "-" {
		bw := bufio.NewWriter(stdout)
		if err := write(bw); err != nil {
			return fmt.Errorf("export: %w", err)
		}
		if err := bw.Flush(); err != nil {
			return fmt.Errorf("export: %w", err)
		}
		return nil
	}
	return writeFileAtomic(*output, write)
}

func writeFileAtomic(path string, write func(io.Writer) error) error {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return fmt.Errorf("-o %s: %w", path, unwrapPath(err))
	}
	tmp := f.Name()
	defer os.Remove(tmp) // a no-op once renamed
	bw := bufio.NewWriter(f)
	err = write(bw)
	if err == nil {
		err = bw.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(tmp, 0o644)
	}
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		return fmt.Errorf("-o %s: %w", path, unwrapPath(err))
	}
	return nil
}

// unwrapPath drops the temporary file's name from an error: the user asked
// for path and only needs to hear why it failed.
func unwrapPath(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	if le, ok := err.(*os.LinkError); ok {
		return le.Err
	}
	return err
}

func plurals(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
