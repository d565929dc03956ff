package common

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/cxmap/cxmap/i18n"
)

// Lists that are longer than their room scroll with their selection: the
// selected row is always drawn, and Home/End/PgUp/PgDn move by the list's
// ends and by its visible page.

// PageKeys are the keys that move a selection by pages and to the ends.
type PageKeys struct {
	Home, End, PgUp, PgDown key.Binding
}

// NewPageKeys builds the page keys; the help names PgUp/PgDn and
// Home/End once each.
func NewPageKeys(cat i18n.Catalog) PageKeys {
	return PageKeys{
		Home:   key.NewBinding(key.WithKeys("home"), key.WithHelp("home/end", cat.T("key.first_last"))),
		End:    key.NewBinding(key.WithKeys("end")),
		PgUp:   key.NewBinding(key.WithKeys("pgup"), key.WithHelp("pgup/pgdn", cat.T("key.page"))),
		PgDown: key.NewBinding(key.WithKeys("pgdown")),
	}
}

// Move applies a page key to a selection in a list of n rows of which
// page are visible; ok is false for any other key.
func (p PageKeys) Move(k tea.KeyMsg, sel, n, page int) (int, bool) {
	if n == 0 {
		return sel, key.Matches(k, p.Home, p.End, p.PgUp, p.PgDown)
	}
	page = max(page, 1)
	switch {
	case key.Matches(k, p.Home):
		return 0, true
	case key.Matches(k, p.End):
		return n - 1, true
	case key.Matches(k, p.PgUp):
		return max(sel-page, 0), true
	case key.Matches(k, p.PgDown):
		return min(sel+page, n-1), true
	}
	return sel, false
}

// Window is the first row to show so that sel is visible among n rows
// shown h at a time, moving the previous first row as little as possible.
func Window(sel, offset, n, h int) int {
	h = max(h, 1)
	if sel < offset {
		offset = sel
	}
	if sel >= offset+h {
		offset = sel - h + 1
	}
	return max(min(offset, n-h), 0)
}

// MoreText says how many rows of a scrolled list are above and below the
// ones shown ("↑ 2 · ↓ 5"), parts joined by sep; empty when all are shown.
func (c *Context) MoreText(above, below int, sep string) string {
	var parts []string
	if above > 0 {
		parts = append(parts, c.T("list.more_above", above))
	}
	if below > 0 {
		parts = append(parts, c.T("list.more_below", below))
	}
	return strings.Join(parts, sep)
}
