-- The people named on a cohort (SPEC 4.1): its facilitators and its escalation contacts, by OIDC
-- subject so that a renamed account stays named.
CREATE TABLE cohort_facilitator (
    cohort_id uuid        NOT NULL REFERENCES cohort (id),
    subject   varchar(64) NOT NULL REFERENCES person (subject),
    PRIMARY KEY (cohort_id, subject)
);

CREATE TABLE cohort_escalation_contact (
    cohort_id uuid        NOT NULL REFERENCES cohort (id),
    subject   varchar(64) NOT NULL REFERENCES person (subject),
    PRIMARY KEY (cohort_id, subject)
);

CREATE INDEX cohort_facilitator_subject ON cohort_facilitator (subject);
CREATE INDEX cohort_escalation_contact_subject ON cohort_escalation_contact (subject);
