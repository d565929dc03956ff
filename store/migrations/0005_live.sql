-- Live sessions: participants vote from their phones (issue 11).

-- The session of a workshop, kept so that a restarted app offers the same
-- join code and address, and nothing revealed is hidden again.
CREATE TABLE live_sessions (
    workshop_id INTEGER PRIMARY KEY REFERENCES workshops(id) ON DELETE CASCADE,
    join_code   TEXT    NOT NULL,
    -- SHA-256 of the facilitator's token: the token itself is never stored.
    facilitator TEXT    NOT NULL,
    addr        TEXT    NOT NULL DEFAULT '',
    -- The state the facilitator set: pacing, open question, revealed
    -- questions, anonymity (JSON, owned by package live).
    state       TEXT    NOT NULL DEFAULT '{}',
    updated_at  INTEGER NOT NULL
);

-- A phone's token, as its SHA-256: whoever holds the token answers as that
-- participant. One token per participant, so a name in use cannot be taken.
CREATE TABLE live_tokens (
    token_hash     TEXT    PRIMARY KEY,
    workshop_id    INTEGER NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
    participant_id INTEGER NOT NULL UNIQUE REFERENCES participants(id) ON DELETE CASCADE,
    -- The question a self-paced participant is on, to resume there.
    position       TEXT    NOT NULL DEFAULT '',
    created_at     INTEGER NOT NULL
);
CREATE INDEX live_tokens_workshop ON live_tokens (workshop_id);
