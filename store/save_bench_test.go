package store

import (
	"database/sql"
	"fmt"
	"testing"

	"github.com/cxmap/cxmap/model"
)

// BenchmarkSave measures, in one run on one file, the floor cost of a
// saved edit (one upserted row in its own transaction, on a throwaway
// table) beside the real per-keystroke saves: a journey cell, an answer's
// level, an answer's note and one initiative field. The goal is each save
// within 2x of the bare one.
func BenchmarkSave(b *testing.B) {
	s := openBench(b)
	w, err := s.CreateWorkshop(ctx, NewWorkshop{Name: "Bench", Language: "en", Assessment: tinyModel()})
	if err != nil {
		b.Fatal(err)
	}
	j := bigJourney(b, s)
	in, err := s.SaveInitiative(ctx, w.ID, model.Initiative{Title: "I", Horizon: model.HorizonNow, Impact: 3, Effort: 3}, false)
	if err != nil {
		b.Fatal(err)
	}
	if _, err := s.db.Exec(`CREATE TABLE bench_floor (id INTEGER PRIMARY KEY, text TEXT NOT NULL)`); err != nil {
		b.Fatal(err)
	}
	bare, err := s.db.Prepare(`INSERT INTO bench_floor (id, text) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET text = excluded.text`)
	if err != nil {
		b.Fatal(err)
	}
	defer bare.Close()
	text := "Busca en el móvil, compara precios y opiniones"

	b.Run("bare-tx", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			err := s.withTx(ctx, func(tx *sql.Tx) error {
				_, err := tx.Stmt(bare).Exec(text + fmt.Sprint(i%10))
				return err
			})
			if err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("cell", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			if err := s.SetCell(ctx, j.ID, j.Stages[7].ID, j.Lanes[3].ID, model.Cell{Text: text + fmt.Sprint(i%10)}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("answer-level", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			if err := s.SetAnswerLevel(ctx, w.ID, model.Response{QuestionID: "q1", Level: 1 + i%3}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("answer-note", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			if err := s.SetAnswerNote(ctx, w.ID, model.Consensus, "q1", text+fmt.Sprint(i%10)); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("initiative-field", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			if err := s.SetInitiativeField(ctx, in.ID, FieldDescription, text+fmt.Sprint(i%10), true); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkSynchronous compares a cell save under synchronous=NORMAL (the
// chosen setting) and FULL, which adds an fsync of the log per commit.
func BenchmarkSynchronous(b *testing.B) {
	for _, mode := range []string{"NORMAL", "FULL"} {
		b.Run(mode, func(b *testing.B) {
			s := openBench(b)
			j := bigJourney(b, s)
			if _, err := s.db.Exec("PRAGMA synchronous = " + mode); err != nil {
				b.Fatal(err)
			}
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if err := s.SetCell(ctx, j.ID, j.Stages[7].ID, j.Lanes[3].ID, model.Cell{Text: fmt.Sprint("text ", i%10)}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkDataVersion is the cost of one poll for changes made elsewhere
// (the app polls twice a second).
func BenchmarkDataVersion(b *testing.B) {
	s := openBench(b)
	for i := 0; i < b.N; i++ {
		if _, err := s.DataVersion(ctx); err != nil {
			b.Fatal(err)
		}
	}
}
