-- Rounds and presenter mode.
--
-- A re-assessment is a new round of the same workshop, not a copy of its
-- answers: rounds links a workshop to the round it follows, so "change
-- since previous" compares exactly those two, and the questionnaire shows
-- the previous round's answers as reference. Deleting the earlier round
-- leaves the later one standing, without a previous.
CREATE TABLE rounds (
    workshop_id INTEGER PRIMARY KEY REFERENCES workshops(id) ON DELETE CASCADE,
    previous_id INTEGER REFERENCES workshops(id) ON DELETE SET NULL
);

-- How a workshop is shown to the room: presenter mode (no facilitator
-- hints, no footer, larger centred content) and participants shown as
-- letters. Remembered per workshop, not per machine: the same workshop
-- goes to the same projector.
CREATE TABLE presentation (
    workshop_id INTEGER PRIMARY KEY REFERENCES workshops(id) ON DELETE CASCADE,
    presenter   INTEGER NOT NULL DEFAULT 0,
    anonymous   INTEGER NOT NULL DEFAULT 0
);
