package live

import (
	"context"
	"encoding/json"
	"maps"

	"github.com/cxmap/cxmap/model"
)

// The facilitator's actions. Each changes the session, saves what must
// survive a restart, and wakes every watcher.

// OpenQuestion opens a question for votes (together pacing): every phone
// moves to it.
func (s *Session) OpenQuestion(ctx context.Context, question string) error {
	if _, ok := s.index[question]; !ok {
		return ErrUnknown
	}
	return s.update(ctx, func() error {
		s.state.Current = question
		return nil
	})
}

// Reveal shows a question's votes to everyone; votes on it then close.
// It reads the answers again first, so answers typed in the app count.
func (s *Session) Reveal(ctx context.Context, question string) error {
	if _, ok := s.index[question]; !ok {
		return ErrUnknown
	}
	if err := s.Reload(ctx); err != nil {
		return err
	}
	return s.update(ctx, func() error {
		s.revealed[question] = true
		return nil
	})
}

// Hide takes a reveal back and reopens the question for votes: for a
// question revealed by mistake, or to vote again after a discussion.
func (s *Session) Hide(ctx context.Context, question string) error {
	if _, ok := s.index[question]; !ok {
		return ErrUnknown
	}
	return s.update(ctx, func() error {
		delete(s.revealed, question)
		return nil
	})
}

// SetConsensus stores the team's agreed answer to a question: a level, or
// not applicable; level 0 and na false clears it. A note the consensus
// already had is kept.
func (s *Session) SetConsensus(ctx context.Context, question string, level int, na bool) error {
	if _, ok := s.index[question]; !ok {
		return ErrUnknown
	}
	if level < 0 || level > len(s.a.Levels) || (na && level != 0) {
		return ErrBadVote
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.ended {
		return ErrEnded
	}
	r := s.consensus[question]
	r.ParticipantID, r.QuestionID, r.Level, r.NA = model.Consensus, question, level, na
	if err := s.st.SaveResponse(ctx, s.wid, r); err != nil {
		return err
	}
	s.consensus[question] = r
	s.changed()
	return nil
}

// SetPacing switches between together and self-paced.
func (s *Session) SetPacing(ctx context.Context, p Pacing) error {
	if p != Together && p != SelfPaced {
		return ErrBadPacing
	}
	return s.update(ctx, func() error {
		s.state.Pacing = p
		return nil
	})
}

// SetAnonymous hides or shows the names beside revealed votes.
func (s *Session) SetAnonymous(ctx context.Context, on bool) error {
	return s.update(ctx, func() error {
		s.state.Anonymous = on
		return nil
	})
}

// update changes the facilitator's state (s.revealed holds what is
// revealed; the saved state lists it in questionnaire order) and saves
// it. If saving fails the change is undone: nobody is shown a state that
// was not saved.
func (s *Session) update(ctx context.Context, fn func() error) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.ended {
		return ErrEnded
	}
	before, revealed := s.state, maps.Clone(s.revealed)
	err := fn()
	if err == nil {
		s.state.Revealed = nil
		for _, q := range s.order {
			if s.revealed[q] {
				s.state.Revealed = append(s.state.Revealed, q)
			}
		}
		b, _ := json.Marshal(s.state)
		err = s.st.SaveLiveState(ctx, s.wid, string(b))
	}
	if err != nil {
		s.state, s.revealed = before, revealed
		return err
	}
	s.changed()
	return nil
}

// End ends the session: phones are told, and every later request fails.
// Tokens stay, so a new session lets the same phones rejoin.
func (s *Session) End() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.ended {
		return
	}
	s.ended = true
	s.changed()
	close(s.done)
}
