package sshd

import (
	"net"
	"sync"
)

// perAddr caps the connections open at once from one IP address, so one
// client cannot take every session the server can hold.
type perAddr struct {
	max  int
	mu   sync.Mutex
	open map[string]int
}

func newPerAddr(max int) *perAddr { return &perAddr{max: max, open: map[string]int{}} }

// wrap admits conn, returning nil when its address is at the cap; the
// returned conn gives its place back when closed.
func (l *perAddr) wrap(conn net.Conn) net.Conn {
	host := hostOf(conn.RemoteAddr())
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.open[host] >= l.max {
		return nil
	}
	l.open[host]++
	return &countedConn{Conn: conn, release: func() { l.release(host) }}
}

func (l *perAddr) release(host string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.open[host]--; l.open[host] <= 0 {
		delete(l.open, host)
	}
}

type countedConn struct {
	net.Conn
	once    sync.Once
	release func()
}

func (c *countedConn) Close() error {
	c.once.Do(c.release)
	return c.Conn.Close()
}
