-- "An escalation contact of your running cohort was named or removed", for the cohort's other
-- contacts and its facilitators. Marked seen only when the reader says so.
CREATE TABLE cohort_notice (
    id                uuid         PRIMARY KEY,
    recipient_subject varchar(64)  NOT NULL,
    cohort_id         uuid         NOT NULL REFERENCES cohort (id),
    cohort_name       varchar(120) NOT NULL,
    kind              varchar(24)  NOT NULL CHECK (kind IN ('CONTACT_NAMED', 'CONTACT_REMOVED')),
    contact_name      varchar(255) NOT NULL,
    created_at        timestamp with time zone NOT NULL,
    seen              boolean      NOT NULL DEFAULT false
);

CREATE INDEX cohort_notice_unseen ON cohort_notice (recipient_subject) WHERE NOT seen;
