-- The request id of an access log entry is always the server's own. A request id a caller sends is
-- kept only when a trusted proxy passed it on, and then apart, so that no request can pose as
-- another. Entries written before keep verifying: the hash covers the new field only when present.
ALTER TABLE access_log ADD COLUMN forwarded_request_id varchar(64);
