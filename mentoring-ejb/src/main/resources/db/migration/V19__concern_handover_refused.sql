-- When the timer last found an overdue concern that nobody may take at the next step (every
-- contact who could is excluded by the reporter). Such a concern stays with its owner; the timer
-- tries again only an hour later, so that a few of them neither fill every round's batch, leaving
-- other overdue concerns waiting, nor write a warning every round.
ALTER TABLE concern ADD COLUMN handover_refused_at timestamp with time zone;
