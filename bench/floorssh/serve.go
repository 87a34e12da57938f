// Command floorssh is the benchmark's SSH reference: the least a wish server
// can do to serve the floor model (bench/floor), one fresh model per session.
// It stops on SIGINT or SIGTERM.
//
//	floorssh -listen 127.0.0.1:2222 -host-key PATH FILE
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/ssh"
	"charm.land/wish/v2"
	"charm.land/wish/v2/activeterm"
	"charm.land/wish/v2/bubbletea"

	"dossier/bench/internal/floormodel"
)

func main() {
	addr := flag.String("listen", "127.0.0.1:23235", "address to listen on")
	hostKey := flag.String("host-key", "floor_host_key", "host key file (created if missing)")
	flag.Usage = func() { fmt.Fprintln(os.Stderr, "usage: floorssh [-listen ADDR] [-host-key PATH] FILE") }
	flag.Parse()
	if flag.NArg() != 1 {
		flag.Usage()
		os.Exit(2)
	}
	b, err := os.ReadFile(flag.Arg(0))
	if err == nil {
		err = serve(*addr, *hostKey, string(b))
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "floorssh:", err)
		os.Exit(1)
	}
}

// serve runs the floor over SSH until SIGINT or SIGTERM.
func serve(addr, hostKey, text string) error {
	srv, err := wish.NewServer(
		wish.WithAddress(addr),
		wish.WithHostKeyPath(hostKey),
		wish.WithMiddleware( // the last runs first
			bubbletea.Middleware(func(ssh.Session) (tea.Model, []tea.ProgramOption) {
				return floormodel.New(text), nil
			}),
			activeterm.Middleware(),
		),
	)
	if err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	errc := make(chan error, 1)
	go func() { errc <- srv.ListenAndServe() }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil && !errors.Is(err, ssh.ErrServerClosed) {
		return err
	}
	return nil
}
