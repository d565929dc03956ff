package mdview

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// flags are the inline styles a piece of text carries; they combine.
type flags uint8

const (
	fBold flags = 1 << iota
	fItalic
	fStrike
	fCode
	fLink
)

// span is a run of text in one style; brk marks a hard line break.
type span struct {
	text string
	f    flags
	brk  bool
}

// node is a span while parsing, or a run of emphasis delimiters
// (*, _ or ~) still waiting for its partner.
type node struct {
	span
	delim    byte
	n        int // delimiters left in the run
	orig     int // the run's length as written (for the rule of three)
	canOpen  bool
	canClose bool
}

// parseInline reads a paragraph's, heading's or cell's text into styled spans.
func parseInline(s string) []span {
	nodes := scanInline(s)
	processEmphasis(nodes)
	var out []span
	for _, n := range nodes {
		if n.delim != 0 {
			if n.n > 0 {
				out = appendSpan(out, span{text: strings.Repeat(string(n.delim), n.n), f: n.f})
			}
			continue
		}
		out = appendSpan(out, n.span)
	}
	return out
}

// appendSpan merges neighbours of the same style, so that words are not
// split into many pieces.
func appendSpan(out []span, s span) []span {
	if s.text == "" && !s.brk {
		return out
	}
	if k := len(out) - 1; k >= 0 && !s.brk && !out[k].brk && out[k].f == s.f {
		out[k].text += s.text
		return out
	}
	return append(out, s)
}

func isPunct(r rune) bool { return unicode.IsPunct(r) || unicode.IsSymbol(r) }

func isASCIIPunct(c byte) bool {
	return strings.IndexByte("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", c) >= 0
}

// scanInline turns text into nodes: plain text, code spans, links (their
// text kept, their target shown after it), entities, breaks, and
// delimiter runs for processEmphasis.
func scanInline(s string) []node {
	var nodes []node
	var text strings.Builder
	flush := func() {
		if text.Len() > 0 {
			nodes = append(nodes, node{span: span{text: text.String()}})
			text.Reset()
		}
	}
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '\\' && i+1 < len(s) && s[i+1] == '\n':
			flush()
			nodes = append(nodes, node{span: span{brk: true}})
			i += 2
			continue
		case c == '\\' && i+1 < len(s) && isASCIIPunct(s[i+1]):
			text.WriteByte(s[i+1])
			i += 2
			continue
		case c == '\n':
			// Two spaces before a line end are a hard break; otherwise a space.
			if strings.HasSuffix(text.String(), "  ") {
				t := strings.TrimRight(text.String(), " ")
				text.Reset()
				text.WriteString(t)
				flush()
				nodes = append(nodes, node{span: span{brk: true}})
			} else {
				t := strings.TrimRight(text.String(), " ")
				text.Reset()
				text.WriteString(t + " ")
			}
			i++
			for i < len(s) && s[i] == ' ' {
				i++
			}
			continue
		case c == '`':
			if code, next, ok := codeSpan(s, i); ok {
				flush()
				nodes = append(nodes, node{span: span{text: code, f: fCode}})
				i = next
				continue
			}
			n := runLen(s, i, '`')
			text.WriteString(s[i : i+n])
			i += n
			continue
		case c == '[' || (c == '!' && i+1 < len(s) && s[i+1] == '['):
			if label, target, next, ok := link(s, i); ok {
				flush()
				nodes = append(nodes, linkNodes(label, target, c == '!')...)
				i = next
				continue
			}
		case c == '<':
			if sp, next, ok := angle(s, i); ok {
				flush()
				if sp.text != "" || sp.brk {
					nodes = append(nodes, node{span: sp})
				}
				i = next
				continue
			}
		case c == '&':
			if end := strings.IndexByte(s[i:], ';'); end > 1 && end < 33 {
				if r, ok := entity(s[i+1 : i+end]); ok {
					text.WriteString(r)
					i += end + 1
					continue
				}
			}
		case c == '*' || c == '_' || c == '~':
			flush()
			n := runLen(s, i, c)
			nodes = append(nodes, delimiter(s, i, n))
			i += n
			continue
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		text.WriteString(s[i : i+size])
		i += size
	}
	flush()
	return nodes
}

func runLen(s string, i int, c byte) int {
	n := 0
	for i+n < len(s) && s[i+n] == c {
		n++
	}
	return n
}

// named decodes the named entities a report may hold; the standard
// library's html package knows all 2,000 but builds its table at start-up.
func named(name string) (string, bool) {
	switch name {
	case "amp":
		return "&", true
	case "lt":
		return "<", true
	case "gt":
		return ">", true
	case "quot":
		return "\"", true
	case "apos":
		return "'", true
	case "nbsp":
		return "\u00a0", true
	case "copy":
		return "©", true
	case "mdash":
		return "—", true
	case "ndash":
		return "–", true
	case "hellip":
		return "…", true
	case "euro":
		return "€", true
	case "middot":
		return "·", true
	}
	return "", false
}

// entity decodes the name between & and ; (named or numeric).
func entity(name string) (string, bool) {
	if r, ok := named(name); ok {
		return r, true
	}
	if len(name) < 2 || name[0] != '#' {
		return "", false
	}
	base, digits := 10, name[1:]
	if digits[0] == 'x' || digits[0] == 'X' {
		base, digits = 16, digits[1:]
	}
	n, err := strconv.ParseUint(digits, base, 32)
	if err != nil || digits == "" {
		return "", false
	}
	if n == 0 || n > unicode.MaxRune || (n >= 0xd800 && n <= 0xdfff) {
		return "\ufffd", true
	}
	return string(rune(n)), true
}

// codeSpan reads a code span: the run of backticks that opens it must be
// closed by a run of the same length, so longer runs can hold backticks.
func codeSpan(s string, i int) (string, int, bool) {
	n := runLen(s, i, '`')
	for j := i + n; j < len(s); {
		k := strings.IndexByte(s[j:], '`')
		if k < 0 {
			return "", 0, false
		}
		j += k
		m := runLen(s, j, '`')
		if m == n {
			code := strings.ReplaceAll(s[i+n:j], "\n", " ")
			if len(code) >= 2 && code[0] == ' ' && code[len(code)-1] == ' ' && strings.TrimSpace(code) != "" {
				code = code[1 : len(code)-1]
			}
			return code, j + m, true
		}
		j += m
	}
	return "", 0, false
}

// link reads [label](target "title") or ![alt](src); brackets nest and
// code spans inside the label are skipped whole.
func link(s string, i int) (label, target string, next int, ok bool) {
	start := i + 1
	if s[i] == '!' {
		start = i + 2
	}
	depth := 1
	j := start
	for ; j < len(s) && depth > 0; j++ {
		switch s[j] {
		case '\\':
			j++
		case '`':
			if _, end, ok := codeSpan(s, j); ok {
				j = end - 1
			}
		case '[':
			depth++
		case ']':
			depth--
		}
	}
	if depth != 0 || j >= len(s) || s[j] != '(' {
		return "", "", 0, false
	}
	label = s[start : j-1]
	k := j + 1
	paren := 1
	for ; k < len(s); k++ {
		if s[k] == '\\' {
			k++
			continue
		}
		if s[k] == '(' {
			paren++
		}
		if s[k] == ')' {
			paren--
			if paren == 0 {
				break
			}
		}
	}
	if k >= len(s) {
		return "", "", 0, false
	}
	target = strings.TrimSpace(s[j+1 : k])
	if f := strings.Fields(target); len(f) > 0 {
		target = strings.Trim(f[0], "<>")
	}
	return label, target, k + 1, true
}

// linkNodes: a link shows its text underlined, and its target after it
// when that says something the text does not (not for in-page anchors).
func linkNodes(label, target string, image bool) []node {
	var out []node
	if image {
		out = append(out, node{span: span{text: "[" + label + "]", f: fLink}})
	} else {
		for _, sp := range parseInline(label) {
			sp.f |= fLink
			out = append(out, node{span: sp})
		}
	}
	if target != "" && !strings.HasPrefix(target, "#") && target != label {
		out = append(out, node{span: span{text: " (" + target + ")"}})
	}
	return out
}

// angle reads an autolink (<https://…>), a <br> (a line break), or any
// other HTML tag or comment (dropped: the preview shows text).
func angle(s string, i int) (span, int, bool) {
	end := strings.IndexByte(s[i:], '>')
	if end < 0 {
		return span{}, 0, false
	}
	inner := s[i+1 : i+end]
	if strings.HasPrefix(inner, "!--") {
		if c := strings.Index(s[i:], "-->"); c >= 0 {
			return span{}, i + c + 3, true
		}
		return span{}, 0, false
	}
	if inner == "" || strings.ContainsAny(inner, "<\n") {
		return span{}, 0, false
	}
	if k := strings.Index(inner, ":"); k > 1 && !strings.ContainsAny(inner, " ") {
		return span{text: inner, f: fLink}, i + end + 1, true
	}
	if strings.Contains(inner, "@") && !strings.ContainsAny(inner, " /") {
		return span{text: inner, f: fLink}, i + end + 1, true
	}
	name := strings.TrimPrefix(inner, "/")
	if name == "" || !(name[0] >= 'a' && name[0] <= 'z' || name[0] >= 'A' && name[0] <= 'Z') {
		return span{}, 0, false
	}
	tag := strings.ToLower(strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '/' })[0])
	if tag == "br" {
		return span{brk: true}, i + end + 1, true
	}
	return span{}, i + end + 1, true
}

// delimiter describes a run of *, _ or ~ and whether it may open or close
// emphasis (CommonMark's flanking rules; _ does not work inside words).
func delimiter(s string, i, n int) node {
	before, after := ' ', ' '
	if i > 0 {
		before, _ = utf8.DecodeLastRuneInString(s[:i])
	}
	if i+n < len(s) {
		after, _ = utf8.DecodeRuneInString(s[i+n:])
	}
	spaceAfter, spaceBefore := unicode.IsSpace(after), unicode.IsSpace(before)
	left := !spaceAfter && (!isPunct(after) || spaceBefore || isPunct(before))
	right := !spaceBefore && (!isPunct(before) || spaceAfter || isPunct(after))
	c := s[i]
	nd := node{delim: c, n: n, orig: n, canOpen: left, canClose: right}
	if c == '_' {
		nd.canOpen = left && (!right || isPunct(before))
		nd.canClose = right && (!left || isPunct(after))
	}
	return nd
}

// processEmphasis pairs delimiter runs, closers from the left with the
// nearest fitting opener, and styles the text between them.
func processEmphasis(nodes []node) {
	for ci := range nodes {
		for nodes[ci].delim != 0 && nodes[ci].canClose && nodes[ci].n > 0 {
			cl := &nodes[ci]
			oi := -1
			for j := ci - 1; j >= 0; j-- {
				op := &nodes[j]
				if op.delim != cl.delim || !op.canOpen || op.n == 0 {
					continue
				}
				if cl.delim == '~' && op.n != cl.n {
					continue
				}
				if cl.delim != '~' && (op.canClose || cl.canOpen) && (op.orig+cl.orig)%3 == 0 && (op.orig%3 != 0 || cl.orig%3 != 0) {
					continue
				}
				oi = j
				break
			}
			if oi < 0 {
				break
			}
			op := &nodes[oi]
			var f flags
			use := 1
			switch {
			case cl.delim == '~':
				f, use = fStrike, cl.n
			case op.n >= 2 && cl.n >= 2:
				f, use = fBold, 2
			default:
				f = fItalic
			}
			for k := oi + 1; k < ci; k++ {
				if nodes[k].delim != 0 {
					// Unpaired runs inside the pair are text now.
					nodes[k].canOpen, nodes[k].canClose = false, false
				}
				nodes[k].f |= f
			}
			op.n -= use
			cl.n -= use
		}
	}
}
