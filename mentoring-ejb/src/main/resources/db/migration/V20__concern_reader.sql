-- The readers of a concern, fixed when it is raised (SPEC 6): the escalation contacts named on its
-- cohort at that moment, minus the people the reporter excluded and minus the other party of the
-- pairing. A contact named on the cohort later is never added; one who leaves it, loses the role or
-- is deactivated keeps the row but no longer passes the read rule.
CREATE TABLE concern_reader (
    concern_id uuid        NOT NULL REFERENCES concern (id),
    subject    varchar(64) NOT NULL,
    PRIMARY KEY (concern_id, subject)
);

CREATE INDEX concern_reader_subject ON concern_reader (subject);

-- Concerns raised before readers were fixed: the contacts named on the cohort now, by the same
-- rule, the other party of the pairing always left out.
INSERT INTO concern_reader (concern_id, subject)
SELECT c.id, e.subject
FROM concern c
JOIN pairing p ON p.id = c.pairing_id
JOIN cohort_escalation_contact e ON e.cohort_id = c.cohort_id
WHERE e.subject NOT IN (c.reporter_subject, p.mentor_subject, p.mentee_subject)
  AND NOT EXISTS (SELECT 1 FROM concern_exclusion x
                  WHERE x.concern_id = c.id AND x.subject = e.subject);
