package main

import (
	"net"
	"path/filepath"

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
	conf, err := configFolder()
	if err != nil {
		return "", nil, err
	}
	keyPath := filepath.Join(conf, "ssh_host_ed25519_key")
	signer, _, err := sshd.LoadHostKey(keyPath)
	if err != nil {
		return "", nil, localError{g.cat.T("cli.serve.err.hostkey", keyPath, err), err}
	}
	secret, err := sshd.TokenSecret(keyPath)
	if err != nil {
		return "", nil, localError{g.cat.T("cli.serve.err.hostkey", keyPath, err), err}
	}
	srv := sshd.New(sshd.Options{Addr: addr, HostKey: signer, Guests: serveGuests(g.cat, running), Secret: secret, Cat: g.cat})
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
