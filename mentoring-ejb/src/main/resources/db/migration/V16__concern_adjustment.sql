-- Who a note on a concern is for: all its readers (as before), the reporter alone (and its author),
-- or the escalation contacts only (such as why a legal hold was lifted).
ALTER TABLE concern_note ADD COLUMN audience varchar(16) NOT NULL DEFAULT 'READERS'
    CHECK (audience IN ('READERS', 'REPORTER', 'CONTACTS'));

-- A program adjustment of a pairing that an escalation contact asked HR for in step 3 of a
-- concern. HR sees the pairing, the kind and the short reason, never the concern: concern_id is
-- only there to move the concern on once HR carried the adjustment out.
CREATE TABLE pairing_adjustment (
    id                uuid         PRIMARY KEY,
    pairing_id        uuid         NOT NULL REFERENCES pairing (id),
    concern_id        uuid         NOT NULL REFERENCES concern (id),
    kind              varchar(16)  NOT NULL CHECK (kind IN ('RE_PAIR', 'PAUSE', 'FORMAT')),
    reason            varchar(300) NOT NULL CHECK (length(btrim(reason)) > 0),
    requested_by      varchar(64)  NOT NULL,
    requested_at      timestamp with time zone NOT NULL,
    done_by           varchar(64),
    done_at           timestamp with time zone,
    done_note         varchar(500),
    version           bigint       NOT NULL DEFAULT 0,
    CHECK ((done_at IS NULL) = (done_by IS NULL))
);

CREATE INDEX pairing_adjustment_pairing ON pairing_adjustment (pairing_id);
-- one open request per concern
CREATE UNIQUE INDEX pairing_adjustment_open ON pairing_adjustment (concern_id) WHERE done_at IS NULL;

-- When the owning contact asked HR for the adjustment still open: one at a time per concern.
ALTER TABLE concern ADD COLUMN adjustment_asked_at timestamp with time zone;
