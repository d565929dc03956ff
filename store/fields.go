package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/cxmap/cxmap/model"
)

// Single-field writes: a form saves each field that changed, as it
// changes, and never the fields it merely shows, so a window never
// overwrites what another window or a command wrote to the same row.

// InitiativeField names one editable field of an initiative.
type InitiativeField string

// The editable fields of an initiative (column names).
const (
	FieldTitle       InitiativeField = "title"
	FieldDescription InitiativeField = "description"
	FieldOwner       InitiativeField = "owner"
	FieldKPIs        InitiativeField = "kpis"
	FieldHorizon     InitiativeField = "horizon"
	FieldImpact      InitiativeField = "impact"
	FieldEffort      InitiativeField = "effort"
	FieldStatus      InitiativeField = "status"
	FieldDimension   InitiativeField = "dimension_id"
	FieldEvidence    InitiativeField = "evidence"
)

var initiativeFields = []InitiativeField{FieldTitle, FieldDescription, FieldOwner, FieldKPIs, FieldHorizon,
	FieldImpact, FieldEffort, FieldStatus, FieldDimension, FieldEvidence}

// setInitiativeQuery is the prepared update of one field; edited (?2)
// marks the initiative as the consultant's, so regenerating keeps it.
func setInitiativeQuery(f InitiativeField) string {
	return `UPDATE initiatives SET ` + string(f) + ` = ?1, edited = MAX(edited, ?2), updated_at = ?3 WHERE id = ?4 RETURNING workshop_id`
}

func initiativeHotQueries() []string {
	out := make([]string, len(initiativeFields))
	for i, f := range initiativeFields {
		out[i] = setInitiativeQuery(f)
	}
	return out
}

// SetInitiativeField changes one field of an initiative. value is a
// string, an int (impact, effort), a []string (KPIs) or []model.Evidence.
// With edited, the initiative is marked as changed by the consultant.
func (s *Store) SetInitiativeField(ctx context.Context, id int64, f InitiativeField, value any, edited bool) error {
	v, err := initiativeValue(f, value)
	if err != nil {
		return err
	}
	return s.withTx(ctx, func(tx *sql.Tx) error {
		t := now()
		st := s.hot(setInitiativeQuery(f))
		var workshopID int64
		if st != nil {
			err = tx.StmtContext(ctx, st).QueryRowContext(ctx, v, edited, t, id).Scan(&workshopID)
		} else {
			err = tx.QueryRowContext(ctx, setInitiativeQuery(f), v, edited, t, id).Scan(&workshopID)
		}
		if errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("initiative %d %w", id, ErrNotFound)
		}
		if err != nil {
			return err
		}
		_, err = s.execHot(ctx, tx, touchWorkshop, t, workshopID)
		return err
	})
}

// initiativeValue checks a value for a field and gives its stored form.
func initiativeValue(f InitiativeField, value any) (any, error) {
	switch f {
	case FieldTitle:
		v, ok := value.(string)
		if !ok || strings.TrimSpace(v) == "" {
			return nil, errors.New("an initiative needs a title")
		}
		return strings.TrimSpace(v), nil
	case FieldDescription, FieldOwner, FieldDimension:
		if v, ok := value.(string); ok {
			return v, nil
		}
	case FieldHorizon:
		if v, ok := value.(model.Horizon); ok && slices.Contains(model.Horizons, v) {
			return string(v), nil
		}
		return nil, fmt.Errorf("horizon must be now, next or later, not %v", value)
	case FieldStatus:
		if v, ok := value.(model.Status); ok && (v == model.StatusProposed || v == model.StatusAccepted || v == model.StatusRejected) {
			return string(v), nil
		}
		return nil, fmt.Errorf("status must be proposed, accepted or rejected, not %v", value)
	case FieldImpact, FieldEffort:
		if v, ok := value.(int); ok && v >= 1 && v <= 5 {
			return v, nil
		}
		return nil, fmt.Errorf("%s must be 1 to 5, not %v", f, value)
	case FieldKPIs:
		if v, ok := value.([]string); ok {
			return initiativeJSON(v)
		}
	case FieldEvidence:
		if v, ok := value.([]model.Evidence); ok {
			return initiativeJSON(v)
		}
	default:
		return nil, fmt.Errorf("initiative has no field %q", f)
	}
	return nil, fmt.Errorf("initiative field %s: unexpected value %T", f, value)
}

// WorkshopField names one editable field of a workshop.
type WorkshopField string

// The editable fields of a workshop (column names).
const (
	WorkshopName        WorkshopField = "name"
	WorkshopClient      WorkshopField = "client"
	WorkshopFacilitator WorkshopField = "facilitator"
	WorkshopLanguage    WorkshopField = "language"
)

// SetWorkshopField changes one field of a workshop.
func (s *Store) SetWorkshopField(ctx context.Context, id int64, f WorkshopField, value string) error {
	switch f {
	case WorkshopName:
		value = strings.TrimSpace(value)
		if value == "" {
			return errors.New("a workshop needs a name")
		}
	case WorkshopClient, WorkshopFacilitator, WorkshopLanguage:
		value = strings.TrimSpace(value)
	default:
		return fmt.Errorf("workshop has no field %q", f)
	}
	err := s.withTx(ctx, func(tx *sql.Tx) error {
		err := expectOne(tx.ExecContext(ctx, `UPDATE workshops SET `+string(f)+` = ?, updated_at = ? WHERE id = ?`, value, now(), id))
		if errors.Is(err, ErrNotFound) {
			return fmt.Errorf("workshop %d %w", id, err)
		}
		return err
	})
	if isUnique(err) {
		return fmt.Errorf("%q: %w", value, ErrNameTaken)
	}
	return err
}

// JourneyField names one editable detail of a journey.
type JourneyField string

// The editable details of a journey (column names).
const (
	JourneyName    JourneyField = "name"
	JourneyPersona JourneyField = "persona"
	JourneyKind    JourneyField = "kind"
	JourneyState   JourneyField = "state"
	JourneyStatus  JourneyField = "status"
)

// SetJourneyField changes one detail of a journey.
func (s *Store) SetJourneyField(ctx context.Context, id int64, f JourneyField, value string) error {
	value = strings.TrimSpace(value)
	switch f {
	case JourneyName:
		if value == "" {
			return errors.New("a journey needs a name")
		}
	case JourneyKind:
		if value != string(model.CustomerJourney) && value != string(model.EmployeeJourney) {
			return fmt.Errorf("journey kind %q: use customer or employee", value)
		}
	case JourneyState:
		if value != string(model.CurrentState) && value != string(model.FutureState) {
			return fmt.Errorf("journey state %q: use current or future", value)
		}
	case JourneyStatus:
		if value == "" {
			value = DefaultStatus
		}
	case JourneyPersona:
	default:
		return fmt.Errorf("journey has no field %q", f)
	}
	return s.withTx(ctx, func(tx *sql.Tx) error {
		if err := expectOne(tx.ExecContext(ctx, `UPDATE journeys SET `+string(f)+` = ?, updated_at = ? WHERE id = ?`, value, now(), id)); err != nil {
			return fmt.Errorf("journey %d %w", id, err)
		}
		return touchJourney(ctx, tx, id, true)
	})
}

// ParticipantField names one editable detail of a participant.
type ParticipantField string

// The editable details of a participant (column names).
const (
	ParticipantName ParticipantField = "name"
	ParticipantRole ParticipantField = "role"
)

// SetParticipantField changes a participant's name or role.
func (s *Store) SetParticipantField(ctx context.Context, id int64, f ParticipantField, value string) error {
	value = strings.TrimSpace(value)
	switch f {
	case ParticipantName:
		if value == "" {
			return errors.New("a participant needs a name")
		}
	case ParticipantRole:
	default:
		return fmt.Errorf("participant has no field %q", f)
	}
	err := s.withTx(ctx, func(tx *sql.Tx) error {
		if err := expectOne(tx.ExecContext(ctx, `UPDATE participants SET `+string(f)+` = ? WHERE id = ?`, value, id)); err != nil {
			return fmt.Errorf("participant %d %w", id, err)
		}
		_, err := tx.ExecContext(ctx, `UPDATE workshops SET updated_at = ? WHERE id = (SELECT workshop_id FROM participants WHERE id = ?)`, now(), id)
		return err
	})
	if isUnique(err) {
		return fmt.Errorf("participant %q: %w", value, ErrNameTaken)
	}
	return err
}
