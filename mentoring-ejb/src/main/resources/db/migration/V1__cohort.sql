-- One run of the program. The anonymity threshold k never drops below 3 (SPEC 5).
CREATE TABLE cohort (
    id                  uuid         PRIMARY KEY,
    name                varchar(120) NOT NULL CHECK (length(btrim(name)) > 0),
    starts_on           date         NOT NULL,
    ends_on             date         NOT NULL,
    state               varchar(16)  NOT NULL CHECK (state IN ('DRAFT', 'ACTIVE', 'CLOSED')),
    anonymity_threshold integer      NOT NULL DEFAULT 5 CHECK (anonymity_threshold BETWEEN 3 AND 50),
    created_at          timestamp with time zone NOT NULL,
    version             bigint       NOT NULL DEFAULT 0,
    CONSTRAINT cohort_dates CHECK (ends_on >= starts_on)
);

CREATE INDEX cohort_state ON cohort (state);
