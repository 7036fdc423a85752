-- The access log (SPEC 8): append-only and hash-chained.
CREATE TABLE access_log (
    sequence    bigint       PRIMARY KEY CHECK (sequence > 0),
    occurred_at timestamp with time zone NOT NULL,
    subject     varchar(64),
    username    varchar(255),
    action      varchar(16)  NOT NULL,
    record_type varchar(64)  NOT NULL,
    record_id   varchar(128),
    outcome     varchar(8)   NOT NULL CHECK (outcome IN ('GRANTED', 'DENIED')),
    client_ip   varchar(64),
    request_id  varchar(64),
    prev_hash   bytea        NOT NULL CHECK (length(prev_hash) = 32),
    hash        bytea        NOT NULL CHECK (length(hash) = 32)
);

CREATE INDEX access_log_username ON access_log (username, sequence);
CREATE INDEX access_log_record ON access_log (record_type, record_id, sequence);
CREATE INDEX access_log_occurred ON access_log (occurred_at);

-- Entries are never changed or removed, whoever asks: the trigger holds even for the owner.
CREATE FUNCTION access_log_is_append_only() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the access log is append-only: % is not allowed', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER access_log_append_only
    BEFORE UPDATE OR DELETE ON access_log
    FOR EACH ROW EXECUTE FUNCTION access_log_is_append_only();

CREATE TRIGGER access_log_no_truncate
    BEFORE TRUNCATE ON access_log
    FOR EACH STATEMENT EXECUTE FUNCTION access_log_is_append_only();

-- The application's role, which owns the table, keeps only the rights to add and read.
REVOKE UPDATE, DELETE, TRUNCATE ON access_log FROM CURRENT_USER;
