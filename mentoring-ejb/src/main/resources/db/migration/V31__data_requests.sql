-- Erasure on request (GDPR Art. 17): the person's record stays, without its profile, so that what
-- must be kept (signatures, the access log) still names a subject; erased_at says it was erased and
-- keeps the directory from filling it again.
ALTER TABLE person ADD COLUMN erased_at timestamp with time zone;

-- A person's export reads their access-log entries as subject; without an index that is a scan of
-- the whole log.
CREATE INDEX access_log_subject ON access_log (subject, sequence);
