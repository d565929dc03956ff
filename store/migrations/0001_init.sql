-- The whole data model of cxmap, version 1.

-- Frozen copies of assessment models, stored once per distinct content
-- (keyed by its SHA-256), so a later change to a built-in model never
-- changes an old workshop's meaning and a thousand workshops on the same
-- model share one copy.
CREATE TABLE snapshots (
    hash TEXT PRIMARY KEY,
    json TEXT NOT NULL
);

CREATE TABLE workshops (
    id                 INTEGER PRIMARY KEY,
    name               TEXT    NOT NULL UNIQUE,
    client             TEXT    NOT NULL DEFAULT '',
    facilitator        TEXT    NOT NULL DEFAULT '',
    language           TEXT    NOT NULL DEFAULT 'en',
    assessment_id      TEXT    NOT NULL,
    assessment_version TEXT    NOT NULL DEFAULT '',
    snapshot           TEXT    NOT NULL REFERENCES snapshots(hash),
    question_count     INTEGER NOT NULL DEFAULT 0,
    created_at         INTEGER NOT NULL, -- unix milliseconds, UTC
    updated_at         INTEGER NOT NULL
);

-- Where to resume a workshop: a screen and a position within it.
CREATE TABLE cursors (
    workshop_id INTEGER PRIMARY KEY REFERENCES workshops(id) ON DELETE CASCADE,
    screen      TEXT    NOT NULL,
    state       TEXT    NOT NULL DEFAULT '{}',
    updated_at  INTEGER NOT NULL
);

CREATE TABLE participants (
    id          INTEGER PRIMARY KEY,
    workshop_id INTEGER NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
    name        TEXT    NOT NULL,
    role        TEXT    NOT NULL DEFAULT '',
    position    INTEGER NOT NULL DEFAULT 0,
    UNIQUE (workshop_id, name)
);

-- participant_id NULL is the team's consensus answer.
CREATE TABLE responses (
    workshop_id    INTEGER NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
    participant_id INTEGER REFERENCES participants(id) ON DELETE CASCADE,
    respondent     INTEGER GENERATED ALWAYS AS (IFNULL(participant_id, 0)) VIRTUAL,
    question_id    TEXT    NOT NULL,
    level          INTEGER NOT NULL DEFAULT 0 CHECK (level >= 0),
    na             INTEGER NOT NULL DEFAULT 0 CHECK (na IN (0, 1)),
    note           TEXT    NOT NULL DEFAULT '',
    updated_at     INTEGER NOT NULL
);
CREATE UNIQUE INDEX responses_key ON responses (workshop_id, respondent, question_id);
CREATE INDEX responses_participant ON responses (participant_id);

CREATE TABLE targets (
    workshop_id  INTEGER NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
    dimension_id TEXT    NOT NULL,
    level        INTEGER NOT NULL CHECK (level >= 1),
    PRIMARY KEY (workshop_id, dimension_id)
);

CREATE TABLE journeys (
    id          INTEGER PRIMARY KEY,
    workshop_id INTEGER NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
    name        TEXT    NOT NULL,
    persona     TEXT    NOT NULL DEFAULT '',
    kind        TEXT    NOT NULL DEFAULT 'customer' CHECK (kind IN ('customer', 'employee')),
    state       TEXT    NOT NULL DEFAULT 'current' CHECK (state IN ('current', 'future')),
    status      TEXT    NOT NULL DEFAULT 'draft',
    -- The current-state journey a future-state one was duplicated from.
    source_id   INTEGER REFERENCES journeys(id) ON DELETE SET NULL,
    position    INTEGER NOT NULL DEFAULT 0,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
);
CREATE INDEX journeys_workshop ON journeys (workshop_id);

CREATE TABLE stages (
    id         INTEGER PRIMARY KEY,
    journey_id INTEGER NOT NULL REFERENCES journeys(id) ON DELETE CASCADE,
    name       TEXT    NOT NULL DEFAULT '',
    position   INTEGER NOT NULL
);
CREATE INDEX stages_journey ON stages (journey_id, position);

CREATE TABLE lanes (
    id         INTEGER PRIMARY KEY,
    journey_id INTEGER NOT NULL REFERENCES journeys(id) ON DELETE CASCADE,
    name       TEXT    NOT NULL DEFAULT '',
    kind       TEXT    NOT NULL DEFAULT 'text',
    position   INTEGER NOT NULL
);
CREATE INDEX lanes_journey ON lanes (journey_id, position);

CREATE TABLE cells (
    stage_id INTEGER NOT NULL REFERENCES stages(id) ON DELETE CASCADE,
    lane_id  INTEGER NOT NULL REFERENCES lanes(id) ON DELETE CASCADE,
    text     TEXT    NOT NULL DEFAULT '',
    score    INTEGER CHECK (score BETWEEN -2 AND 2), -- the emotion lane only
    observed INTEGER NOT NULL DEFAULT 0 CHECK (observed IN (0, 1)),
    PRIMARY KEY (stage_id, lane_id)
);
CREATE INDEX cells_lane ON cells (lane_id);

CREATE TABLE initiatives (
    id           INTEGER PRIMARY KEY,
    workshop_id  INTEGER NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
    -- A stable key for generated initiatives, so regenerating updates the
    -- same row; empty for the consultant's own.
    gen_key      TEXT    NOT NULL DEFAULT '',
    title        TEXT    NOT NULL,
    description  TEXT    NOT NULL DEFAULT '',
    dimension_id TEXT    NOT NULL DEFAULT '',
    evidence     TEXT    NOT NULL DEFAULT '[]', -- JSON list of evidence items
    horizon      TEXT    NOT NULL DEFAULT 'now' CHECK (horizon IN ('now', 'next', 'later')),
    impact       INTEGER NOT NULL DEFAULT 3 CHECK (impact BETWEEN 1 AND 5),
    effort       INTEGER NOT NULL DEFAULT 3 CHECK (effort BETWEEN 1 AND 5),
    owner        TEXT    NOT NULL DEFAULT '',
    kpis         TEXT    NOT NULL DEFAULT '[]', -- JSON list of strings
    status       TEXT    NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'accepted', 'rejected')),
    edited       INTEGER NOT NULL DEFAULT 0 CHECK (edited IN (0, 1)),
    position     INTEGER NOT NULL DEFAULT 0,
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL
);
CREATE INDEX initiatives_workshop ON initiatives (workshop_id, position);
CREATE UNIQUE INDEX initiatives_gen_key ON initiatives (workshop_id, gen_key) WHERE gen_key <> '';
