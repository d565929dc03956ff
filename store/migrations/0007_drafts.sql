-- What is being typed into a form that creates something (a workshop, a
-- participant, a journey map), saved keystroke by keystroke: a crash or a
-- closed terminal before the form is submitted loses nothing, and the
-- form opens again with the text. workshop_id is NULL for the home
-- screen's forms.
CREATE TABLE drafts (
    form        TEXT    NOT NULL,
    workshop_id INTEGER REFERENCES workshops(id) ON DELETE CASCADE,
    fields      TEXT    NOT NULL DEFAULT '{}', -- JSON object: field name -> text
    updated_at  INTEGER NOT NULL
);
CREATE UNIQUE INDEX drafts_key ON drafts (form, IFNULL(workshop_id, 0));
