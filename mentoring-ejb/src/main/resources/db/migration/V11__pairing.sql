-- A junior mentor and a senior mentee in a cohort, with a facilitator (SPEC 4.2), and the senior's
-- "I will learn" objective. Why a pairing ended is kept for HR's figures and shown to neither party.
CREATE TABLE pairing (
    id                  uuid         PRIMARY KEY,
    cohort_id           uuid         NOT NULL REFERENCES cohort (id),
    mentor_subject      varchar(64)  NOT NULL REFERENCES person (subject),
    mentee_subject      varchar(64)  NOT NULL REFERENCES person (subject),
    facilitator_subject varchar(64)  NOT NULL REFERENCES person (subject),
    state               varchar(16)  NOT NULL CHECK (state IN ('ACTIVE', 'ENDED')),
    formed_at           timestamp with time zone NOT NULL,
    ended_at            timestamp with time zone,
    end_cause           varchar(24)  CHECK (end_cause IN
                            ('REPAIR', 'WITHDRAWAL', 'DEACTIVATION', 'COHORT_CLOSED')),
    repair_requested_at timestamp with time zone,
    objective           varchar(500),
    objective_locked_at timestamp with time zone,
    senior_rating       integer      CHECK (senior_rating BETWEEN 1 AND 5),
    junior_rating       integer      CHECK (junior_rating BETWEEN 1 AND 5),
    version             bigint       NOT NULL DEFAULT 0,
    CHECK (mentor_subject <> mentee_subject),
    CHECK ((state = 'ENDED') = (ended_at IS NOT NULL))
);

-- a second active pairing of the same person in one cohort is refused by PairingRules; these
-- indexes catch two HR leads forming pairings at the same moment
CREATE UNIQUE INDEX pairing_one_active_mentor ON pairing (cohort_id, mentor_subject)
    WHERE state = 'ACTIVE';
CREATE UNIQUE INDEX pairing_one_active_mentee ON pairing (cohort_id, mentee_subject)
    WHERE state = 'ACTIVE';
CREATE INDEX pairing_mentor ON pairing (mentor_subject);
CREATE INDEX pairing_mentee ON pairing (mentee_subject);
CREATE INDEX pairing_facilitator ON pairing (facilitator_subject);

-- What seniors want to learn and juniors offer: free tags, lower case, for suggested pairings.
CREATE TABLE program_topic (
    subject varchar(64) NOT NULL REFERENCES person (subject),
    kind    varchar(8)  NOT NULL CHECK (kind IN ('OFFERS', 'WANTS')),
    tag     varchar(60) NOT NULL CHECK (length(btrim(tag)) > 0),
    PRIMARY KEY (subject, kind, tag)
);
