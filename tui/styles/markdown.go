package styles

import "github.com/charmbracelet/lipgloss"

// Markdown is the theme of the roadmap's preview of the exported report.
// Context styles (Text, headings, Quote, TableHead) colour whole blocks;
// inline styles (Strong, Emph, Strike, Code, Link) are laid over them.
type Markdown struct {
	Text, H1, H2, H3, H4, Quote, TableHead lipgloss.Style
	Strong, Emph, Strike, Code, Link       lipgloss.Style
	Rule, Bullet, Border, CodeBlock, Label lipgloss.Style
}

// Markdown builds the preview's styles from the theme's colours.
func (s *Styles) Markdown() Markdown {
	n := lipgloss.NewStyle()
	if s.Plain {
		return Markdown{
			Text: n, H1: n.Bold(true), H2: n.Bold(true), H3: n.Bold(true), H4: n.Bold(true), Quote: n, TableHead: n.Bold(true),
			Strong: n.Bold(true), Emph: n.Italic(true), Strike: n.Strikethrough(true), Code: n, Link: n.Underline(true),
			Rule: n, Bullet: n, Border: n, CodeBlock: n, Label: n,
		}
	}
	return Markdown{
		Text:      n.Foreground(Text),
		H1:        n.Bold(true).Foreground(Accent),
		H2:        n.Bold(true).Foreground(Accent),
		H3:        n.Bold(true).Foreground(Text),
		H4:        n.Bold(true).Foreground(Subtle),
		Quote:     n.Italic(true).Foreground(Subtle),
		TableHead: n.Bold(true).Foreground(Accent),
		Strong:    n.Bold(true),
		Emph:      n.Italic(true),
		Strike:    n.Strikethrough(true),
		Code:      n.Foreground(Warn),
		Link:      n.Underline(true).Foreground(Accent),
		Rule:      n.Foreground(Faint),
		Bullet:    n.Foreground(Accent),
		Border:    n.Foreground(Faint),
		CodeBlock: n.Foreground(Text),
		Label:     n.Foreground(Subtle).Italic(true),
	}
}
