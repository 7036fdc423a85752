-- The charter (SPEC 3): versions HR drafts and publishes, the signatures people give, and
-- withdrawals from the program.

-- Rejects any change to a row once written, naming the table.
CREATE FUNCTION reject_change() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TABLE charter_version (
    version         integer      PRIMARY KEY CHECK (version > 0),
    state           varchar(16)  NOT NULL CHECK (state IN ('DRAFT', 'PUBLISHED')),
    ground_rules    text         NOT NULL,
    confidentiality text         NOT NULL,
    escalation_path text         NOT NULL,
    opening_script  text         NOT NULL,
    text_hash       bytea        CHECK (length(text_hash) = 32),
    drafted_at      timestamp with time zone NOT NULL,
    published_at    timestamp with time zone,
    published_by    varchar(255),
    row_version     bigint       NOT NULL DEFAULT 0,
    CHECK ((state = 'PUBLISHED') = (text_hash IS NOT NULL AND published_at IS NOT NULL))
);

-- one draft at a time
CREATE UNIQUE INDEX charter_version_one_draft ON charter_version (state) WHERE state = 'DRAFT';

-- a published version never changes: people signed exactly this text
CREATE FUNCTION charter_version_published_is_final() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.state = 'PUBLISHED' THEN
        RAISE EXCEPTION 'charter version % is published and cannot change', OLD.version
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN CASE TG_OP WHEN 'DELETE' THEN OLD ELSE NEW END;
END;
$$;

CREATE TRIGGER charter_version_final
    BEFORE UPDATE OR DELETE ON charter_version
    FOR EACH ROW EXECUTE FUNCTION charter_version_published_is_final();

CREATE TABLE charter_signature (
    sequence         bigint       PRIMARY KEY CHECK (sequence > 0),
    version          integer      NOT NULL REFERENCES charter_version (version),
    text_hash        bytea        NOT NULL CHECK (length(text_hash) = 32),
    subject          varchar(64)  NOT NULL,
    username         varchar(255),
    display_name     varchar(255) NOT NULL,
    authenticated_at timestamp with time zone,
    signed_at        timestamp with time zone NOT NULL,
    client_ip        varchar(64),
    user_agent       varchar(512),
    prev_hash        bytea        NOT NULL CHECK (length(prev_hash) = 32),
    hash             bytea        NOT NULL CHECK (length(hash) = 32)
);

-- a person signs a version once; again only to rejoin after withdrawing (see SignatureChain)
CREATE INDEX charter_signature_subject ON charter_signature (subject, version, sequence);

CREATE TRIGGER charter_signature_append_only
    BEFORE UPDATE OR DELETE ON charter_signature
    FOR EACH ROW EXECUTE FUNCTION reject_change();

REVOKE UPDATE, DELETE, TRUNCATE ON charter_signature FROM CURRENT_USER;

CREATE TABLE program_withdrawal (
    id           bigint        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    subject      varchar(64)   NOT NULL,
    withdrawn_at timestamp with time zone NOT NULL,
    reason       varchar(1000)
);

CREATE INDEX program_withdrawal_subject ON program_withdrawal (subject, withdrawn_at);

-- The charter the product ships with, as version 1. Its hash is SHA-256 over the canonical text
-- CharterVersion.canonicalText() builds: the same headings, in the same order, with \n line ends.
WITH charter (ground_rules, confidentiality, escalation_path, opening_script) AS (VALUES (
E'- Sessions are for learning. The senior leader comes to learn from the junior colleague, who is the expert on how work looks from where they stand.\n'
'- Nothing said in a session, written in a feedback note or answered after a session is used in a performance review, a promotion, a pay decision or any other judgement of a person.\n'
'- Speak about situations and behaviour, not about people''s character. The feedback forms (situation, behaviour, impact; describe, express, specify, consequences) help with that.\n'
'- Either of you may pause a session, change the subject or ask the facilitator to step in, at any time and without giving a reason.\n'
'- Leaving the program is always possible and carries no consequences.',
E'What is said in a session, written in a feedback note or answered in the after-session questions stays with the people it was meant for: the two of you and your facilitator.\n'
'You do not repeat it, record it, forward it or use it to judge anyone. A feedback note is private to its author until the author chooses to share it.\n'
'The after-session questions are anonymous. Their answers are only ever shown as totals over enough people that nobody can be picked out.\n'
'There are two exceptions: a serious risk to someone''s safety, and a duty the law imposes. Even then, only the escalation contacts of your cohort are told, and only what they need to know.',
E'If something in the program troubles you, raise a concern in your own name. Only the escalation contacts named for your cohort can read it, and you can leave out anyone it concerns, your own facilitator included.\n'
'1. A confidential conversation with a facilitator who is one of the escalation contacts.\n'
'2. A conversation mediated by an escalation contact from HR.\n'
'3. HR changes the program for you: a different pairing, a pause or a different format.\n'
'You may go straight to step 2. A concern nobody acts on in time moves to the next step by itself.\n'
'The escalation contacts of each cohort are named on the cohort''s page.',
E'Welcome, both of you. This hour belongs to you.\n'
'[Senior leader], please say in one sentence what you want to learn today, starting with "I will learn".\n'
'[Junior mentor], you are the expert here on how things look from where you work. Please be candid; that is what this program is for.\n'
'What is said here stays here, apart from a serious risk to someone''s safety. Either of you can pause or ask me to step in at any time.\n'
'At the end, each of you answers three short anonymous questions.'
))
INSERT INTO charter_version (version, state, ground_rules, confidentiality, escalation_path,
                             opening_script, text_hash, drafted_at, published_at, published_by)
SELECT 1, 'PUBLISHED', ground_rules, confidentiality, escalation_path, opening_script,
       sha256(convert_to(
           'Charter version 1' || E'\n\n'
           || 'Ground rules' || E'\n' || ground_rules || E'\n\n'
           || 'Confidentiality' || E'\n' || confidentiality || E'\n\n'
           || 'Escalation path' || E'\n' || escalation_path || E'\n\n'
           || 'Facilitator''s opening script' || E'\n' || opening_script || E'\n',
           'UTF8')),
       now(), now(), 'product default'
FROM charter;
