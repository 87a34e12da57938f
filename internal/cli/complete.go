package cli

import (
	"context"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"dossier/internal/caseload"
	"dossier/model"
	"dossier/model/casefile"
)

// completeStoryFlags completes the filter flags' values, --source's
// included, from the story being opened (the FILE argument when there is
// one, else the embedded story) or the case, each value with how many
// events, or entries of the case, have it.
func completeStoryFlags(cmd *cobra.Command) {
	for _, k := range casefile.Facets() {
		_ = cmd.RegisterFlagCompletionFunc(string(k), completeFacet(k))
	}
	_ = cmd.RegisterFlagCompletionFunc("published", cobra.NoFileCompletions)
}

// completeAppFlags is completeStoryFlags plus the app's choices.
func completeAppFlags(cmd *cobra.Command) {
	completeStoryFlags(cmd)
	_ = cmd.RegisterFlagCompletionFunc("view", cobra.FixedCompletions(views, cobra.ShellCompDirectiveNoFileComp))
	_ = cmd.RegisterFlagCompletionFunc("theme", cobra.FixedCompletions(themes, cobra.ShellCompDirectiveNoFileComp))
}

func completeFacet(k model.Kind) cobra.CompletionFunc {
	return func(cmd *cobra.Command, args []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
		var (
			values []model.FacetValue
			unit   = [2]string{"event", "events"}
		)
		if c := completionCase(cmd, args); c != nil {
			if k == casefile.SourceFacet {
				values = sourceValues(c)
			} else {
				_, facets := c.Apply(nil)
				values = facets[k]
			}
			unit = [2]string{"entry", "entries"}
		} else {
			st := completionStory(args)
			if st == nil {
				return nil, cobra.ShellCompDirectiveNoFileComp
			}
			if k == casefile.SourceFacet {
				values = sourceValues(casefile.Merge([]*model.Story{st}, nil))
			} else {
				values = st.Facet(k, nil)
			}
		}
		var out []cobra.Completion
		for _, fv := range values {
			if strings.HasPrefix(strings.ToLower(fv.Value), strings.ToLower(toComplete)) {
				out = append(out, cobra.CompletionWithDesc(fv.Value, fmt.Sprintf("%d %s", fv.Count, plurals(fv.Count, unit[0], unit[1]))))
			}
		}
		return out, cobra.ShellCompDirectiveNoFileComp
	}
}

// completionStory is the one story the line names, nil when there is
// none to read. Completion runs as the user types: it reads files but
// never fetches a URL, and standard input is the shell's, not ours.
func completionStory(args []string) *model.Story {
	file := oneFile(args)
	if file == "-" {
		return nil
	}
	st, _, err := loadStory(context.Background(), file, "", filesOnly())
	if err != nil {
		return nil
	}
	return st
}

// completionCase is the case the line names, read from its files alone
// (no standard input, no URL), or nil when the line is one story.
func completionCase(cmd *cobra.Command, args []string) *casefile.Case {
	demo, _ := cmd.Flags().GetBool("demo-case")
	if !isCase(args, demo) {
		return nil
	}
	lex, err := loadLexicon()
	if err != nil {
		return nil
	}
	c, _, err := caseload.Load(context.Background(), args, caseload.Options{Demo: demo, Lexicon: lex})
	if err != nil {
		return nil
	}
	return c
}

// sourceValues are a case's article labels with their number of entries.
func sourceValues(c *casefile.Case) []model.FacetValue {
	_, facets := c.Apply(nil)
	return facets[casefile.SourceFacet]
}
