-- Retention counts from when a cohort actually closed, not from its planned end: a cohort closed
-- late (or early) keeps its concerns for the configured days after that moment. Cohorts closed
-- before this column existed count from the end of their planned last day, and so does one
-- marked closed without it.
ALTER TABLE cohort ADD COLUMN closed_at timestamp with time zone;
UPDATE cohort SET closed_at = (ends_on + 1)::timestamp AT TIME ZONE 'UTC' WHERE state = 'CLOSED';

-- The person's mailbox as the directory knows it; NULL until the directory named one.
ALTER TABLE person ADD COLUMN email varchar(255);
