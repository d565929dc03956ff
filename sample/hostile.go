package sample

import (
	"fmt"
	"reflect"
	"strings"
	"time"

	"github.com/cxmap/cxmap/model"
)

// Hostile is text built to break whatever draws it: terminal title and
// clipboard (OSC 0 and OSC 52) writes, a screen wipe, a C1 control
// sequence, a bidi override, HTML, a Markdown link and table pipes,
// characters that end a Mermaid label, RTL text, emoji, a tab and DEL.
const Hostile = "\x1b]0;pwned\x07\x1b]52;c;cHduZWQ=\x07\x1b[2J\x1b[H\u009b31m" +
	"<b onmouseover=x>h</b> [l](javascript:x) |p| \"]-->;` \u202eמפה\u202c عربى 🧭\x7f\tt"

// HostileLines is Hostile with line breaks, for the fields that hold
// several lines (notes, descriptions, cells).
const HostileLines = Hostile + "\r\n---\n# h\n\x1b]0;pwned2\x07"

// HostileBundle is the sample workshop with every text a person or a file
// can set made hostile: the workshop's fields, participants, notes, the
// model's own texts (a custom model file could say anything), journeys,
// stages, lanes, cells and initiatives. Each text keeps its original words
// after the hostile prefix, so screens stay tellable apart. It is what the
// tests of the sanitiser, the exports and the acceptance walk use.
func HostileBundle(lang string, now time.Time) (*model.Bundle, error) {
	b, err := Bundle(lang, now)
	if err != nil {
		return nil, err
	}
	// Lanes of the built-in kinds have no name of their own: give them one.
	for i := range b.Journeys {
		for l := range b.Journeys[i].Lanes {
			if b.Journeys[i].Lanes[l].Name == "" {
				b.Journeys[i].Lanes[l].Name = "lane " + string(b.Journeys[i].Lanes[l].Kind)
			}
		}
	}
	n := 0
	poison(reflect.ValueOf(b).Elem(), "", &n)
	b.Compute()
	return b, nil
}

// keep are the fields that are identifiers or codes, not text for people.
func keep(parent reflect.Type, field string) bool {
	switch field {
	case "Language", "Languages", "Version", "AssessmentVersion", "GenKey", "Hash", "Key", "Dimension", "Addresses", "LaneKind":
		return true
	case "KPIs": // ids in a model's recommendations, free text in an initiative
		return parent == reflect.TypeOf(model.Recommendation{})
	}
	return strings.HasSuffix(field, "ID") || strings.HasSuffix(field, "IDs") || strings.HasSuffix(field, "Id")
}

func poison(v reflect.Value, field string, n *int) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			poison(v.Elem(), field, n)
		}
	case reflect.Struct:
		t := v.Type()
		if t == reflect.TypeOf(time.Time{}) {
			return
		}
		for i := 0; i < v.NumField(); i++ {
			if f := t.Field(i); f.IsExported() && !keep(t, f.Name) {
				poison(v.Field(i), f.Name, n)
			}
		}
	case reflect.Slice, reflect.Array:
		for i := 0; i < v.Len(); i++ {
			poison(v.Index(i), field, n)
		}
	case reflect.Map:
		if v.Type() == reflect.TypeOf(model.Text{}) {
			for _, k := range v.MapKeys() {
				v.SetMapIndex(k, reflect.ValueOf(hostile(field, v.MapIndex(k).String(), n)))
			}
		}
	case reflect.String:
		if v.Type() == reflect.TypeOf("") && v.CanSet() && v.String() != "" {
			v.SetString(hostile(field, v.String(), n))
		}
	}
}

func hostile(field, s string, n *int) string {
	*n++
	switch field {
	case "Note", "Notes", "Description", "Text", "Hint", "Descriptors", "Summary":
		return fmt.Sprintf("%s%d %s", HostileLines, *n, s)
	}
	return fmt.Sprintf("%s%d %s", Hostile, *n, s)
}
