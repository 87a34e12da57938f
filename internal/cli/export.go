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
)

const exportLong = `Writes the story (the embedded one, or the article FILE, URL or - names, read as dossier --help says) in one of the export formats: json (the default, schema dossier.story/v1), timelinejs (TimelineJS3), markdown (a brief with the source sentences) or csv (one row per event). Filters keep the events that match; sentences and entities stay complete.

A file given with -o is written to a temporary name and renamed into place, so a failed export never leaves half a file behind.

` + exitCodes

const exportExample = `
dossier export > story.json
dossier export --format markdown --country Belgium story.txt
dossier export --format markdown https://news.example/2024/05/02/port-seizure
cat story.txt | dossier export --format csv -o events.csv -
`

// exportFlags are export's own flags beside the story's.
type exportFlags struct {
	story  *storyFlags
	format string
	output string
}

func newExport(stdin io.Reader, stdout, stderr io.Writer) *cobra.Command {
	cmd := &cobra.Command{
		Use:     "export [FILE|URL|-]",
		Short:   "Export as json, timelinejs, markdown or csv",
		Long:    exportLong,
		Example: exportExample,
		Args:    cobra.ArbitraryArgs,
	}
	ef := &exportFlags{story: addStoryFlags(cmd.Flags())}
	cmd.Flags().StringVar(&ef.format, "format", "json", "one of "+strings.Join(formats, ", "))
	cmd.Flags().StringVarP(&ef.output, "output", "o", "", "write to FILE instead of standard output")
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
	file, err := fileArg(args)
	if err != nil {
		return err
	}
	if err := oneOf("format", ef.format, formats...); err != nil {
		return err
	}
	st, lex, err := loadStory(ctx, file, ef.story.published, commandLine(stdin))
	if err != nil {
		return err
	}
	sel, err := resolveSelection(st, lex, ef.story.wanted())
	if err != nil {
		return err
	}
	write := func(w io.Writer) error {
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
