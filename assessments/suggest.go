package assessments

import (
	"sort"
	"strings"
)

// suggest returns `; did you mean "x"?` for a key close to an allowed one
// (a Text, so it is translated with the message), or "" for none.
func suggest(key string, allowed []string) any {
	best, bestD := "", 3
	sorted := append([]string(nil), allowed...)
	sort.Strings(sorted)
	for _, a := range sorted {
		if d := distance(strings.ToLower(key), a); d < bestD {
			best, bestD = a, d
		}
	}
	if best == "" {
		return ""
	}
	return Text{"; did you mean %q?", []any{best}}
}

// distance is the Levenshtein distance between a and b, capped for long
// inputs so a hostile file cannot make it slow.
func distance(a, b string) int {
	if len(a) > 64 || len(b) > 64 {
		return 99
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			c := prev[j-1]
			if a[i-1] != b[j-1] {
				c++
			}
			cur[j] = min(c, prev[j]+1, cur[j-1]+1)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
