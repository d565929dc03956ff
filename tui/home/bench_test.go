package home

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/cxmap/cxmap/assessments"
	"github.com/cxmap/cxmap/i18n"
	"github.com/cxmap/cxmap/store"
	"github.com/cxmap/cxmap/tui/common"
	"github.com/cxmap/cxmap/tui/styles"
)

// BenchmarkView1000 measures drawing the home screen with 1,000 saved
// workshops.
func BenchmarkView1000(b *testing.B) {
	st, err := store.Open(filepath.Join(b.TempDir(), "cx.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	a, _ := assessments.Get("cx-quickscan")
	for i := range 1000 {
		if _, err := st.CreateWorkshop(context.Background(), store.NewWorkshop{Name: fmt.Sprintf("Taller %04d", i), Client: "Cliente Ñandú", Assessment: a}); err != nil {
			b.Fatal(err)
		}
	}
	c := &common.Context{Ctx: context.Background(), Store: st, Styles: styles.New(), Cat: i18n.For("en")}
	m := New(c)
	m.SetSize(118, 36)
	m.Update(m.Init()())
	if len(m.list.Items()) != 1000 {
		b.Fatalf("%d items", len(m.list.Items()))
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		_ = m.View()
	}
}
