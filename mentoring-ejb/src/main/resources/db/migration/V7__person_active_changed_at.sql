-- When a person was last activated or deactivated: a token issued before that cannot undo it.
ALTER TABLE person ADD COLUMN active_changed_at timestamp with time zone;
-- people already inactive count as deactivated when they last changed
UPDATE person SET active_changed_at = changed_at WHERE NOT active;
