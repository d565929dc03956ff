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

// qrCode is the join address as QR modules, true for dark.
type qrCode struct {
	size    int
	modules [][]bool
}

// newQR encodes text. Upper case letters take the QR alphanumeric mode,
// a smaller code than bytes; callers pass an address made of them.
func newQR(text string) (qrCode, error) {
	c, err := qr.Encode(text, qr.M)
	if err != nil {
		return qrCode{}, err
	}
	n := c.Size + 2*quiet
	m := make([][]bool, n)
	for y := range m {
		m[y] = make([]bool, n)
		for x := range m[y] {
			m[y][x] = c.Black(x-quiet, y-quiet)
		}
	}
	return qrCode{size: n, modules: m}, nil
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

// render draws the code dark on light whatever the terminal's theme:
// scanners expect dark modules on a light ground.
func (q qrCode) render(scale int) string {
	st := lipgloss.NewStyle().Foreground(lipgloss.Color("#000000")).Background(lipgloss.Color("#FFFFFF"))
	var lines []string
	if scale >= 2 {
		for y := 0; y < q.size; y++ {
			var b strings.Builder
			for x := 0; x < q.size; x++ {
				if q.modules[y][x] {
					b.WriteString("██")
				} else {
					b.WriteString("  ")
				}
			}
			lines = append(lines, st.Render(b.String()))
		}
		return strings.Join(lines, "\n")
	}
	for y := 0; y < q.size; y += 2 {
		var b strings.Builder
		for x := 0; x < q.size; x++ {
			top := q.modules[y][x]
			bottom := y+1 < q.size && q.modules[y+1][x]
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
