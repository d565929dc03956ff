-- "Don't know" is an answer of its own, distinct from "not applicable":
-- both leave the question out of the score, but a team that cannot judge a
-- question is a finding, so it is stored and counted apart. At most one of
-- a level, na and dont_know is set.
ALTER TABLE responses ADD COLUMN dont_know INTEGER NOT NULL DEFAULT 0 CHECK (dont_know IN (0, 1));
