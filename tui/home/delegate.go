package home

import (
	"fmt"
	"io"
	"strings"

	"github.com/charmbracelet/bubbles/list"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"github.com/cxmap/cxmap/model"
	"github.com/cxmap/cxmap/textsafe"
	"github.com/cxmap/cxmap/tui/styles"
)

// item is one workshop row in the list.
type item struct{ model.WorkshopSummary }

// FilterValue lets the list filter by name and client together.
func (i item) FilterValue() string { return i.Name + " " + i.Client }

// columns are the widths of the row's fields for a given list width.
type columns struct{ name, client, changed, progress int }

func layout(width int) columns {
	c := columns{changed: 16, progress: 18}
	rest := width - 2 - c.changed - c.progress - 3
	if rest < 24 {
		c.progress = 0 // narrow: drop the bar, keep the numbers in the name column
		rest = width - 2 - c.changed - 2
	}
	c.name = max(rest*55/100, 8)
	c.client = max(rest-c.name-1, 0)
	return c
}

// delegate draws a workshop as one line of aligned columns.
type delegate struct{ st *styles.Styles }

func (d delegate) Height() int                         { return 1 }
func (d delegate) Spacing() int                        { return 0 }
func (d delegate) Update(tea.Msg, *list.Model) tea.Cmd { return nil }

func (d delegate) Render(w io.Writer, m list.Model, index int, li list.Item) {
	it, ok := li.(item)
	if !ok {
		return
	}
	c := layout(m.Width())
	row := cell(it.Name, c.name) + " " + cell(it.Client, c.client) + " " + cell(it.UpdatedAt.Local().Format("2006-01-02 15:04"), c.changed)
	if c.progress > 0 {
		row += " " + progressCell(it.WorkshopSummary, c.progress)
	}
	if index == m.Index() {
		fmt.Fprint(w, d.st.Selected.Render("› ")+d.st.Cursor.Render(row))
		return
	}
	fmt.Fprint(w, "  "+row)
}

// cell pads or cuts s to exactly width cells, with an ellipsis when cut.
func cell(s string, width int) string {
	if width <= 0 {
		return ""
	}
	s = ansi.Truncate(textsafe.Line(s), width, "…")
	return s + strings.Repeat(" ", width-lipgloss.Width(s))
}

func progressCell(s model.WorkshopSummary, width int) string {
	nums := fmt.Sprintf(" %d/%d", s.Answered, s.Questions)
	bar := max(width-len(nums), 0)
	full := int(s.Progress()*float64(bar) + 0.5)
	return cell(strings.Repeat("█", full)+strings.Repeat("░", bar-full)+nums, width)
}

func header(width int, name, client, changed, progress string) string {
	c := layout(width)
	h := "  " + cell(name, c.name) + " " + cell(client, c.client) + " " + cell(changed, c.changed)
	if c.progress > 0 {
		h += " " + cell(progress, c.progress)
	}
	return h
}
