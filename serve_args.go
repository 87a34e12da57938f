package main

import (
	"bytes"
	"errors"

	"dossier/ui"
)

// errVersionShown means the client asked for --version.
var errVersionShown = errors.New("version shown")

// sessionOptions reads the command after the host (`ssh -t HOST --
// --country Netherlands`) with the local app's own flag parser, so both
// accept the same flags and say the same things about mistakes. What would
// change the server's one story (a FILE, --published) is refused.
func (sv *server) sessionOptions(args []string) (ui.Options, error) {
	var localUsage bytes.Buffer // the local --help; the session gets its own
	bf, file, err := parseBrowseArgs(args, &localUsage)
	if err != nil {
		return ui.Options{}, err
	}
	if bf.version {
		return ui.Options{}, errVersionShown
	}
	if file != "" {
		return ui.Options{}, usageError{msg: "no files over ssh: the server shows the one story it was started with"}
	}
	if bf.story.published != "" {
		return ui.Options{}, usageError{msg: "no --published over ssh: the server read its story once, at start"}
	}
	return bf.options(sv.story, sv.lex)
}

// sessionHelp is what `ssh HOST -- --help` prints.
const sessionHelp = `usage: ssh -t -p %d HOST -- [filters] [options]

Filters (repeat a flag for more values; values OR within a flag, flags AND
together; matched case-insensitively, aliases and demonyms too):
  --country C      e.g. Belgium, Dutch, "the Netherlands"
  --agency A       e.g. Europol
  --item I         an item seized, e.g. cocaine
  --place P        e.g. Antwerp
  --network N      e.g. "Sky ECC"

Options:
  --view V         first view: timeline, article, entities or stats
  --theme T        auto, dark or light (default auto)
  --no-color       no colours (also with ssh -o SetEnv=NO_COLOR=1)
  --demo           run the guided tour; any key takes over
  --demo-speed D   time per tour step (default 2.5s)

Inside the app, ? lists the keys and q quits.
`
