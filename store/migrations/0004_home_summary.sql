-- The home list shows each workshop's progress (questions answered by
-- anyone). Counting it from responses made the list grow slower with
-- every answer (72 ms at 1,000 workshops and 52,000 answers), so the
-- counts are kept on write, by triggers: every write path, present or
-- future, keeps them right without knowing about them.

-- How many respondents answered each question (a level, "not
-- applicable" or "don't know"); a question is answered while its row
-- exists.
CREATE TABLE answered_questions (
    workshop_id INTEGER NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
    question_id TEXT    NOT NULL,
    respondents INTEGER NOT NULL,
    PRIMARY KEY (workshop_id, question_id)
) WITHOUT ROWID;

-- One row per workshop: how many of its questions are answered.
CREATE TABLE workshop_summary (
    workshop_id INTEGER PRIMARY KEY REFERENCES workshops(id) ON DELETE CASCADE,
    answered    INTEGER NOT NULL DEFAULT 0
);

INSERT INTO answered_questions (workshop_id, question_id, respondents)
    SELECT workshop_id, question_id, COUNT(*) FROM responses
    WHERE level > 0 OR na = 1 OR dont_know = 1 GROUP BY workshop_id, question_id;
INSERT INTO workshop_summary (workshop_id, answered)
    SELECT w.id, (SELECT COUNT(*) FROM answered_questions a WHERE a.workshop_id = w.id) FROM workshops w;

CREATE TRIGGER workshop_summary_new AFTER INSERT ON workshops BEGIN
    INSERT INTO workshop_summary (workshop_id) VALUES (NEW.id);
END;

CREATE TRIGGER answered_questions_first AFTER INSERT ON answered_questions BEGIN
    UPDATE workshop_summary SET answered = answered + 1 WHERE workshop_id = NEW.workshop_id;
END;
CREATE TRIGGER answered_questions_last AFTER DELETE ON answered_questions BEGIN
    UPDATE workshop_summary SET answered = answered - 1 WHERE workshop_id = OLD.workshop_id;
END;

CREATE TRIGGER responses_answered_insert AFTER INSERT ON responses
WHEN NEW.level > 0 OR NEW.na = 1 OR NEW.dont_know = 1 BEGIN
    INSERT INTO answered_questions (workshop_id, question_id, respondents) VALUES (NEW.workshop_id, NEW.question_id, 1)
        ON CONFLICT (workshop_id, question_id) DO UPDATE SET respondents = respondents + 1;
END;

CREATE TRIGGER responses_answered_delete AFTER DELETE ON responses
WHEN OLD.level > 0 OR OLD.na = 1 OR OLD.dont_know = 1 BEGIN
    UPDATE answered_questions SET respondents = respondents - 1
        WHERE workshop_id = OLD.workshop_id AND question_id = OLD.question_id;
    DELETE FROM answered_questions
        WHERE workshop_id = OLD.workshop_id AND question_id = OLD.question_id AND respondents <= 0;
END;

-- An update may clear an answer, give one, or move it to another question.
-- A new level or a note (what typing changes) leaves the counts alone and
-- fires nothing: saves write no more pages than before.
CREATE TRIGGER responses_answered_update_old AFTER UPDATE OF level, na, dont_know, question_id, workshop_id ON responses
WHEN (OLD.level > 0 OR OLD.na = 1 OR OLD.dont_know = 1) AND (NOT (NEW.level > 0 OR NEW.na = 1 OR NEW.dont_know = 1)
    OR NEW.question_id IS NOT OLD.question_id OR NEW.workshop_id IS NOT OLD.workshop_id) BEGIN
    UPDATE answered_questions SET respondents = respondents - 1
        WHERE workshop_id = OLD.workshop_id AND question_id = OLD.question_id;
    DELETE FROM answered_questions
        WHERE workshop_id = OLD.workshop_id AND question_id = OLD.question_id AND respondents <= 0;
END;
CREATE TRIGGER responses_answered_update_new AFTER UPDATE OF level, na, dont_know, question_id, workshop_id ON responses
WHEN (NEW.level > 0 OR NEW.na = 1 OR NEW.dont_know = 1) AND (NOT (OLD.level > 0 OR OLD.na = 1 OR OLD.dont_know = 1)
    OR NEW.question_id IS NOT OLD.question_id OR NEW.workshop_id IS NOT OLD.workshop_id) BEGIN
    INSERT INTO answered_questions (workshop_id, question_id, respondents) VALUES (NEW.workshop_id, NEW.question_id, 1)
        ON CONFLICT (workshop_id, question_id) DO UPDATE SET respondents = respondents + 1;
END;
