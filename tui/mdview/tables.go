package mdview

import "strings"

// splitRow splits a table row into its cells at the pipes that are not
// escaped ("\|" stays in the cell as a pipe, as GFM reads it).
func splitRow(line string) []string {
	t := strings.TrimSpace(line)
	t = strings.TrimPrefix(t, "|")
	if strings.HasSuffix(t, "|") && !strings.HasSuffix(t, `\|`) {
		t = t[:len(t)-1]
	}
	var cells []string
	var cur strings.Builder
	for i := 0; i < len(t); i++ {
		switch {
		case t[i] == '\\' && i+1 < len(t) && t[i+1] == '|':
			cur.WriteByte('|')
			i++
		case t[i] == '\\' && i+1 < len(t):
			cur.WriteString(t[i : i+2])
			i++
		case t[i] == '|':
			cells = append(cells, strings.TrimSpace(cur.String()))
			cur.Reset()
		default:
			cur.WriteByte(t[i])
		}
	}
	return append(cells, strings.TrimSpace(cur.String()))
}

// tableHead recognises a header row followed by its delimiter row
// ("| --- | :---: | ---: |") with as many cells.
func tableHead(head, delim string) (*tableMD, bool) {
	if !strings.Contains(head, "|") || indentOf(head) > 3 || indentOf(delim) > 3 {
		return nil, false
	}
	d := strings.TrimSpace(delim)
	if d == "" || strings.Trim(d, "|:- ") != "" || !strings.Contains(d, "-") {
		return nil, false
	}
	if !strings.Contains(d, "|") && !strings.Contains(head, "|") {
		return nil, false
	}
	hc, dc := splitRow(head), splitRow(delim)
	if len(hc) != len(dc) {
		return nil, false
	}
	t := &tableMD{head: hc}
	for _, c := range dc {
		if strings.Trim(c, "-:") != "" || !strings.Contains(c, "-") {
			return nil, false
		}
		a := alignLeft
		switch {
		case strings.HasPrefix(c, ":") && strings.HasSuffix(c, ":"):
			a = alignCenter
		case strings.HasSuffix(c, ":"):
			a = alignRight
		}
		t.align = append(t.align, a)
	}
	return t, true
}

// parseTable reads the body rows from line i until a blank line or a
// line that starts another block; rows are padded or cut to the header's
// number of cells.
func parseTable(lines []string, i int, t *tableMD) (block, int) {
	for ; i < len(lines); i++ {
		l := lines[i]
		if isBlank(l) || (startsBlock(l) && !strings.HasPrefix(strings.TrimSpace(l), "|")) {
			break
		}
		row := splitRow(l)
		for len(row) < len(t.head) {
			row = append(row, "")
		}
		t.rows = append(t.rows, row[:len(t.head)])
	}
	return block{kind: bTable, table: t}, i
}
