-- The global roles a person holds, as the application enforces them.
CREATE TABLE person_role (
    subject varchar(64) NOT NULL REFERENCES person (subject) ON DELETE CASCADE,
    role    varchar(40) NOT NULL,
    PRIMARY KEY (subject, role)
);

ALTER TABLE person ADD COLUMN roles_changed_at timestamp with time zone;
