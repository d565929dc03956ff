package export

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
)

// duplicateKey finds the first object in data that names a key twice, and
// says where: encoding/json silently keeps the last value, so a second
// "responses": [] would drop every answer without a word. The path is the
// key's place in the document (workshop.name, journeys[2].stages[0].name).
// data must already be valid JSON.
func duplicateKey(data []byte) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	type frame struct {
		object bool
		name   string // the key or index this container has in its parent
		keys   map[string]bool
		index  int
		expect bool // object: the next token is a key
	}
	var stack []*frame
	path := func(last string) string {
		var b bytes.Buffer
		for _, f := range stack[1:] {
			b.WriteString(f.name)
		}
		b.WriteString(last)
		s := b.String()
		if len(s) > 0 && s[0] == '.' {
			s = s[1:]
		}
		return s
	}
	var lastKey string
	for {
		before := dec.InputOffset()
		tok, err := dec.Token()
		if err != nil {
			return nil // the end, or a syntax error the decoder reports anyway
		}
		var top *frame
		if len(stack) > 0 {
			top = stack[len(stack)-1]
		}
		if top != nil && top.object && top.expect {
			if d, ok := tok.(json.Delim); ok && d == '}' {
				stack = stack[:len(stack)-1]
				continue
			}
			key := tok.(string)
			if top.keys[key] {
				return fmt.Errorf("%s: %q appears twice in one object (%s)", position(data, offsetOfKey(data, before)), key, path("."+key))
			}
			top.keys[key] = true
			top.expect = false
			lastKey = key
			continue
		}
		// The name of the value about to be read inside the top container.
		name := ""
		switch {
		case top == nil:
		case top.object:
			name = "." + lastKey
			top.expect = true
		default:
			name = "[" + strconv.Itoa(top.index) + "]"
			top.index++
		}
		switch tok {
		case json.Delim('{'):
			stack = append(stack, &frame{object: true, name: name, keys: map[string]bool{}, expect: true})
		case json.Delim('['):
			stack = append(stack, &frame{name: name})
		case json.Delim(']'):
			stack = stack[:len(stack)-1]
			if len(stack) > 0 && stack[len(stack)-1].object {
				stack[len(stack)-1].expect = true
			}
		}
	}
}

// offsetOfKey skips the separator and blanks the decoder has not consumed
// before a key, so the position names the key's opening quote.
func offsetOfKey(data []byte, off int64) int64 {
	for off < int64(len(data)) {
		switch data[off] {
		case ' ', '\t', '\r', '\n', ',', '{':
			off++
			continue
		}
		break
	}
	return off
}
