-- Seals over the access log's head (SPEC 8). A seal is an HMAC-SHA-256, with a key that lives in
-- the configuration and never in the database, over the sealed head and the seal before it. Who
-- can write to the database but does not hold the key can recompute the hash chain, not the seals.
CREATE TABLE access_log_seal (
    seal_number bigint       PRIMARY KEY CHECK (seal_number > 0),
    sequence    bigint       NOT NULL CHECK (sequence > 0),
    head_hash   bytea        NOT NULL CHECK (length(head_hash) = 32),
    sealed_at   timestamp with time zone NOT NULL,
    key_id      varchar(64)  NOT NULL,
    prev_mac    bytea        NOT NULL CHECK (length(prev_mac) = 32),
    mac         bytea        NOT NULL CHECK (length(mac) = 32)
);

CREATE TRIGGER access_log_seal_append_only
    BEFORE UPDATE OR DELETE ON access_log_seal
    FOR EACH ROW EXECUTE FUNCTION access_log_is_append_only();

CREATE TRIGGER access_log_seal_no_truncate
    BEFORE TRUNCATE ON access_log_seal
    FOR EACH STATEMENT EXECUTE FUNCTION access_log_is_append_only();

REVOKE UPDATE, DELETE, TRUNCATE ON access_log_seal FROM CURRENT_USER;
