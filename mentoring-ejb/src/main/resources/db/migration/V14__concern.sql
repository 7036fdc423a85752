-- Concerns and their escalation path (SPEC 6). Title, description and the text of notes are the
-- content, erased after retention (set to NULL) unless on legal hold; every other column is
-- metadata and stays, as do the access-log entries.
CREATE TABLE concern (
    id               uuid         PRIMARY KEY,
    cohort_id        uuid         NOT NULL REFERENCES cohort (id),
    pairing_id       uuid         NOT NULL REFERENCES pairing (id),
    reporter_subject varchar(64)  NOT NULL REFERENCES person (subject),
    title            varchar(120),
    description      varchar(4000),
    state            varchar(16)  NOT NULL
                         CHECK (state IN ('RAISED', 'STEP_1', 'STEP_2', 'STEP_3', 'RESOLVED')),
    owner_subject    varchar(64),
    deadline         timestamp with time zone,
    raised_at        timestamp with time zone NOT NULL,
    hold_reason      varchar(500),
    held_by          varchar(64),
    erased_at        timestamp with time zone,
    version          bigint       NOT NULL DEFAULT 0,
    CHECK ((erased_at IS NULL) = (title IS NOT NULL)),
    CHECK (erased_at IS NULL OR hold_reason IS NULL)
);

CREATE INDEX concern_cohort ON concern (cohort_id);
CREATE INDEX concern_reporter ON concern (reporter_subject);
-- what the deadline timer claims
CREATE INDEX concern_due ON concern (deadline) WHERE deadline IS NOT NULL;

-- People the reporter named who must not see it, even when they are escalation contacts.
CREATE TABLE concern_exclusion (
    concern_id uuid        NOT NULL REFERENCES concern (id),
    subject    varchar(64) NOT NULL,
    PRIMARY KEY (concern_id, subject)
);

CREATE TABLE concern_transition (
    id            uuid        PRIMARY KEY,
    concern_id    uuid        NOT NULL REFERENCES concern (id),
    from_state    varchar(16) NOT NULL,
    to_state      varchar(16) NOT NULL,
    actor_subject varchar(64),
    owner_subject varchar(64),
    note          varchar(2000),
    deadline      timestamp with time zone,
    moved_at      timestamp with time zone NOT NULL
);

CREATE INDEX concern_transition_concern ON concern_transition (concern_id);

-- A note without author is a notice of the application to the reporter.
CREATE TABLE concern_note (
    id             uuid        PRIMARY KEY,
    concern_id     uuid        NOT NULL REFERENCES concern (id),
    author_subject varchar(64),
    body           varchar(2000),
    written_at     timestamp with time zone NOT NULL
);

CREATE INDEX concern_note_concern ON concern_note (concern_id);

-- "A concern needs you" on a contact's home page; names no content.
CREATE TABLE concern_notification (
    id                uuid        PRIMARY KEY,
    recipient_subject varchar(64) NOT NULL,
    concern_id        uuid        NOT NULL REFERENCES concern (id),
    created_at        timestamp with time zone NOT NULL,
    seen              boolean     NOT NULL DEFAULT false
);

CREATE INDEX concern_notification_recipient ON concern_notification (recipient_subject)
    WHERE NOT seen;
