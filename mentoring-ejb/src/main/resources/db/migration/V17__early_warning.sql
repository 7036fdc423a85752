-- The early warnings standing for facilitators (SPEC 9), as the last sweep found them: a row is
-- written when a warning appears, which is what notifies its facilitator once, and deleted when
-- the warning goes away, so that it notifies again should it come back. The warnings themselves
-- are computed from the program's tables whenever they are read; this table only remembers what
-- was notified and whether the facilitator has looked since.
CREATE TABLE early_warning (
    facilitator_subject varchar(64) NOT NULL REFERENCES person (subject),
    pairing_id          uuid        NOT NULL REFERENCES pairing (id),
    kind                varchar(24) NOT NULL CHECK (kind IN
                            ('QUIET', 'UNANSWERED', 'REPAIR_REQUESTED', 'CONCERN_OVERDUE')),
    raised_at           timestamp with time zone NOT NULL,
    seen                boolean     NOT NULL DEFAULT false,
    PRIMARY KEY (pairing_id, kind, facilitator_subject)
);

CREATE INDEX early_warning_unseen ON early_warning (facilitator_subject) WHERE NOT seen;
