package main

import (
	"net"

	lv "github.com/cxmap/cxmap/live"
	"github.com/cxmap/cxmap/live/sshd"
	"github.com/cxmap/cxmap/live/web"
)

// participantSSH lets the participants of the live sessions this process
// runs join from a terminal over SSH at addr (`cxmap live --ssh`), and
// nobody else: no facilitator logs in, no key is needed. It returns the
// address to tell participants (host:port; the LAN address when it
// listens on every interface) and how to stop it.
func participantSSH(g *globals, addr string, running func(code string) *lv.Session) (reach string, stop func(), err error) {
	o := sshd.Options{Addr: addr, Guests: serveGuests(g.cat, running)}
	if _, _, err := withHostKey(g, &o); err != nil {
		return "", nil, err
	}
	srv := sshd.New(o)
	if err := srv.Listen(); err != nil {
		return "", nil, err
	}
	go srv.Serve()
	host, port, _ := net.SplitHostPort(srv.Addr())
	if ip := net.ParseIP(host); ip == nil || ip.IsUnspecified() {
		host = web.LANAddress()
	}
	return net.JoinHostPort(host, port), func() { srv.Close() }, nil
}
