-- "A concern needs you" e-mails on their way to the SMTP server. A row is written in the
-- transaction that hands the concern to its recipient, so that the e-mail is sent if and only if the
-- hand-over happened; a timer on every node claims due rows with FOR UPDATE SKIP LOCKED, sends them
-- and deletes them. A failed attempt is counted and the next one put off, doubling each time.
-- The row names the recipient and the concern only by id, never its content.
CREATE TABLE mail_outbox (
    id                uuid         PRIMARY KEY,
    recipient_subject varchar(64)  NOT NULL,
    concern_id        uuid         NOT NULL,
    created_at        timestamptz  NOT NULL,
    attempts          integer      NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_try_at       timestamptz  NOT NULL,
    last_failure      varchar(500)
);

CREATE INDEX mail_outbox_due ON mail_outbox (next_try_at);
