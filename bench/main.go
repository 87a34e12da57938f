//go:build linux

// Command bench measures dossier in a pseudo-terminal beside two references
// run in the same process, interleaved round by round: a minimal Bubble Tea
// v2 program showing the article in a viewport (bench/floor, the framework's
// floor) and less on the same text. It prints a Markdown table (or -json)
// with the first-frame time, per-key latency and bytes, peak RSS and whether
// each program restored the terminal, and judges the goals of issue 6.
//
//	go run ./bench                 # 10 rounds at 120x40
//	go run ./bench -faults         # SIGTERM, SIGINT, SIGHUP: terminal restored?
//	go run ./bench -no-answer      # a terminal that never answers queries
//	go run ./bench -page           # a 200 KB web page beside the same story as text
//	go run ./bench -case testdata/eval  # a case of 50 articles beside one of them
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"time"
)

// config is the command line.
type config struct {
	timing
	Rounds, Warmup int
	Programs       []string
	Expect         map[string]string
	Article        string // "" = the embedded story's source
	Dump           string // directory for the raw output of the first measured round
	JSON           bool
	Faults         bool
	SSH            bool
	Page           bool
	Case           string // -case: the folder the case's articles come from
	CaseArticles   int
	Sessions       int
	Idle           time.Duration
	Command        string
}

func parseFlags(args []string, stderr io.Writer) (config, error) {
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	c := config{Expect: map[string]string{}}
	fs.IntVar(&c.Rounds, "rounds", 10, "measured rounds (each runs every program once)")
	fs.IntVar(&c.Warmup, "warmup", 1, "unmeasured rounds first (page cache, CPU frequency)")
	fs.IntVar(&c.Cols, "cols", 120, "terminal columns")
	fs.IntVar(&c.Rows, "rows", 40, "terminal rows")
	keys := fs.String("keys", "j,j,j,j,j,k,k,k,k,k", "comma-separated keys to time, each a one-line move (a character or up, down, pgdown, tab, enter...)")
	fs.StringVar(&c.QuitKey, "quit", "q", "key that ends each program (not timed)")
	quiet := fs.Int("quiet", 40, "ms of silence that end a frame")
	gap := fs.Int("gap", 100, "minimum ms from one key to the next (a fast typist)")
	fs.BoolVar(&c.NoAnswer, "no-answer", false, "never answer terminal queries (startup must not wait on them)")
	progs := fs.String("programs", "dossier,floor,less", "programs to run, in round order")
	ed := fs.String("expect-dossier", "Timeline", "text of dossier's first full frame")
	ef := fs.String("expect-floor", "BRUSSELS", "text of the floor's first full frame")
	el := fs.String("expect-less", "BRUSSELS", "text of less's first full frame")
	fs.StringVar(&c.Article, "article", "", "article the references show (default: data/seed.txt, front matter dropped)")
	fs.BoolVar(&c.JSON, "json", false, "print JSON instead of Markdown")
	fs.StringVar(&c.Dump, "dump", "", "write each program's raw output of the first measured round to DIR/NAME.raw")
	fs.BoolVar(&c.Faults, "faults", false, "fault mode: q, SIGTERM, SIGINT and SIGHUP after the first frame; report restoration and exit code")
	fs.BoolVar(&c.SSH, "ssh", false, "SSH mode: dossier serve beside a minimal wish server, -sessions concurrent PTY sessions each")
	fs.BoolVar(&c.Page, "page", false, "page mode: dossier on a 200 KB saved web page beside dossier on the same story as text")
	fs.StringVar(&c.Case, "case", "", "case mode: dossier on -case-articles articles found under DIR (.txt with a .gold.json beside it, copied into one folder) beside dossier on one of them")
	fs.IntVar(&c.CaseArticles, "case-articles", 50, "articles in the case of -case")
	fs.IntVar(&c.Sessions, "sessions", 100, "concurrent sessions per server in -ssh mode")
	fs.DurationVar(&c.Idle, "idle", 2*time.Second, "idle window in -ssh mode (server CPU and output with every session open, no keys)")
	if err := fs.Parse(args); err != nil {
		return c, err
	}
	if fs.NArg() > 0 {
		return c, fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	if c.Rounds < 1 || c.Warmup < 0 || c.Cols < 20 || c.Rows < 5 || *quiet < 1 || c.Sessions < 1 || c.Idle <= 0 {
		return c, errors.New("need -rounds >= 1, -warmup >= 0, -cols >= 20, -rows >= 5, -quiet >= 1, -sessions >= 1, -idle > 0")
	}
	if c.Faults && c.SSH || c.Page && (c.Faults || c.SSH) || c.Case != "" && (c.Faults || c.SSH || c.Page) {
		return c, errors.New("-faults, -ssh, -page and -case are separate runs")
	}
	if c.CaseArticles < 2 {
		return c, errors.New("need -case-articles >= 2")
	}
	c.Quiet = time.Duration(*quiet) * time.Millisecond
	c.Gap = time.Duration(max(0, *gap)) * time.Millisecond
	c.FirstTimeout, c.KeyTimeout, c.ExitGrace = 10*time.Second, 2*time.Second, 3*time.Second
	for _, k := range strings.Split(*keys, ",") {
		if k = strings.TrimSpace(k); k != "" {
			c.Keys = append(c.Keys, k)
		}
	}
	for _, p := range strings.Split(*progs, ",") {
		p = strings.TrimSpace(p)
		if p != "dossier" && p != "floor" && p != "less" {
			return c, fmt.Errorf("unknown program %q (dossier, floor, less)", p)
		}
		if !slices.Contains(c.Programs, p) {
			c.Programs = append(c.Programs, p)
		}
	}
	c.Expect["dossier"], c.Expect["floor"], c.Expect["less"] = *ed, *ef, *el
	c.Command = strings.Join(append([]string{"go run ./bench"}, args...), " ")
	return c, nil
}

func main() {
	c, err := parseFlags(os.Args[1:], os.Stderr)
	if errors.Is(err, flag.ErrHelp) {
		os.Exit(0)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(2)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, c, os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		stop()
		os.Exit(1)
	}
}

// run builds what it needs into a temporary directory, measures and prints.
func run(ctx context.Context, c config, stdout, log io.Writer) error {
	root, err := moduleRoot(ctx)
	if err != nil {
		return err
	}
	tmp, err := os.MkdirTemp("", "dossier-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)

	rep := Report{Schema: "dossier.bench/v1", Command: c.Command, Cols: c.Cols, Rows: c.Rows,
		Rounds: c.Rounds, Warmup: c.Warmup, Keys: c.Keys, QuitKey: c.QuitKey,
		QuietMs: ms(c.Quiet), GapMs: ms(c.Gap), Answered: !c.NoAnswer}
	if c.Article == "" {
		c.Article = defaultArticle(root)
	}
	rep.Article = c.Article
	article, err := writeArticle(c.Article, tmp)
	if err != nil {
		return err
	}
	if c.SSH {
		return runSSH(ctx, c, root, tmp, article, stdout, log)
	}
	build := func() ([]program, error) { return buildPrograms(ctx, c, root, tmp, article, &rep) }
	if c.Page {
		build = func() ([]program, error) { return pagePrograms(ctx, c, root, tmp, &rep) }
	}
	if c.Case != "" {
		if !filepath.IsAbs(c.Case) {
			c.Case = filepath.Join(root, c.Case)
		}
		build = func() ([]program, error) { return casePrograms(ctx, c, root, tmp, &rep) }
	}
	progs, err := build()
	if err != nil {
		return err
	}
	if c.Faults {
		return runFaults(ctx, c, progs, stdout)
	}
	return runLocal(ctx, c, progs, &rep, stdout, log)
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// buildPrograms builds dossier and the floor as needed and returns the
// programs in round order.
func buildPrograms(ctx context.Context, c config, root, tmp, article string, rep *Report) ([]program, error) {
	var progs []program
	for _, name := range c.Programs {
		p := program{Name: name, Expect: c.Expect[name]}
		switch name {
		case "dossier":
			bin, err := buildDossier(ctx, root, tmp, rep)
			if err != nil {
				return nil, err
			}
			p.Argv = []string{bin}
		case "floor":
			bin := filepath.Join(tmp, "floor")
			if err := goBuild(ctx, root, "./bench/floor", bin); err != nil {
				return nil, err
			}
			p.Argv = []string{bin, article}
		case "less":
			less, err := exec.LookPath("less")
			if err != nil {
				return nil, fmt.Errorf("less is needed as a reference: %w", err)
			}
			p.Argv = []string{less, article}
		}
		progs = append(progs, p)
	}
	return progs, nil
}

// buildDossier builds dossier into tmp and records the binary's size.
func buildDossier(ctx context.Context, root, tmp string, rep *Report) (string, error) {
	bin := filepath.Join(tmp, "dossier")
	if err := goBuild(ctx, root, ".", bin); err != nil {
		return "", err
	}
	fi, err := os.Stat(bin)
	if err != nil {
		return "", err
	}
	rep.BinaryBytes = fi.Size()
	return bin, nil
}
