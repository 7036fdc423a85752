-- The meetings of a pairing (SPEC 4.3): time, place, agenda, attendance.
CREATE TABLE mentoring_session (
    id         uuid         PRIMARY KEY,
    pairing_id uuid         NOT NULL REFERENCES pairing (id),
    starts_at  timestamp with time zone NOT NULL,
    place      varchar(500),
    state      varchar(16)  NOT NULL CHECK (state IN ('PLANNED', 'HELD', 'CANCELLED')),
    planned_at timestamp with time zone NOT NULL,
    closed_at  timestamp with time zone,
    version    bigint       NOT NULL DEFAULT 0
);

CREATE INDEX mentoring_session_pairing ON mentoring_session (pairing_id, starts_at);

CREATE TABLE session_agenda_item (
    session_id     uuid          NOT NULL REFERENCES mentoring_session (id),
    position       integer       NOT NULL,
    author_subject varchar(64)   NOT NULL,
    text           varchar(1000) NOT NULL CHECK (length(btrim(text)) > 0),
    added_at       timestamp with time zone NOT NULL,
    PRIMARY KEY (session_id, position)
);

CREATE TABLE session_attendance (
    session_id uuid        NOT NULL REFERENCES mentoring_session (id),
    subject    varchar(64) NOT NULL,
    PRIMARY KEY (session_id, subject)
);

-- Structured feedback (SPEC 4.4): SBI uses the first three parts, DESC all four.
CREATE TABLE feedback_note (
    id             uuid          PRIMARY KEY,
    pairing_id     uuid          NOT NULL REFERENCES pairing (id),
    author_subject varchar(64)   NOT NULL REFERENCES person (subject),
    framework      varchar(8)    NOT NULL CHECK (framework IN ('SBI', 'DESC')),
    part_1         varchar(1000) NOT NULL,
    part_2         varchar(1000) NOT NULL,
    part_3         varchar(1000) NOT NULL,
    part_4         varchar(1000),
    written_at     timestamp with time zone NOT NULL,
    shared_at      timestamp with time zone,
    version        bigint        NOT NULL DEFAULT 0,
    CHECK ((framework = 'DESC') = (part_4 IS NOT NULL))
);

CREATE INDEX feedback_note_pairing ON feedback_note (pairing_id, written_at);
