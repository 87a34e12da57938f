package cli

import (
	"context"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"dossier/model"
)

// completeStoryFlags completes the filter flags' values from the story
// being opened: the FILE argument when there is one, else the embedded
// story. Each value comes with how many events have it.
func completeStoryFlags(cmd *cobra.Command) {
	for _, k := range model.Kinds {
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
	return func(_ *cobra.Command, args []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
		file := ""
		if len(args) > 0 {
			file = args[0]
		}
		if file == "-" { // standard input is the shell's, not ours to read
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		// Completion runs as the user types: it reads files but never
		// fetches a URL.
		st, _, err := loadStory(context.Background(), file, "", filesOnly())
		if err != nil {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		var out []cobra.Completion
		for _, fv := range st.Facet(k, nil) {
			if strings.HasPrefix(strings.ToLower(fv.Value), strings.ToLower(toComplete)) {
				out = append(out, cobra.CompletionWithDesc(fv.Value, fmt.Sprintf("%d %s", fv.Count, plurals(fv.Count, "event", "events"))))
			}
		}
		return out, cobra.ShellCompDirectiveNoFileComp
	}
}
