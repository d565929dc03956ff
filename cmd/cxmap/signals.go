package main

import (
	"os"
	"os/signal"
	"syscall"

	tea "github.com/charmbracelet/bubbletea"
)

// quitOnHangup ends the app in order when its terminal goes away (SIGHUP:
// a closed window, a dropped SSH session). Every edit is written inside
// Update before it is drawn, so nothing seen on screen is pending; quitting
// through the program (instead of dying on the signal) lets the database
// close cleanly. bubbletea itself handles SIGTERM the same way.
func quitOnHangup(p *tea.Program) (stop func()) {
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, syscall.SIGHUP)
	done := make(chan struct{})
	go func() {
		select {
		case <-ch:
			p.Quit()
		case <-done:
		}
	}()
	return func() {
		signal.Stop(ch)
		close(done)
	}
}
