-- HR may pause a pairing (a step-3 adjustment of a concern, or directly) and resume it; a change of
-- format HR carried out is recorded on the pairing with HR's note (SPEC 6). A paused pairing is
-- still its two people's pairing in the cohort: it keeps their place under the one-pairing rule.
ALTER TABLE pairing DROP CONSTRAINT pairing_state_check;
ALTER TABLE pairing ADD CONSTRAINT pairing_state_check
    CHECK (state IN ('ACTIVE', 'PAUSED', 'ENDED'));

ALTER TABLE pairing ADD COLUMN paused_at timestamp with time zone;
ALTER TABLE pairing ADD COLUMN resumed_at timestamp with time zone;
ALTER TABLE pairing ADD COLUMN format_changed_at timestamp with time zone;
ALTER TABLE pairing ADD COLUMN format_note varchar(500);
ALTER TABLE pairing ADD CONSTRAINT pairing_paused_since
    CHECK (state <> 'PAUSED' OR paused_at IS NOT NULL);
ALTER TABLE pairing ADD CONSTRAINT pairing_format_noted
    CHECK ((format_changed_at IS NULL) = (format_note IS NULL));

-- two HR leads forming pairings at the same moment: a paused pairing holds its people's place too
DROP INDEX pairing_one_active_mentor;
DROP INDEX pairing_one_active_mentee;
CREATE UNIQUE INDEX pairing_one_active_mentor ON pairing (cohort_id, mentor_subject)
    WHERE state <> 'ENDED';
CREATE UNIQUE INDEX pairing_one_active_mentee ON pairing (cohort_id, mentee_subject)
    WHERE state <> 'ENDED';

