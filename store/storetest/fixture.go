// Package storetest fills a database with many workshops, for benchmarks
// of the home list and of start-up at scale.
package storetest

import (
	"context"
	"fmt"

	"github.com/cxmap/cxmap/assessments"
	"github.com/cxmap/cxmap/model"
	"github.com/cxmap/cxmap/store"
)

// Populate adds n workshops on the built-in model, each with perWorkshop
// answers: the consensus's first, then as many participants' as needed,
// saved one workshop per transaction.
func Populate(ctx context.Context, st *store.Store, n, perWorkshop int) error {
	a, err := assessments.Get("cx-maturity")
	if err != nil {
		return err
	}
	var qs []string
	for _, d := range a.Dimensions {
		for _, q := range d.Questions {
			qs = append(qs, q.ID)
		}
	}
	for i := range n {
		w, err := st.CreateWorkshop(ctx, store.NewWorkshop{
			Name: fmt.Sprintf("Workshop %04d", i), Client: fmt.Sprintf("Client %d", i%37), Language: model.LangEN, Assessment: a,
		})
		if err != nil {
			return err
		}
		rows := make([]store.NamedResponse, 0, perWorkshop)
		for j := range perWorkshop {
			who := ""
			if j >= len(qs) {
				who = fmt.Sprintf("Participant %d", j/len(qs))
			}
			rows = append(rows, store.NamedResponse{Participant: who, Response: model.Response{
				QuestionID: qs[j%len(qs)], Level: 1 + (i+j)%5, Note: "a note on the answer",
			}})
		}
		if _, err := st.ImportResponses(ctx, w.ID, rows); err != nil {
			return err
		}
	}
	return nil
}
