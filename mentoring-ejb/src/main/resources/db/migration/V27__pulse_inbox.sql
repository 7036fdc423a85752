-- Nothing with an answer's values is written in the transaction that records who answered.
--
-- Answering writes the participation row and, in the same transaction, only a sealed envelope
-- (ciphertext under a content key kept outside the database). The group's mixer opens the
-- envelopes in a transaction of its own and rewrites every waiting answer of the group with fresh
-- random keys, in the order of those keys: all of a group's holding rows then carry one xmin, none
-- of participation's, and lie in an order that owes nothing to the order of answering. A release
-- settles the participation rows and seals the batch in one transaction, and writes the released
-- answers from that sealed batch in another. See docs/privacy.md, "The micro-questions".

-- Answers on their way to pulse_holding: the cohort and side (as participation has them), and the
-- three values sealed. No time, no week, no serial.
CREATE TABLE pulse_inbox (
    id              uuid        PRIMARY KEY,
    cohort_id       uuid        NOT NULL REFERENCES cohort (id),
    respondent_role varchar(8)  NOT NULL CHECK (respondent_role IN ('MENTOR', 'MENTEE')),
    sealed          text        NOT NULL CHECK (sealed LIKE 'enc:v1:%')
);

CREATE INDEX pulse_inbox_group ON pulse_inbox (cohort_id, respondent_role);

-- A released batch on its way to pulse_answer: the values of all its answers sealed together, and
-- the week of the release they will carry.
CREATE TABLE pulse_outbox (
    id              uuid        PRIMARY KEY,
    cohort_id       uuid        NOT NULL REFERENCES cohort (id),
    respondent_role varchar(8)  NOT NULL CHECK (respondent_role IN ('MENTOR', 'MENTEE')),
    iso_week        varchar(8)  NOT NULL CHECK (iso_week ~ '^[0-9]{4}-W[0-9]{2}$'),
    sealed          text        NOT NULL CHECK (sealed LIKE 'enc:v1:%')
);

-- A waiting answer carries no week: that of answering would date it.
ALTER TABLE pulse_holding DROP COLUMN iso_week;

-- The answers waiting now were written with their participation rows: written again here, in one
-- transaction, with fresh keys in the order of the keys, they share neither with them. (Dropping
-- the column leaves its values in the old row versions; these are dead after this, until vacuum.)
WITH waiting AS (
    DELETE FROM pulse_holding
    RETURNING cohort_id, respondent_role, spoke_openly, felt_heard, would_recommend
)
INSERT INTO pulse_holding (id, cohort_id, respondent_role, spoke_openly, felt_heard,
                           would_recommend)
SELECT gen_random_uuid(), cohort_id, respondent_role, spoke_openly, felt_heard, would_recommend
  FROM waiting
 ORDER BY 1;
