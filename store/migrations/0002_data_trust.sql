-- cxmap: foreign keys off
-- (see store/migrate.go: this step rebuilds parent tables, and with foreign
-- keys on, dropping the old table would delete every child row.)
--
-- Ids are never reused. Without AUTOINCREMENT SQLite gives a new row the
-- largest id plus one, so deleting the newest workshop, journey, stage,
-- lane, participant or initiative handed its id to the next one, and
-- anything still keyed by the old id (an undo step, a screen, a cursor)
-- named the new one. AUTOINCREMENT keeps the largest id ever used in
-- sqlite_sequence; copying the rows in seeds it with today's largest.
-- Every row keeps its id; child tables are untouched and still point to
-- the same ids. PRAGMA foreign_key_check runs before this commits.

CREATE TABLE workshops_v2 (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    name               TEXT    NOT NULL UNIQUE,
    client             TEXT    NOT NULL DEFAULT '',
    facilitator        TEXT    NOT NULL DEFAULT '',
    language           TEXT    NOT NULL DEFAULT 'en',
    assessment_id      TEXT    NOT NULL,
    assessment_version TEXT    NOT NULL DEFAULT '',
    snapshot           TEXT    NOT NULL REFERENCES snapshots(hash),
    question_count     INTEGER NOT NULL DEFAULT 0,
    created_at         INTEGER NOT NULL,
    updated_at         INTEGER NOT NULL
);
INSERT INTO workshops_v2 (id, name, client, facilitator, language, assessment_id, assessment_version, snapshot, question_count, created_at, updated_at)
    SELECT id, name, client, facilitator, language, assessment_id, assessment_version, snapshot, question_count, created_at, updated_at FROM workshops;
DROP TABLE workshops;
ALTER TABLE workshops_v2 RENAME TO workshops;

CREATE TABLE participants_v2 (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    workshop_id INTEGER NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
    name        TEXT    NOT NULL,
    role        TEXT    NOT NULL DEFAULT '',
    position    INTEGER NOT NULL DEFAULT 0,
    UNIQUE (workshop_id, name)
);
INSERT INTO participants_v2 (id, workshop_id, name, role, position)
    SELECT id, workshop_id, name, role, position FROM participants;
DROP TABLE participants;
ALTER TABLE participants_v2 RENAME TO participants;

CREATE TABLE journeys_v2 (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    workshop_id INTEGER NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
    name        TEXT    NOT NULL,
    persona     TEXT    NOT NULL DEFAULT '',
    kind        TEXT    NOT NULL DEFAULT 'customer' CHECK (kind IN ('customer', 'employee')),
    state       TEXT    NOT NULL DEFAULT 'current' CHECK (state IN ('current', 'future')),
    status      TEXT    NOT NULL DEFAULT 'draft',
    source_id   INTEGER REFERENCES journeys(id) ON DELETE SET NULL,
    position    INTEGER NOT NULL DEFAULT 0,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
);
INSERT INTO journeys_v2 (id, workshop_id, name, persona, kind, state, status, source_id, position, created_at, updated_at)
    SELECT id, workshop_id, name, persona, kind, state, status, source_id, position, created_at, updated_at FROM journeys;
DROP TABLE journeys;
ALTER TABLE journeys_v2 RENAME TO journeys;
CREATE INDEX journeys_workshop ON journeys (workshop_id);

CREATE TABLE stages_v2 (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    journey_id INTEGER NOT NULL REFERENCES journeys(id) ON DELETE CASCADE,
    name       TEXT    NOT NULL DEFAULT '',
    position   INTEGER NOT NULL
);
INSERT INTO stages_v2 (id, journey_id, name, position) SELECT id, journey_id, name, position FROM stages;
DROP TABLE stages;
ALTER TABLE stages_v2 RENAME TO stages;
CREATE INDEX stages_journey ON stages (journey_id, position);

CREATE TABLE lanes_v2 (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    journey_id INTEGER NOT NULL REFERENCES journeys(id) ON DELETE CASCADE,
    name       TEXT    NOT NULL DEFAULT '',
    kind       TEXT    NOT NULL DEFAULT 'text',
    position   INTEGER NOT NULL
);
INSERT INTO lanes_v2 (id, journey_id, name, kind, position) SELECT id, journey_id, name, kind, position FROM lanes;
DROP TABLE lanes;
ALTER TABLE lanes_v2 RENAME TO lanes;
CREATE INDEX lanes_journey ON lanes (journey_id, position);

CREATE TABLE initiatives_v2 (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    workshop_id  INTEGER NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
    gen_key      TEXT    NOT NULL DEFAULT '',
    title        TEXT    NOT NULL,
    description  TEXT    NOT NULL DEFAULT '',
    dimension_id TEXT    NOT NULL DEFAULT '',
    evidence     TEXT    NOT NULL DEFAULT '[]',
    horizon      TEXT    NOT NULL DEFAULT 'now' CHECK (horizon IN ('now', 'next', 'later')),
    impact       INTEGER NOT NULL DEFAULT 3 CHECK (impact BETWEEN 1 AND 5),
    effort       INTEGER NOT NULL DEFAULT 3 CHECK (effort BETWEEN 1 AND 5),
    owner        TEXT    NOT NULL DEFAULT '',
    kpis         TEXT    NOT NULL DEFAULT '[]',
    status       TEXT    NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'accepted', 'rejected')),
    edited       INTEGER NOT NULL DEFAULT 0 CHECK (edited IN (0, 1)),
    position     INTEGER NOT NULL DEFAULT 0,
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL
);
INSERT INTO initiatives_v2 (id, workshop_id, gen_key, title, description, dimension_id, evidence, horizon, impact, effort, owner, kpis, status, edited, position, created_at, updated_at)
    SELECT id, workshop_id, gen_key, title, description, dimension_id, evidence, horizon, impact, effort, owner, kpis, status, edited, position, created_at, updated_at FROM initiatives;
DROP TABLE initiatives;
ALTER TABLE initiatives_v2 RENAME TO initiatives;
CREATE INDEX initiatives_workshop ON initiatives (workshop_id, position);
CREATE UNIQUE INDEX initiatives_gen_key ON initiatives (workshop_id, gen_key) WHERE gen_key <> '';
