-- The ids of the records a list or search showed, so that an auditor can tell who has seen a
-- record also through a list. Null for an entry about one record, or written before; empty for a
-- list that showed nothing. The hash covers the ids when present.
ALTER TABLE access_log ADD COLUMN record_ids text[];

-- "who has seen this record": the record's own entries and the lists that showed it
CREATE INDEX access_log_listed ON access_log USING gin (record_ids);
CREATE INDEX access_log_record_id ON access_log (record_id);
