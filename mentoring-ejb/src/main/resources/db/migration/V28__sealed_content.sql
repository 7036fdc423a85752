-- What people wrote about a concern and in feedback notes is sealed by the application with its
-- content keys (AES-256-GCM, `enc:v1:<key id>:<base64>`) before it reaches the database, so that a
-- backup, a replica or someone with SQL access reads ciphertext. A sealed value is longer than the
-- text (about 4/3 of its UTF-8 bytes plus 60), so these columns become text; the length limits
-- stay in the entities, which check the text before it is sealed. NULL stays NULL, so erasure and
-- the checks on it (`(erased_at IS NULL) = (title IS NOT NULL)`, a note without body) hold as before.
-- Rows written before are sealed by the application's re-sealing job, not here: the database never
-- sees a key.
ALTER TABLE concern
    ALTER COLUMN title TYPE text,
    ALTER COLUMN description TYPE text,
    ALTER COLUMN hold_reason TYPE text;

ALTER TABLE concern_note ALTER COLUMN body TYPE text;

ALTER TABLE concern_transition ALTER COLUMN note TYPE text;

ALTER TABLE feedback_note
    ALTER COLUMN part_1 TYPE text,
    ALTER COLUMN part_2 TYPE text,
    ALTER COLUMN part_3 TYPE text,
    ALTER COLUMN part_4 TYPE text;

-- the reason an escalation contact gave HR for an adjustment, HR's note of what was agreed, and
-- that note as the pairing's new format
ALTER TABLE pairing_adjustment
    ALTER COLUMN reason TYPE text,
    ALTER COLUMN done_note TYPE text;

ALTER TABLE pairing ALTER COLUMN format_note TYPE text;
