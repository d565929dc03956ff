package store

import (
	"context"

	"github.com/cxmap/cxmap/model"
)

// LoadReport loads a workshop for an export: everything in it, its
// results, and the results of the client's previous assessment on the same
// model, for the change since then. It is all read in one read
// transaction: a snapshot, whatever other windows write meanwhile.
func (s *Store) LoadReport(ctx context.Context, workshopID int64) (b *model.Bundle, err error) {
	err = s.Snapshot(ctx, func(v *Store) error {
		b, err = v.loadReport(ctx, workshopID)
		return err
	})
	return b, err
}

func (s *Store) loadReport(ctx context.Context, workshopID int64) (*model.Bundle, error) {
	b, err := s.LoadBundle(ctx, workshopID)
	if err != nil {
		return nil, err
	}
	b.Compute()
	prev, ok, err := s.PreviousWorkshop(ctx, b.Workshop)
	if err != nil || !ok {
		return b, err
	}
	pb, err := s.LoadBundle(ctx, prev.ID)
	if err != nil {
		return nil, err
	}
	before, after, n := model.ComparableResults(b.Assessment, pb.Responses, b.Responses, pb.Targets, b.Targets)
	b.Previous, b.PreviousBase, b.Compared = &before, &after, n
	return b, nil
}
