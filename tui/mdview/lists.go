package mdview

import (
	"strconv"
	"strings"
)

// marker is a list item's opening: where it sits and where its content
// starts (the column continuation lines must reach).
type marker struct {
	indent  int
	content int
	ordered bool
	char    byte // '-', '*', '+', or '.' / ')' after a number
	number  int
}

// listMarker recognises "- ", "* ", "+ ", "1. " and "1) " items indented
// by at most three spaces.
func listMarker(line string) (marker, bool) {
	ind := indentOf(line)
	if ind > 3 {
		return marker{}, false
	}
	t := line[ind:]
	if t == "" {
		return marker{}, false
	}
	m := marker{indent: ind}
	n := 0
	switch c := t[0]; {
	case c == '-' || c == '*' || c == '+':
		if isRule(t) {
			return marker{}, false
		}
		m.char, n = c, 1
	case c >= '0' && c <= '9':
		for n < len(t) && n < 9 && t[n] >= '0' && t[n] <= '9' {
			n++
		}
		if n >= len(t) || (t[n] != '.' && t[n] != ')') {
			return marker{}, false
		}
		m.number, _ = strconv.Atoi(t[:n])
		m.ordered, m.char = true, t[n]
		n++
	default:
		return marker{}, false
	}
	rest := t[n:]
	if rest != "" && rest[0] != ' ' {
		return marker{}, false
	}
	sp := len(rest) - len(strings.TrimLeft(rest, " "))
	if strings.TrimSpace(rest) == "" || sp > 4 {
		sp = 1 // an empty item, or indented code inside: content one space after the marker
	}
	m.content = ind + n + sp
	return m, true
}

// parseList reads consecutive items of one kind of list; each item's
// lines (its indented continuation, lazy paragraph lines and nested
// lists) are parsed as blocks of their own.
func parseList(lines []string, i int) (block, int) {
	first, _ := listMarker(lines[i])
	b := block{kind: bList, ordered: first.ordered, start: first.number}
	for i < len(lines) {
		m, ok := listMarker(lines[i])
		if !ok || m.ordered != first.ordered || m.char != first.char {
			break
		}
		var body []string
		l := lines[i]
		if m.content <= len(l) {
			body = append(body, l[m.content:])
		} else {
			body = append(body, "")
		}
		i++
	scan:
		for i < len(lines) {
			l := lines[i]
			switch {
			case isBlank(l):
				body = append(body, "")
			case indentOf(l) >= m.content:
				body = append(body, l[m.content:])
			case !isBlank(body[len(body)-1]) && !startsBlock(l) && lastIsParagraph(body):
				body = append(body, strings.TrimLeft(l, " "))
			default:
				break scan
			}
			i++
		}
		// Blank lines end the list unless another item of it follows.
		blankTail := 0
		for len(body) > 1 && isBlank(body[len(body)-1]) {
			body = body[:len(body)-1]
			blankTail++
		}
		it := item{}
		if len(body) > 0 {
			body[0], it.task = taskMark(body[0])
		}
		it.blocks = parseBlocks(body)
		b.items = append(b.items, it)
		if blankTail > 0 && i < len(lines) {
			if next, ok := listMarker(lines[i]); !ok || next.ordered != first.ordered || next.char != first.char {
				break
			}
		}
	}
	return b, i
}

// lastIsParagraph: a lazy continuation line only continues a paragraph,
// not a fence or a table.
func lastIsParagraph(body []string) bool {
	inFence := false
	for _, l := range body {
		if _, _, ok := openFence(strings.TrimLeft(l, " ")); ok {
			inFence = !inFence
		}
	}
	if inFence {
		return false
	}
	last := strings.TrimSpace(body[len(body)-1])
	return !strings.HasPrefix(last, "|")
}

// taskMark strips a GFM task box ("[ ] " or "[x] ") from an item's first line.
func taskMark(s string) (string, int) {
	switch {
	case strings.HasPrefix(s, "[ ] "):
		return s[4:], 1
	case strings.HasPrefix(s, "[x] "), strings.HasPrefix(s, "[X] "):
		return s[4:], 2
	}
	return s, 0
}
