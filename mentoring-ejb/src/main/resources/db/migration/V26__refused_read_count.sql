-- Refused reads per person and minute (mentoring.audit.refused-reads-per-minute): counted here,
-- not in memory, so that the limit holds across every application node on this database. A person's
-- rows of past minutes are deleted with their next refusal: at most a row or two per person.
CREATE TABLE refused_read_count (
    username varchar(255)             NOT NULL,
    minute   timestamp with time zone NOT NULL,
    refusals integer                  NOT NULL CHECK (refusals > 0),
    PRIMARY KEY (username, minute)
);
