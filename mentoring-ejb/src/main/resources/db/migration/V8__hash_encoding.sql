-- How each record's fields were written for its hash (see HashChain): 1 for the first, joined
-- encoding, which every record written so far used; 2, length-prefixed, for every new record.
-- Old records keep verifying under the encoding they were hashed with.
ALTER TABLE access_log ADD COLUMN hash_encoding integer NOT NULL DEFAULT 1
    CHECK (hash_encoding IN (1, 2));
ALTER TABLE access_log ALTER COLUMN hash_encoding SET DEFAULT 2;

ALTER TABLE charter_signature ADD COLUMN hash_encoding integer NOT NULL DEFAULT 1
    CHECK (hash_encoding IN (1, 2));
ALTER TABLE charter_signature ALTER COLUMN hash_encoding SET DEFAULT 2;
