package questionnaire

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/cxmap/cxmap/assessments"
	"github.com/cxmap/cxmap/i18n"
	"github.com/cxmap/cxmap/store"
	"github.com/cxmap/cxmap/tui/common"
	"github.com/cxmap/cxmap/tui/styles"
)

// BenchmarkAnswerAndSave is one answer keystroke: Update, the saved row
// (its own transaction) and the next View, on a database of 200 workshops.
func BenchmarkAnswerAndSave(b *testing.B) {
	ctx := context.Background()
	st, err := store.Open(filepath.Join(b.TempDir(), "cx.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	a, _ := assessments.Get("cx-maturity")
	var id int64
	for i := range 200 {
		w, err := st.CreateWorkshop(ctx, store.NewWorkshop{Name: fmt.Sprintf("W%d", i), Assessment: a})
		if err != nil {
			b.Fatal(err)
		}
		id = w.ID
	}
	c := &common.Context{Ctx: ctx, Store: st, Styles: styles.New(), Cat: i18n.For("es")}
	m := New(c, id)
	m.SetSize(78, 20)
	m.Update(m.Init()())
	keys := []tea.KeyMsg{{Type: tea.KeyRunes, Runes: []rune("3")}, {Type: tea.KeyRunes, Runes: []rune("4")}}
	b.ReportAllocs()
	b.ResetTimer()
	i := 0
	for b.Loop() {
		if cmd := m.Update(keys[i%2]); cmd != nil {
			b.Fatal("save failed")
		}
		_ = m.View()
		i++
	}
}
