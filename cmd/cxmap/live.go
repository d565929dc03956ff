package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"os/signal"
	"syscall"

	"github.com/spf13/cobra"

	lv "github.com/cxmap/cxmap/live"
	"github.com/cxmap/cxmap/live/web"
	"github.com/cxmap/cxmap/store"
	"github.com/cxmap/cxmap/tui/common"
	tuilive "github.com/cxmap/cxmap/tui/live"
)

func newLiveCmd(g *globals) *cobra.Command {
	var (
		addr     string
		headless bool
		maxP     int
		ref      workshopRef
	)
	cmd := &cobra.Command{
		Use:   "live WORKSHOP | --id ID",
		Short: g.cat.T("cli.live.short"),
		Long:  g.cat.T("cli.live.long"),
		Args:  ref.check(g.cat),
		RunE: func(cmd *cobra.Command, a []string) error {
			if addr != "" {
				if _, _, err := net.SplitHostPort(addr); err != nil {
					return usageError{errors.New(g.cat.T("cli.live.err.addr", addr))}
				}
			}
			if maxP < 1 {
				return usageError{errors.New(g.cat.T("cli.live.err.max"))}
			}
			st, w, err := g.openWorkshop(cmd.Context(), ref.ref(a))
			if err != nil {
				return err
			}
			if headless {
				defer st.Close()
				return runHeadless(cmd, st, w.ID, addr, maxP)
			}
			st.Close()
			tuilive.Configure(tuilive.Options{Addr: addr, MaxParticipants: maxP})
			return runApp(g, common.NavigateMsg{To: common.LiveScreen, WorkshopID: w.ID})
		},
	}
	cmd.Flags().StringVar(&addr, "addr", "", g.cat.T("cli.live.flag.addr"))
	cmd.Flags().BoolVar(&headless, "headless", false, g.cat.T("cli.live.flag.headless"))
	cmd.Flags().IntVar(&maxP, "max-participants", lv.DefaultMaxParticipants, g.cat.T("cli.live.flag.max"))
	ref.addFlag(g.cat, cmd)
	return cmd
}

// runHeadless serves a session until interrupted or ended through the API.
func runHeadless(cmd *cobra.Command, st *store.Store, workshopID int64, addr string, maxP int) error {
	ctx := cmd.Context()
	sess, err := lv.Open(ctx, lv.Options{Store: st, WorkshopID: workshopID, MaxParticipants: maxP})
	if err != nil {
		return err
	}
	srv := web.New(sess, web.Options{Addr: addr})
	if err := srv.Listen(sess.SavedAddr()); err != nil {
		return err
	}
	defer srv.Close()
	_ = sess.SaveAddr(ctx, srv.Addr())
	out := cmd.OutOrStdout()
	fmt.Fprintf(out, "participant address: %s\n", srv.JoinURL())
	fmt.Fprintf(out, "join code: %s\n", sess.JoinCode())
	fmt.Fprintf(out, "facilitator token: %s\n", sess.FacilitatorToken())
	fmt.Fprintf(out, "facilitator API: %s/api/facilitator/\n", srv.Base())
	if f, ok := out.(*os.File); ok {
		_ = f.Sync()
	}
	sig, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	select {
	case <-sig.Done():
	case <-sess.Done():
	}
	sess.End()
	fmt.Fprintln(out, "session ended")
	return nil
}
