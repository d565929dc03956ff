package main

import (
	"context"
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
	)
	cmd := &cobra.Command{
		Use:   "live WORKSHOP",
		Short: "Run a live session: participants vote from their phones",
		Long: `Run a live session of a workshop: the app serves a page on the local
network where each participant votes from their phone, blind until the
facilitator reveals a question. Votes are saved as the participants' answers.

Without --addr it listens on the machine's LAN address and a free port.
With --headless it runs without the terminal app and prints the participant
address, the join code and the facilitator's token; it stops on Ctrl+C or
when the facilitator ends the session through the API.`,
		Args: args(cobra.ExactArgs(1)),
		RunE: func(cmd *cobra.Command, a []string) error {
			if addr != "" {
				if _, _, err := net.SplitHostPort(addr); err != nil {
					return usageError{fmt.Errorf("--addr %q: use HOST:PORT, e.g. 192.168.1.20:8080 or 127.0.0.1:0", addr)}
				}
			}
			if maxP < 1 {
				return usageError{fmt.Errorf("--max-participants must be at least 1")}
			}
			st, w, err := g.openWorkshop(cmd.Context(), a[0])
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
	cmd.Flags().StringVar(&addr, "addr", "", "HOST:PORT to listen on (default: the LAN address and a free port)")
	cmd.Flags().BoolVar(&headless, "headless", false, "run without the terminal app; print the addresses and the facilitator token")
	cmd.Flags().IntVar(&maxP, "max-participants", lv.DefaultMaxParticipants, "most phones that may join")
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
