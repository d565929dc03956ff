package textsafe

import (
	"strings"
)

// Frame is the last line of defence for a whole rendered screen: it keeps
// the styling the app itself adds (SGR sequences, "ESC [ params m") and
// line breaks, removes every other escape sequence whole (OSC, DCS, APC,
// cursor and screen controls), and neutralises the remaining controls as
// Text does. Text from people is made safe field by field before it is
// laid out; Frame only guarantees that a field someone forgot still cannot
// reach the terminal as a command.
func Frame(s string) string {
	if unchanged(s, true) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	start := 0 // beginning of the run of text not yet written
	flush := func(end int) {
		if start < end {
			b.WriteString(Text(s[start:end]))
		}
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c != 0x1b && !(c == 0xc2 && i+1 < len(s) && s[i+1] >= 0x80 && s[i+1] <= 0x9f) {
			i++
			continue
		}
		flush(i)
		var n int
		var keep bool
		if c == 0x1b {
			n, keep = escape(s[i:])
		} else {
			n, keep = c1(s[i:])
		}
		if keep {
			b.WriteString(s[i : i+n])
		}
		i += n
		start = i
	}
	flush(len(s))
	return b.String()
}

// escape measures the escape sequence at the start of s (s[0] is ESC) and
// says whether it is SGR, the only kind a frame may carry.
func escape(s string) (int, bool) {
	if len(s) < 2 {
		return len(s), false
	}
	switch s[1] {
	case '[':
		return csi(s, 2)
	case ']', 'P', '_', '^', 'X':
		return stringSeq(s, 2), false
	}
	if s[1] >= 0x20 && s[1] < 0x7f {
		// ESC with intermediates, then a final byte (e.g. "ESC ( B").
		j := 1
		for j < len(s) && s[j] >= 0x20 && s[j] <= 0x2f {
			j++
		}
		if j < len(s) && s[j] >= 0x30 && s[j] < 0x7f {
			return j + 1, false
		}
		return j, false
	}
	return 1, false
}

// c1 handles a UTF-8 encoded C1 control at the start of s: CSI (U+009B)
// and the string introducers swallow their sequence, never kept.
func c1(s string) (int, bool) {
	switch s[1] {
	case 0x9b:
		n, _ := csi(s, 2)
		return n, false
	case 0x9d, 0x90, 0x9f, 0x9e, 0x98:
		return stringSeq(s, 2), false
	}
	return 2, false
}

// csi measures a control sequence whose parameters start at s[from]; it is
// SGR when its final byte is 'm' and it has only digits, ';' and ':'.
func csi(s string, from int) (int, bool) {
	sgr := true
	for j := from; j < len(s); j++ {
		c := s[j]
		switch {
		case c >= 0x40 && c <= 0x7e:
			return j + 1, sgr && c == 'm' && s[0] == 0x1b
		case c >= '0' && c <= '9', c == ';', c == ':':
		case c >= 0x20 && c <= 0x3f:
			sgr = false
		default:
			return j, false // broken: drop what was read, go on with the rest
		}
	}
	return len(s), false
}

// stringSeq measures OSC, DCS, APC, PM and SOS strings: up to BEL or ST
// (ESC \ or U+009C), or the end of the frame.
func stringSeq(s string, from int) int {
	for j := from; j < len(s); j++ {
		switch {
		case s[j] == 0x07:
			return j + 1
		case s[j] == 0x1b && j+1 < len(s) && s[j+1] == '\\':
			return j + 2
		case s[j] == 0xc2 && j+1 < len(s) && s[j+1] == 0x9c:
			return j + 2
		}
	}
	return len(s)
}

// JSON makes encoded JSON safe to print on a terminal without changing
// what it means: encoding/json already escapes C0 controls, and this
// escapes what it leaves raw (DEL, C1 controls, bidi overrides) as \uXXXX.
// Such runes only ever appear inside JSON strings, where the escape is
// equivalent.
func JSON(b []byte) []byte {
	s := string(b)
	if unchanged(s, true) { // no DEL either
		return b
	}
	var out strings.Builder
	const hex = "0123456789abcdef"
	for _, r := range s {
		if r == 0x7f || (r >= 0x80 && r <= 0x9f) || isBidi(r) {
			out.WriteString(`\u`)
			out.WriteByte(hex[r>>12&0xf])
			out.WriteByte(hex[r>>8&0xf])
			out.WriteByte(hex[r>>4&0xf])
			out.WriteByte(hex[r&0xf])
			continue
		}
		out.WriteRune(r)
	}
	return []byte(out.String())
}
