package cli

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"dossier/export"
	"dossier/model"
	"dossier/model/casefile"
)

const exportLong = `Writes the story (the embedded one, or the article FILE, URL or - names, read as dossier --help says) in one of the export formats: json (the default, schema dossier.story/v1), timelinejs (TimelineJS3), markdown (a brief with the source sentences) or csv (one row per event). Filters keep the events that match; sentences and entities stay complete.

Several articles, a directory or --demo-case make a case, written as one: json in the schema dossier.case/v1 (each article's story as dossier.story/v1 and the entries that link them), timelinejs with a group per source, markdown citing each fact's article and sentence, csv with a row per entry and source. --source S keeps the entries one article reports (its label, outlet or title). --case writes one article as a case of one.

A file given with -o is written to a temporary name and renamed into place, so a failed export never leaves half a file behind.

` + exitCodes

const exportExample = `
dossier export > story.json
dossier export --format markdown --country Belgium story.txt
dossier export --format markdown https://news.example/2024/05/02/port-seizure
dossier export --format csv --source FBI articles/
dossier export --demo-case --format markdown
cat story.txt | dossier export --format csv -o events.csv -
`

// exportFlags are export's own flags beside the story's.
type exportFlags struct {
	story  *storyFlags
	format string
	output string
	asCase bool
}

func newExport(stdin io.Reader, stdout, stderr io.Writer) *cobra.Command {
	cmd := &cobra.Command{
		Use:     "export [FILE|DIR|URL|-...]",
		Short:   "Export as json, timelinejs, markdown or csv",
		Long:    exportLong,
		Example: exportExample,
		Args:    cobra.ArbitraryArgs,
	}
	ef := &exportFlags{story: addStoryFlags(cmd.Flags())}
	cmd.Flags().StringVar(&ef.format, "format", "json", "one of "+strings.Join(formats, ", "))
	cmd.Flags().StringVarP(&ef.output, "output", "o", "", "write to FILE instead of standard output")
	cmd.Flags().BoolVar(&ef.asCase, "case", false, "write a case (dossier.case/v1 for json)\neven for one article")
	addHelpFlag(cmd)
	completeStoryFlags(cmd)
	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(formats, cobra.ShellCompDirectiveNoFileComp))
	cmd.RunE = func(c *cobra.Command, args []string) error {
		return in("", runExport(c.Context(), ef, args, stdin, stdout, stderr))
	}
	return cmd
}

// runExport writes the story in one of the export formats, to stdout or
// to -o FILE.
func runExport(ctx context.Context, ef *exportFlags, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if err := checkArgs(args); err != nil {
		return err
	}
	if err := oneOf("format", ef.format, formats...); err != nil {
		return err
	}
	var write func(io.Writer) error
	if isCase(args, ef.story.demoCase) {
		c, lex, err := loadCase(ctx, args, ef.story, commandLine(stdin), stderr)
		if err != nil {
			return err
		}
		if write, err = ef.caseWriter(c, lex, stderr); err != nil {
			return err
		}
	} else {
		st, lex, err := loadStory(ctx, oneFile(args), ef.story.published, commandLine(stdin))
		if err != nil {
			return err
		}
		if ef.asCase {
			write, err = ef.caseWriter(casefile.Merge([]*model.Story{st}, lex), lex, stderr)
		} else {
			write, err = ef.storyWriter(st, lex, stderr)
		}
		if err != nil {
			return err
		}
	}
	if ef.output == "" || ef.output == "-" {
		bw := bufio.NewWriter(stdout)
		if err := write(bw); err != nil {
			return fmt.Errorf("export: %w", err)
		}
		if err := bw.Flush(); err != nil {
			return fmt.Errorf("export: %w", err)
		}
		return nil
	}
	return writeFileAtomic(ef.output, write)
}

// storyWriter writes one story in the chosen format, its filters resolved
// against it.
func (ef *exportFlags) storyWriter(st *model.Story, lex *model.Lexicon, stderr io.Writer) (func(io.Writer) error, error) {
	sel, err := resolveSelection(st, lex, ef.story.wanted())
	if err != nil {
		return nil, err
	}
	return func(w io.Writer) error {
		switch ef.format {
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
	}, nil
}

// caseWriter writes a case in the chosen format, its filters resolved
// against the case.
func (ef *exportFlags) caseWriter(c *casefile.Case, lex *model.Lexicon, stderr io.Writer) (func(io.Writer) error, error) {
	sel, err := resolveCaseSelection(c, lex, ef.story.wanted())
	if err != nil {
		return nil, err
	}
	return func(w io.Writer) error {
		switch ef.format {
		case "timelinejs":
			skipped, err := export.CaseTimelineJS(w, c, sel)
			if err == nil && skipped > 0 {
				fmt.Fprintf(stderr, "dossier: %d undated %s left out of the timeline\n", skipped, plurals(skipped, "entry", "entries"))
			}
			return err
		case "markdown":
			return export.CaseMarkdown(w, c, sel)
		case "csv":
			return export.CaseCSV(w, c, sel)
		}
		return export.CaseJSON(w, c, sel)
	}, nil
}

// writeFileAtomic writes through a temporary file beside path, renamed into
// place once complete.
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
