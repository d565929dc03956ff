// Package mdview draws Markdown in the terminal with the app's theme: the
// roadmap's preview of the exported report. It parses the common block and
// inline elements (headings, paragraphs, lists, GFM tables, quotes, code and
// Mermaid fences, emphasis, code spans, links) with a small parser of its
// own instead of goldmark or glamour: glamour links chroma, whose package
// initialisation alone costs more than a bare bubbletea program's whole
// start, and goldmark's init costs about 3 ms of every start of the binary,
// including `cxmap version`. Nothing here runs at init.
package mdview

import "strings"

type blockKind int

const (
	bParagraph blockKind = iota
	bHeading
	bRule
	bCode
	bQuote
	bList
	bTable
)

// block is one parsed block; which fields matter depends on kind.
type block struct {
	kind     blockKind
	level    int      // heading level 1-6
	text     string   // paragraph and heading: raw inline text; code: the lines
	info     string   // code: the fence's info string (its language)
	children []block  // quote
	items    []item   // list
	ordered  bool     // list
	start    int      // ordered list: first number
	table    *tableMD // table
}

// item is one list item: its task mark and its blocks.
type item struct {
	task   int // 0 none, 1 open "[ ]", 2 done "[x]"
	blocks []block
}

// tableMD is a GFM table with its raw (inline) cell texts.
type tableMD struct {
	align []alignment
	head  []string
	rows  [][]string
}

type alignment int

const (
	alignLeft alignment = iota
	alignCenter
	alignRight
)

// parse splits a Markdown document into blocks.
func parse(src string) []block {
	src = strings.ReplaceAll(strings.ReplaceAll(src, "\r\n", "\n"), "\r", "\n")
	lines := strings.Split(src, "\n")
	for i, l := range lines {
		lines[i] = expandTabs(l)
	}
	return parseBlocks(lines)
}

// expandTabs turns tabs into spaces (stops of 4), so indentation and
// widths are counted in one unit.
func expandTabs(s string) string {
	if !strings.Contains(s, "\t") {
		return s
	}
	var b strings.Builder
	col := 0
	for _, r := range s {
		if r == '\t' {
			n := 4 - col%4
			b.WriteString(strings.Repeat(" ", n))
			col += n
			continue
		}
		b.WriteRune(r)
		col++
	}
	return b.String()
}

func isBlank(s string) bool { return strings.TrimSpace(s) == "" }

func indentOf(s string) int { return len(s) - len(strings.TrimLeft(s, " ")) }

func parseBlocks(lines []string) []block {
	var out []block
	for i := 0; i < len(lines); {
		line := lines[i]
		if isBlank(line) {
			i++
			continue
		}
		if indentOf(line) >= 4 {
			b, next := parseIndentedCode(lines, i)
			out = append(out, b)
			i = next
			continue
		}
		t := strings.TrimLeft(line, " ")
		if fence, info, ok := openFence(t); ok {
			b, next := parseFenced(lines, i, indentOf(line), fence, info)
			out = append(out, b)
			i = next
			continue
		}
		if lvl, text, ok := atxHeading(t); ok {
			out = append(out, block{kind: bHeading, level: lvl, text: text})
			i++
			continue
		}
		if isRule(t) {
			out = append(out, block{kind: bRule})
			i++
			continue
		}
		if strings.HasPrefix(t, ">") {
			b, next := parseQuote(lines, i)
			out = append(out, b)
			i = next
			continue
		}
		if _, ok := listMarker(line); ok {
			b, next := parseList(lines, i)
			out = append(out, b)
			i = next
			continue
		}
		if strings.HasPrefix(t, "<!--") {
			i = skipComment(lines, i)
			continue
		}
		if i+1 < len(lines) {
			if tb, ok := tableHead(line, lines[i+1]); ok {
				b, next := parseTable(lines, i+2, tb)
				out = append(out, b)
				i = next
				continue
			}
		}
		b, next := parseParagraph(lines, i)
		out = append(out, b)
		i = next
	}
	return out
}

// startsBlock is true when a line opens a block that ends a paragraph.
func startsBlock(line string) bool {
	if isBlank(line) || indentOf(line) >= 4 {
		return isBlank(line)
	}
	t := strings.TrimLeft(line, " ")
	if _, _, ok := openFence(t); ok {
		return true
	}
	if _, _, ok := atxHeading(t); ok {
		return true
	}
	if _, ok := listMarker(line); ok {
		return true
	}
	return isRule(t) || strings.HasPrefix(t, ">") || strings.HasPrefix(t, "<!--")
}

func parseParagraph(lines []string, i int) (block, int) {
	var text []string
	for ; i < len(lines); i++ {
		l := lines[i]
		if len(text) > 0 {
			// A line of = or - under a paragraph makes it a heading (setext).
			if t := strings.TrimSpace(l); indentOf(l) < 4 && t != "" {
				if strings.Trim(t, "=") == "" {
					return block{kind: bHeading, level: 1, text: strings.Join(text, "\n")}, i + 1
				}
				if strings.Trim(t, "-") == "" {
					return block{kind: bHeading, level: 2, text: strings.Join(text, "\n")}, i + 1
				}
			}
			if startsBlock(l) {
				break
			}
			if i+1 < len(lines) {
				if _, ok := tableHead(l, lines[i+1]); ok {
					break
				}
			}
		}
		text = append(text, strings.TrimLeft(l, " "))
	}
	return block{kind: bParagraph, text: strings.Join(text, "\n")}, i
}

// atxHeading recognises "# Title" up to six levels, with an optional
// closing run of #.
func atxHeading(t string) (int, string, bool) {
	n := 0
	for n < len(t) && t[n] == '#' {
		n++
	}
	if n == 0 || n > 6 || (n < len(t) && t[n] != ' ') {
		return 0, "", false
	}
	text := strings.TrimSpace(t[n:])
	if trimmed := strings.TrimRight(text, "#"); trimmed != text && (trimmed == "" || strings.HasSuffix(trimmed, " ")) {
		text = strings.TrimSpace(trimmed)
	}
	return n, text, true
}

// isRule recognises a thematic break: three or more of -, * or _.
func isRule(t string) bool {
	t = strings.TrimSpace(t)
	if len(t) < 3 {
		return false
	}
	c := t[0]
	if c != '-' && c != '*' && c != '_' {
		return false
	}
	n := 0
	for i := 0; i < len(t); i++ {
		switch t[i] {
		case c:
			n++
		case ' ':
		default:
			return false
		}
	}
	return n >= 3
}

func openFence(t string) (string, string, bool) {
	for _, c := range []string{"`", "~"} {
		n := 0
		for n < len(t) && t[n:n+1] == c {
			n++
		}
		if n >= 3 {
			info := strings.TrimSpace(t[n:])
			if c == "`" && strings.Contains(info, "`") {
				return "", "", false
			}
			if f := strings.Fields(info); len(f) > 0 {
				info = f[0]
			}
			return t[:n], info, true
		}
	}
	return "", "", false
}

func parseFenced(lines []string, i, indent int, fence, info string) (block, int) {
	var code []string
	i++
	for ; i < len(lines); i++ {
		t := strings.TrimSpace(lines[i])
		if strings.HasPrefix(t, fence) && strings.Trim(t, fence[:1]) == "" {
			i++
			break
		}
		l := lines[i]
		l = l[min(indent, indentOf(l)):]
		code = append(code, l)
	}
	return block{kind: bCode, info: info, text: strings.Join(code, "\n")}, i
}

func parseIndentedCode(lines []string, i int) (block, int) {
	var code []string
	for ; i < len(lines) && (isBlank(lines[i]) || indentOf(lines[i]) >= 4); i++ {
		if isBlank(lines[i]) {
			code = append(code, "")
		} else {
			code = append(code, lines[i][4:])
		}
	}
	for len(code) > 0 && code[len(code)-1] == "" {
		code = code[:len(code)-1]
	}
	return block{kind: bCode, text: strings.Join(code, "\n")}, i
}

// parseQuote takes the lines marked with ">" (and lazy paragraph lines
// after them) and parses their content as blocks of their own.
func parseQuote(lines []string, i int) (block, int) {
	var inner []string
	for ; i < len(lines); i++ {
		t := strings.TrimLeft(lines[i], " ")
		if strings.HasPrefix(t, ">") {
			t = strings.TrimPrefix(t[1:], " ")
			inner = append(inner, t)
			continue
		}
		if isBlank(t) || startsBlock(lines[i]) || len(inner) == 0 || isBlank(inner[len(inner)-1]) {
			break
		}
		inner = append(inner, t) // lazy continuation of the quoted paragraph
	}
	return block{kind: bQuote, children: parseBlocks(inner)}, i
}

func skipComment(lines []string, i int) int {
	for ; i < len(lines); i++ {
		if strings.Contains(lines[i], "-->") {
			return i + 1
		}
	}
	return i
}
