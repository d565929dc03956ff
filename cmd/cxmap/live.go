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
		sshAddr  string
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
			if sshAddr != "" {
				if _, _, err := net.SplitHostPort(sshAddr); err != nil {
					return usageError{errors.New(g.cat.T("cli.live.err.ssh", sshAddr))}
				}
			}
			st, w, err := g.openWorkshop(cmd.Context(), ref.ref(a))
			if err != nil {
				return err
			}
			if headless {
				defer st.Close()
				return runHeadless(cmd, g, st, w.ID, addr, sshAddr, maxP)
			}
			st.Close()
			reach := ""
			if sshAddr != "" {
				var stop func()
				if reach, stop, err = participantSSH(g, sshAddr, tuilive.Running); err != nil {
					return err
				}
				defer stop()
			}
			tuilive.Configure(tuilive.Options{Addr: addr, MaxParticipants: maxP, SSH: reach})
			return runApp(g, common.NavigateMsg{To: common.LiveScreen, WorkshopID: w.ID})
		},
	}
	cmd.Flags().StringVar(&addr, "addr", "", g.cat.T("cli.live.flag.addr"))
	cmd.Flags().StringVar(&sshAddr, "ssh", "", g.cat.T("cli.live.flag.ssh"))
	cmd.Flags().BoolVar(&headless, "headless", false, g.cat.T("cli.live.flag.headless"))
	cmd.Flags().IntVar(&maxP, "max-participants", lv.DefaultMaxParticipants, g.cat.T("cli.live.flag.max"))
	ref.addFlag(g.cat, cmd)
	return cmd
}

// runHeadless serves a session until interrupted or ended through the API.
func runHeadless(cmd *cobra.Command, g *globals, st *store.Store, workshopID int64, addr, sshAddr string, maxP int) error {
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
	reach := ""
	if sshAddr != "" {
		running := func(code string) *lv.Session {
			if sess.CheckCode(code) && !sess.Ended() {
				return sess
			}
			return nil
		}
		var stop func()
		if reach, stop, err = participantSSH(g, sshAddr, running); err != nil {
			sess.End()
			return err
		}
		defer stop()
	}
	out := cmd.OutOrStdout()
	fmt.Fprintf(out, "participant address: %s\n", srv.JoinURL())
	if reach != "" {
		host, port, _ := net.SplitHostPort(reach)
		fmt.Fprintf(out, "participant terminal: ssh -p %s %s@%s\n", port, sess.JoinCode(), host)
	}
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
