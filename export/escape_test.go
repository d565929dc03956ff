package export

import "testing"

func TestMdText(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"plain text, ñandú 🛒", "plain text, ñandú 🛒"},
		{"a | b", `a \| b`},
		{"line one\nline two\r\nthree\rfour", "line one<br>line two<br>three<br>four"},
		{"use `code` here", "use \\`code\\` here"},
		{"```\nfence", "\\`\\`\\`<br>fence"},
		{"<b>bold</b> <script>x</script>", "&lt;b&gt;bold&lt;/b&gt; &lt;script&gt;x&lt;/script&gt;"},
		{"*em* _em_ ~~del~~", `\*em\* \_em\_ \~\~del\~\~`},
		{"[link](http://x) ![img](y)", `\[link\](http://x) !\[img\](y)`},
		{"costs $5 and $10", `costs \$5 and \$10`},
		{"# not a heading", `\# not a heading`},
		{"- not a list", `\- not a list`},
		{"+ not a list", `\+ not a list`},
		{"12. not a list", `12\. not a list`},
		{"3) nor this", `3\) nor this`},
		{"-2 stays", "-2 stays"},
		{"1.5 stays", "1.5 stays"},
		{"back\\slash", `back\\slash`},
		{"Ñandú & Co", "Ñandú & Co"},
		{"&amp; &#124; &#x7C; stay literal", `&amp;amp; &amp;\#124; &amp;\#x7C; stay literal`},
		{"tab\there\x00nul\x1b[31m", "tab here nul \\[31m"},
		{"  trimmed  \n", "trimmed"},
		{"", ""},
		{"bad \xff utf8", "bad   utf8"},
	} {
		if got := mdText(tt.in); got != tt.want {
			t.Errorf("mdText(%q)\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
	if got := mdLine("two\nlines |\n\n x"); got != `two lines \| x` {
		t.Errorf("mdLine: %q", got)
	}
}

// No escaped text can add a cell to a table row.
func TestMdTextKeepsTableRows(t *testing.T) {
	for _, in := range []string{"|", "\\|", "\\\\|", "a|b|c", "`|`", "``|``", "\n|\n", "&#124;", "<td>x</td>"} {
		row := "| " + mdText(in) + " |"
		if n := cells(row); n != 1 {
			t.Errorf("%q gives %q: %d cells", in, row, n)
		}
	}
}

func TestMdCode(t *testing.T) {
	if got := mdCode("strategy.vision"); got != "`strategy.vision`" {
		t.Errorf("got %q", got)
	}
	if got := mdCode("a`b"); got != "a\\`b" {
		t.Errorf("got %q", got)
	}
}

func TestMermaidText(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Pago: tarjeta", "Pago tarjeta"},
		{"Paso #1; luego", "Paso 1 luego"},
		{"Ana, Luis", "Ana Luis"},
		{"```js", "js"},
		{"<b>x</b>", "‹b›x‹/b›"},
		{"100%% sure", "100% sure"},
		{"multi\nline\ttext", "multi line text"},
		{"Section review", "\u200bSection review"},
		{"title of it", "\u200btitle of it"},
		{"journey map", "\u200bjourney map"},
		{":#;", "fallback"},
		{"", "fallback"},
		{"Compra online 🛒", "Compra online 🛒"},
	} {
		if got := mermaidText(tt.in, "fallback"); got != tt.want {
			t.Errorf("mermaidText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCodeText(t *testing.T) {
	if got := codeText("a ``` b\nc"); got != "a b c" {
		t.Errorf("got %q", got)
	}
}
