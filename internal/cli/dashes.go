package cli

import (
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// doubleDashes rewrites long flags written with one dash (-country X,
// -published=D, -help), which dossier has always accepted, as pflag wants
// them (--country X). Only names that some command defines are rewritten,
// and the word after a flag that takes a value is that value, left alone
// ("--country -help" filters by "-help"). Nothing after "--" is a flag.
// The result is never nil: cobra reads os.Args for nil.
func doubleDashes(args []string, takesValue map[string]bool) []string {
	out := append([]string{}, args...)
	for i := 0; i < len(out); i++ {
		a := out[i]
		if a == "--" {
			break
		}
		name, ok := strings.CutPrefix(a, "--")
		if !ok {
			name, ok = strings.CutPrefix(a, "-")
		}
		if !ok || name == "" || strings.HasPrefix(name, "-") {
			continue
		}
		name, _, inline := strings.Cut(name, "=")
		value, known := takesValue[name]
		if !known {
			continue
		}
		if !strings.HasPrefix(a, "--") && len(name) > 1 {
			out[i] = "-" + a
		}
		if value && !inline {
			i++ // the next word is this flag's value
		}
	}
	return out
}

// flagNames lists every flag of root and its subcommands, long names and
// shorthands, with whether it takes a value (a bool flag does not).
func flagNames(root *cobra.Command) map[string]bool {
	names := map[string]bool{}
	var walk func(*cobra.Command)
	walk = func(c *cobra.Command) {
		c.InitDefaultHelpFlag()
		c.Flags().VisitAll(func(f *pflag.Flag) {
			v := f.NoOptDefVal == ""
			names[f.Name] = v
			if f.Shorthand != "" {
				names[f.Shorthand] = v
			}
		})
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(root)
	return names
}
