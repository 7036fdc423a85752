-- Sessions in people's calendars.
--
-- A session's invitation carries a SEQUENCE that rises with each move and with the cancellation,
-- so that a calendar program takes the latest one over an earlier one.
ALTER TABLE mentoring_session ADD COLUMN calendar_sequence integer NOT NULL DEFAULT 0
    CHECK (calendar_sequence >= 0);

-- The outbox also carries calendar invitations: such a row names no concern, but its session,
-- and holds the iCalendar text it sends (times, the pairing's names, a link; never a topic, a
-- concern or an answer). Retry and the backlog count cover both kinds alike. The session's id
-- lets a deactivation or an erasure drop the invitations still waiting that name the person.
ALTER TABLE mail_outbox ALTER COLUMN concern_id DROP NOT NULL;
ALTER TABLE mail_outbox ADD COLUMN session_id uuid;
ALTER TABLE mail_outbox ADD COLUMN calendar text;
ALTER TABLE mail_outbox ADD CONSTRAINT mail_outbox_kind
    CHECK ((concern_id IS NULL) <> (calendar IS NULL) AND (calendar IS NULL) = (session_id IS NULL));
CREATE INDEX mail_outbox_session ON mail_outbox (session_id) WHERE session_id IS NOT NULL;

-- A person's private calendar feed: its address holds a secret, of which only the SHA-256 is
-- kept, so that whoever reads the database cannot subscribe. One feed per person; creating it
-- again replaces the secret, revoking deletes the row.
CREATE TABLE calendar_feed (
    subject     varchar(64) PRIMARY KEY REFERENCES person (subject),
    secret_hash varchar(64) NOT NULL UNIQUE,
    created_at  timestamptz NOT NULL
);
