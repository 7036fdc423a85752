-- Micro-questions after a session (SPEC 5). Answers are anonymous by construction: no table below
-- holds both a person and a value, and nothing in the value tables follows the order of answering.

-- Answers waiting for a batch of at least k respondents of the same cohort and role. Same columns
-- as pulse_answer; the key is random. Emptied by each release, and by the closing of the cohort.
CREATE TABLE pulse_holding (
    id              uuid        PRIMARY KEY,
    cohort_id       uuid        NOT NULL REFERENCES cohort (id),
    respondent_role varchar(8)  NOT NULL CHECK (respondent_role IN ('MENTOR', 'MENTEE')),
    iso_week        varchar(8)  NOT NULL CHECK (iso_week ~ '^[0-9]{4}-W[0-9]{2}$'),
    spoke_openly    smallint    NOT NULL CHECK (spoke_openly BETWEEN 1 AND 5),
    felt_heard      smallint    NOT NULL CHECK (felt_heard BETWEEN 1 AND 5),
    would_recommend smallint    NOT NULL CHECK (would_recommend BETWEEN 1 AND 5)
);

CREATE INDEX pulse_holding_group ON pulse_holding (cohort_id, respondent_role);

-- Released answers: the only source of every figure. The ISO week is the week of the release, so
-- that a batch falls into one week. The key is random, rows are written in shuffled order.
CREATE TABLE pulse_answer (
    id              uuid        PRIMARY KEY,
    cohort_id       uuid        NOT NULL REFERENCES cohort (id),
    respondent_role varchar(8)  NOT NULL CHECK (respondent_role IN ('MENTOR', 'MENTEE')),
    iso_week        varchar(8)  NOT NULL CHECK (iso_week ~ '^[0-9]{4}-W[0-9]{2}$'),
    spoke_openly    smallint    NOT NULL CHECK (spoke_openly BETWEEN 1 AND 5),
    felt_heard      smallint    NOT NULL CHECK (felt_heard BETWEEN 1 AND 5),
    would_recommend smallint    NOT NULL CHECK (would_recommend BETWEEN 1 AND 5)
);

CREATE INDEX pulse_answer_cell ON pulse_answer (cohort_id, respondent_role, iso_week);

-- "This person answered for this session": participation counts and the one-answer rule. No time,
-- no serial; pending is true until the answer's batch is released or discarded.
CREATE TABLE pulse_participation (
    person_subject  varchar(64) NOT NULL REFERENCES person (subject),
    session_id      uuid        NOT NULL REFERENCES mentoring_session (id),
    cohort_id       uuid        NOT NULL REFERENCES cohort (id),
    respondent_role varchar(8)  NOT NULL CHECK (respondent_role IN ('MENTOR', 'MENTEE')),
    pending         boolean     NOT NULL,
    PRIMARY KEY (person_subject, session_id)
);

CREATE INDEX pulse_participation_pending ON pulse_participation (cohort_id, respondent_role)
    WHERE pending;
CREATE INDEX pulse_participation_session ON pulse_participation (session_id);

-- A confidential check-in asked for with an answer, kept apart from it; it becomes a step-1
-- concern (SPEC 6) once concerns exist. Only the day is kept, not the moment of answering.
CREATE TABLE pulse_check_in (
    id             uuid        PRIMARY KEY,
    person_subject varchar(64) NOT NULL REFERENCES person (subject),
    cohort_id      uuid        NOT NULL REFERENCES cohort (id),
    pairing_id     uuid        NOT NULL REFERENCES pairing (id),
    requested_on   date        NOT NULL,
    opened         boolean     NOT NULL DEFAULT false
);

CREATE INDEX pulse_check_in_waiting ON pulse_check_in (requested_on) WHERE NOT opened;
