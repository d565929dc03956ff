package live

import (
	"strings"

	"github.com/charmbracelet/lipgloss"
	"rsc.io/qr"
)

// quiet is the light margin around the code, in modules: less than the
// standard's 4, which phone cameras do not need on a screen, and which
// would not fit a small terminal.
const quiet = 2

// qrCode is the join address as a QR code, drawn once at both scales:
// the address never changes while the screen shows it.
type qrCode struct {
	size  int       // modules a side, the margin included
	drawn [2]string // at scale 1 and 2
}

// newQR encodes text. Upper case letters take the QR alphanumeric mode,
// a smaller code than bytes; callers pass an address made of them.
func newQR(text string) (qrCode, error) {
	c, err := qr.Encode(text, qr.M)
	if err != nil {
		return qrCode{}, err
	}
	n := c.Size + 2*quiet
	dark := func(x, y int) bool { return c.Black(x-quiet, y-quiet) } // false off the code
	return qrCode{size: n, drawn: [2]string{draw(n, dark, 1), draw(n, dark, 2)}}, nil
}

// cells is the code's size at scale: scale 1 draws a module as half a
// cell (two rows to a line), scale 2 as two whole cells, both roughly
// square on a terminal.
func (q qrCode) cells(scale int) (int, int) {
	if scale >= 2 {
		return 2 * q.size, q.size
	}
	return q.size, (q.size + 1) / 2
}

// render is the code drawn at scale.
func (q qrCode) render(scale int) string {
	if scale >= 2 {
		return q.drawn[1]
	}
	return q.drawn[0]
}

// draw draws n x n modules dark on light whatever the terminal's theme:
// scanners expect dark modules on a light ground.
func draw(n int, dark func(x, y int) bool, scale int) string {
	st := lipgloss.NewStyle().Foreground(lipgloss.Color("#000000")).Background(lipgloss.Color("#FFFFFF"))
	var lines []string
	if scale >= 2 {
		for y := 0; y < n; y++ {
			var b strings.Builder
			for x := 0; x < n; x++ {
				if dark(x, y) {
					b.WriteString("██")
				} else {
					b.WriteString("  ")
				}
			}
			lines = append(lines, st.Render(b.String()))
		}
		return strings.Join(lines, "\n")
	}
	for y := 0; y < n; y += 2 {
		var b strings.Builder
		for x := 0; x < n; x++ {
			top := dark(x, y)
			bottom := y+1 < n && dark(x, y+1)
			switch {
			case top && bottom:
				b.WriteString("█")
			case top:
				b.WriteString("▀")
			case bottom:
				b.WriteString("▄")
			default:
				b.WriteString(" ")
			}
		}
		lines = append(lines, st.Render(b.String()))
	}
	return strings.Join(lines, "\n")
}

// qrText is the join address as the QR carries it: in capitals, which
// the alphanumeric mode needs. Scheme and host ignore case, and the
// server accepts the path's /J/ and the code in any case.
func qrText(url string) string { return strings.ToUpper(url) }
