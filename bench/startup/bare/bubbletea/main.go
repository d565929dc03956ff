// Command bubbletea is the yardstick for cxmap's start-up: a bare
// bubbletea + lipgloss program that draws one styled line in the
// alternate screen and waits for q.
package main

import (
	"fmt"
	"os"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
)

type model struct{ width int }

func (m model) Init() tea.Cmd { return nil }

func (m model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width = msg.Width
	case tea.KeyMsg:
		if msg.String() == "q" || msg.String() == "ctrl+c" {
			return m, tea.Quit
		}
	}
	return m, nil
}

var title = lipgloss.NewStyle().Bold(true).Foreground(lipgloss.Color("#A99BFF")).Padding(0, 1)

func (m model) View() string {
	return title.Render("Hello from a bare bubbletea program") + "\n\npress q to quit"
}

func main() {
	if _, err := tea.NewProgram(model{}, tea.WithAltScreen()).Run(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
